package com.copydesk.cli;

import com.copydesk.store.Database;
import com.copydesk.store.StoreException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** What every command needs: where the database is by default, the version, the clock and the output streams. */
record CliContext(Path defaultDatabase, String version, Clock clock, PrintStream out, PrintStream err) {

    /** Opens the database named by {@code --db} (or the default), which must exist unless {@code create}. */
    Database open(Path chosen, boolean create) {
        Path file = file(chosen);
        if (!create && !Files.exists(file)) {
            throw new BadInputException("there is no Copydesk database at " + file
                    + " (give one with --db FILE)");
        }
        return Database.open(file);
    }

    /**
     * Opens the database for a command that only reads it. While the app (another Copydesk) has it
     * open for writing, it is read read-only beside it rather than refused: SQLite lets readers in.
     */
    Database openForReading(Path chosen) {
        try {
            return open(chosen, false);
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.IN_USE) {
                throw e;
            }
            return Database.openReadOnly(file(chosen));
        }
    }

    /** Opens the database for a command that writes to it, created if missing; refused while the app has it open. */
    Database openForWriting(Path chosen) {
        try {
            return open(chosen, true);
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.IN_USE) {
                throw e;
            }
            throw new StoreException(StoreException.Problem.IN_USE, "Cannot write to " + file(chosen)
                    + ": it is open in Copydesk. Close it there first, or import from the app (File → Import…).", e);
        }
    }

    private Path file(Path chosen) {
        return (chosen == null ? defaultDatabase : chosen).toAbsolutePath().normalize();
    }
}
