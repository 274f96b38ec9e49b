package com.copydesk.task;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The development watchdog, watching a single-thread executor that stands in for the FX thread. */
class StallWatchdogTest {

    private final AtomicReference<Thread> fakeFxThread = new AtomicReference<>();
    private final ExecutorService fakeFx = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-fx");
        fakeFxThread.set(thread);
        return thread;
    });
    private final CountDownLatch stackSampled = new CountDownLatch(1);
    private final List<StallWatchdog.Stall> stalls = new CopyOnWriteArrayList<>();
    private final StallWatchdog watchdog = new StallWatchdog(fakeFx, () -> {
        StackTraceElement[] stack = fakeFxThread.get().getStackTrace();
        stackSampled.countDown();
        return stack;
    }, StallWatchdog.INTERVAL, StallWatchdog.THRESHOLD, stalls::add);

    @AfterEach
    void stop() {
        watchdog.close();
        fakeFx.shutdownNow();
    }

    @Test
    void aBlockedThreadGivesOneReportWithTheBlockingMethodInItsStack() throws Exception {
        watchdog.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= 3);

        fakeFx.execute(this::holdTheThreadUntilItsStackIsSampled);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stalls.stream().anyMatch(this::isTheHold));
        long answered = watchdog.answeredPings();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= answered + 5);
        List<StallWatchdog.Stall> holds = stalls.stream().filter(this::isTheHold).toList();
        assertThat(holds).hasSize(1);
        assertThat(holds.get(0).millis()).isGreaterThanOrEqualTo(StallWatchdog.THRESHOLD.toMillis());
        assertThat(holds.get(0).describe())
                .startsWith("The FX thread did not respond for " + holds.get(0).millis() + " ms")
                .contains(StallWatchdogTest.class.getName() + ".holdTheThreadUntilItsStackIsSampled(");
    }

    @Test
    void aThreadThatKeepsAnsweringGivesNoReport() throws Exception {
        watchdog.start();
        for (int i = 0; i < 20; i++) {
            fakeFx.execute(() -> Math.sqrt(42));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= 20);
        // A pause the machine itself causes (scheduling on a loaded machine) is reported, but never in our work.
        assertThat(stalls).noneMatch(this::isTheHold).noneMatch(stall -> stall.wasIn("sqrt"));
    }

    @Test
    void closingStopsThePings() throws Exception {
        watchdog.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= 2);
        watchdog.close();
        long answered = watchdog.answeredPings();
        CountDownLatch drained = new CountDownLatch(1);
        fakeFx.execute(drained::countDown);
        assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(watchdog.answeredPings()).isLessThanOrEqualTo(answered + 1);
    }

    private boolean isTheHold(StallWatchdog.Stall stall) {
        return stall.wasIn("holdTheThreadUntilItsStackIsSampled");
    }

    /** Stands for long work on the FX thread: it returns once the watchdog has seen it. */
    private void holdTheThreadUntilItsStackIsSampled() {
        try {
            stackSampled.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
