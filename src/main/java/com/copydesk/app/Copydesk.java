package com.copydesk.app;

import com.copydesk.article.UserProfile;
import com.copydesk.article.ui.SaveState;
import com.copydesk.body.ui.BodyEditorWarmUp;
import com.copydesk.store.Database;
import com.copydesk.ui.WhenTrue;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The composition root: builds every object of a running Copydesk by constructor, shows the
 * window, and takes it all down again in order (last save, storage thread, database).
 */
public final class Copydesk {

    private final WindowStateStore windowStates;
    private final Stage stage;
    private final UserProfileStore profiles;
    private final Dialogs dialogs;
    private final Clock clock;
    private final boolean askForProfile;
    private final ExecutorService settingsWriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "copydesk-settings");
        thread.setDaemon(false);
        return thread;
    });
    private final RecentDatabases recent;
    private final ViewSettings view;
    private final ThemeStyles themes;
    private final DatabaseCommands databases;
    private Session session;
    private boolean shutDown;
    private boolean leaving; // a close or switch waits for the last save
    private Consumer<Database> onSwitched = opened -> { };
    /** Started as the first window is shown; a database switch's new window finds it done. */
    private CompletableFuture<Void> bodyEditorClasses;
    /** The start's preview page, loaded and shown (see {@link #whenPreviewShown}). */
    private final CompletableFuture<Void> previewShown = new CompletableFuture<>();

    private Copydesk(Stage stage, Database database, Path configDir, Dialogs dialogs, Clock clock) {
        this.stage = stage;
        this.windowStates = new WindowStateStore(configDir);
        this.profiles = new UserProfileStore(configDir);
        this.dialogs = dialogs;
        this.clock = clock;
        this.recent = new RecentDatabases(new SettingsFile(configDir.resolve(RecentDatabases.FILE_NAME),
                "Copydesk recent databases", settingsWriter));
        this.view = new ViewSettings(new SettingsFile(configDir.resolve(ViewSettings.FILE_NAME),
                "Copydesk view settings", settingsWriter));
        this.themes = new ThemeStyles(view.darkProperty());
        this.databases = new DatabaseCommands(stage, dialogs, recent, () -> session, this::leaveOnceSaved,
                this::switchTo);
        Optional<UserProfile> saved = profiles.load();
        this.askForProfile = saved.isEmpty();
        this.session = newSession(database, saved.orElseGet(UserProfileStore::fallback));
        recent.opened(database.file());
        StartupTrace.mark("view models and views built");
        SystemTheme.ofThisComputer().detectLater(view.systemDarkProperty()::set);
    }

    private Session newSession(Database database, UserProfile profile) {
        Session opened = new Session(stage, database, dialogs, clock, profile);
        opened.model.profileProperty().addListener((obs, old, now) -> saveProfile(now));
        ViewMenu viewMenu = new ViewMenu(view);
        opened.window.extendMenus(bar -> {
            databases.addTo(bar);
            viewMenu.addTo(bar);
        });
        return opened;
    }

    /**
     * Shows Copydesk on {@code stage}. {@code onFirstFrame} receives the time of the first frame
     * that shows the list filled from the database; the newest article is opened and the body
     * editor built right after it, and the preview's WebView is created once that article is in the
     * editor.
     */
    public static Copydesk start(Stage stage, Database database, Path configDir, Dialogs dialogs, Clock clock,
                                 LongConsumer onFirstFrame) {
        Copydesk app = new Copydesk(stage, database, configDir, dialogs, clock);
        try {
            app.show(onFirstFrame);
        } catch (RuntimeException | Error failure) {
            closeAfterFailedStart(app, failure);
            throw failure;
        }
        return app;
    }

    /** The storage thread already runs: stop it and close the database, so that neither outlives the failed start. */
    private static void closeAfterFailedStart(Copydesk app, Throwable failure) {
        try {
            app.shutdown();
        } catch (RuntimeException | Error alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private void show(LongConsumer onFirstFrame) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowState state = windowStates.load()
                .fitInto(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        // Here, while the FX thread lays out and draws the first frame, loading RichTextFX's classes
        // brought the editor 0.14 s sooner with no later first frame; started any earlier, it
        // competed with JavaFX's own start-up (paired runs, src/docs/benchmarks.md, session 7).
        bodyEditorClasses = BodyEditorWarmUp.start();
        Scene scene = showSession(state);
        StartupTrace.mark("scene built");
        if (state.hasPosition()) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setMaximized(state.maximized());
        stage.setOnCloseRequest(event -> {
            event.consume();
            leaveOnceSaved(() -> {
                shutdown();
                Platform.exit();
            });
        });
        FirstFrame.whenListShown(scene, session.model.list(), frameTime -> {
            onFirstFrame.accept(frameTime);
            if (shutDown) { // -Dcopydesk.exitAfterFirstFrame: nothing more to open
                return;
            }
            afterFirstFrame();
            if (askForProfile) {
                Platform.runLater(this::askProfileOnFirstRun);
            }
        });
        stage.show();
        StartupTrace.mark("stage shown");
        if (StartupTrace.ON) {
            session.model.editor().loadedProperty().addListener((obs, old, article) -> StartupTrace.mark("article in editor"));
        }
    }

    /** Puts the session's window content on the stage, themed and with the remembered text size. */
    private Scene showSession(WindowState state) {
        Scene scene = session.window.buildScene(state);
        EditorFontSize.follow(session.window.editorForm(), view.fontSizeProperty(), session.window::whenBodyEditorBuilt);
        stage.setScene(scene);
        stage.setTitle(session.title());
        return scene;
    }

    /**
     * Work kept off the first frame (measured in src/bench StartupBenchmark and the start-up trace):
     * the newest article's read, the window icons, the body editor (built on the FX thread while
     * the storage thread reads; the article goes into it whichever comes first), then the preview's
     * WebView.
     */
    private void afterFirstFrame() {
        selectNewestIfNoneSelected();
        session.window.showEditorHint();
        setIcons();
        buildBodyEditor();
        createPreviewAfterFirstArticle();
        makeDailyBackup(); // queued on the storage thread behind the newest article's read
    }

    /** Set after the first frame: decoding them loads some 50 image classes (a window manager may show its default icon meanwhile). */
    private void setIcons() {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(new javafx.scene.image.Image(Copydesk.class.getResourceAsStream("icon-64.png")),
                    new javafx.scene.image.Image(Copydesk.class.getResourceAsStream("icon-32.png")));
        }
    }

    /** Once {@link BodyEditorWarmUp} has loaded RichTextFX's classes on its own thread: they are no FX-thread work then. */
    private void buildBodyEditor() {
        Session opened = session;
        bodyEditorClasses.thenRun(() -> Platform.runLater(() -> {
            if (!shutDown && opened == session) {
                opened.window.buildBodyEditor();
                if (StartupTrace.ON) {
                    StartupTrace.mark("body editor built");
                    FirstFrame.afterNextPulse(stage.getScene(), () -> StartupTrace.mark("body editor ready"));
                }
            }
        }));
    }

    private void makeDailyBackup() {
        session.backups.makeDailyBackup(message -> dialogs.showError(stage, "Daily backup failed", message));
    }

    /**
     * Replaces the open database with {@code opened} (already open, its schema up to date): the
     * current session saves and closes, and a new one shows the other database in the same window.
     */
    private void switchTo(Database opened) {
        if (shutDown) {
            opened.close();
            return;
        }
        WindowState state = currentWindowState();
        UserProfile profile = session.model.profileProperty().get();
        closePanelsOf(stage);
        session.close();
        session = newSession(opened, profile);
        recent.opened(opened.file());
        Scene scene = showSession(state);
        FirstFrame.whenListShown(scene, session.model.list(), frameTime -> {
            if (!shutDown) {
                afterFirstFrame();
            }
        });
        session.model.showMessage("Opened " + opened.file() + ".");
        onSwitched.accept(opened);
    }

    /** Runs {@code then} with each database File → Open (or New, or Open recent) switches to. */
    void whenDatabaseSwitched(Consumer<Database> then) {
        onSwitched = Objects.requireNonNull(then, "then");
    }

    /** History, Trash, Backups and other panels show the database that is being closed. */
    private static void closePanelsOf(Stage owner) {
        javafx.stage.Window.getWindows().stream()
                .filter(window -> window instanceof Stage panel && panel.getOwner() == owner)
                .map(Stage.class::cast).toList().forEach(Stage::close);
    }

    /**
     * Leaving the open database (closing or switching): saves what is pending first and runs
     * {@code leave} once that is stored, or once the user, told it could not be, chooses to go anyway.
     * Asking only about a save that had already failed let the last edits, typed a moment before,
     * fail on the way out unseen.
     */
    private void leaveOnceSaved(Runnable leave) {
        if (leaving) {
            return;
        }
        leaving = true;
        Session from = session;
        from.model.saveNowThen(() -> {
            leaving = false;
            if (!shutDown && from == session && unsavedWorkMayBeLost()) {
                leave.run();
            }
        });
    }

    /**
     * Closing while the last save of an article or of a note being typed failed (full disk, locked
     * file) would lose that text: ask first.
     * Answering no keeps the window open, and saving keeps retrying.
     */
    private boolean unsavedWorkMayBeLost() {
        MainViewModel model = session.model;
        String why;
        if (model.editor().saveStateProperty().get() == SaveState.FAILED) {
            why = model.editor().problemProperty().get();
        } else if (model.notes() != null && model.notes().hasUnsavedDraft()) {
            why = model.notes().draftProblem();
        } else {
            return true;
        }
        return dialogs.confirm(stage, "Close without saving?",
                why + "\n\nIf you close Copydesk now, the changes that could not be"
                        + " saved are lost. Keep it open while it retries, or copy your text somewhere safe first.",
                "Close without saving");
    }

    private void selectNewestIfNoneSelected() {
        MainViewModel model = session.model;
        if (model.list().selectedIdProperty().get() == null && !model.list().items().isEmpty()) {
            model.list().selectedIdProperty().set(model.list().items().get(0).id());
        }
    }

    /**
     * Creates the preview's WebView (WebKit's start: over a second, most of it on a background
     * thread, the rest in short FX-thread slices) only once the newest article is in the editor and
     * a frame has shown it, so the editor is usable first. The storage thread answers in order, so
     * when it has answered an empty task queued after the article's read, the article has been
     * loaded (or has failed to load).
     */
    private void createPreviewAfterFirstArticle() {
        Session opened = session;
        Runnable create = () -> FirstFrame.afterNextPulse(stage.getScene(), () -> Platform.runLater(() -> {
            if (!shutDown && opened == session) {
                opened.window.previewView().createWebViewAfterWarmUp().whenComplete((created, failure) -> {
                    if (failure != null) {
                        previewShown.completeExceptionally(failure);
                        return;
                    }
                    StartupTrace.mark("webview created");
                    opened.window.previewView().whenPageLoaded(() -> previewShown.complete(null));
                });
            }
        }));
        opened.executor.run(() -> { }, create, failure -> create.run());
    }

    /** First run: asks who is writing; skipping keeps (and saves) the account name as a reporter. */
    private void askProfileOnFirstRun() {
        if (shutDown) {
            return;
        }
        MainViewModel model = session.model;
        UserProfile chosen = dialogs.askProfile(stage, model.profileProperty().get(), true)
                .orElse(model.profileProperty().get());
        if (chosen.equals(model.profileProperty().get())) {
            saveProfile(chosen);
        } else {
            model.profileProperty().set(chosen);
        }
    }

    private void saveProfile(UserProfile profile) {
        session.executor.run(() -> profiles.save(profile), () -> { },
                failure -> dialogs.showError(stage, "Your profile was not saved", failure.getMessage()));
    }

    /**
     * Runs {@code then} once, after the first pulse that lays out an open article in the editor
     * with its body editor (built after the first frame): the moment the editor is ready for typing.
     */
    void whenEditorReady(Runnable then) {
        session.window.whenBodyEditorBuilt(() -> WhenTrue.once(session.model.editor().openProperty(),
                () -> FirstFrame.afterNextPulse(stage.getScene(), then)));
    }

    /**
     * Runs {@code then} once, after the first pulse that shows the start's preview page, loaded by
     * its WebView; or {@code failed} with the reason when WebKit could not start (the pane says so).
     */
    void whenPreviewShown(Runnable then, Consumer<Throwable> failed) {
        previewShown.whenComplete((shown, failure) -> {
            if (failure == null) {
                FirstFrame.afterNextPulse(stage.getScene(), then);
            } else {
                failed.accept(failure);
            }
        });
    }

    public MainViewModel model() {
        return session.model;
    }

    /** Shows the window in front of others, e.g. when Copydesk is started again on this database. */
    void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** Opens File → Backups…, e.g. when damage was found in the database. */
    void showBackups() {
        session.window.showBackups();
    }

    /** Saves the open article, waits for storage work to finish, remembers the layout, closes the database. */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        session.model.saveNow();
        windowStates.save(currentWindowState());
        themes.close();
        stage.setOnCloseRequest(null);
        session.close();
        settingsWriter.shutdown();
        try {
            settingsWriter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private WindowState currentWindowState() {
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), session.window.panes().getDividerPositions());
    }
}
