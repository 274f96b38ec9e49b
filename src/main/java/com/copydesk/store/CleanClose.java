package com.copydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a clean close leaves in the lock file: the database file's size, modification time and
 * file key. When the file still matches at the next open, nothing has touched it since Copydesk
 * last closed it cleanly, and the full {@code PRAGMA quick_check} (which reads the whole file,
 * seconds for a large newsroom database) can be skipped. After a crash, while another Copydesk
 * has the file open, or after any change by another program the record is missing or differs,
 * and the check runs as before.
 */
final class CleanClose {

    private static final String PREFIX = "clean-close ";

    private CleanClose() {
    }

    /** The line to keep in the lock file after closing {@code databaseFile}; empty if the file cannot be read. */
    static Optional<String> record(Path databaseFile) {
        return fingerprint(databaseFile).map(print -> PREFIX + print);
    }

    /** True when {@code lockFileText} holds a clean-close record that {@code databaseFile} still matches. */
    static boolean unchangedSince(String lockFileText, Path databaseFile) {
        Optional<String> now = fingerprint(databaseFile);
        return now.isPresent() && lockFileText.lines().anyMatch(line -> line.equals(PREFIX + now.get()));
    }

    private static Optional<String> fingerprint(Path databaseFile) {
        try {
            if (hasContent(walOf(databaseFile))) {
                return Optional.empty(); // unfinished transactions live there: not a clean state
            }
            BasicFileAttributes attributes = Files.readAttributes(databaseFile, BasicFileAttributes.class);
            return Optional.of("size=" + attributes.size()
                    + " modified=" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                    + " key=" + attributes.fileKey());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Path walOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
    }

    private static boolean hasContent(Path file) throws IOException {
        return Files.exists(file) && Files.size(file) > 0;
    }
}
