package com.copydesk.article.ui;

import com.copydesk.article.Revision;
import com.copydesk.article.WordDiff;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The History panel: versions on the left, the chosen one compared with the current text on the right. */
public final class HistoryView {

    private final BorderPane root = new BorderPane();

    public HistoryView(HistoryViewModel model) {
        ListView<Revision> list = new ListView<>(model.items());
        list.setId("historyList");
        list.setPlaceholder(new Label("No saved versions yet"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Revision item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));

        TextFlow diff = new TextFlow();
        diff.setId("historyDiff");
        diff.getStyleClass().add("history-diff");
        model.diff().addListener((ListChangeListener<WordDiff.Part>) change -> {
            diff.getChildren().clear();
            for (WordDiff.Part part : model.diff()) {
                Text text = new Text(part.text());
                text.getStyleClass().add("diff-" + part.change().name().toLowerCase(java.util.Locale.ROOT));
                text.setStrikethrough(part.change() == WordDiff.Change.REMOVED);
                text.setUnderline(part.change() == WordDiff.Change.ADDED);
                diff.getChildren().add(text);
            }
        });
        diff.setPadding(new Insets(8));
        ScrollPane diffPane = new ScrollPane(diff);
        diffPane.setFitToWidth(true);

        Label legend = new Label("Struck through: only in that version. Underlined: added since.");
        legend.getStyleClass().add("history-legend");
        Button restore = new Button("Restore this version");
        restore.setId("restoreRevision");
        restore.disableProperty().bind(model.selectedProperty().isNull().or(model.restoringProperty()));
        restore.setOnAction(event -> model.restoreSelected());
        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(model.messageProperty());

        SplitPane split = new SplitPane(list, diffPane);
        split.setDividerPositions(0.38);
        root.setCenter(split);
        HBox bottom = new HBox(12, restore, message, legend);
        bottom.setPadding(new Insets(8));
        root.setBottom(bottom);
        root.setPrefSize(820, 520);
        root.setId("historyPanel");
    }

    public Parent node() {
        return root;
    }
}
