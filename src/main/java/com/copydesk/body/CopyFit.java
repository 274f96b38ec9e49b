package com.copydesk.body;

import java.util.Locale;

/**
 * Words against a target length, like a copyfitting meter. Within {@value #TOLERANCE_PERCENT}%
 * of the target either way (800 words: 720 to 880) the story is on target; below that it is
 * under, above it over. A desk trims or pads copy by a paragraph or two, so a band rather than
 * the exact count is "on".
 */
public record CopyFit(int words, int target) {

    public static final int TOLERANCE_PERCENT = 10;

    public enum State { UNDER, ON, OVER }

    public CopyFit {
        if (words < 0 || target < 1) {
            throw new IllegalArgumentException("words must be 0 or more and the target at least 1");
        }
    }

    public State state() {
        long scaled = 100L * words;
        if (scaled < (long) target * (100 - TOLERANCE_PERCENT)) {
            return State.UNDER;
        }
        return scaled > (long) target * (100 + TOLERANCE_PERCENT) ? State.OVER : State.ON;
    }

    /** E.g. "812 / 800 words · on target", "560 / 800 words · 240 under", "950 / 800 words · 150 over". */
    public String text() {
        String counts = String.format(Locale.ROOT, "%,d / %,d words · ", words, target);
        return switch (state()) {
            case ON -> counts + "on target";
            case UNDER -> counts + String.format(Locale.ROOT, "%,d under", target - words);
            case OVER -> counts + String.format(Locale.ROOT, "%,d over", words - target);
        };
    }
}
