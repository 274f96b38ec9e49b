package com.copydesk.app;

import com.copydesk.store.Database;
import com.copydesk.store.StoreException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The JavaFX application: hands the stage to the composition root. */
public final class CopydeskApp extends Application {

    static final String EXIT_AFTER_FIRST_FRAME = "copydesk.exitAfterFirstFrame";
    /**
     * Exit once the editor is ready: the newest article open in it and the body editor (built after
     * the first frame) laid out, printing {@code editor-ready-ms=N}. For AppCDS training runs
     * (packaging/cds), so that the editor's classes are in the archive too, and the start-up bench.
     */
    static final String EXIT_AFTER_BODY_EDITOR = "copydesk.exitAfterBodyEditor";
    /**
     * Exit once the preview shows the newest article (its WebView, created after the editor is
     * ready, has loaded the page and a frame has shown it), printing {@code preview-ready-ms=N}.
     * For the start-up bench.
     */
    static final String EXIT_AFTER_PREVIEW = "copydesk.exitAfterPreview";
    /** Development builds: log every FX-thread pause over 50 ms with the thread's stack (issue #8). */
    static final String WATCHDOG = "copydesk.watchdog";

    /** What {@link Main} prepared. JavaFX creates the Application itself, so this is the one hand-over point. */
    record Plan(AppPaths paths, Logs logs, CompletableFuture<Database> database, Path databaseFile) {
    }

    private static Plan plan;
    private static volatile int exitCode;
    private Copydesk copydesk;
    private RunningInstance runningInstance;
    private com.copydesk.task.StallWatchdog watchdog;

