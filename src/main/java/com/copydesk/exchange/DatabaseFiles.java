package com.copydesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The open database's file and the files SQLite and Copydesk keep beside it (its write-ahead log,
 * shared memory, journal, lock and instance files), none of which an export may write over.
 */
final class DatabaseFiles {

    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal", ".lock", ".instance");

    private DatabaseFiles() {
    }

    static List<Path> of(Path database) {
        Path file = database.toAbsolutePath().normalize();
        Stream<Path> companions = COMPANIONS.stream().map(suffix -> file.resolveSibling(file.getFileName() + suffix));
        return Stream.concat(Stream.of(file), companions).toList();
    }

    /** True when {@code a} and {@code b} name the same file, by path or, for files that exist, by link. */
    static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException unknown) {
            return false;
        }
    }
}
