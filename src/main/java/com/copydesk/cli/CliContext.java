package com.copydesk.cli;

import com.copydesk.store.Database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** What every command needs: where the database is by default, the version, the clock and the output streams. */
record CliContext(Path defaultDatabase, String version, Clock clock, PrintStream out, PrintStream err) {

    /** Opens the database named by {@code --db} (or the default), which must exist unless {@code create}. */
    Database open(Path chosen, boolean create) {
        Path file = (chosen == null ? defaultDatabase : chosen).toAbsolutePath().normalize();
        if (!create && !Files.exists(file)) {
            throw new BadInputException("there is no Copydesk database at " + file
                    + " (give one with --db FILE)");
        }
        return Database.open(file);
    }
}
