package com.copydesk.body;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyFitTest {

    @Test
    void withinTenPercentEitherWayIsOnTarget() {
        assertThat(new CopyFit(719, 800).state()).isEqualTo(CopyFit.State.UNDER);
        assertThat(new CopyFit(720, 800).state()).isEqualTo(CopyFit.State.ON);
        assertThat(new CopyFit(880, 800).state()).isEqualTo(CopyFit.State.ON);
        assertThat(new CopyFit(881, 800).state()).isEqualTo(CopyFit.State.OVER);
        assertThat(new CopyFit(0, 1).state()).isEqualTo(CopyFit.State.UNDER);
    }

    @Test
    void textSaysHowFarFromTheTarget() {
        assertThat(new CopyFit(812, 800).text()).isEqualTo("812 / 800 words · on target");
        assertThat(new CopyFit(560, 800).text()).isEqualTo("560 / 800 words · 240 under");
        assertThat(new CopyFit(1_950, 1_500).text()).isEqualTo("1,950 / 1,500 words · 450 over");
    }

    @Test
    void aTargetBelowOneWordIsRefused() {
        assertThatThrownBy(() -> new CopyFit(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
