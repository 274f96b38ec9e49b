package com.copydesk.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Scheduler} for tests: time stands still until the test advances it. */
public final class ManualScheduler implements Scheduler {

    private final List<Entry> entries = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Entry entry = new Entry(now.plus(delay), action);
        entries.add(entry);
        return () -> entries.remove(entry);
    }

    /** Moves time forward, running what falls due in order. */
    public void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Entry next = entries.stream().filter(e -> e.due.compareTo(until) <= 0)
                    .min((a, b) -> a.due.compareTo(b.due)).orElse(null);
            if (next == null) {
                break;
            }
            entries.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
    }

    public int pending() {
        return entries.size();
    }

    private static final class Entry {
        final Duration due;
        final Runnable action;

        Entry(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }
}
