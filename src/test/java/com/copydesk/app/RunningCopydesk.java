package com.copydesk.app;

import com.copydesk.exchange.ConflictPolicy;
import com.copydesk.exchange.ExportFormat;
import com.copydesk.article.UserProfile;
import com.copydesk.store.Database;
import javafx.application.Platform;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** One Copydesk window on a real database file, for UI tests, with the export file chooser answered. */
final class RunningCopydesk {

    final Stage stage;
    final Copydesk copydesk;
    /** The database opened at start; a test holding its lock holds up the storage thread's work on it. */
    final Database database;
    final AtomicLong firstFrame = new AtomicLong();
    /** What the window held when the first frame was reported: the editor pane, its fields, the body editor, the empty-pane hint shown. */
    volatile boolean editorPaneAtFirstFrame;
    volatile boolean headlineAtFirstFrame;
    volatile boolean bodyEditorAtFirstFrame;
    volatile boolean emptyHintAtFirstFrame;
    final TestDialogs dialogs = new TestDialogs();

    private RunningCopydesk(Stage stage, Path databaseFile, Path configDir) {
        this.stage = stage;
        this.database = Startup.openAndSeed(databaseFile);
        this.copydesk = Copydesk.start(stage, database, configDir, dialogs, Clock.systemDefaultZone(), frameTime -> {
            javafx.scene.Scene scene = stage.getScene();
            editorPaneAtFirstFrame = scene.lookup("#editorPane") != null;
            headlineAtFirstFrame = scene.lookup("#headline") != null;
            bodyEditorAtFirstFrame = scene.lookup("#body") != null;
            emptyHintAtFirstFrame = scene.lookup("#noArticleOpen") != null && scene.lookup("#noArticleOpen").isVisible();
            firstFrame.set(frameTime);
        });
        // The primary stage is shared between test classes; one that set its size (PageScreenshotTest)
        // would otherwise leave this window at that size instead of the scene's.
        stage.sizeToScene();
    }

    /** Call on the FX thread. */
    static RunningCopydesk open(Stage stage, Path databaseFile, Path configDir) {
        Platform.setImplicitExit(false);
        return new RunningCopydesk(stage, databaseFile, configDir);
    }

    static RunningCopydesk openInNewStage(FxRobot robot, Path databaseFile, Path configDir) {
        RunningCopydesk[] running = new RunningCopydesk[1];
        robot.interact(() -> running[0] = open(new Stage(), databaseFile, configDir));
        return running[0];
    }

    /** Shuts Copydesk down and hides its window; nothing to do when a test has closed it already. */
    void close(FxRobot robot) {
        if (!stage.isShowing()) {
            return;
        }
        robot.interact(() -> {
            copydesk.shutdown();
            stage.hide();
        });
    }

    /**
     * The body editor's text area, once it exists: Copydesk builds it right after the first frame,
     * so a test that goes straight for the body waits for it.
     */
    <T extends javafx.scene.Node> T body(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene().lookup("#body") != null);
        @SuppressWarnings("unchecked")
        T body = (T) stage.getScene().lookup("#body");
        return body;
    }

    /**
     * The headline field, once it is in the window: the editor's fields join it with the first
     * article opened (right after the first frame), so a test that goes straight for them waits.
     */
    javafx.scene.control.TextField headline() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene().lookup("#headline") != null);
        return (javafx.scene.control.TextField) stage.getScene().lookup("#headline");
    }

    /** The preview's page body, once the WebView exists and has loaded. */
    String previewHtml(FxRobot robot) {
        WebView[] view = new WebView[1];
        robot.interact(() -> view[0] = (WebView) stage.getScene().lookup("#preview"));
        if (view[0] == null) {
            return "";
        }
        String[] html = new String[1];
        robot.interact(() -> {
            Object result = view[0].getEngine().executeScript("document.body ? document.body.innerHTML : ''");
            html[0] = result == null ? "" : result.toString();
        });
        return html[0];
    }

    void waitForPreviewContaining(FxRobot robot, String... fragments) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            // Block numbers are for the preview's own scrolling; the tests look at the content.
            String html = previewHtml(robot).replaceAll(" data-block=\"\\d+\"", "");
            for (String fragment : fragments) {
                if (!html.contains(fragment)) {
                    return false;
                }
            }
            return true;
        });
    }

    static final class TestDialogs extends FxDialogs {
        volatile Path exportTarget;
        volatile List<Path> importFiles = List.of();
        volatile ConflictPolicy conflictPolicy;
        final List<String> errors = new CopyOnWriteArrayList<>();
        /** The folders "Show in folder" asked the desktop to open. */
        final List<Path> shownFolders = new CopyOnWriteArrayList<>();

        /** What the profile dialog answers (first run and Edit → Profile…); null = skipped. */
        volatile UserProfile profileAnswer;
        /** What the logo file chooser of Publication settings answers; null = cancelled. */
        volatile Path logoFile;

        @Override
        public Optional<Path> chooseLogoFile(Window owner) {
            return Optional.ofNullable(logoFile);
        }

        /** What the "Set category" dialog answers; null = cancelled. */
        volatile String categoryAnswer;

        /** What the "Add tag" / "Remove tag" dialog answers; null = cancelled. */
        volatile String tagAnswer;

        @Override
        public Optional<String> chooseTag(Window owner, java.util.List<String> knownTags, int articleCount, boolean adding) {
            return Optional.ofNullable(tagAnswer);
        }

        @Override
        public Optional<String> chooseCategory(Window owner, java.util.List<String> categories, int articleCount) {
            return Optional.ofNullable(categoryAnswer);
        }

        @Override
        public Optional<UserProfile> askProfile(Window owner, UserProfile current, boolean firstRun) {
            return Optional.ofNullable(profileAnswer);
        }

        @Override
        public Optional<Path> chooseExportFile(Window owner, String suggestedName) {
            return Optional.ofNullable(exportTarget);
        }

        @Override
        public Optional<Path> chooseExportTarget(Window owner, ExportFormat format, String suggestedName) {
            return Optional.ofNullable(exportTarget);
        }

        @Override
        public List<Path> chooseImportFiles(Window owner) {
            return importFiles;
        }

        @Override
        public Optional<ConflictPolicy> chooseConflictPolicy(Window owner) {
            return Optional.ofNullable(conflictPolicy);
        }

        /** What File → Open database…, New database… and Save a copy as… answer; null = cancelled. */
        volatile Path databaseToOpen;
        volatile Path newDatabase;
        volatile Path databaseCopy;

        @Override
        public Optional<Path> chooseDatabaseToOpen(Window owner) {
            return Optional.ofNullable(databaseToOpen);
        }

        @Override
        public Optional<Path> chooseNewDatabase(Window owner) {
            return Optional.ofNullable(newDatabase);
        }

        @Override
        public Optional<Path> chooseDatabaseCopy(Window owner, String suggestedName) {
            return Optional.ofNullable(databaseCopy);
        }

        @Override
        public void showError(Window owner, String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInFolder(Window owner, Path folder) {
            shownFolders.add(folder);
        }
    }
}
