package com.copydesk.bench;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The JavaFX toolkit inside the benchmark JVM (headless Monocle, set by the bench profile). */
public final class Fx {

    private static boolean started;

    private Fx() {
    }

    public static synchronized void start() throws Exception {
        if (started) {
            return;
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.startup(() -> ready.complete(null));
        Platform.setImplicitExit(false);
        ready.get(30, TimeUnit.SECONDS);
        started = true;
    }

    /**
     * Stops the toolkit, if started, and waits for its thread to end: a JVM that exits with WebKit
     * still running in it can abort in WebKit's native teardown (exit code 134 after a finished
     * run, seen once in session 10).
     */
    public static synchronized void stop() throws InterruptedException {
        if (!started) {
            return;
        }
        Thread fxThread = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
        Platform.exit();
        if (fxThread != null) {
            fxThread.join(TimeUnit.SECONDS.toMillis(10));
        }
        started = false;
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    public static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