    static int launch(Plan prepared) {
        plan = prepared;
        Application.launch(CopydeskApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx start");
        if (Boolean.getBoolean(WATCHDOG)) {
            watchdog = com.copydesk.task.StallWatchdog.watchFxThread();
        }
        Database database;
        try {
            database = plan.database().join();
        } catch (CompletionException failed) {
            String reason = failed.getCause() == null ? failed.getMessage() : failed.getCause().getMessage();
            System.err.println("copydesk: " + reason);
            database = new StartupRecovery(StartupRecovery::chooseWithFileChooser, Clock.systemDefaultZone())
                    .recover(plan.databaseFile(), failed.getCause(), reason);
            if (database == null) {
                exitCode = 1;
                Platform.exit();
                return;
            }
        }
        StartupTrace.mark("database joined");
        FxDialogs dialogs = new FxDialogs(getHostServices(), plan.logs().folder());
        try {
            copydesk = Copydesk.start(stage, database, plan.paths().configDir(), dialogs,
                    Clock.systemDefaultZone(), this::firstFrame);
        } catch (RuntimeException | Error failure) {
            startFailed(stage, database.file(), dialogs, failure);
            return;
        }
        if (Boolean.getBoolean(EXIT_AFTER_BODY_EDITOR)) {
            copydesk.whenEditorReady(() -> printThenExit("editor-ready-ms="));
        } else if (Boolean.getBoolean(EXIT_AFTER_PREVIEW)) {
            copydesk.whenPreviewShown(() -> printThenExit("preview-ready-ms="), this::previewFailed);
        } else if (!Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            Platform.runLater(() -> offerCrashReports(stage));
            answerSecondStarts(database);
            copydesk.whenDatabaseSwitched(this::answerSecondStartsInstead);
            checkInBackground(stage, database);
        }
    }

    /**
     * A fault in Copydesk itself stopped the start (no input causes one: bad files and databases are
     * answered where they are read). Says so, with the report written for it, and ends the process
     * with code 1. The headless modes for tools and benchmarks only print it: no one is there to
     * close a dialog.
     */
    private void startFailed(Stage stage, Path databaseFile, Dialogs dialogs, Throwable failure) {
        Path report = plan.logs().report(Thread.currentThread().getName(), failure);
        String where = report == null ? "No report could be written to " + plan.logs().folder() + "."
                : "A report was written to " + plan.logs().markSeen(report) + " (please send it to your support contact).";
        String message = "Copydesk could not start because of an internal error. The articles in " + databaseFile
                + " are as they were. " + where;
        System.err.println("copydesk: " + message);
        if (!headlessForTools()) {
            dialogs.showError(stage, "Copydesk could not start", message);
        }
        exitCode = 1;
        Platform.exit();
    }

    /**
     * A large file is not read in full at open (see {@link Database#checkedAtOpen}): check it now on
     * a thread and read-only connection of its own, since on a multi-GB file this takes seconds and
     * would hold up every save and search on the storage thread.
     */
    private void checkInBackground(Stage stage, Database database) {
        if (database.checkedAtOpen()) {
            return;
        }
        Path file = database.file();
        Thread check = new Thread(() -> {
            try {
                Database.quickCheck(file).ifPresent(found -> Platform.runLater(() -> reportDamage(stage, file, found)));
            } catch (StoreException unreadable) {
                System.getLogger(CopydeskApp.class.getName()).log(System.Logger.Level.WARNING, unreadable.getMessage(), unreadable);
            }
        }, "copydesk-integrity-check");
        check.setDaemon(true);
        check.setPriority(Thread.MIN_PRIORITY);
        check.start();
    }

    private void reportDamage(Stage owner, Path file, String found) {
        ButtonType showBackups = new ButtonType("Show backups", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "SQLite's check found damage in " + file
                + " (it says: " + found + ").\n\nSome articles may be incomplete or fail to open. File → Backups… lists"
                + " the backups; restoring one backs up the current file first. Articles that still open can be"
                + " exported.", showBackups, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setHeaderText("The database file is damaged");
        alert.getDialogPane().setId("damageFoundDialog");
        alert.showAndWait().filter(showBackups::equals).ifPresent(button -> copydesk.showBackups());
    }

    /** A second Copydesk started on this database brings this window to the front instead. */
    private void answerSecondStarts(Database database) {
        if (database.readOnly()) {
            return;
        }
        try {
            runningInstance = RunningInstance.listen(database.file(), () -> Platform.runLater(copydesk::bringToFront));
        } catch (java.io.IOException e) {
            System.getLogger(CopydeskApp.class.getName()).log(System.Logger.Level.WARNING,
                    "A second Copydesk on " + database.file() + " will not be able to bring this window to the front", e);
        }
    }

    /** After a switch, a second start on the database left behind opens it; one on the new database finds this window. */
    private void answerSecondStartsInstead(Database switched) {
        if (runningInstance != null) {
            runningInstance.close();
            runningInstance = null;
        }
        answerSecondStarts(switched);
    }

    /** After a crash, the next start says where the report is and offers to open it. */
    private void offerCrashReports(Stage owner) {
        for (Path report : plan.logs().unseenReports()) {
            Path kept = plan.logs().markSeen(report);
            ButtonType open = new ButtonType("Open report", ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.INFORMATION,
                    "Copydesk ran into a problem last time and wrote a report to\n" + kept
                            + "\n\nEverything the status bar showed as \"Saved\" is in the database.",
                    open, ButtonType.CLOSE);
            alert.initOwner(owner);
            alert.setHeaderText("Copydesk closed unexpectedly");
            alert.getDialogPane().setId("crashReportDialog");
            alert.showAndWait().filter(open::equals).ifPresent(button -> getHostServices().showDocument(kept.toUri().toString()));
        }
    }

    private void firstFrame(long frameTime) {
        System.out.println("first-frame-ms=" + sinceJvmStart(frameTime));
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            copydesk.shutdown();
            Platform.exit();
        }
    }

    /** The headless modes for tools and benchmarks: the time since the JVM started, then the end. */
    private void printThenExit(String label) {
        System.out.println(label + sinceJvmStart(System.currentTimeMillis()));
        copydesk.shutdown();
        Platform.exit();
    }

    /** For tools waiting for the preview: WebKit could not start, which a tool must hear of (code 1). */
    private void previewFailed(Throwable failure) {
        System.err.println("copydesk: the preview did not start: " + failure);
        exitCode = 1;
        copydesk.shutdown();
        Platform.exit();
    }

    static boolean headlessForTools() {
        return Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME) || Boolean.getBoolean(EXIT_AFTER_BODY_EDITOR)
                || Boolean.getBoolean(EXIT_AFTER_PREVIEW);
    }

    private static long sinceJvmStart(long time) {
        return time - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (watchdog != null) {
            watchdog.close();
        }
        if (runningInstance != null) {
            runningInstance.close();
        }
        if (copydesk != null) {
            copydesk.shutdown();
        }
    }
}
