package com.copydesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What every benchmark may use: folders, the packaged jar, the generated datasets, sizes. */
public final class BenchContext {

    private final Path outDir;
    private final Path dataDir;
    private final Path workDir;
    private final Datasets datasets;

    BenchContext(Path outDir) throws IOException {
        this.outDir = Files.createDirectories(outDir);
        this.dataDir = Files.createDirectories(outDir.resolve("data"));
        this.workDir = Files.createDirectories(outDir.resolve("work"));
        this.datasets = new Datasets(dataDir);
    }

    public Path outDir() {
        return outDir;
    }

    /** A fresh folder for one benchmark's scratch files. */
    public Path scratch(String name) throws IOException {
        Path dir = workDir.resolve(name);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return Files.createDirectories(dir);
    }

    public Datasets datasets() {
        return datasets;
    }

    /** The packaged application, target/copydesk.jar. */
    public Path copydeskJar() {
        return Path.of(System.getProperty("bench.jar", "target/copydesk.jar")).toAbsolutePath();
    }

    /** An entry of this JVM's class path whose path contains {@code fragment}. */
    public static String classPathEntry(String fragment) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains(fragment))
                .findFirst().orElseThrow(() -> new IllegalStateException(fragment + " is not on the class path"));
    }

    /** A size from a system property such as {@code -Dbench.search.articles=100000}. */
    public static int size(String property, int defaultValue) {
        return Integer.getInteger(property, defaultValue);
    }
}
