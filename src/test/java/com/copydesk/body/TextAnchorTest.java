package com.copydesk.body;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextAnchorTest {

    // "the harbor cranes": "harbor" is [4, 10)
    private final TextAnchor harbor = new TextAnchor(4, 10);

    @Test
    void typingBeforeTheSpanShiftsIt() {
        assertThat(harbor.afterEdit(0, 0, 4)).contains(new TextAnchor(8, 14));
    }

    @Test
    void typingRightAtItsStartOrEndStaysOutside() {
        assertThat(harbor.afterEdit(4, 0, 3)).contains(new TextAnchor(7, 13));
        assertThat(harbor.afterEdit(10, 0, 3)).contains(harbor);
    }

    @Test
    void typingInsideGrowsIt() {
        assertThat(harbor.afterEdit(7, 0, 2)).contains(new TextAnchor(4, 12));
    }

    @Test
    void deletingInsideShrinksIt() {
        assertThat(harbor.afterEdit(5, 3, 0)).contains(new TextAnchor(4, 7));
    }

    @Test
    void editsAfterTheSpanLeaveIt() {
        assertThat(harbor.afterEdit(11, 5, 1)).contains(harbor);
    }

    @Test
    void deletingAcrossItsStartKeepsWhatSurvives() {
        // "the harbor" -> delete "e ha" [2, 6) and type "X": "thXrbor", span is "rbor"
        assertThat(harbor.afterEdit(2, 4, 1)).contains(new TextAnchor(3, 7));
    }

    @Test
    void deletingAcrossItsEndKeepsWhatSurvives() {
        assertThat(harbor.afterEdit(7, 6, 2)).contains(new TextAnchor(4, 7));
    }

    @Test
    void deletingAllOfItsTextDetachesIt() {
        assertThat(harbor.afterEdit(4, 6, 0)).isEmpty();
        assertThat(harbor.afterEdit(0, 17, 0)).isEmpty();
        assertThat(harbor.afterEdit(4, 6, 6)).as("typing over all of it").isEqualTo(Optional.empty());
    }

    @Test
    void anEmptySpanIsRefused() {
        assertThatThrownBy(() -> new TextAnchor(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextAnchor(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
