package com.copydesk.app;

import com.copydesk.article.UserProfile;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the main window asks the user. Tests answer some of them without a native dialog. */
public interface Dialogs {

    Optional<Path> chooseExportFile(Window owner, String suggestedName);

    boolean confirm(Window owner, String title, String message, String confirmLabel);

    void showError(Window owner, String title, String message);

    /**
     * Asks who is using Copydesk, starting from {@code current}; empty when the person skips or
     * cancels. The default asks nothing, for implementations that have no profile dialog.
     */
    default Optional<String> chooseCategory(Window owner, java.util.List<String> categories, int articleCount) {
        return Optional.empty();
    }

    default Optional<UserProfile> askProfile(Window owner, UserProfile current, boolean firstRun) {
        return Optional.empty();
    }
}
