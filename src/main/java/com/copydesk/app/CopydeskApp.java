package com.copydesk.app;

import com.copydesk.store.Database;
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

    /** What {@link Main} prepared. JavaFX creates the Application itself, so this is the one hand-over point. */
    record Plan(AppPaths paths, Logs logs, CompletableFuture<Database> database) {
    }

    private static Plan plan;
    private static volatile int exitCode;
    private Copydesk copydesk;

    static int launch(Plan prepared) {
        plan = prepared;
        Application.launch(CopydeskApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        Database database;
        try {
            database = plan.database().join();
        } catch (CompletionException failed) {
            String reason = failed.getCause() == null ? failed.getMessage() : failed.getCause().getMessage();
            System.err.println("copydesk: " + reason);
            new FxDialogs().showError(null, "Copydesk cannot open its database", reason);
            exitCode = 1;
            Platform.exit();
            return;
        }
        copydesk = Copydesk.start(stage, database, plan.paths().configDir(), new FxDialogs(),
                Clock.systemDefaultZone(), this::firstFrame);
        if (!Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            Platform.runLater(() -> offerCrashReports(stage));
        }
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
        long sinceJvmStart = frameTime - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-frame-ms=" + sinceJvmStart);
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            copydesk.shutdown();
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (copydesk != null) {
            copydesk.shutdown();
        }
    }
}
