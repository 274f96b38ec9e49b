package com.copydesk.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RevisionPruningTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void keepsEverythingFromTheLastDay() {
        List<RevisionPruning.Saved> saved = everyFiveMinutes(NOW.minus(Duration.ofHours(23)), NOW);

        assertEquals(List.of(), RevisionPruning.toDelete(saved, NOW));
    }

    @Test
    void keepsTheNewestOfEachHourForAWeek() {
        Instant from = NOW.minus(Duration.ofDays(3));
        List<RevisionPruning.Saved> saved = everyFiveMinutes(from, from.plus(Duration.ofHours(2)));

        List<Long> deleted = RevisionPruning.toDelete(saved, NOW);

        List<Instant> kept = kept(saved, deleted);
        assertEquals(List.of(from.plus(Duration.ofMinutes(55)), from.plus(Duration.ofMinutes(115)),
                from.plus(Duration.ofMinutes(120))), kept);
    }

    @Test
    void keepsTheNewestOfEachDayAfterAWeek() {
        Instant from = NOW.minus(Duration.ofDays(30));
        List<RevisionPruning.Saved> saved = new ArrayList<>();
        for (int hour = 0; hour < 48; hour += 6) {
            saved.add(new RevisionPruning.Saved(hour, from.plus(Duration.ofHours(hour))));
        }
        saved.add(new RevisionPruning.Saved(999, NOW));

        List<Instant> kept = kept(saved, RevisionPruning.toDelete(saved, NOW));

        assertEquals(List.of(from.plus(Duration.ofHours(6)), from.plus(Duration.ofHours(30)),
                from.plus(Duration.ofHours(42)), NOW), kept);
    }

    @Test
    void theNewestRevisionIsAlwaysKeptHoweverOld() {
        List<RevisionPruning.Saved> saved = List.of(new RevisionPruning.Saved(1, NOW.minus(Duration.ofDays(400))),
                new RevisionPruning.Saved(2, NOW.minus(Duration.ofDays(400)).plusSeconds(60)));

        assertEquals(List.of(1L), RevisionPruning.toDelete(saved, NOW));
    }

    @Test
    void pruningTwiceDeletesNothingMore() {
        List<RevisionPruning.Saved> saved = everyFiveMinutes(NOW.minus(Duration.ofDays(20)), NOW);
        List<Long> first = RevisionPruning.toDelete(saved, NOW);
        List<RevisionPruning.Saved> left = saved.stream().filter(s -> !first.contains(s.id())).toList();

        assertThat(first).isNotEmpty();
        assertEquals(List.of(), RevisionPruning.toDelete(left, NOW));
        assertThat(left.size()).isBetween(24 * 12 + 6 * 24, 24 * 12 + 6 * 24 + 20);
    }

    private static List<RevisionPruning.Saved> everyFiveMinutes(Instant from, Instant to) {
        List<RevisionPruning.Saved> saved = new ArrayList<>();
        long id = 0;
        for (Instant t = from; !t.isAfter(to); t = t.plus(Duration.ofMinutes(5))) {
            saved.add(new RevisionPruning.Saved(id++, t));
        }
        return saved;
    }

    private static List<Instant> kept(List<RevisionPruning.Saved> saved, List<Long> deleted) {
        return saved.stream().filter(s -> !deleted.contains(s.id())).map(RevisionPruning.Saved::time).sorted().toList();
    }
}
