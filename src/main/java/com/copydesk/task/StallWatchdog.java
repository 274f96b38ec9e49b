package com.copydesk.task;

import javafx.application.Platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A development aid (issue #8, responsiveness): a daemon thread posts a ping to a thread that
 * runs posted work — the JavaFX application thread — every few milliseconds. When a ping has
 * not run after the threshold, the watched thread is stalled: its stack is sampled right then
 * (it shows the work that holds it up), and once the ping runs the whole pause is reported with
 * that stack. One report per pause, since only one ping is in flight at a time.
 */
public final class StallWatchdog implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StallWatchdog.class.getName());

    /** Pings every 10 ms and reports pauses over 50 ms, as issue #8 asks. */
    public static final Duration INTERVAL = Duration.ofMillis(10);
    public static final Duration THRESHOLD = Duration.ofMillis(50);

    /** One pause of the watched thread: how long posted work waited, and where the thread was meanwhile. */
    public record Stall(long millis, long sampledAfterMillis, List<StackTraceElement> stack) {

        public Stall {
            stack = List.copyOf(stack);
        }

        /** Whether a method of this name was running (or waiting inside a call) when the stack was sampled. */
        public boolean wasIn(String methodName) {
            return stack.stream().anyMatch(frame -> frame.getMethodName().equals(methodName));
        }

        public String describe() {
            return "The FX thread did not respond for " + millis + " ms; " + sampledAfterMillis + " ms into the pause it was at"
                    + stack.stream().map(frame -> "\n\tat " + frame).collect(Collectors.joining());
        }
    }

    private final Executor watched;
    private final Supplier<StackTraceElement[]> stackOfWatched;
    private final long intervalMillis;
    private final long thresholdNanos;
    private final Consumer<Stall> onStall;
    private final Thread thread = new Thread(this::watch, "copydesk-stall-watchdog");
    private final AtomicLong answered = new AtomicLong();
    private volatile boolean running = true;

    /**
     * @param watched        runs a ping on the watched thread (for JavaFX: {@code Platform::runLater})
     * @param stackOfWatched the watched thread's stack right now ({@code fxThread::getStackTrace})
     */
    public StallWatchdog(Executor watched, Supplier<StackTraceElement[]> stackOfWatched, Duration interval,
                         Duration threshold, Consumer<Stall> onStall) {
        this.watched = Objects.requireNonNull(watched, "watched");
        this.stackOfWatched = Objects.requireNonNull(stackOfWatched, "stackOfWatched");
        this.intervalMillis = interval.toMillis();
        this.thresholdNanos = threshold.toNanos();
        this.onStall = Objects.requireNonNull(onStall, "onStall");
        thread.setDaemon(true);
    }

    /** Call on the JavaFX application thread: watches it and logs every pause over 50 ms with its stack. */
    public static StallWatchdog watchFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Start the FX-thread watchdog on the FX thread");
        }
        Thread fx = Thread.currentThread();
        return new StallWatchdog(Platform::runLater, fx::getStackTrace, INTERVAL, THRESHOLD,
                stall -> LOG.log(System.Logger.Level.WARNING, stall.describe())).start();
    }

    public StallWatchdog start() {
        thread.start();
        return this;
    }

    /** How many pings the watched thread has run so far. */
    public long answeredPings() {
        return answered.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private void watch() {
        try {
            while (running) {
                ping();
                Thread.sleep(intervalMillis);
            }
        } catch (InterruptedException stopped) {
            // closed
        } catch (IllegalStateException toolkitGone) {
            // Platform.runLater after JavaFX has exited: nothing left to watch
        }
    }

    private void ping() throws InterruptedException {
        long posted = System.nanoTime();
        CompletableFuture<Long> ran = new CompletableFuture<>();
        watched.execute(() -> ran.complete(System.nanoTime()));
        Long runAt = ranWithin(ran, thresholdNanos);
        if (runAt == null) {
            long sampledAt = System.nanoTime();
            List<StackTraceElement> stack = Arrays.asList(stackOfWatched.get());
            runAt = ranWithin(ran, Long.MAX_VALUE);
            answered.incrementAndGet();
            onStall.accept(new Stall(TimeUnit.NANOSECONDS.toMillis(runAt - posted),
                    TimeUnit.NANOSECONDS.toMillis(sampledAt - posted), stack));
        } else {
            answered.incrementAndGet();
        }
    }

    /** When the ping ran, or null if it has not within {@code nanos}. */
    private static Long ranWithin(CompletableFuture<Long> ran, long nanos) throws InterruptedException {
        try {
            return ran.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException notYet) {
            return null;
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
