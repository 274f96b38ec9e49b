package com.copydesk.bench;

import java.util.List;

/**
 * One benchmark of the suite: measures one or more figures of Copydesk, each beside a baseline
 * measured in the same run. To add one, implement this and add it to {@link Benchmarks#ALL}.
 */
public interface Benchmark {

    /** Short name, used to pick benchmarks on the command line ({@code -Dbench.args=search}). */
    String name();

    /** Runs the benchmark (warm-up included) and returns one row per figure. */
    List<Result> run(BenchContext context) throws Exception;
}
