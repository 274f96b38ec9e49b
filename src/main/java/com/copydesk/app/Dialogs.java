package com.copydesk.app;

import com.copydesk.exchange.ConflictPolicy;
import com.copydesk.exchange.ExportFormat;
import com.copydesk.article.UserProfile;
import com.copydesk.page.ui.PublicationSettingsDialog;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the main window asks the user. Tests answer some of them without a native dialog. */
public interface Dialogs {

    Optional<Path> chooseExportFile(Window owner, String suggestedName);

    /** Where to export in {@code format}; for HTML of several articles the chosen name becomes a new folder. */
    Optional<Path> chooseExportTarget(Window owner, ExportFormat format, String suggestedName);

    /** The Copydesk JSON or ninjs files to import; empty when cancelled. */
    List<Path> chooseImportFiles(Window owner);

    /** What to do with articles that are already in the database; empty when the import is cancelled. */
    Optional<ConflictPolicy> chooseConflictPolicy(Window owner);

    boolean confirm(Window owner, String title, String message, String confirmLabel);

    void showError(Window owner, String title, String message);

    /**
     * Asks who is using Copydesk, starting from {@code current}; empty when the person skips or
     * cancels. The default asks nothing, for implementations that have no profile dialog.
     */
    default Optional<String> chooseCategory(Window owner, java.util.List<String> categories, int articleCount) {
        return Optional.empty();
    }

    /**
     * The tag to add to ({@code adding}) or take off {@code articleCount} selected articles, typed
     * or picked from {@code knownTags}; empty when cancelled.
     */
    default Optional<String> chooseTag(Window owner, List<String> knownTags, int articleCount, boolean adding) {
        return Optional.empty();
    }

    default Optional<UserProfile> askProfile(Window owner, UserProfile current, boolean firstRun) {
        return Optional.empty();
    }

    /** The logo image for Publication settings; empty when cancelled. */
    default Optional<Path> chooseLogoFile(Window owner) {
        return PublicationSettingsDialog.chooseLogoFile(owner);
    }

    /** Help → About: the version and the licences of what Copydesk is built from. */
    default void showAbout(Window owner) {
        showError(owner, "About Copydesk", About.text());
    }

    /** Opens {@code folder} in the platform's file manager ("Show in folder" after an export). */
    default void showInFolder(Window owner, Path folder) {
        showError(owner, "Show in folder", "The export is in " + folder + ".");
    }

    /** Help → Show logs: where the log files and crash reports are, opened in the file manager when possible. */
    default void showLogs(Window owner) {
        showError(owner, "Logs", "This copy of Copydesk writes no log files.");
    }

    /** File → Open database…: an existing Copydesk database file; empty when cancelled. */
    default Optional<Path> chooseDatabaseToOpen(Window owner) {
        return Optional.empty();
    }

    /** File → New database…: where the new (empty) database goes; empty when cancelled. */
    default Optional<Path> chooseNewDatabase(Window owner) {
        return Optional.empty();
    }

    /** File → Save a copy as…: where the copy goes; empty when cancelled. */
    default Optional<Path> chooseDatabaseCopy(Window owner, String suggestedName) {
        return Optional.empty();
    }
}
