package com.copydesk.app;

import com.copydesk.article.UserProfile;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** The small "Who are you?" dialog: name, initials and role, checked before it closes. */
final class ProfileDialog {

    private final Dialog<UserProfile> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final TextField initials = new TextField();
    private final ComboBox<UserProfile.Role> role = new ComboBox<>();
    private final Label problem = new Label();

    ProfileDialog(Window owner, UserProfile current, boolean firstRun) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Your profile");
        dialog.setHeaderText(firstRun
                ? "Who is writing? Your name becomes the byline of new articles and is recorded on status changes."
                : "Your name becomes the byline of new articles and is recorded on status changes.");
        name.setId("profileName");
        name.setText(current.name());
        initials.setId("profileInitials");
        initials.setText(current.initials());
        initials.setPromptText("from the name");
        role.setId("profileRole");
        role.getItems().setAll(UserProfile.Role.values());
        role.setValue(current.role());
        problem.setId("profileProblem");
        problem.getStyleClass().add("problem");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Initials"), initials);
        grid.addRow(2, new Label("Role"), role);
        grid.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("profileDialog");

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(firstRun ? "Skip" : "Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, skip);
        // Keep the dialog open and say what is wrong instead of closing on bad input.
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, event -> {
            if (read().isEmpty()) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? read().orElse(null) : null);
    }

    Optional<UserProfile> showAndWait() {
        return dialog.showAndWait();
    }

    private Optional<UserProfile> read() {
        try {
            UserProfile profile = new UserProfile(name.getText(), initials.getText(), role.getValue());
            problem.setText("");
            return Optional.of(profile);
        } catch (IllegalArgumentException | NullPointerException bad) {
            problem.setText(bad.getMessage());
            return Optional.empty();
        }
    }
}
