package com.copydesk.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDK newer than the one Copydesk ships with (24 or later), named by {@code -Dbench.startup.newerJdk=JAVA_HOME}:
 * the same starts on it with its AOT cache (JEP 483, and JEP 515's method profiles from 25 on), trained
 * like the AppCDS archive up to the editor being ready. It measures what moving the packaged runtime
 * would give; the shipped app stays on Java 17.
 */
record NewerJdk(Path java, String version) {

    private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"([^\"]+)\"");

    /** The JDK named by the property, or null when none is named. */
    static NewerJdk fromProperty() throws IOException {
        String home = System.getProperty("bench.startup.newerJdk", "");
        if (home.isBlank()) {
            System.out.println("  -Dbench.startup.newerJdk=JAVA_HOME not given: no AOT-cache rows");
            return null;
        }
        Path java = Path.of(home, "bin", "java");
        Path release = Path.of(home, "release");
        if (!Files.isExecutable(java) || !Files.isRegularFile(release)) {
            throw new IllegalArgumentException("bench.startup.newerJdk=" + home + " is not a JDK (no bin/java or release file)");
        }
        Matcher version = RELEASE_VERSION.matcher(Files.readString(release));
        if (!version.find() || Integer.parseInt(version.group(1).split("[.+-]")[0]) < 24) {
            throw new IllegalArgumentException("bench.startup.newerJdk=" + home + ": the AOT cache needs Java 24 or later");
        }
        return new NewerJdk(java, version.group(1));
    }

    /**
     * The options packaging/jdk24.args gives the launcher on Java 24+: every start on this JDK, the
     * one-Label window's included, runs with them, as the package built with -Djpackage.jdk does.
     */
    static final List<String> LAUNCHER_OPTIONS =
            List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    /** {@code command}, started by this JDK's java instead, with {@link #LAUNCHER_OPTIONS}. */
    List<String> command(List<String> command) {
        List<String> changed = new ArrayList<>(command);
        changed.set(0, java.toString());
        changed.addAll(1, LAUNCHER_OPTIONS);
        return changed;
    }

    /** The training start that writes {@code cache} when it exits. */
    List<String> training(List<String> untilEditorReady, Path cache) {
        return withOptions(untilEditorReady, "-XX:AOTCacheOutput=" + cache, StartupBenchmark.FAST_GC);
    }

    /** The start with the cache, C1 only and the serial collector, as the Java 17 rows it compares with. */
    List<String> withCache(List<String> untilEditorReady, Path cache) {
        return withOptions(untilEditorReady, "-XX:AOTCache=" + cache, StartupBenchmark.FAST_JIT, StartupBenchmark.FAST_GC);
    }

    private List<String> withOptions(List<String> command, String... options) {
        List<String> changed = command(command);
        changed.addAll(1, List.of(options));
        return changed;
    }
}
