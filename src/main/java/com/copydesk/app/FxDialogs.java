package com.copydesk.app;

import com.copydesk.exchange.ConflictPolicy;
import com.copydesk.exchange.ExportFormat;
import com.copydesk.article.UserProfile;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@link Dialogs} with JavaFX alerts and the platform's file chooser. */
public class FxDialogs implements Dialogs {

    private final javafx.application.HostServices host;
    private final java.nio.file.Path logFolder;

    /** Dialogs without a desktop to hand folders to, and without log files (tests, tools). */
    public FxDialogs() {
        this(null, null);
    }

    /** Dialogs of the running application: {@code host} opens folders, {@code logFolder} holds the logs. */
    public FxDialogs(javafx.application.HostServices host, java.nio.file.Path logFolder) {
        this.host = host;
        this.logFolder = logFolder;
    }

    @Override
    public void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, About.text(), ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("About Copydesk");
        alert.setHeaderText("Copydesk " + Version.current());
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    @Override
    public void showLogs(Window owner) {
        if (logFolder == null) {
            Dialogs.super.showLogs(owner);
            return;
        }
        ButtonType open = new ButtonType("Open folder", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Copydesk writes its logs and any crash reports to\n" + logFolder, open, ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Logs");
        alert.setHeaderText("Logs and crash reports");
        alert.getDialogPane().setId("logsDialog");
        alert.showAndWait().filter(open::equals).filter(button -> host != null)
                .ifPresent(button -> host.showDocument(logFolder.toUri().toString()));
    }

    @Override
    public void showInFolder(Window owner, Path folder) {
        if (host != null) {
            host.showDocument(folder.toUri().toString());
        } else if (java.awt.Desktop.isDesktopSupported()
                && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            // Off the FX thread: AWT may block while the file manager starts.
            Thread opener = new Thread(() -> {
                try {
                    java.awt.Desktop.getDesktop().open(folder.toFile());
                } catch (java.io.IOException | RuntimeException e) {
                    javafx.application.Platform.runLater(() -> showError(owner, "Show in folder",
                            "Cannot open " + folder + ": " + e.getMessage()));
                }
            }, "show-in-folder");
            opener.setDaemon(true);
            opener.start();
        } else {
            Dialogs.super.showInFolder(owner, folder);
        }
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export articles as JSON");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Copydesk JSON", "*.json"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, ExportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export articles as " + format.label());
        chooser.setInitialFileName(suggestedName);
        if (suggestedName.endsWith("." + format.extension())) {
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        }
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public List<Path> chooseImportFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Copydesk JSON or ninjs", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<ConflictPolicy> chooseConflictPolicy(Window owner) {
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> choices = new java.util.ArrayList<>();
        for (ConflictPolicy policy : ConflictPolicy.values()) {
            choices.add(new ButtonType(policy.label(), ButtonBar.ButtonData.OTHER));
        }
        choices.add(cancel);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Each file is imported completely or not at all. If an article in a file is already here: "
                        + "keep mine, replace it with the one from the file, or import the file's as a copy?",
                choices.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle("Import articles");
        alert.setHeaderText("Import articles");
        alert.getDialogPane().setId("conflictDialog");
        Optional<ButtonType> answer = alert.showAndWait();
        int index = answer.map(choices::indexOf).orElse(-1);
        return index >= 0 && index < ConflictPolicy.values().length
                ? Optional.of(ConflictPolicy.values()[index]) : Optional.empty();
    }

    @Override
    public boolean confirm(Window owner, String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    @Override
    public Optional<UserProfile> askProfile(Window owner, UserProfile current, boolean firstRun) {
        return new ProfileDialog(owner, current, firstRun).showAndWait();
    }

    @Override
    public Optional<String> chooseCategory(Window owner, java.util.List<String> categories, int articleCount) {
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(
                categories.isEmpty() ? null : categories.get(0), categories);
        dialog.initOwner(owner);
        dialog.setTitle("Set category");
        dialog.setHeaderText("Primary category for " + articleCount + (articleCount == 1 ? " article" : " articles"));
        dialog.getDialogPane().setId("categoryDialog");
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> chooseTag(Window owner, java.util.List<String> knownTags, int articleCount, boolean adding) {
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(null, knownTags);
        dialog.initOwner(owner);
        dialog.setTitle(adding ? "Add tag" : "Remove tag");
        String what = articleCount + (articleCount == 1 ? " article" : " articles");
        dialog.setHeaderText(adding ? "Tag to add to " + what + " (type a new one or pick one)" : "Tag to take off " + what);
        dialog.getDialogPane().setId("tagDialog");
        // A ChoiceDialog's list cannot take a new name; an editable combo box in its place can.
        javafx.scene.control.ComboBox<String> names = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(knownTags));
        names.setEditable(true);
        names.setId("tagDialogName");
        dialog.getDialogPane().setContent(names);
        dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK
                ? names.getEditor().getText() : null);
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen(Window owner) {
        FileChooser chooser = databaseChooser("Open a Copydesk database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewDatabase(Window owner) {
        FileChooser chooser = databaseChooser("New Copydesk database");
        chooser.setInitialFileName("articles.copydesk");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDatabaseCopy(Window owner, String suggestedName) {
        FileChooser chooser = databaseChooser("Save a copy of the database");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser databaseChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Copydesk database", "*.copydesk"));
        return chooser;
    }
}
