package com.copydesk.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the Linux app image with jpackage from the same option files as {@code mvn -Ppackage package}
 * and runs its launcher, so a broken package cannot go unnoticed by {@code mvn verify}.
 */
class PackagedAppImageIT {

    private static final Path DEST = Path.of("target", "it-app-image");
    private static final Path LAUNCHER = DEST.resolve("Copydesk").resolve("bin").resolve("Copydesk");

    @BeforeAll
    static void buildAppImage() throws IOException {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "app image check runs on Linux");
        ToolProvider jpackage = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jpackage"));
        Path input = Path.of("target", "it-app-image-input");
        deleteTree(DEST);
        deleteTree(input);
        Files.createDirectories(input);
        Files.copy(Path.of("target", "copydesk.jar"), input.resolve("copydesk.jar"));
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output);
        int exit = jpackage.run(writer, writer, "@packaging/common.args", "@packaging/linux/app-image.args",
                "--app-version", projectVersion(), "--input", input.toString(), "--dest", DEST.toString());
        assertThat(exit).as(output.toString()).isZero();
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

    private static Run launch(String... args) throws Exception {
        Path out = Files.createTempFile("copydesk-out", ".txt");
        Path err = Files.createTempFile("copydesk-err", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the packaged launcher did not exit within 60 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
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
