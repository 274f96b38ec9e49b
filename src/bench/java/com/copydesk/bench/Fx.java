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
