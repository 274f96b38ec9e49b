package com.copydesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure only one Copydesk writes to a database: an operating-system lock on a file beside it
 * ({@code <database>.lock}), holding the process id for the message the second one shows. The
 * operating system drops the lock when the process ends, even on a crash, so a leftover lock file
 * never blocks anyone; it is therefore never deleted (deleting it would open a race between two
 * starting instances).
 */
final class WriterLock implements AutoCloseable {

    /**
     * Lock files this JVM holds. POSIX drops all of a process's locks on a file when the process
     * closes any descriptor of it, so a second open in the same JVM must not even touch the file.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
    }

    /** @throws StoreException with {@link StoreException.Problem#IN_USE} when another Copydesk holds it */
    static WriterLock acquire(Path databaseFile) {
        Path lockFile = lockFileOf(databaseFile);
        if (!HELD_HERE.add(lockFile)) {
            throw inUse(databaseFile, " (this one, process " + ProcessHandle.current().pid() + ")");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(databaseFile, holder(lockFile));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            return new WriterLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
            throw new StoreException("Cannot open " + databaseFile + ": its lock file " + lockFile
                    + " could not be used (" + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            HELD_HERE.remove(lockFile);
            throw e;
        }
    }

    private static StoreException inUse(Path databaseFile, String holder) {
        return new StoreException(StoreException.Problem.IN_USE, "Cannot open " + databaseFile
                + ": it is already open in another Copydesk" + holder
                + ". Only one Copydesk may change it at a time: switch to that window, or open this one read-only.",
                null);
    }

    /** Called only when this process holds no lock on the file, so reading it releases nothing. */
    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * True when the last Copydesk to hold this lock closed {@code databaseFile} cleanly and nothing
     * changed it since (see {@link CleanClose}). Never reads a lock file this JVM holds.
     */
    static boolean closedCleanlyAndUnchanged(Path databaseFile) {
        Path lockFile = lockFileOf(databaseFile);
        if (HELD_HERE.contains(lockFile) || !Files.exists(lockFile)) {
            return false;
        }
        try {
            return CleanClose.unchangedSince(Files.readString(lockFile, StandardCharsets.US_ASCII), databaseFile);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Leaves a clean-close record of {@code databaseFile} beside the process id; call after its connection closed. */
    void recordCleanClose(Path databaseFile) {
        CleanClose.record(databaseFile).ifPresent(record -> {
            try {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n" + record + "\n")
                        .getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(true);
            } catch (IOException ignored) {
                // Without the record the next open simply runs the full check.
            }
        });
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases the lock anyway.
        }
        closeQuietly(channel);
        HELD_HERE.remove(lockFile);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}
