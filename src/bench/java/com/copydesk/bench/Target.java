package com.copydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a figure must reach: an absolute bound, a bound on the ratio to its baseline, or both.
 * {@code higherIsBetter} is for throughputs (MB/s), where the ratio bound means
 * "at least baseline / maxRatio".
 */
public record Target(double maxAbsolute, double minAbsolute, double maxRatio, boolean higherIsBetter) {

    static final String PASS = "pass";
    static final String FAIL = "FAIL";
    static final String REPORT = "report";

    public static Target atMost(double value) {
        return new Target(value, Double.NaN, Double.NaN, false);
    }

    public static Target ratioAtMost(double ratio) {
        return new Target(Double.NaN, Double.NaN, ratio, false);
    }

    public static Target atMostAndRatio(double value, double ratio) {
        return new Target(value, Double.NaN, ratio, false);
    }

    /** A throughput of at least {@code value} and within {@code ratio}× of the baseline's. */
    public static Target atLeastAndWithin(double value, double ratio) {
        return new Target(Double.NaN, value, ratio, true);
    }

    /** No target: the figure is reported beside its baseline. */
    public static Target reportOnly() {
        return new Target(Double.NaN, Double.NaN, Double.NaN, false);
    }

    public String judge(double ours, double baseline) {
        if (Double.isNaN(ours)) {
            return FAIL;
        }
        boolean any = false;
        boolean pass = true;
        if (!Double.isNaN(maxAbsolute)) {
            any = true;
            pass &= ours <= maxAbsolute;
        }
        if (!Double.isNaN(minAbsolute)) {
            any = true;
            pass &= ours >= minAbsolute;
        }
        if (!Double.isNaN(maxRatio) && !Double.isNaN(baseline)) {
            any = true;
            pass &= higherIsBetter ? ours * maxRatio >= baseline : ours <= baseline * maxRatio;
        }
        return !any ? REPORT : pass ? PASS : FAIL;
    }

    public String describe(String unit) {
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(maxAbsolute)) {
            parts.add("< " + Table.number(maxAbsolute) + " " + unit);
        }
        if (!Double.isNaN(minAbsolute)) {
            parts.add(">= " + Table.number(minAbsolute) + " " + unit);
        }
        if (!Double.isNaN(maxRatio)) {
            parts.add(String.format(Locale.ROOT, higherIsBetter ? "within %.1f× of base" : "<= %.1f× base", maxRatio));
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }
}
