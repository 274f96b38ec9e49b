package com.copydesk.app;

import com.copydesk.store.StoreException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.util.ArrayList;
import java.util.List;

/** Asks what to do when the database cannot be opened at start: the choices depend on the problem. */
final class StartupProblemDialog {

    enum Choice { OPEN_READ_ONLY, OPEN_LATEST_BACKUP, OPEN_OTHER_FILE, QUIT }

    private StartupProblemDialog() {
    }

    /** The choices offered for {@code problem}; the latest backup only when there is one. */
    static List<Choice> choicesFor(StoreException.Problem problem, boolean haveBackup) {
        List<Choice> choices = new ArrayList<>();
        if (problem == StoreException.Problem.IN_USE) {
            choices.add(Choice.OPEN_READ_ONLY);
        } else if (haveBackup) {
            choices.add(Choice.OPEN_LATEST_BACKUP);
        }
        choices.add(Choice.OPEN_OTHER_FILE);
        choices.add(Choice.QUIT);
        return choices;
    }

    static Choice ask(String message, List<Choice> choices) {
        List<ButtonType> buttons = new ArrayList<>();
        for (Choice choice : choices) {
            buttons.add(new ButtonType(label(choice), choice == Choice.QUIT
                    ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, message, buttons.toArray(ButtonType[]::new));
        alert.setTitle("Copydesk cannot open its database");
        alert.setHeaderText("Copydesk cannot open its database");
        alert.getDialogPane().setId("startupProblemDialog");
        alert.getDialogPane().setMinWidth(560);
        ButtonType answer = alert.showAndWait().orElse(null);
        int index = buttons.indexOf(answer);
        return index < 0 ? Choice.QUIT : choices.get(index);
    }

    private static String label(Choice choice) {
        return switch (choice) {
            case OPEN_READ_ONLY -> "Open read-only";
            case OPEN_LATEST_BACKUP -> "Open the latest backup";
            case OPEN_OTHER_FILE -> "Open another file…";
            case QUIT -> "Quit";
        };
    }
}
