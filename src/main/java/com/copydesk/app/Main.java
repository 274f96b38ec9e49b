package com.copydesk.app;

import com.copydesk.cli.CommandLineParser;
import com.copydesk.cli.CopydeskCli;
import com.copydesk.cli.LaunchOptions;
import com.copydesk.cli.UsageException;
import com.copydesk.store.Database;
import com.copydesk.store.SqliteLibrary;
import com.copydesk.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Entry point. Kept apart from the JavaFX {@code Application} so that it starts from a plain class
 * path. Opens the database on another thread while JavaFX starts, to save start-up time.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(runToTheEnd(args));
    }

    /**
     * {@link #run}, or 1 when it fails with an exception: the process must end then too, or a
     * thread left running (storage, settings) would keep it, and the database's lock, alive unseen.
     */
    static int runToTheEnd(String[] args) {
        try {
            return run(args);
        } catch (RuntimeException | Error failure) {
            Thread.UncaughtExceptionHandler report = Thread.getDefaultUncaughtExceptionHandler();
            if (report != null) {
                report.uncaughtException(Thread.currentThread(), failure);
            } else {
                failure.printStackTrace();
            }
            return 1;
        }
    }

    static int run(String[] args) {
        return run(args, CopydeskApp::launch);
    }

    /** {@code launch} starts the window with the plan and returns the exit code (a seam for tests). */
    static int run(String[] args, java.util.function.ToIntFunction<CopydeskApp.Plan> launch) {
        StartupTrace.mark("main");
        if (CopydeskCli.isCommand(args)) {
            CopydeskCli.quietLogging();
            return new CopydeskCli(AppPaths.fromEnvironment().defaultDatabase(), Version.current(),
                    Clock.systemDefaultZone(), System.out, System.err).run(args);
        }
        LaunchOptions options;
        try {
            options = CommandLineParser.parse(args);
        } catch (UsageException bad) {
            System.err.println("copydesk: " + bad.getMessage());
            System.err.println(CommandLineParser.USAGE);
            return 2;
        }
        if (options.showVersion()) {
            System.out.println("Copydesk " + Version.current());
            return 0;
        }
        if (options.showHelp()) {
            System.out.println(CommandLineParser.USAGE);
            return 0;
        }
        if (options.selfCheck()) {
            return SelfCheck.run(System.out, System.err);
        }
        AppPaths paths = AppPaths.fromEnvironment();
        Logs logs = new Logs(paths.logDir(), java.time.Clock.systemUTC());
        Path databaseFile = options.database().orElseGet(() -> lastOrDefaultDatabase(paths));
        try {
            Database.checkUsable(databaseFile);
        } catch (StoreException unusable) {
            return answerUnusable(new CopydeskApp.Plan(paths, logs, CompletableFuture.failedFuture(unusable), databaseFile),
                    unusable, launch);
        }
        if (RunningInstance.askToShow(databaseFile)) {
            System.out.println("copydesk: " + databaseFile.toAbsolutePath().normalize()
                    + " is already open in Copydesk; its window has been brought to the front.");
            return 0;
        }
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> {
            // Setting up java.util.logging takes some 40 ms: here it does not hold up JavaFX's start,
            // and it is done before the database logs anything (migrations, repairs).
            logs.install();
            StartupTrace.mark("database opening");
            SqliteLibrary.useCopyIn(paths.dataDir().resolve("native"));
            Database opened = Startup.openAndSeed(databaseFile);
            StartupTrace.mark("database open");
            return opened;
        });
        return launch.applyAsInt(new CopydeskApp.Plan(paths, logs, opening, databaseFile));
    }

    /**
     * A file that is no usable database (not SQLite, read-only, a folder) is refused before anything
     * touches it. Opened from a file manager, the refusal must show in a window, with the start-up
     * problem dialog's choices (another file, quit); tools and a start without a display get
     * standard error and code 1.
     */
    private static int answerUnusable(CopydeskApp.Plan refused, StoreException unusable,
                                      java.util.function.ToIntFunction<CopydeskApp.Plan> launch) {
        if (CopydeskApp.headlessForTools()) {
            System.err.println("copydesk: " + unusable.getMessage());
            return 1;
        }
        try {
            refused.logs().install();
            return launch.applyAsInt(refused);
        } catch (UnsupportedOperationException noDisplay) { // GTK: "Unable to open DISPLAY"
            System.err.println("copydesk: " + unusable.getMessage());
            return 1;
        }
    }

    /** Without --db, the database opened last (File → Open recent's first entry) while it is still there and usable. */
    static Path lastOrDefaultDatabase(AppPaths paths) {
        SettingsFile recent = new SettingsFile(paths.configDir().resolve(RecentDatabases.FILE_NAME), "", Runnable::run);
        return RecentDatabases.last(recent).filter(java.nio.file.Files::isRegularFile).filter(Main::usable)
                .orElse(paths.defaultDatabase());
    }

    private static boolean usable(Path file) {
        try {
            Database.checkUsable(file);
            return true;
        } catch (StoreException unusable) {
            System.getLogger(Main.class.getName()).log(System.Logger.Level.WARNING,
                    "Not reopening the last database: " + unusable.getMessage());
            return false;
        }
    }
}
