package com.copydesk.task;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the warm-ups that load a library's classes ahead of the FX thread share: a daemon thread
 * whose end is a future, and the class list kept as a resource beside the warm-up.
 */
public final class ClassWarmUp {

    private static final System.Logger LOG = System.getLogger(ClassWarmUp.class.getName());

    private ClassWarmUp() {
    }

    /** Runs {@code work} on a daemon thread; the future completes (never exceptionally) when it has finished. */
    public static CompletableFuture<Void> onDaemonThread(String threadName, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                done.complete(null);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /**
     * The class names in the resource {@code listName} beside {@code owner}, one per line, blank
     * lines and {@code #} comments left out; empty when the list is missing or unreadable (a warm-up
     * is only a head start).
     */
    public static List<String> listedClasses(Class<?> owner, String listName) {
        try (InputStream in = owner.getResourceAsStream(listName)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException unreadable) {
            LOG.log(System.Logger.Level.DEBUG, "Class list " + listName + " unreadable", unreadable);
            return List.of();
        }
    }
}
