package com.copydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks a database path before SQLite sees it, so that a wrong choice in a file dialog can
 * never damage a document. Only reads the file; the one thing it may create is a missing folder.
 */
final class DatabaseFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {
    }

    /** Returns the absolute path to open, or throws a StoreException saying why it cannot be used. */
    static Path prepare(Path requested) {
        Path file = requested.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException("Cannot open " + file + ": it is a folder, not a Copydesk database file.");
        }
        if (Files.exists(file)) {
            checkExistingFile(file);
        }
        prepareFolder(file);
        return file;
    }

    static boolean isEmptyOrMissing(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkExistingFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Cannot open " + file + ": it is not a regular file.");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException("Cannot open " + file + ": you do not have permission to read it.");
        }
        if (!Files.isWritable(file)) {
            throw new StoreException("Cannot open " + file + ": the file is read-only.");
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new StoreException("Cannot open " + file + ": it could not be read (" + e.getMessage() + ").", e);
        }
        if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new StoreException(StoreException.Problem.DAMAGED, "Cannot open " + file
                    + ": it is not a Copydesk database (not an SQLite file). It was left unchanged.", null);
        }
    }

    private static Path nearestExistingAncestor(Path path) {
        Path candidate = path;
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate;
    }

    private static void prepareFolder(Path file) {
        Path folder = file.getParent();
        if (folder == null) {
            return;
        }
        if (!Files.exists(folder)) {
            Path existing = nearestExistingAncestor(folder);
            if (existing != null && !Files.isDirectory(existing)) {
                throw new StoreException("Cannot open " + file + ": " + existing + " is a file, not a folder.");
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreException("Cannot open " + file + ": the folder " + folder
                        + " could not be created (" + e.getMessage() + ").", e);
            }
        }
        if (!Files.isDirectory(folder)) {
            throw new StoreException("Cannot open " + file + ": " + folder + " is a file, not a folder.");
        }
        // SQLite keeps its journal files next to the database, so the folder must be writable too.
        if (!Files.isWritable(folder)) {
            throw new StoreException("Cannot open " + file + ": the folder " + folder + " is not writable.");
        }
    }
}
