package com.copydesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * The application's log files (rotated, in the platform's log folder) and crash reports: an
 * exception nobody caught is written to a readable report that the next start offers to open.
 */
final class Logs {

    private static final String REPORT_PREFIX = "crash-";
    private static final String UNSEEN = ".txt";
    private static final String SEEN = ".seen.txt";
    private static final DateTimeFormatter REPORT_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    Logs(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    /** Sends java.util.logging to rotating files (5 × 2 MB) and only warnings to the console. */
    void install() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(Level.WARNING);
            }
        }
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("copydesk-%g.log").toString(), 2_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException unavailable) {
            System.err.println("copydesk: cannot write logs to " + folder + ": " + unavailable.getMessage());
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> report(thread.getName(), failure));
    }

    /** Writes a crash report and logs it; returns the report's path, or null when it could not be written. */
    Path report(String threadName, Throwable failure) {
        Logger.getLogger("com.copydesk").log(Level.SEVERE, "Uncaught exception on " + threadName, failure);
        Instant now = clock.instant();
        Path report = folder.resolve(REPORT_PREFIX + REPORT_NAME.format(now) + UNSEEN);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = "Copydesk " + Version.current() + " stopped working properly at " + now + ".\n"
                + "Please send this file to your support contact; it holds no article text.\n\n"
                + "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")\n"
                + "Thread: " + threadName + "\n\n" + trace;
        try {
            Files.createDirectories(folder);
            Files.writeString(report, text, StandardCharsets.UTF_8);
            return report;
        } catch (IOException e) {
            System.err.println("copydesk: could not write a crash report to " + folder + ": " + e.getMessage());
            return null;
        }
    }

    /** Crash reports not yet offered to the user, oldest first. */
    List<Path> unseenReports() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Logs::isUnseenReport).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Marks a report as offered, so the next start does not ask again. Returns its new path. */
    Path markSeen(Path report) {
        String name = report.getFileName().toString();
        Path seen = report.resolveSibling(name.substring(0, name.length() - UNSEEN.length()) + SEEN);
        try {
            return Files.move(report, seen);
        } catch (IOException e) {
            return report;
        }
    }

    private static boolean isUnseenReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(REPORT_PREFIX) && name.endsWith(UNSEEN) && !name.endsWith(SEEN);
    }
}
