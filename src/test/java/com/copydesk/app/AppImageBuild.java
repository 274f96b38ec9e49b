package com.copydesk.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the Linux app image the way {@code mvn -Ppackage package} does, from the same option files,
 * jar and scripts, with the jpackage of a given JDK, and runs what the image holds.
 */
final class AppImageBuild {

    private final Path jdk;
    private final Path input;
    private final Path dest;

    AppImageBuild(Path jdk, Path input, Path dest) {
        this.jdk = jdk;
        this.input = input;
        this.dest = dest;
    }

    Path input() {
        return input;
    }

    Path image() {
        return dest.resolve("Copydesk").toAbsolutePath();
    }

    Path launcher() {
        return image().resolve("bin").resolve("Copydesk");
    }

    Path archive() {
        return image().resolve("lib").resolve("app").resolve("copydesk.jsa");
    }

    /** The image's jar and JavaFX's libraries in the input folder, as the package build's first steps. */
    void writeInput() throws IOException, InterruptedException {
        deleteTree(dest);
        deleteTree(input);
        Files.createDirectories(input);
        String java = currentJava();
        String builtJar = Path.of("target", "copydesk.jar").toString();
        runCommand("packaging/AppImageJar.java",
                List.of(java, "-cp", builtJar, "packaging/AppImageJar.java", builtJar, input.resolve("copydesk.jar").toString()));
        for (Path library : javafxLibraries(Path.of("target"))) {
            Files.copy(library, input.resolve(library.getFileName()));
        }
    }

    /** The class list a Java 17 archive is dumped from (packaging/cds/training-run.sh). */
    void recordClassList() throws IOException, InterruptedException {
        runScript("packaging/cds/training-run.sh", currentJava(),
                input.resolve("copydesk.jar").toString(), monocleJar(), input.resolve("copydesk.classlist").toString());
    }

    /** The options for this JDK's runtime (packaging/JdkArgs.java: packaging/jdk24.args on Java 24+, none on 17). */
    Path jdkArgs() {
        return dest.resolveSibling(dest.getFileName() + "-jdk.args").toAbsolutePath();
    }

    void runJpackage() throws IOException, InterruptedException {
        runCommand("packaging/JdkArgs.java", List.of(jdk.resolve("bin").resolve("java").toString(),
                "packaging/JdkArgs.java", "packaging", jdkArgs().toString()));
        runCommand("jpackage", List.of(jdk.resolve("bin").resolve("jpackage").toString(),
                "@packaging/common.args", "@" + jdkArgs(), "@packaging/linux/app-image.args",
                "--app-version", projectVersion(), "--input", input.toString(), "--dest", dest.toString()));
    }

    /** packaging/cds/make-archive.sh with the package build's arguments. */
    void makeArchive() throws IOException, InterruptedException {
        runScript("packaging/cds/make-archive.sh", image().toString(), monocleJar(), input.toString());
    }

    /** Runs the image's launcher; {@code jvmOptions}, if not null, reach its JVM through JAVA_TOOL_OPTIONS. */
    Run launch(String jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        return runProcess(command, jvmOptions);
    }

    static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The Monocle jar on this test's class path: training starts run Copydesk headless with it. */
    static String monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst().orElseThrow(() -> new IllegalStateException("Monocle is not on the test class path"));
    }

    static String projectVersion() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "com", "copydesk", "app", "version.properties"))) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    /** The feature version a JDK's {@code release} file names, if it has one. */
    static Optional<Integer> featureVersion(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(release)) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            String feature = version.split("[.+-]")[0];
            return feature.matches("\\d+") ? Optional.of(Integer.parseInt(feature)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<Path> javafxLibraries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".so")).toList();
        }
    }

    /** Runs a command to its end; {@code jvmOptions}, if not null, reach its JVM through JAVA_TOOL_OPTIONS. */
    static Run runProcess(List<String> command, String jvmOptions) throws Exception {
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
        List<String> command = new ArrayList<>(List.of("sh", script));
        command.addAll(List.of(args));
        runCommand(script, command);
    }

    private static void runCommand(String what, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("copydesk-build", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(what + " did not finish within 5 minutes");
        }
        assertThat(process.exitValue()).as(what + ":\n" + Files.readString(log)).isZero();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    record Run(int exit, String out, String err) {
    }
}
