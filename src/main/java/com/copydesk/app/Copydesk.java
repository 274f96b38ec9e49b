package com.copydesk.app;

import com.copydesk.article.UserProfile;
import com.copydesk.article.ui.SaveState;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Backups;
import com.copydesk.store.BulkStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.store.NoteStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.TagStore;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.FxBackgroundExecutor;
import com.copydesk.task.FxScheduler;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The composition root: builds every object of a running Copydesk by constructor, shows the
 * window, and takes it all down again in order (last save, storage thread, database).
 */
public final class Copydesk {

    private final Database database;
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private final WindowStateStore windowStates;
    private final Stage stage;
    private final MainViewModel model;
    private final MainWindow window;
    private final BackupsViewModel backups;
    private final UserProfileStore profiles;
    private final Dialogs dialogs;
    private final boolean askForProfile;
    private boolean shutDown;

    private Copydesk(Stage stage, Database database, Path configDir, Dialogs dialogs, Clock clock) {
        this.stage = stage;
        this.database = database;
        this.windowStates = new WindowStateStore(configDir);
        this.profiles = new UserProfileStore(configDir);
        this.dialogs = dialogs;
        this.model = new MainViewModel(new ArticleStore(database), new CategoryStore(database),
                new PublicationStore(database), new RevisionStore(database), new WorkflowStore(database),
                new NoteStore(database), new TagStore(database), new DeskStore(database),
                new BulkStore(database), new CategoryAdminStore(database), executor,
                new FxScheduler(), clock);
        this.backups = new BackupsViewModel(new Backups(database), executor, clock, model::saveNow, this::reloadAfterRestore);
        Optional<UserProfile> saved = profiles.load();
        saved.ifPresent(model.profileProperty()::set);
        this.askForProfile = saved.isEmpty();
        if (askForProfile) {
            model.profileProperty().set(UserProfileStore.fallback());
        }
        model.profileProperty().addListener((obs, old, now) -> saveProfile(now));
        StartupTrace.mark("view models built");
        this.window = new MainWindow(model, stage, dialogs, clock);
        StartupTrace.mark("views built");
        window.setBackups(backups);
    }

    /**
     * Shows Copydesk on {@code stage}. {@code onFirstFrame} receives the time of the first frame
     * that shows the list filled from the database; the preview's WebView is created right after it.
     */
    public static Copydesk start(Stage stage, Database database, Path configDir, Dialogs dialogs, Clock clock,
                                 LongConsumer onFirstFrame) {
        Copydesk app = new Copydesk(stage, database, configDir, dialogs, clock);
        app.show(onFirstFrame);
        return app;
    }

    private void show(LongConsumer onFirstFrame) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowState state = windowStates.load()
                .fitInto(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        Scene scene = window.buildScene(state);
        StartupTrace.mark("scene built");
        stage.setScene(scene);
        stage.setTitle("Copydesk — " + database.file().getFileName() + (database.readOnly() ? " (read-only)" : ""));
        stage.getIcons().setAll(new javafx.scene.image.Image(Copydesk.class.getResourceAsStream("icon-64.png")),
                new javafx.scene.image.Image(Copydesk.class.getResourceAsStream("icon-32.png")));
        if (state.hasPosition()) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setMaximized(state.maximized());
        stage.setOnCloseRequest(event -> {
            if (!unsavedWorkMayBeLost()) {
                event.consume();
                return;
            }
            shutdown();
            Platform.exit();
        });
        // The newest article is opened only after the first frame: its body parse, editor load and
        // page render would otherwise all delay that frame (measured in src/bench StartupBenchmark).
        FirstFrame.whenListShown(scene, model.list(), frameTime -> {
            onFirstFrame.accept(frameTime);
            if (shutDown) { // -Dcopydesk.exitAfterFirstFrame: nothing more to open
                return;
            }
            selectNewestIfNoneSelected();
            Platform.runLater(window.previewView()::createWebView);
            if (askForProfile) {
                Platform.runLater(this::askProfileOnFirstRun);
            }
        });
        stage.show();
        StartupTrace.mark("stage shown");
        if (StartupTrace.ON) {
            model.editor().loadedProperty().addListener((obs, old, article) -> StartupTrace.mark("article in editor"));
        }
        backups.makeDailyBackup(message -> dialogs.showError(stage, "Daily backup failed", message));
    }

    /**
     * Closing while the last save failed (full disk, locked file) would lose that text: ask first.
     * Answering no keeps the window open, and saving keeps retrying.
     */
    private boolean unsavedWorkMayBeLost() {
        if (model.editor().saveStateProperty().get() != SaveState.FAILED) {
            return true;
        }
        return dialogs.confirm(stage, "Close without saving?",
                model.editor().problemProperty().get() + "\n\nIf you close Copydesk now, the changes that could not be"
                        + " saved are lost. Keep it open while it retries, or copy your text somewhere safe first.",
                "Close without saving");
    }

    private void selectNewestIfNoneSelected() {
        if (model.list().selectedIdProperty().get() == null && !model.list().items().isEmpty()) {
            model.list().selectedIdProperty().set(model.list().items().get(0).id());
        }
    }

    private void reloadAfterRestore() {
        model.reloadAll();
    }

    /** First run: asks who is writing; skipping keeps (and saves) the account name as a reporter. */
    private void askProfileOnFirstRun() {
        if (shutDown) {
            return;
        }
        UserProfile chosen = dialogs.askProfile(stage, model.profileProperty().get(), true)
                .orElse(model.profileProperty().get());
        if (chosen.equals(model.profileProperty().get())) {
            saveProfile(chosen);
        } else {
            model.profileProperty().set(chosen);
        }
    }

    private void saveProfile(UserProfile profile) {
        executor.run(() -> profiles.save(profile), () -> { },
                failure -> dialogs.showError(stage, "Your profile was not saved", failure.getMessage()));
    }

    public MainViewModel model() {
        return model;
    }

    /** Saves the open article, waits for storage work to finish, remembers the layout, closes the database. */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        model.saveNow();
        windowStates.save(currentWindowState());
        executor.close();
        database.close();
    }

    private WindowState currentWindowState() {
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), window.panes().getDividerPositions());
    }
}
