package com.copydesk.app;

import com.copydesk.store.Backup;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/** Lists the backups; Restore asks {@code confirm} first. */
final class BackupsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    private final BorderPane root = new BorderPane();

    BackupsView(BackupsViewModel model, Predicate<Backup> confirm) {
        ListView<Backup> list = new ListView<>(model.items());
        list.setId("backupList");
        list.setPlaceholder(new Label("No backups yet"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Backup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : WHEN.format(item.made()) + " · " + item.kind().label()
                        + " · " + String.format("%,d KB", Math.max(1, item.bytes() / 1024)));
            }
        });
        Button restore = new Button("Restore…");
        restore.setId("restoreBackup");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.restoringProperty()).or(model.restoreUnderWayProperty()));
        restore.setOnAction(event -> {
            Backup chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && confirm.test(chosen)) {
                model.restore(chosen);
            }
        });
        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox bottom = new HBox(12, restore, message);
        bottom.setPadding(new Insets(8));
        root.setCenter(list);
        root.setBottom(bottom);
        root.setPrefSize(560, 380);
        root.setId("backupsPanel");
    }

    Parent node() {
        return root;
    }
}
