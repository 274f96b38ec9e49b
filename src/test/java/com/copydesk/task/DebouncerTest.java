package com.copydesk.task;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DebouncerTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();
    private final Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(100), runs::incrementAndGet);

    @Test
    void runsOnceAfterTriggersStop() {
        debouncer.trigger();
        scheduler.advance(Duration.ofMillis(60));
        debouncer.trigger();
        scheduler.advance(Duration.ofMillis(60));
        assertThat(runs).hasValue(0);
        scheduler.advance(Duration.ofMillis(50));
        assertThat(runs).hasValue(1);
    }

    @Test
    void flushRunsAWaitingActionAtOnceAndOnlyOnce() {
        debouncer.trigger();
        debouncer.flush();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(runs).hasValue(1);
    }

    @Test
    void flushWithNothingWaitingDoesNothing() {
        debouncer.flush();
        assertThat(runs).hasValue(0);
    }
}
