package com.copydesk.body.ui;

import com.copydesk.body.Links;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Asks for a link target. OK stays disabled until the address is an allowed link (http,
 * https or mailto); the reason shows under the field. Answers the trimmed URL, {@code ""}
 * for "Remove link" (offered when editing an existing link), or nothing when cancelled.
 */
final class LinkDialog {

    static final ButtonType REMOVE = new ButtonType("Remove link", ButtonBar.ButtonData.LEFT);

    private LinkDialog() {
    }

    static Optional<String> ask(Window owner, String current) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(current == null ? "Insert link" : "Edit link");
        dialog.setHeaderText(null);
        TextField url = new TextField(current == null ? "" : current);
        url.setId("linkUrl");
        url.setPromptText("https://… or mailto:…");
        url.setPrefColumnCount(32);
        Label problem = new Label();
        problem.setId("linkProblem");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(6, new Label("Link address"), url, problem));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (current != null) {
            dialog.getDialogPane().getButtonTypes().add(REMOVE);
        }
        Runnable validate = () -> {
            Optional<String> why = url.getText().isBlank() ? Optional.empty() : Links.problem(url.getText());
            problem.setText(why.orElse(""));
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(Links.clean(url.getText()).isEmpty());
        };
        url.textProperty().addListener((obs, old, now) -> validate.run());
        validate.run();
        dialog.setResultConverter(button -> {
            if (button == ButtonType.OK) {
                return Links.clean(url.getText()).orElse(null);
            }
            return button == REMOVE ? "" : null;
        });
        Platform.runLater(() -> {
            url.requestFocus();
            url.selectAll();
        });
        return dialog.showAndWait();
    }
}
