package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs target/copydesk.jar as a user would from a terminal. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "copydesk.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void versionPrintsTheVersionAndExitsZero() throws Exception {
        Result result = run(List.of("-jar", JAR.toString(), "--version"));
        assertThat(result.exitCode).isZero();
        assertThat(result.out).startsWith("Copydesk ").doesNotContain("unknown").doesNotContain("${");
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedRefusedAndLeftUntouched() throws Exception {
        Path notes = dir.resolve("notes.txt");
        byte[] content = "Remember to call the mayor's office.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);

        Result result = run(List.of("-jar", JAR.toString(), "--db", notes.toString()));

        assertThat(result.exitCode).isNotZero();
        assertThat(result.err).contains(notes.toString());
        assertThat(Files.readAllBytes(notes)).isEqualTo(content);
        assertThat(Files.list(dir)).containsExactly(notes);
    }

    @Test
    void unknownOptionExitsWithUsage() throws Exception {
        Result result = run(List.of("-jar", JAR.toString(), "--frobnicate"));
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("--frobnicate").contains("Usage");
    }

    @Test
    void commandLineImportsAndListsWithoutAWindow() throws Exception {
        Path archive = dir.resolve("archive.json");
        Files.writeString(archive, """
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b", "headline": "Harbour reopens", "status": "READY",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>Ships.</p>"}}
                ]}
                """);
        String db = dir.resolve("cli.copydesk").toString();

        Result imported = run(List.of("-jar", JAR.toString(), "import", archive.toString(), "--db", db));
        Result listed = run(List.of("-jar", JAR.toString(), "list", "--db", db, "--json"));
        Result usage = run(List.of("-jar", JAR.toString(), "export", "--db", db));

        assertThat(imported.exitCode).as(imported.err).isZero();
        assertThat(imported.out).contains("1 added");
        assertThat(listed.exitCode).as(listed.err).isZero();
        assertThat(listed.out).contains("\"headline\" : \"Harbour reopens\"").contains("READY");
        assertThat(usage.exitCode).isEqualTo(2);
        assertThat(usage.err).contains("--format");
    }

    @Test
    void startsHeadlessShowsThePopulatedListAndReportsTheFirstFrame() throws Exception {
        String classPath = JAR + File.pathSeparator + monocleJar();
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        Path javafxCache = Files.createDirectories(dir.resolve("javafx-cache"));
        List<String> command = new ArrayList<>(List.of("-Djava.io.tmpdir=" + temp,
                "-Djavafx.cachedir=" + javafxCache, "-Djavafx.verbose=true",
                "-Dcopydesk.exitAfterFirstFrame=true", "-Dcopydesk.home=" + dir.resolve("home"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", classPath, "com.copydesk.app.Main", "--db", dir.resolve("news.copydesk").toString()));
        Result result = run(command);

        assertThat(result.exitCode).as(result.err).isZero();
        assertThat(result.err).doesNotContain("Exception");
        Matcher frame = Pattern.compile("first-frame-ms=(\\d+)").matcher(result.out);
        assertThat(frame.find()).as(result.out).isTrue();
        assertThat(Files.exists(dir.resolve("news.copydesk"))).isTrue();
        // SQLite's native library is loaded from Copydesk's own copy, not extracted to the temporary folder.
        try (var kept = Files.walk(dir.resolve("home").resolve("data").resolve("native"));
             var extracted = Files.list(temp)) {
            assertThat(kept.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
                    .singleElement().asString().contains("sqlitejdbc");
            assertThat(extracted.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.startsWith("sqlite"));
        }
        // JavaFX's native libraries are loaded from beside the jar (the build puts them there), not
        // unpacked from it into JavaFX's cache and compared with the copy there at every start.
        assertThat(result.out + result.err).contains(JAR.getParent().resolve(".").resolve("libprism_sw.so") + " from relative path");
        try (var unpacked = Files.walk(javafxCache)) {
            assertThat(unpacked.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".so"));
        }
    }

    /** The start-up bench's contract: -Dcopydesk.exitAfterPreview ends the start once the preview shows the page. */
    @Test
    void startsHeadlessUntilThePreviewShowsTheNewestArticlesPage() throws Exception {
        List<String> command = List.of("-Dcopydesk.exitAfterPreview=true", "-Dcopydesk.home=" + dir.resolve("home"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", JAR + File.pathSeparator + monocleJar(), "com.copydesk.app.Main",
                "--db", dir.resolve("news.copydesk").toString());
        Result result = run(command);

        assertThat(result.exitCode).as(result.err).isZero();
        Matcher frame = Pattern.compile("first-frame-ms=(\\d+)").matcher(result.out);
        Matcher preview = Pattern.compile("preview-ready-ms=(\\d+)").matcher(result.out);
        assertThat(frame.find() && preview.find()).as(result.out).isTrue();
        assertThat(Long.parseLong(preview.group(1))).isGreaterThan(Long.parseLong(frame.group(1)));
    }

    /**
     * A fault no input can cause (here: the window layout store, shadowed on the class path by one
     * that throws) stops the start after the storage thread is running. The process must still end,
     * name the report, and leave the database free for the next start.
     */
    @Test
    void aFailingStartEndsTheProcessNamesTheReportAndLeavesTheDatabaseFree() throws Exception {
        Path shadow = compileFailingWindowStateStore();
        Path home = dir.resolve("home");
        Path database = dir.resolve("news.copydesk");
        List<String> start = List.of("-Dcopydesk.exitAfterFirstFrame=true", "-Dcopydesk.home=" + home,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", shadow + File.pathSeparator + JAR + File.pathSeparator + monocleJar(),
                "com.copydesk.app.Main", "--db", database.toString());

        Result failed = run(start);

        assertThat(failed.exitCode).as(failed.err).isEqualTo(1);
        assertThat(failed.err).contains("Copydesk could not start").contains(database.toString());
        Matcher named = Pattern.compile("report was written to (\\S+\\.txt)").matcher(failed.err);
        assertThat(named.find()).as(failed.err).isTrue();
        assertThat(Files.readString(Path.of(named.group(1)))).contains("window layout store failed on purpose");

        List<String> again = new ArrayList<>(start);
        again.set(again.indexOf("-cp") + 1, JAR + File.pathSeparator + monocleJar());
        Result next = run(again);
        assertThat(next.exitCode).as(next.err).isZero();
        assertThat(next.out).contains("first-frame-ms=");
    }

    private Path compileFailingWindowStateStore() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("shadow-src").resolve("com/copydesk/app"));
        Path classes = Files.createDirectories(dir.resolve("shadow"));
        Path source = Files.writeString(sources.resolve("WindowStateStore.java"), """
                package com.copydesk.app;

                final class WindowStateStore {
                    WindowStateStore(java.nio.file.Path configDir) {
                    }

                    WindowState load() {
                        throw new IllegalStateException("window layout store failed on purpose");
                    }

                    void save(WindowState state) {
                    }
                }
                """);
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-cp", JAR.toString(), "-d", classes.toString(), source.toString());
        assertThat(status).as("compiling the shadow class").isZero();
        return classes;
    }

    private static String monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst().orElseThrow(() -> new IllegalStateException("Monocle is not on the test class path"));
    }

    private Result run(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Path out = dir.resolveSibling(dir.getFileName() + "-out.txt");
        Path err = dir.resolveSibling(dir.getFileName() + "-err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("copydesk did not exit within 60 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exitCode, String out, String err) {
    }
}
