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

    /** What the lock file says after a clean close; while open it holds the process id instead. */
    private static final String CLOSED_CLEANLY = "closed";

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean lastClosedCleanly;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock, boolean lastClosedCleanly) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.lastClosedCleanly = lastClosedCleanly;
    }

    /**
     * True when the Copydesk that had the database before closed it cleanly. False after a crash or
     * power loss (the lock file still holds its process id) and when there was no lock file.
     */
    boolean lastClosedCleanly() {
        return lastClosedCleanly;
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
            boolean clean = CLOSED_CLEANLY.equals(read(channel));
            replaceContent(channel, ProcessHandle.current().pid() + "\n");
            return new WriterLock(lockFile, channel, lock, clean);
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

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(64);
        channel.read(content, 0);
        return new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
    }

    private static void replaceContent(FileChannel channel, String content) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
    }

    /** Releases the lock, first noting in the file that the database was closed cleanly. */
    @Override
    public void close() {
        try {
            replaceContent(channel, CLOSED_CLEANLY + "\n");
        } catch (IOException ignored) {
            // The next start then checks the whole file, which is only slower.
        }
        release();
    }

    /** Releases the lock without noting a clean close, so that the next open checks the whole file. */
    void abandon() {
        release();
    }

    private void release() {
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
