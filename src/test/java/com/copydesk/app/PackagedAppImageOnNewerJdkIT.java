package com.copydesk.app;

import com.copydesk.app.AppImageBuild.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.copydesk.app.AppImageBuild.featureVersion;
import static com.copydesk.app.AppImageBuild.monocleJar;
import static com.copydesk.app.AppImageBuild.projectVersion;
import static com.copydesk.app.AppImageBuild.runProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app image built as {@code mvn -Ppackage package -Djpackage.jdk=JDK} builds it with a JDK of
 * version 24 or later (packaging/README.md): its runtime is that JDK's, and its start-up archive an AOT
 * cache trained by packaging/cds/make-archive.sh, which the .deb ships as it is. Runs where such a JDK
 * is found: the one {@code -Dcopydesk.newerJdk} names, else the newest under /usr/lib/jvm.
 */
class PackagedAppImageOnNewerJdkIT {

    private static final int FIRST_AOT_CACHE_RELEASE = 24;
    private static AppImageBuild build;

    @BeforeAll
    static void buildAppImage() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "app image check runs on Linux");
        Optional<Path> jdk = newerJdk();
        assumeTrue(jdk.isPresent(), "no JDK " + FIRST_AOT_CACHE_RELEASE + "+ with jpackage under /usr/lib/jvm or -Dcopydesk.newerJdk");
        build = new AppImageBuild(jdk.get(), Path.of("target", "it-newer-jdk-input"), Path.of("target", "it-newer-jdk-image"));
        build.writeInput();
        build.runJpackage();
        build.makeArchive();
    }

    @Test
    void theImageRunsOnTheNewerJdkAndItsCacheGoesIntoTheInstallersInputAsItIs() throws IOException {
        assertThat(featureVersion(build.image().resolve("lib").resolve("runtime")).orElse(0))
                .isGreaterThanOrEqualTo(FIRST_AOT_CACHE_RELEASE);
        assertThat(build.archive()).isNotEmptyFile();
        assertThat(Files.mismatch(build.archive(), build.input().resolve("copydesk.jsa"))).isEqualTo(-1L);
    }

    @Test
    void launcherMapsItsClassesFromTheCache() throws Exception {
        // -Xshare:on turns "ignore an unusable cache" into an error, so this fails unless the cache maps.
        Run run = build.launch("-Xshare:on -Xlog:class+load=info", "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("com.copydesk.app.Main source: shared objects file");
    }

    /** What the launcher starts, with Monocle added (the launcher's GUI start cannot run headless): the cache must hold for all of it. */
    @Test
    void theCacheHoldsForAStartUpToTheEditorBeingReady(@TempDir Path dir) throws Exception {
        Run run = runProcess(launcherStart(dir, "-Xshare:on", "-Dcopydesk.exitAfterBodyEditor=true"), null);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("first-frame-ms=").contains("editor-ready-ms=");
    }

    /**
     * Java 24 and later write warnings to standard error that Java 17 does not: when code on the class path
     * calls System::load (JavaFX's and SQLite's native libraries; JEP 472) and when it calls sun.misc.Unsafe's
     * memory-access methods (JavaFX 21's Marlin renderer; JEP 498). A start up to the preview loads JavaFX's
     * libraries, WebKit's among them, and draws with Marlin: it must write none of them.
     */
    @Test
    void aStartUpToThePreviewWritesNoJdkWarningToStandardError(@TempDir Path dir) throws Exception {
        Run run = runProcess(launcherStart(dir, "-Dcopydesk.exitAfterPreview=true"), null);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("first-frame-ms=").contains("preview-ready-ms=");
        assertThat(jdkWarnings(run.err())).as(run.err()).isEmpty();
    }

    /** A command without a window loads SQLite's native library: the same warning, in the middle of a terminal session. */
    @Test
    void theLaunchersSelfCheckWritesNoJdkWarningToStandardError() throws Exception {
        Run run = build.launch(null, "--self-check");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("self-check ok");
        assertThat(jdkWarnings(run.err())).as(run.err()).isEmpty();
    }

    /** The .deb installs the image's files, cache included, under /opt/copydesk: other paths, new file times. */
    @Test
    void theCacheStillMapsWhenTheImageIsInstalledInAnotherFolder(@TempDir Path dir) throws Exception {
        Path installed = dir.resolve("opt").resolve("copydesk");
        copyTree(build.image(), installed);

        Run run = runProcess(List.of(installed.resolve("bin/Copydesk").toString(), "--version"),
                "-Xshare:on -Xlog:class+load=info");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("com.copydesk.app.Main source: shared objects file");
    }

    /** Java 24+ reports an unusable archive on standard output; the launcher turns that off, so commands' output stays clean. */
    @Test
    void launcherStartsQuietlyWithoutItsCacheOrWithABrokenOne() throws Exception {
        Path kept = build.archive().resolveSibling("copydesk.jsa.kept");
        Files.move(build.archive(), kept);
        try {
            Run missing = build.launch(null, "--version");
            Files.writeString(build.archive(), "not an archive");
            Run broken = build.launch(null, "--version");

            assertThat(missing.exit()).as(missing.err()).isZero();
            assertThat(missing.out()).isEqualTo("Copydesk " + projectVersion() + System.lineSeparator());
            assertThat(broken.exit()).as(broken.err()).isZero();
            assertThat(broken.out()).isEqualTo("Copydesk " + projectVersion() + System.lineSeparator());
        } finally {
            Files.move(kept, build.archive(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The launcher's start with Monocle added, on a new database and home in {@code dir}: the image's runtime,
     * the launcher's Java options (Copydesk.cfg), then {@code options}.
     */
    private static List<String> launcherStart(Path dir, String... options) throws IOException {
        Path home = dir.resolve("home");
        // A saved profile, so that the first-run profile question does not open in the middle of the start.
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config").resolve("profile.properties"), "name=Test\ninitials=TT\nrole=REPORTER\n");
        List<String> command = new ArrayList<>(List.of(build.image().resolve("lib/runtime/bin/java").toString()));
        command.addAll(launcherJavaOptions(build.image()));
        command.addAll(List.of(options));
        command.addAll(List.of("-Dcopydesk.home=" + home,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", build.image().resolve("lib/app/copydesk.jar") + File.pathSeparator + monocleJar(),
                "com.copydesk.app.Main", "--db", dir.resolve("news.copydesk").toString()));
        return command;
    }

    /** The JDK's own warnings on standard error: lines starting "WARNING: " (Copydesk's log lines start with their time). */
    private static List<String> jdkWarnings(String err) {
        return err.lines().filter(line -> line.startsWith("WARNING: ")).toList();
    }

    private static List<String> launcherJavaOptions(Path image) throws IOException {
        String appDir = image.resolve("lib").resolve("app").toString();
        return Files.readAllLines(image.resolve("lib/app/Copydesk.cfg")).stream()
                .filter(line -> line.startsWith("java-options="))
                .map(line -> line.substring("java-options=".length()).replace("$APPDIR", appDir))
                .toList();
    }

    private static Optional<Path> newerJdk() throws IOException {
        String named = System.getProperty("copydesk.newerJdk");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(PackagedAppImageOnNewerJdkIT::hasAotCacheAndJpackage);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(jvms)) {
            return jdks.filter(PackagedAppImageOnNewerJdkIT::hasAotCacheAndJpackage)
                    .max(Comparator.comparing(jdk -> featureVersion(jdk).orElse(0)));
        }
    }

    private static boolean hasAotCacheAndJpackage(Path jdk) {
        return featureVersion(jdk).orElse(0) >= FIRST_AOT_CACHE_RELEASE && Files.isExecutable(jdk.resolve("bin").resolve("jpackage"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target); // new file times, as an install gets; the mode (executable) is kept
                }
            }
        }
    }
}
