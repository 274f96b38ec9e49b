package com.copydesk.article.ui;

import com.copydesk.article.ArticleSummary;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.time.Clock;
import java.util.function.BooleanSupplier;

/** Lists the trash; restores the selected articles; empties it after {@code confirmEmpty} agrees. */
public final class TrashView {

    private final BorderPane root = new BorderPane();

    public TrashView(TrashViewModel model, Clock clock, BooleanSupplier confirmEmpty) {
        RelativeTimeFormat times = new RelativeTimeFormat(clock);
        ListView<ArticleSummary> list = new ListView<>(model.items());
        list.setId("trashList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("The trash is empty"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : (item.headline().isBlank() ? "Untitled" : item.headline()) + " · " + times.format(item.modified()));
            }
        });

        Button restore = new Button("Restore");
        restore.setId("restoreFromTrash");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> model.restore(list.getSelectionModel().getSelectedItems().stream()
                .map(ArticleSummary::id).toList()));
        Button empty = new Button("Empty Trash…");
        empty.setId("emptyTrash");
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.items()).or(model.restoringProperty()));
        empty.setOnAction(event -> {
            if (confirmEmpty.getAsBoolean()) {
                model.emptyTrash();
            }
        });
        Label message = new Label();
        message.setId("trashMessage");
        message.textProperty().bind(model.messageProperty());

        HBox bottom = new HBox(12, restore, empty, message);
        bottom.setPadding(new Insets(8));
        root.setCenter(list);
        root.setBottom(bottom);
        root.setPrefSize(520, 420);
        root.setId("trashPanel");
    }

    public Parent node() {
        return root;
    }
}
