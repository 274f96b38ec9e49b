package com.copydesk.bench;

import java.util.Objects;

/**
 * One row of the table: our median and the baseline's median for the same work in the same run.
 * {@code baseline} may be NaN when a figure has no meaningful baseline (the target is then absolute).
 */
public record Result(String figure, String unit, double ours, double baseline, String baselineLabel,
                     Target target, String note) {

    public Result {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baselineLabel, "baselineLabel");
        Objects.requireNonNull(target, "target");
        note = note == null ? "" : note;
    }

    /** ours / baseline, or NaN without a baseline. */
    public double ratio() {
        return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : ours / baseline;
    }

    public String verdict() {
        return target.judge(ours, baseline);
    }
}
