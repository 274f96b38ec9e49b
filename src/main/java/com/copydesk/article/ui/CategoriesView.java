package com.copydesk.article.ui;

import com.copydesk.article.CategoryInfo;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/** The category manager's content: the list and the buttons acting on the selected category. */
public final class CategoriesView {

    private final VBox root = new VBox(8);

    public CategoriesView(CategoriesViewModel model) {
        ListView<CategoryInfo> list = new ListView<>(model.categories());
        list.setId("categoryManagerList");
        list.setCellFactory(view -> new InfoCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("categoryName");
        name.setPromptText("Category name");
        name.textProperty().bindBidirectional(model.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = button("Add", "createCategory", model::create);
        Button rename = button("Rename", "renameCategory", model::renameSelected);
        Button up = button("Move up", "moveCategoryUp", () -> model.moveSelected(-1));
        Button down = button("Move down", "moveCategoryDown", () -> model.moveSelected(1));
        ColorPicker color = new ColorPicker();
        color.setId("categoryColor");
        color.setOnAction(event -> model.recolorSelected(hex(color.getValue())));

        TextField targetLength = new TextField();
        targetLength.setId("categoryTargetLength");
        targetLength.setPromptText("Target words");
        targetLength.setPrefColumnCount(7);
        targetLength.textProperty().bindBidirectional(model.targetTextProperty());
        targetLength.setOnAction(event -> model.setTargetOfSelected());
        Button setTarget = button("Set target length", "setCategoryTarget", model::setTargetOfSelected);
        targetLength.disableProperty().bind(model.selectedProperty().isNull());

        ComboBox<CategoryInfo> target = new ComboBox<>(model.categories());
        target.setId("categoryTarget");
        target.setPromptText("Move its articles to…");
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(CategoryInfo info) {
                return info == null ? "" : info.name();
            }

            @Override
            public CategoryInfo fromString(String text) {
                return null;
            }
        });
        Button merge = button("Merge into", "mergeCategory", () -> model.mergeSelectedInto(target.getValue()));
        Button delete = button("Delete", "deleteCategory", () -> model.deleteSelected(target.getValue()));
        delete.getStyleClass().add("danger");

        Label problem = new Label();
        problem.setId("categoryProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        for (Button needsSelection : new Button[] {rename, up, down, merge, delete, setTarget}) {
            needsSelection.disableProperty().bind(model.selectedProperty().isNull());
        }
        color.disableProperty().bind(model.selectedProperty().isNull());

        HBox nameRow = new HBox(6, name, add, rename);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane order = new FlowPane(6, 6, up, down, color, targetLength, setTarget);
        FlowPane merging = new FlowPane(6, 6, target, merge, delete);
        root.getChildren().addAll(list, nameRow, order, merging, problem);
        root.setPadding(new Insets(10));
        root.setId("categoryManager");
        root.setPrefSize(460, 480);
    }

    public Parent node() {
        return root;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static String hex(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    private static final class InfoCell extends ListCell<CategoryInfo> {
        @Override
        protected void updateItem(CategoryInfo info, boolean empty) {
            super.updateItem(info, empty);
            if (empty || info == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(info.name() + " (" + info.articles() + (info.articles() == 1 ? " article" : " articles")
                    + (info.defaultTargetLength() == null ? ")" : String.format(java.util.Locale.ROOT, ", target %,d words)",
                    info.defaultTargetLength())));
            Rectangle swatch = new Rectangle(12, 12, info.color().isEmpty() ? Color.TRANSPARENT : Color.web(info.color()));
            swatch.setStroke(Color.GRAY);
            setGraphic(swatch);
        }
    }
}
