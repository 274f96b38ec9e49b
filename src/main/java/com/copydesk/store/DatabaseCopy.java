package com.copydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.util.Objects;

/**
 * File → Save a copy as…: a consistent copy of the open database, made by SQLite ({@code VACUUM INTO}
 * on the open connection) rather than by copying the file, whose latest changes may still be in its
 * write-ahead log. Written under a temporary name beside the target and moved into place when
 * complete, so the target is never half-written.
 */
public final class DatabaseCopy {

    private final Database db;

    public DatabaseCopy(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Writes the copy to {@code target}, replacing a file there.
     *
     * @return the absolute path of the copy
     * @throws StoreException naming the target when it cannot be written; the target is then unchanged
     */
    public Path saveTo(Path target) {
        Path copy = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
        refuseUnsafeTarget(copy);
        Path partial = partialFileFor(copy);
        try {
            db.readOnAConnectionOfItsOwn("save a copy to " + copy, connection -> {
                try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, partial.toString());
                    vacuum.executeUpdate();
                }
                return null;
            });
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return copy;
        } catch (IOException e) {
            throw new StoreException("Could not save a copy to " + copy + ": " + e.getMessage() + ".", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private void refuseUnsafeTarget(Path copy) {
        if (copy.equals(db.file())) {
            throw new StoreException("Cannot save a copy over " + copy + ": it is the database that is open."
                    + " Choose another name.");
        }
        if (Files.isDirectory(copy)) {
            throw new StoreException("Cannot save a copy to " + copy + ": it is a folder.");
        }
        // Replacing a database that has a write-ahead log beside it would pair the copy with a stranger's log.
        Path log = copy.resolveSibling(copy.getFileName() + "-wal");
        if (Files.exists(log)) {
            throw new StoreException("Cannot save a copy over " + copy + ": that database is open in Copydesk"
                    + " or was not closed cleanly. Choose another name.");
        }
        Path folder = copy.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new StoreException("Cannot save a copy to " + copy + ": the folder " + folder
                    + " does not exist or is not writable.");
        }
    }

    private static Path partialFileFor(Path copy) {
        try {
            // VACUUM INTO accepts an empty file; a unique one keeps two saves from sharing it.
            return Files.createTempFile(copy.getParent(), "." + copy.getFileName(), ".partial");
        } catch (IOException e) {
            throw new StoreException("Could not save a copy to " + copy + ": the folder " + copy.getParent()
                    + " is not writable (" + e.getMessage() + ").", e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // A leftover ".partial" file is hidden and never mistaken for a database.
        }
    }
}
