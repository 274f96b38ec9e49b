package com.copydesk.bench;

import java.util.Arrays;

/** Timing helpers: warm-up, then a number of measured runs, summarised by the median. */
public final class Samples {

    /** Work whose duration is measured; may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private Samples() {
    }

    /** Runs {@code work} {@code warmups} times unmeasured, then {@code runs} times; the durations in ms. */
    public static double[] millis(int warmups, int runs, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    /** One run of {@code work}, in ms. */
    public static double onceMillis(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Median of warm measured runs in ms. */
    public static double medianMillis(int warmups, int runs, Work work) throws Exception {
        return median(millis(warmups, runs, work));
    }

    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
