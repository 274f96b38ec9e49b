package com.copydesk.ui;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WhenTrueTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aConditionHoldingAlreadyRunsAtOnce() {
        WhenTrue.once(new SimpleBooleanProperty(true), runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }

    @Test
    void itRunsOnceWhenTheConditionFirstHoldsAndNeverAgain() {
        SimpleBooleanProperty condition = new SimpleBooleanProperty(false);
        WhenTrue.once(condition, runs::incrementAndGet);
        assertThat(runs).hasValue(0);

        condition.set(true);
        condition.set(false);
        condition.set(true);
        assertThat(runs).hasValue(1);
    }
}
