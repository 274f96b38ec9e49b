package com.copydesk.app;

import com.copydesk.store.Backup;
import com.copydesk.store.Backups;
import com.copydesk.store.Database;
import com.copydesk.store.StoreException;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What happens when the database cannot be opened at start (damaged, not SQLite, newer than this
 * version, in use): {@link StartupProblemDialog} offers the choices that fit, until a database
 * opens or the user quits. Runs on the FX thread, before the main window exists.
 */
final class StartupRecovery {

    private final Supplier<Optional<Path>> chooseFile;
    private final Clock clock;

    /** {@code chooseFile}: asks for another database file; empty when the user cancels. */
    StartupRecovery(Supplier<Optional<Path>> chooseFile, Clock clock) {
        this.chooseFile = Objects.requireNonNull(chooseFile, "chooseFile");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The file chooser of the start-up dialog's "Open another file…". */
    static Optional<Path> chooseWithFileChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Copydesk database");
        File chosen = chooser.showOpenDialog(null);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** Offers the choices that fit the problem until a database opens; null when the user quits. */
    Database recover(Path file, Throwable cause, String reason) {
        StoreException.Problem problem = cause instanceof StoreException store ? store.problem() : StoreException.Problem.OTHER;
        String message = reason;
        while (true) {
            List<Backup> backups = listBackups(file);
            StartupProblemDialog.Choice choice = StartupProblemDialog.ask(message,
                    StartupProblemDialog.choicesFor(problem, !backups.isEmpty()));
            try {
                switch (choice) {
                    case OPEN_READ_ONLY:
                        return Database.openReadOnly(file);
                    case OPEN_LATEST_BACKUP:
                        return Startup.openAndSeed(Backups.recoverCopy(backups.get(0), file, clock.instant()));
                    case OPEN_OTHER_FILE:
                        Optional<Path> chosen = chooseFile.get();
                        if (chosen.isEmpty()) {
                            continue;
                        }
                        file = chosen.get();
                        return Startup.openAndSeed(file);
                    default:
                        return null;
                }
            } catch (StoreException again) {
                problem = again.problem();
                message = again.getMessage();
            }
        }
    }

    private static List<Backup> listBackups(Path file) {
        try {
            return Backups.listFor(file);
        } catch (StoreException unreadable) {
            return List.of();
        }
    }
}
