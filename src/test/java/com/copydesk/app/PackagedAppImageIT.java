package com.copydesk.app;

import com.copydesk.app.AppImageBuild.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static com.copydesk.app.AppImageBuild.javafxLibraries;
import static com.copydesk.app.AppImageBuild.monocleJar;
import static com.copydesk.app.AppImageBuild.projectVersion;
import static com.copydesk.app.AppImageBuild.runProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the Linux app image with jpackage from the same option files and jar as {@code mvn -Ppackage package}
 * and runs its launcher, so a broken package cannot go unnoticed by {@code mvn verify}. Like that
 * build it also makes the AppCDS archive (packaging/cds) and checks the launcher uses it.
 */
class PackagedAppImageIT {

    private static final AppImageBuild BUILD = new AppImageBuild(Path.of(System.getProperty("java.home")),
            Path.of("target", "it-app-image-input"), Path.of("target", "it-app-image"));
    private static final Path ARCHIVE = BUILD.archive();

    @BeforeAll
    static void buildAppImage() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "app image check runs on Linux");
        BUILD.writeInput();
        BUILD.recordClassList();
        BUILD.runJpackage();
        BUILD.makeArchive();
    }

    @Test
    void launcherPrintsTheVersion() throws Exception {
        Run run = launch("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Copydesk " + projectVersion());
    }

    @Test
    void launcherPassesTheHeadlessSelfCheck() throws Exception {
        Run run = launch("--self-check");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("self-check ok");
    }

    /**
     * The launcher's Java options are those of common.args, and on Java 24 and later those of jdk24.args after them
     * (packaging/JdkArgs.java): a Java 17 launcher gets nothing more, since it refuses one of those.
     */
    @Test
    void launcherHasCommonArgsJavaOptionsAndOnlyOnJava24AndLaterThoseOfJdk24Args() throws IOException {
        List<String> expected = new ArrayList<>(List.of("-Djpackage.app-version=" + projectVersion()));
        expected.addAll(javaOptions(Path.of("packaging", "common.args")));
        if (Runtime.version().feature() >= 24) {
            expected.addAll(javaOptions(Path.of("packaging", "jdk24.args")));
        }

        List<String> launcher = Files.readAllLines(BUILD.image().resolve("lib/app/Copydesk.cfg")).stream()
                .filter(line -> line.startsWith("java-options=")).map(line -> line.substring("java-options=".length())).toList();

        assertThat(javaOptions(Path.of("packaging", "jdk24.args"))).isNotEmpty();
        assertThat(launcher).containsExactlyElementsOf(expected);
    }

    @Test
    void javafxsNativeLibrariesShipBesideTheJarWhereJavafxLoadsThemWithoutUnpacking() throws IOException {
        Path appFolder = BUILD.image().resolve("lib").resolve("app");
        assertThat(appFolder.resolve("copydesk.jar")).isRegularFile();
        assertThat(javafxLibraries(appFolder).stream().map(library -> library.getFileName().toString()))
                .contains("libprism_sw.so", "libglass.so", "libjfxwebkit.so");
    }

    @Test
    void theImagesJarLeavesOutTheNativeLibrariesItDoesNotLoadFromIt() throws IOException {
        Path jar = BUILD.image().resolve("lib").resolve("app").resolve("copydesk.jar");
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
        Path image = BUILD.image();
        Path javafxCache = Files.createDirectories(dir.resolve("javafx-cache"));
        List<String> command = List.of(image.resolve("lib/runtime/bin/java").toString(),
                "-Djavafx.cachedir=" + javafxCache, "-Djavafx.verbose=true",
                "-Dcopydesk.exitAfterPreview=true", "-Dcopydesk.home=" + dir.resolve("home"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", image.resolve("lib/app/copydesk.jar") + java.io.File.pathSeparator + monocleJar(),
                "com.copydesk.app.Main", "--db", dir.resolve("news.copydesk").toString());

        Run run = runProcess(command, null);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("first-frame-ms=").contains("preview-ready-ms=");
        assertThat(run.out() + run.err())
                .contains(image.resolve("lib/app/./libjfxwebkit.so") + " from relative path")
                .contains(image.resolve("lib/app/./libprism_sw.so") + " from relative path");
        try (Stream<Path> unpacked = Files.walk(javafxCache)) {
            assertThat(unpacked.filter(Files::isRegularFile)).isEmpty();
        }
    }

    /** A system on which WebKit cannot load: the window still comes up, and a tool waiting for the preview hears why. */
    @Test
    void withoutWebKitsLibraryTheWindowStillShowsAndTheWaitForThePreviewEndsWithItsReason(@TempDir Path dir) throws Exception {
        Path image = BUILD.image();
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

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("first-frame-ms=").doesNotContain("preview-ready-ms=");
        assertThat(run.err()).contains("copydesk: the preview did not start:");
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

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("com.copydesk.app.Main source: shared objects file");
    }

    @Test
    void launcherStartsWithoutItsArchiveOrWithABrokenOne() throws Exception {
        Path kept = ARCHIVE.resolveSibling("copydesk.jsa.kept");
        Files.move(ARCHIVE, kept);
        try {
            Run missing = launch("--version");
            Files.writeString(ARCHIVE, "not an archive");
            Run broken = launch("--version");

            assertThat(missing.exit()).as(missing.err()).isZero();
            assertThat(missing.out()).startsWith("Copydesk " + projectVersion());
            assertThat(broken.exit()).as(broken.err()).isZero();
            assertThat(broken.out()).startsWith("Copydesk " + projectVersion());
        } finally {
            Files.move(kept, ARCHIVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The values of an option file's {@code --java-options} lines (one unquoted option each). */
    private static List<String> javaOptions(Path argsFile) throws IOException {
        return Files.readAllLines(argsFile).stream()
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).trim())
                .toList();
    }

    private static Run launch(String... args) throws Exception {
        return BUILD.launch(null, args);
    }

    private static Run launchWith(String jvmOptions, String... args) throws Exception {
        return BUILD.launch(jvmOptions, args);
    }
}
