package com.copydesk.article.ui;

import com.copydesk.article.ArticleStatus;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Above the article list: the saved views with counts, status and category filters, "Mine",
 * and the active filters as removable chips. Binds to {@link DeskFilterViewModel}.
 */
public final class DeskFilterBar {

    private final DeskFilterViewModel model;
    private final VBox root = new VBox(4);
    private final FlowPane views = new FlowPane(4, 4);
    private final FlowPane chips = new FlowPane(4, 4);
    private final MenuButton statusMenu = new MenuButton("Status");
    private final MenuButton categoryMenu = new MenuButton("Category");
    private boolean syncing;

    public DeskFilterBar(DeskFilterViewModel model, ObservableList<String> categoryNames) {
        this.model = model;
        views.setId("savedViews");
        views.setPrefWrapLength(0);
        views.setMinWidth(0);
        model.views().addListener((ListChangeListener<DeskFilterViewModel.ViewCount>) change -> showViews());
        showViews();

        statusMenu.setId("statusFilter");
        for (ArticleStatus status : ArticleStatus.values()) {
            CheckMenuItem item = new CheckMenuItem(status.label());
            item.setId("statusFilter-" + status.name());
            item.selectedProperty().addListener((obs, was, checked) -> {
                if (!syncing) {
                    toggle(model.statuses(), status, checked);
                }
            });
            statusMenu.getItems().add(item);
        }
        model.statuses().addListener((SetChangeListener<ArticleStatus>) change -> syncMenus());

        categoryMenu.setId("categoryFilter");
        categoryNames.addListener((ListChangeListener<String>) change -> showCategories(categoryNames));
        showCategories(categoryNames);
        model.categories().addListener((SetChangeListener<String>) change -> syncMenus());

        ToggleButton mine = new ToggleButton("Mine");
        mine.setId("mineFilter");
        mine.selectedProperty().bindBidirectional(model.mineProperty());
        Button clear = new Button("Clear");
        clear.setId("clearFilters");
        clear.setOnAction(event -> model.clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.chips()));

        chips.setId("filterChips");
        chips.setPrefWrapLength(0);
        chips.setMinWidth(0);
        model.chips().addListener((ListChangeListener<DeskFilterViewModel.Chip>) change -> showChips());

        FlowPane filters = new FlowPane(4, 4, statusMenu, categoryMenu, mine, clear);
        filters.setPrefWrapLength(0);
        filters.setMinWidth(0);
        root.getChildren().addAll(views, filters, chips);
        root.setId("deskFilters");
        root.getStyleClass().add("desk-filters");
    }

    public Node node() {
        return root;
    }

    private void showViews() {
        views.getChildren().clear();
        for (DeskFilterViewModel.ViewCount view : model.views()) {
            Button button = new Button(view.label());
            button.setId("view-" + view.id());
            button.getStyleClass().add("saved-view");
            button.setOnAction(event -> model.apply(view.id()));
            views.getChildren().add(button);
        }
    }

    private void showCategories(ObservableList<String> names) {
        categoryMenu.getItems().clear();
        for (String name : names) {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setId("categoryFilter-" + name);
            item.setSelected(model.categories().contains(name));
            item.selectedProperty().addListener((obs, was, checked) -> {
                if (!syncing) {
                    toggle(model.categories(), name, checked);
                }
            });
            categoryMenu.getItems().add(item);
        }
    }

    private void syncMenus() {
        syncing = true;
        try {
            ArticleStatus[] all = ArticleStatus.values();
            for (int i = 0; i < all.length; i++) {
                ((CheckMenuItem) statusMenu.getItems().get(i)).setSelected(model.statuses().contains(all[i]));
            }
            categoryMenu.getItems().forEach(item ->
                    ((CheckMenuItem) item).setSelected(model.categories().contains(item.getText())));
        } finally {
            syncing = false;
        }
    }

    private void showChips() {
        chips.getChildren().clear();
        int index = 0;
        for (DeskFilterViewModel.Chip chip : model.chips()) {
            Button remove = new Button("✕");
            remove.setId("removeFilter-" + index++);
            remove.setAccessibleText("Remove filter " + chip.label());
            remove.getStyleClass().add("chip-remove");
            remove.setOnAction(event -> chip.remove().run());
            HBox box = new HBox(2, new Label(chip.label()), remove);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("chip");
            chips.getChildren().add(box);
        }
    }

    private static <T> void toggle(java.util.Set<T> set, T value, boolean on) {
        if (on) {
            set.add(value);
        } else {
            set.remove(value);
        }
    }
}
