package com.copydesk.task;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class FxBackgroundExecutorTest {

    @Test
    void workSubmittedAfterCloseIsDroppedInsteadOfThrowingIntoTheCaller() {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        assertThatCode(() -> executor.submit(() -> ran.getAndSet(true), result -> { }, failure -> { }))
                .doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
