package com.copydesk.article.ui;

import com.copydesk.article.ArticleStatus;
import com.copydesk.ui.CssIds;
import com.copydesk.ui.DateEntry;
import com.copydesk.ui.FoldedContent;
import com.copydesk.ui.LazyTooltip;
import com.copydesk.ui.ProblemLine;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Above the article list: the saved views with counts (built-in and the user's own, which a
 * right-click renames or deletes), status, category, author, tag and last-change filters, "Mine",
 * saving the current filters as a view, and the active filters as removable chips. Binds to {@link DeskFilterViewModel}.
 */
public final class DeskFilterBar {

    private final DeskFilterViewModel model;
    private final VBox root = new VBox(4);
    private final VBox views = new VBox(2);
    private final FlowPane chips = new FlowPane(4, 4);
    private final MenuButton statusMenu = new MenuButton("Status");
    private final MenuButton categoryMenu = new MenuButton("Category");
    private boolean syncing;

    public DeskFilterBar(DeskFilterViewModel model, ObservableList<String> categoryNames) {
        this.model = model;
        views.setId("savedViews");
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
        TitledPane viewsPane = new TitledPane("Views", views);
        viewsPane.setId("savedViewsPane");
        viewsPane.setAnimated(false);
        root.getChildren().addAll(viewsPane, filters, moreFiltersPane(), chips);
        root.setId("deskFilters");
        root.getStyleClass().add("desk-filters");
    }

    public Node node() {
        return root;
    }

    /**
     * Author, tag, the last-change range and saving a view, folded: they are used less than the
     * rest, and five text fields and two date pickers were a tenth of the window's first frame
     * (issue #8). The chips below show the filters set in here while it is folded.
     */
    private TitledPane moreFiltersPane() {
        TitledPane pane = new TitledPane();
        pane.setText("More filters");
        pane.setId("moreFilters");
        pane.setAnimated(false);
        pane.setExpanded(false);
        LazyTooltip.onTitle(pane, "Author, tag and last-change filters; save the filters as a view");
        FoldedContent.onFirstUnfold(pane, () -> new VBox(4, moreFilters(), saveViewRow()));
        return pane;
    }

    /** Author, tag and the last-change range. */
    private Node moreFilters() {
        TextField author = new TextField();
        author.setId("authorFilter");
        author.setPromptText("Author");
        author.textProperty().bindBidirectional(model.authorProperty());
        TextField tag = new TextField();
        tag.setId("tagFilter");
        tag.setPromptText("Tag");
        tag.textProperty().bindBidirectional(model.tagProperty());
        author.setPrefColumnCount(7);
        tag.setPrefColumnCount(6);
        DatePicker from = datePicker("changedFrom", "From", model.changedFromProperty());
        DatePicker to = datePicker("changedTo", "To", model.changedToProperty());
        Label changed = new Label("Last change");
        FlowPane row = new FlowPane(4, 4, author, tag, changed, from, to);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWrapLength(0);
        row.setMinWidth(0);
        return new VBox(2, row, rangeProblem(row, from, to));
    }

    /**
     * A date typed in the range that is not a date is not applied: the list stays filtered as it was
     * (its chip says how), and the text stays for correcting, with a line under the row saying why.
     */
    private static ProblemLine rangeProblem(FlowPane row, DatePicker from, DatePicker to) {
        StringBinding fromProblem = DateEntry.on(from).problem("Last change from", "for no limit", "Not applied.");
        StringBinding toProblem = DateEntry.on(to).problem("Last change to", "for no limit", "Not applied.");
        return new ProblemLine("changedProblem", row, Bindings.createStringBinding(
                () -> (fromProblem.get() + " " + toProblem.get()).strip(), fromProblem, toProblem));
    }

    private static DatePicker datePicker(String id, String prompt, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(120);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** A name and "Save view": the current filters and search become a view in the sidebar. */
    private Node saveViewRow() {
        TextField name = new TextField();
        name.setId("viewName");
        name.setPromptText("Name for a new view");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button("Save view");
        save.setId("saveView");
        Runnable saveIt = () -> {
            model.saveView(name.getText());
            name.clear();
        };
        save.setOnAction(event -> saveIt.run());
        name.setOnAction(event -> saveIt.run());
        save.disableProperty().bind(name.textProperty().isEmpty());
        HBox row = new HBox(4, name, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showViews() {
        views.getChildren().clear();
        for (DeskFilterViewModel.ViewCount view : model.views()) {
            Button button = new Button(view.label());
            button.setId("view-" + view.id());
            button.getStyleClass().add("saved-view");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setOnAction(event -> model.apply(view.id()));
            if (view.userDefined()) {
                button.getStyleClass().add("user-view");
                button.setContextMenu(viewMenu(view));
            }
            views.getChildren().add(button);
        }
    }

    /** Rename and delete for a view the user saved (right-click). */
    private ContextMenu viewMenu(DeskFilterViewModel.ViewCount view) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setId("renameView-" + view.id());
        rename.setOnAction(event -> {
            TextInputDialog dialog = new TextInputDialog(view.name());
            dialog.setTitle("Rename view");
            dialog.setHeaderText("New name for “" + view.name() + "”");
            dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
            dialog.showAndWait().ifPresent(name -> model.renameView(view.id(), name));
        });
        MenuItem delete = new MenuItem("Delete view");
        delete.setId("deleteView-" + view.id());
        delete.setOnAction(event -> model.deleteView(view.id()));
        return new ContextMenu(rename, delete);
    }

    private void showCategories(ObservableList<String> names) {
        categoryMenu.getItems().clear();
        for (String name : names) {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setId(CssIds.of("categoryFilter-", name));
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
