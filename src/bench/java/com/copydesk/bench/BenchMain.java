package com.copydesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the benchmarks (all, or those named as arguments), prints one table and writes it to
 * target/bench/results.md and results.json. Exit code 0 even when a target is missed: the table
 * says so; a benchmark that crashes gives exit code 1.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        BenchContext context = new BenchContext(out);
        Set<String> chosen = Set.of(args);
        List<Result> results = new ArrayList<>();
        boolean crashed = false;
        for (Benchmark benchmark : Benchmarks.ALL) {
            if (!chosen.isEmpty() && !chosen.contains(benchmark.name())) {
                continue;
            }
            System.out.println("== " + benchmark.name());
            long start = System.nanoTime();
            try {
                List<Result> rows = benchmark.run(context);
                results.addAll(rows);
                System.out.print(Table.text(rows));
            } catch (Exception | Error e) {
                crashed = true;
                System.out.println("  " + benchmark.name() + " failed: " + e);
                e.printStackTrace(System.out);
            }
            System.out.printf(Locale.ROOT, "   (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        }
        String machine = machine();
        System.out.println();
        System.out.println(machine);
        System.out.print(Table.text(results));
        Table.writeMarkdown(results, machine, out.resolve("results.md"));
        Table.writeJson(results, machine, out.resolve("results.json"));
        System.out.println("Written: " + out.resolve("results.md") + " and results.json");
        Fx.stop();
        System.exit(crashed ? 1 : 0);
    }

    static String machine() {
        String memory;
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        } catch (IOException | RuntimeException e) {
            memory = "memory unknown";
        }
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
        } catch (IOException e) {
            cpu = "cpu unknown";
        }
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            load = "unknown";
        }
        return String.format(Locale.ROOT, "Machine: %d CPUs (%s), %s; load average at the end %s; Java %s (%s); %s %s; run %s",
                Runtime.getRuntime().availableProcessors(), cpu, memory, load, System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"),
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + "; bench JVM: "
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList());
    }
}
