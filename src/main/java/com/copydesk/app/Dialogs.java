package com.copydesk.app;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the main window asks the user. Tests answer some of them without a native dialog. */
public interface Dialogs {

    Optional<Path> chooseExportFile(Window owner, String suggestedName);

    boolean confirm(Window owner, String title, String message, String confirmLabel);

    void showError(Window owner, String title, String message);
}
