package com.copydesk.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

    @Test
    void givesEveryItemPreparedInOrder() {
        List<Integer> source = IntStream.range(0, 1000).boxed().toList();
        List<String> seen = new ArrayList<>();

        try (ReadAhead<Integer, String> ahead = new ReadAhead<>(source.iterator(), i -> "#" + i, 4, "test")) {
            ahead.forEachRemaining(seen::add);
            assertThat(ahead.hasNext()).isFalse();
        }

        assertThat(seen).hasSize(1000).startsWith("#0", "#1").endsWith("#999");
    }

    @Test
    void aFailureOfTheSourceReachesTheCallerUnchangedAtItsItem() {
        IllegalStateException broken = new IllegalStateException("broken file at line 3");
        Iterator<Integer> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (given == 2) {
                    throw broken;
                }
                return given++;
            }
        };

        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(failing, i -> i, 4, "test")) {
            assertThat(ahead.next()).isZero();
            assertThat(ahead.next()).isEqualTo(1);
            assertThatThrownBy(ahead::hasNext).isSameAs(broken);
            assertThatThrownBy(ahead::hasNext).as("asked again").isSameAs(broken);
        }
    }

    @Test
    void closingStopsTheReadingSoTheSourceIsNoLongerUsed() {
        AtomicInteger taken = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return taken.incrementAndGet();
            }
        };

        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(endless, i -> i, 4, "test")) {
            assertThat(ahead.next()).isEqualTo(1);
        }

        // One given, four waiting, one in hand when the reading stopped.
        assertThat(taken.get()).isLessThanOrEqualTo(1 + 4 + 1);
    }
}
