package com.copydesk.bench.startup;

import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launch to first frame with the list populated, as whole processes, against a minimal JavaFX
 * window with one Label started the same way (same JavaFX classes, from the same jar), in turns.
 * Under headless Monocle always, and under Xvfb with GTK when Xvfb is installed. Copydesk is
 * also timed with an AppCDS archive made from one of its own starts (-XX:ArchiveClassesAtExit).
 */
public final class StartupBenchmark implements Benchmark {

    private static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw",
            "-Dheadless.geometry=1600x1200-32");
    /** C1 only and the serial collector: less JIT and GC work competing for 2 cores during start-up. */
    static final String FAST_JIT = "-XX:TieredStopAtLevel=1";
    static final String FAST_GC = "-XX:+UseSerialGC";
    private static final String EXIT = "-Dcopydesk.exitAfterFirstFrame=true";
    /** Exits once the newest article is open in the editor with the body editor laid out, printing editor-ready-ms. */
    private static final String EXIT_WHEN_EDITOR_READY = "-Dcopydesk.exitAfterBodyEditor=true";
    private static final String EXIT_WHEN_PREVIEW_SHOWN = "-Dcopydesk.exitAfterPreview=true";

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.startup.articles", 10_000);
        int runs = BenchContext.size("bench.startup.runs", 9);
        Path dir = context.scratch("startup");
        Path database = dir.resolve("news.copydesk");
        Files.copy(context.datasets().articles(count), database);
        writeProfile(dir.resolve("home"));
        Path jar = context.copydeskJar();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -Pbench verify (it packages first)");
        }
        List<Result> results = new ArrayList<>(measure(new Mode("headless Monocle", Map.of(), true),
                context, dir, jar, database, count, runs));
        Path xvfb = Path.of("/usr/bin/Xvfb");
        if (Boolean.getBoolean("bench.startup.headlessOnly")) {
            System.out.println("  -Dbench.startup.headlessOnly=true: Xvfb runs skipped");
        } else if (Files.isExecutable(xvfb)) {
            try (XvfbDisplay display = XvfbDisplay.start(xvfb)) {
                results.addAll(measure(new Mode("Xvfb + GTK", Map.of("DISPLAY", display.name()), false),
                        context, dir, jar, database, count, runs));
            }
        } else {
            System.out.println("  Xvfb not installed: start-up measured headless only");
        }
        return results;
    }

    private record Mode(String label, Map<String, String> environment, boolean monocle) {
    }

    private List<Result> measure(Mode mode, BenchContext context, Path dir, Path jar, Path database, int count, int runs)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String home = "-Dcopydesk.home=" + dir.resolve("home");
        String monocleJar = BenchContext.classPathEntry("openjfx-monocle");
        String benchClasses = BenchContext.classPathEntry("test-classes");

        List<String> copydesk = new ArrayList<>(List.of(java, EXIT, home));
        List<String> minimal = new ArrayList<>(List.of(java));
        if (mode.monocle()) {
            copydesk.addAll(MONOCLE);
            copydesk.addAll(List.of("-cp", jar + File.pathSeparator + monocleJar, "com.copydesk.app.Main"));
            minimal.addAll(MONOCLE);
            minimal.addAll(List.of("-cp", jar + File.pathSeparator + monocleJar + File.pathSeparator + benchClasses));
        } else {
            copydesk.addAll(List.of("-jar", jar.toString()));
            minimal.addAll(List.of("-cp", jar + File.pathSeparator + benchClasses));
        }
        copydesk.addAll(List.of("--db", database.toString()));
        // From a jar of its own: an AppCDS archive cannot be made with a class folder on the class path.
        Path editorJar = jarOf(dir.resolve("minimal-editor.jar"), MinimalEditorWindow.class, MinimalEditorWindow.Main.class,
                MinimalWindow.class);
        List<String> minimalEditor = new ArrayList<>(List.of(java));
        if (mode.monocle()) {
            minimalEditor.addAll(MONOCLE);
        }
        minimalEditor.addAll(List.of("-cp", jar + File.pathSeparator + (mode.monocle() ? monocleJar + File.pathSeparator : "")
                + editorJar, MinimalEditorWindow.Main.class.getName()));
        minimal.add(MinimalWindow.Main.class.getName());

        // Trained like the packaged launcher's archive (packaging/cds): up to the editor being ready.
        List<String> untilEditorReady = new ArrayList<>(copydesk);
        untilEditorReady.set(untilEditorReady.indexOf(EXIT), EXIT_WHEN_EDITOR_READY);
        Path archive = dir.resolve("copydesk-" + (mode.monocle() ? "monocle" : "gtk") + ".jsa");
        Launch.run(withJvmOption(untilEditorReady, "-XX:ArchiveClassesAtExit=" + archive), mode.environment(), dir);
        List<String> copydeskCds = withJvmOption(copydesk, "-XX:SharedArchiveFile=" + archive);
        List<String> copydeskFast = withJvmOption(withJvmOption(copydeskCds, FAST_JIT), FAST_GC);
        List<String> editorReadyFast = withJvmOption(withJvmOption(withJvmOption(untilEditorReady,
                "-XX:SharedArchiveFile=" + archive), FAST_JIT), FAST_GC);
        Path editorArchive = dir.resolve("minimal-editor-" + (mode.monocle() ? "monocle" : "gtk") + ".jsa");
        Launch.run(withJvmOption(minimalEditor, "-XX:ArchiveClassesAtExit=" + editorArchive), mode.environment(), dir);
        List<String> minimalEditorFast = withJvmOption(withJvmOption(withJvmOption(minimalEditor,
                "-XX:SharedArchiveFile=" + editorArchive), FAST_JIT), FAST_GC);

        // The preview's WebView comes after the editor: from the built jar, whose folder holds JavaFX's
        // native libraries, and from a copy of the jar alone, from which JavaFX unpacks them at each start.
        // Both archives are trained up to the editor being ready, as the packaged launcher's is.
        List<String> previewFast = withJvmOption(withJvmOption(withJvmOption(untilPreview(untilEditorReady),
                "-XX:SharedArchiveFile=" + archive), FAST_JIT), FAST_GC);
        Path aloneJar = Files.createDirectories(dir.resolve("jar-alone")).resolve(jar.getFileName());
        Files.copy(jar, aloneJar, StandardCopyOption.REPLACE_EXISTING);
        List<String> aloneUntilEditorReady = untilEditorReady.stream()
                .map(part -> part.replace(jar.toString(), aloneJar.toString())).toList();
        Path aloneArchive = dir.resolve("copydesk-jar-alone-" + (mode.monocle() ? "monocle" : "gtk") + ".jsa");
        Launch.run(withJvmOption(aloneUntilEditorReady, "-XX:ArchiveClassesAtExit=" + aloneArchive), mode.environment(), dir);
        List<String> alonePreviewFast = withJvmOption(withJvmOption(withJvmOption(untilPreview(aloneUntilEditorReady),
                "-XX:SharedArchiveFile=" + aloneArchive), FAST_JIT), FAST_GC);

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("copydesk", copydesk);
        commands.put("minimal", minimal);
        commands.put("copydesk+cds", copydeskCds);
        commands.put("copydesk+cds+c1", copydeskFast);
        commands.put("copydesk+cds+c1 to editor ready", editorReadyFast);
        commands.put("copydesk+cds+c1 to preview", previewFast);
        commands.put("copydesk jar alone+cds+c1 to preview", alonePreviewFast);
        commands.put("RichTextFX area only", minimalEditor);
        commands.put("RichTextFX area only+cds+c1", minimalEditorFast);
        NewerJdk newer = NewerJdk.fromProperty();
        if (newer != null) {
            Path aotCache = dir.resolve("copydesk-" + (mode.monocle() ? "monocle" : "gtk") + ".aot");
            Launch.run(newer.training(untilEditorReady, aotCache), mode.environment(), dir);
            commands.put(NEWER_MINIMAL, newer.command(minimal));
            commands.put(NEWER_EDITOR_READY, newer.withCache(untilEditorReady, aotCache));
        }
        Map<String, List<Launch>> launches = new LinkedHashMap<>();
        commands.keySet().forEach(name -> launches.put(name, new ArrayList<>()));
        List<Map.Entry<String, List<String>>> order = new ArrayList<>(commands.entrySet());
        for (int run = -1; run < runs; run++) { // run -1 warms the disk cache
            // Each round starts one later in the list, so that no start always follows the same other one.
            for (int i = 0; i < order.size(); i++) {
                Map.Entry<String, List<String>> command = order.get(Math.floorMod(run + i, order.size()));
                Launch launch = Launch.run(command.getValue(), mode.environment(), dir);
                if (run >= 0) {
                    launches.get(command.getKey()).add(launch);
                }
            }
        }
        String what = String.format(Locale.ROOT, "%,d articles, %s", count, mode.label());
        double ours = median(launches.get("copydesk"), Launch::firstFrameMs);
        double base = median(launches.get("minimal"), Launch::firstFrameMs);
        double cds = median(launches.get("copydesk+cds"), Launch::firstFrameMs);
        String walls = String.format(Locale.ROOT, "wall to exit %.0f vs %.0f ms; median of %d",
                median(launches.get("copydesk"), Launch::wallMs), median(launches.get("minimal"), Launch::wallMs), runs);
        launches.forEach((name, list) -> System.out.printf(Locale.ROOT, "  %s, %s: %s%n", mode.label(), name,
                list.stream().map(l -> l.firstFrameMs() + "ms/" + l.peakRssKb() / 1024 + "MiB").toList()));
        double fast = median(launches.get("copydesk+cds+c1"), Launch::firstFrameMs);
        List<Launch> toEditor = launches.get("copydesk+cds+c1 to editor ready");
        double editorReady = median(toEditor, Launch::editorReadyMs);
        List<Result> results = new ArrayList<>(List.of(
                new Result("Start-up to first frame, list populated (" + what + ")", "ms", ours, base,
                        "one-Label window", Target.ratioAtMost(1.3), walls),
                new Result("Start-up with AppCDS archive (" + what + ")", "ms", cds, base,
                        "one-Label window, no archive", Target.ratioAtMost(1.3), "-XX:SharedArchiveFile, see src/docs/benchmarks.md"),
                new Result("Start-up, AppCDS + " + FAST_JIT + " " + FAST_GC + " (" + what + ")", "ms", fast, base,
                        "one-Label window, default flags", Target.ratioAtMost(1.3), "the recommended launch command"),
                new Result("Start-up to editor ready: newest article open, body editor laid out, AppCDS + C1 ("
                        + what + ")", "ms", editorReady, base, "one-Label window, default flags", EDITOR_READY_TARGET,
                        String.format(Locale.ROOT, "first frame of the same starts %.0f ms: the editor is built after it",
                                median(toEditor, Launch::firstFrameMs))),
                new Result("Start-up to preview shown: the newest article's page loaded and on screen, AppCDS + C1 ("
                        + what + ")", "ms", median(launches.get("copydesk+cds+c1 to preview"), Launch::previewReadyMs),
                        median(launches.get("copydesk jar alone+cds+c1 to preview"), Launch::previewReadyMs),
                        "the same from the jar alone: JavaFX unpacks its libraries", Target.reportOnly(),
                        "the build puts JavaFX's native libraries beside the jar; WebKit's is 120 MB"),
                new Result("Reference: a window with one RichTextFX area, 1,100 words in it, default flags ("
                        + mode.label() + ")", "ms", median(launches.get("RichTextFX area only"), Launch::firstFrameMs), base,
                        "one-Label window, default flags", Target.reportOnly(),
                        "the least a RichTextFX editor costs here: no list, no database, no other control"),
                new Result("Reference: the same RichTextFX window, its own AppCDS archive + C1 (" + mode.label() + ")", "ms",
                        median(launches.get("RichTextFX area only+cds+c1"), Launch::firstFrameMs), base,
                        "one-Label window, default flags", Target.reportOnly(), "compare with editor ready"),
                new Result("Peak memory (RSS) after start (" + what + ")", "MiB",
                        median(launches.get("copydesk"), l -> l.peakRssKb() / 1024.0),
                        median(launches.get("minimal"), l -> l.peakRssKb() / 1024.0), "one-Label window",
                        Target.reportOnly(), "VmHWM sampled every 10 ms")));
        if (newer != null) {
            results.addAll(newerJdkResults(newer, launches, what, base));
        }
        return results;
    }

    /**
     * Issue #8 asked for the editor to be usable by the first frame's 1.3×. On Java 17 the body editor's
     * form, CSS and layout after the first frame cost 0.3 s that sessions 6-13 could not remove without
     * moving them into the first frame; the line was re-scoped to 2× when the issue was closed
     * (src/docs/benchmarks.md, "Session 14").
     */
    private static final Target EDITOR_READY_TARGET = Target.ratioAtMost(2.0);

    private static final String NEWER_MINIMAL = "one-Label window on the newer JDK";
    private static final String NEWER_EDITOR_READY = "copydesk on the newer JDK + AOT cache + c1 to editor ready";

    private static List<Result> newerJdkResults(NewerJdk newer, Map<String, List<Launch>> launches, String what,
            double base) {
        List<Launch> starts = launches.get(NEWER_EDITOR_READY);
        double newerBase = median(launches.get(NEWER_MINIMAL), Launch::firstFrameMs);
        String baseNote = String.format(Locale.ROOT, "the same window on Java %s took %.0f ms", System.getProperty("java.specification.version"), base);
        return List.of(
                new Result("Start-up to first frame on Java " + newer.version() + ", AOT cache + C1 (" + what + ")",
                        "ms", median(starts, Launch::firstFrameMs), newerBase,
                        "one-Label window on Java " + newer.version() + ", default flags", Target.ratioAtMost(1.3),
                        "not the shipped runtime: what moving to it would give; " + baseNote),
                new Result("Start-up to editor ready on Java " + newer.version() + ", AOT cache + C1 (" + what + ")",
                        "ms", median(starts, Launch::editorReadyMs), newerBase,
                        "one-Label window on Java " + newer.version() + ", default flags", EDITOR_READY_TARGET,
                        "the cache trained up to the editor being ready, like the AppCDS archive; " + baseNote));
    }

    /** The same start, going on from the editor being ready until the preview is shown. */
    private static List<String> untilPreview(List<String> untilEditorReady) {
        List<String> command = new ArrayList<>(untilEditorReady);
        command.set(command.indexOf(EXIT_WHEN_EDITOR_READY), EXIT_WHEN_PREVIEW_SHOWN);
        return command;
    }

    /** A saved profile, so that the first-run profile question does not hold up the editor-ready starts. */
    private static void writeProfile(Path home) throws IOException {
        Path config = Files.createDirectories(home.resolve("config"));
        Files.writeString(config.resolve("profile.properties"), "name=Start-up bench\ninitials=SB\nrole=REPORTER\n");
    }

    /** A jar holding {@code classes}, read from this class path. */
    private static Path jarOf(Path file, Class<?>... classes) throws IOException {
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(file))) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new java.util.jar.JarEntry(entry));
                try (java.io.InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private static List<String> withJvmOption(List<String> command, String option) {
        List<String> changed = new ArrayList<>(command);
        changed.add(1, option);
        return changed;
    }

    private static double median(List<Launch> launches, java.util.function.ToDoubleFunction<Launch> figure) {
        return Samples.median(launches.stream().mapToDouble(figure).toArray());
    }

    /** An Xvfb server of our own for the GTK runs, stopped again afterwards. */
    private record XvfbDisplay(Process process, String name) implements AutoCloseable {

        static XvfbDisplay start(Path xvfb) throws IOException, InterruptedException {
            int number = 91;
            while (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                number++;
            }
            Process process = new ProcessBuilder(xvfb.toString(), ":" + number, "-screen", "0", "1600x1000x24",
                    "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            if (!Files.exists(socket)) {
                process.destroy();
                throw new IllegalStateException("Xvfb did not start on :" + number);
            }
            return new XvfbDisplay(process, ":" + number);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
