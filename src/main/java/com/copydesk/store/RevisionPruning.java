package com.copydesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which revisions to keep: all from the last day, then the newest of each clock hour for a week,
 * then the newest of each day (UTC). Hours and days are fixed calendar buckets, not ages, so the
 * revision kept for a bucket stays the same from one pruning to the next. The newest revision is
 * always kept.
 */
final class RevisionPruning {

    static final Duration KEEP_ALL = Duration.ofDays(1);
    static final Duration KEEP_HOURLY = Duration.ofDays(7);

    private RevisionPruning() {
    }

    /** A revision's id and the time it was saved. */
    record Saved(long id, Instant time) {
    }

    /** The ids of the revisions (from {@code saved}) that may be deleted at {@code now}. */
    static List<Long> toDelete(List<Saved> saved, Instant now) {
        List<Saved> newestFirst = new ArrayList<>(saved);
        newestFirst.sort(Comparator.comparing(Saved::time).thenComparing(Saved::id).reversed());
        Set<Long> hoursSeen = new HashSet<>();
        Set<Long> daysSeen = new HashSet<>();
        List<Long> delete = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Instant time = newestFirst.get(i).time();
            Duration age = Duration.between(time, now);
            boolean newHour = hoursSeen.add(Math.floorDiv(time.toEpochMilli(), Duration.ofHours(1).toMillis()));
            boolean newDay = daysSeen.add(Math.floorDiv(time.toEpochMilli(), Duration.ofDays(1).toMillis()));
            boolean keep;
            if (i == 0 || age.compareTo(KEEP_ALL) < 0) {
                keep = true;
            } else if (age.compareTo(KEEP_HOURLY) < 0) {
                keep = newHour;
            } else {
                keep = newDay;
            }
            if (!keep) {
                delete.add(newestFirst.get(i).id());
            }
        }
        return delete;
    }
}
