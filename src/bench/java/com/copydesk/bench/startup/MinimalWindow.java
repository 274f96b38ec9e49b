package com.copydesk.bench.startup;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The start-up baseline: one window with one Label. Reports its first frame exactly as Copydesk
 * does ({@code first-frame-ms=N}, JVM start to the first pulse after showing) and exits.
 */
public final class MinimalWindow extends Application {

    /** Kept apart from the Application so that it starts from a plain class path, like Copydesk's Main. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            launchThenExit(MinimalWindow.class, args);
        }
    }

    /** Launches {@code window}, whose start ends in {@link #showUntilFirstFrame}, and ends the JVM after it. */
    static void launchThenExit(Class<? extends Application> window, String[] args) {
        Application.launch(window, args);
        System.exit(0);
    }

    /**
     * Shows {@code scene} on {@code stage}, prints {@code first-frame-ms=N} (JVM start to the first
     * pulse after showing) exactly as Copydesk does, and exits JavaFX.
     */
    static void showUntilFirstFrame(Stage stage, Scene scene, String title) {
        stage.setScene(scene);
        stage.setTitle(title);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + sinceJvmStart);
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
        Platform.requestNextPulse();
    }

    @Override
    public void start(Stage stage) {
        showUntilFirstFrame(stage, new Scene(new StackPane(new Label("Copydesk start-up baseline")), 1200, 800),
                "Minimal window");
    }
}
