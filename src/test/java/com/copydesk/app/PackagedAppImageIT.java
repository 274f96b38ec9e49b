package com.copydesk.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the Linux app image with jpackage from the same option files and jar as {@code mvn -Ppackage package}
 * and runs its launcher, so a broken package cannot go unnoticed by {@code mvn verify}. Like that
 * build it also makes the AppCDS archive (packaging/cds) and checks the launcher uses it.
 */
class PackagedAppImageIT {

    private static final Path DEST = Path.of("target", "it-app-image");
    private static final Path LAUNCHER = DEST.resolve("Copydesk").resolve("bin").resolve("Copydesk");
    private static final Path ARCHIVE = DEST.resolve("Copydesk").resolve("lib").resolve("app").resolve("copydesk.jsa");

    @BeforeAll
    static void buildAppImage() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "app image check runs on Linux");
        ToolProvider jpackage = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jpackage"));
        Path input = Path.of("target", "it-app-image-input");
        deleteTree(DEST);
        deleteTree(input);
        Files.createDirectories(input);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String builtJar = Path.of("target", "copydesk.jar").toString();
        runCommand("packaging/AppImageJar.java",
                List.of(java, "-cp", builtJar, "packaging/AppImageJar.java", builtJar, input.resolve("copydesk.jar").toString()));
        for (Path library : javafxLibraries(Path.of("target"))) {
            Files.copy(library, input.resolve(library.getFileName()));
        }
        runScript("packaging/cds/training-run.sh", java,
                input.resolve("copydesk.jar").toString(), monocleJar(), input.resolve("copydesk.classlist").toString());
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output);
        int exit = jpackage.run(writer, writer, "@packaging/common.args", "@packaging/linux/app-image.args",
                "--app-version", projectVersion(), "--input", input.toString(), "--dest", DEST.toString());
        assertThat(exit).as(output.toString()).isZero();
        runScript("packaging/cds/make-archive.sh", DEST.resolve("Copydesk").toString());
    }

    @Test
    void launcherPrintsTheVersion() throws Exception {
        Run run = launch("--version");
        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("Copydesk " + projectVersion());
    }

    @Test
    void launcherPassesTheHeadlessSelfCheck() throws Exception {
        Run run = launch("--self-check");
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("self-check ok");
    }

    @Test
    void javafxsNativeLibrariesShipBesideTheJarWhereJavafxLoadsThemWithoutUnpacking() throws IOException {
        Path appFolder = DEST.resolve("Copydesk").resolve("lib").resolve("app");
        assertThat(appFolder.resolve("copydesk.jar")).isRegularFile();
        assertThat(javafxLibraries(appFolder).stream().map(library -> library.getFileName().toString()))
                .contains("libprism_sw.so", "libglass.so", "libjfxwebkit.so");
    }

    @Test
    void theImagesJarLeavesOutTheNativeLibrariesItDoesNotLoadFromIt() throws IOException {
        Path jar = DEST.resolve("Copydesk").resolve("lib").resolve("app").resolve("copydesk.jar");
        List<String> libraries;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            libraries = zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".so")).toList();
        }
        // JavaFX's are beside the jar; of SQLite's, only this platform's is left.
        assertThat(libraries).singleElement().asString().startsWith("org/sqlite/native/").endsWith("/libsqlitejdbc.so");
        assertThat(Files.size(jar)).isLessThan(Files.size(Path.of("target", "copydesk.jar")) / 2);
    }

    /**
     * The launcher's GUI start cannot run headless (the image holds no Monocle), so this starts
     * what it starts: the image's own runtime, its jar and the libraries beside it, with Monocle
     * added, up to the preview (WebKit) showing the newest article.
     */
    @Test
    void theImagesRuntimeJarAndLibrariesShowTheWindowAndThePreview(@TempDir Path dir) throws Exception {
        Path image = DEST.resolve("Copydesk").toAbsolutePath();
        Path javafxCache = Files.createDirectories(dir.resolve("javafx-cache"));
        List<String> command = List.of(image.resolve("lib/runtime/bin/java").toString(),
                "-Djavafx.cachedir=" + javafxCache, "-Djavafx.verbose=true",
                "-Dcopydesk.exitAfterPreview=true", "-Dcopydesk.home=" + dir.resolve("home"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", image.resolve("lib/app/copydesk.jar") + java.io.File.pathSeparator + monocleJar(),
                "com.copydesk.app.Main", "--db", dir.resolve("news.copydesk").toString());

        Run run = runProcess(command, null);

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("first-frame-ms=").contains("preview-ready-ms=");
        assertThat(run.out + run.err)
                .contains(image.resolve("lib/app/./libjfxwebkit.so") + " from relative path")
                .contains(image.resolve("lib/app/./libprism_sw.so") + " from relative path");
        try (Stream<Path> unpacked = Files.walk(javafxCache)) {
            assertThat(unpacked.filter(Files::isRegularFile)).isEmpty();
        }
    }

    /** A system on which WebKit cannot load: the window still comes up, and a tool waiting for the preview hears why. */
    @Test
    void withoutWebKitsLibraryTheWindowStillShowsAndTheWaitForThePreviewEndsWithItsReason(@TempDir Path dir) throws Exception {
        Path image = DEST.resolve("Copydesk").toAbsolutePath();
        Path app = Files.createDirectories(dir.resolve("app"));
        try (Stream<Path> files = Files.list(image.resolve("lib/app"))) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("libjfxwebkit.so")).toList()) {
                Files.copy(file, app.resolve(file.getFileName()));
            }
        }
        List<String> command = List.of(image.resolve("lib/runtime/bin/java").toString(),
                "-Djavafx.cachedir=" + Files.createDirectories(dir.resolve("javafx-cache")),
                "-Dcopydesk.exitAfterPreview=true", "-Dcopydesk.home=" + dir.resolve("home"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", app.resolve("copydesk.jar") + java.io.File.pathSeparator + monocleJar(),
                "com.copydesk.app.Main", "--db", dir.resolve("news.copydesk").toString());

        Run run = runProcess(command, null);

        assertThat(run.exit).as(run.err).isEqualTo(1);
        assertThat(run.out).contains("first-frame-ms=").doesNotContain("preview-ready-ms=");
        assertThat(run.err).contains("copydesk: the preview did not start:");
    }

    private static List<Path> javafxLibraries(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".so")).toList();
        }
    }

    @Test
    void theArchivesClassListHoldsTheBodyEditorBuiltAfterTheFirstFrame() throws IOException {
        // The training run goes on past the first frame until the RichTextFX body editor is laid out.
        List<String> classes = Files.readAllLines(Path.of("target", "it-app-image-input", "copydesk.classlist"));
        assertThat(classes).contains("com/copydesk/app/Main", "org/fxmisc/richtext/ParagraphBox");
    }

    @Test
    void launcherLoadsItsClassesFromTheAppCdsArchive() throws Exception {
        assertThat(ARCHIVE).isNotEmptyFile();

        // -Xshare:on turns "ignore an unusable archive" into an error, so this fails unless the archive maps.
        Run run = launchWith("-Xshare:on -Xlog:class+load=info", "--version");

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("com.copydesk.app.Main source: shared objects file");
    }

    @Test
    void launcherStartsWithoutItsArchiveOrWithABrokenOne() throws Exception {
        Path kept = ARCHIVE.resolveSibling("copydesk.jsa.kept");
        Files.move(ARCHIVE, kept);
        try {
            Run missing = launch("--version");
            Files.writeString(ARCHIVE, "not an archive");
            Run broken = launch("--version");

            assertThat(missing.exit).as(missing.err).isZero();
            assertThat(missing.out).startsWith("Copydesk " + projectVersion());
            assertThat(broken.exit).as(broken.err).isZero();
            assertThat(broken.out).startsWith("Copydesk " + projectVersion());
        } finally {
            Files.move(kept, ARCHIVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Run launch(String... args) throws Exception {
        return launchWith(null, args);
    }

    /** {@code jvmOptions}, if not null, reach the launcher's JVM through JAVA_TOOL_OPTIONS. */
    private static Run launchWith(String jvmOptions, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return runProcess(command, jvmOptions);
    }

    private static Run runProcess(List<String> command, String jvmOptions) throws Exception {
        Path out = Files.createTempFile("copydesk-out", ".txt");
        Path err = Files.createTempFile("copydesk-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (jvmOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not exit within 60 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void runScript(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", script));
        command.addAll(List.of(args));
        runCommand(script, command);
    }

    private static void runCommand(String script, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("copydesk-cds", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within 5 minutes");
        }
        assertThat(process.exitValue()).as(script + ":\n" + Files.readString(log)).isZero();
    }

    /** The Monocle jar on this test's class path: the training run starts Copydesk headless with it. */
    private static String monocleJar() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst().orElseThrow(() -> new IllegalStateException("Monocle is not on the test class path"));
    }

    private static String projectVersion() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "com", "copydesk", "app", "version.properties"))) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }
}
