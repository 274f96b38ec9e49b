package com.copydesk.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One open Copydesk database file with its single connection. Every call is serialized on this
 * object, so the stores built on it may be used from any one thread at a time.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final Path file;
    private final boolean createdNow;
    private Connection connection;

    private Database(Path file, Connection connection, boolean createdNow) {
        this.file = file;
        this.connection = connection;
        this.createdNow = createdNow;
    }

    /**
     * Opens the database at {@code file}, creating it (and its folder) if needed and bringing its
     * schema up to date. Files that are not Copydesk databases are refused and left unchanged.
     *
     * @throws StoreException naming the file and the reason when it cannot be used
     */
    public static Database open(Path file) {
        Objects.requireNonNull(file, "file");
        Path path = DatabaseFile.prepare(file);
        if (!DatabaseFile.isEmptyOrMissing(path)) {
            refuseForeignOrNewer(path, true);
        }
        Connection connection = connect(path, readWriteConfig());
        try {
            boolean created = new Migrator(connection, path, Migrations.ALL).migrate();
            return new Database(path, connection, created);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new StoreException("Cannot open " + path + ": " + SqliteErrors.describe(e) + ".", e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * The quick checks of {@link #open} that need no SQLite: the path is a readable, writable file
     * that is empty, missing or starts like an SQLite file, in a writable folder (created if missing).
     *
     * @throws StoreException naming the file and the reason when it cannot be used
     */
    public static void checkUsable(Path file) {
        DatabaseFile.prepare(Objects.requireNonNull(file, "file"));
    }

    public Path file() {
        return file;
    }

    /** True if this open found no schema and created a fresh one (the app then seeds sample articles). */
    public boolean createdNow() {
        return createdNow;
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        Connection closing = connection;
        connection = null;
        try {
            closing.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close " + file + " cleanly: " + SqliteErrors.describe(e) + ".", e);
        }
    }

    /** Runs read work (or single-statement writes) on the connection. {@code action} reads like "list articles". */
    synchronized <T> T query(String action, SqlWork<T> work) {
        Connection open = requireOpen(action);
        try {
            return work.run(open);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** Runs work in one transaction: either all of it is saved or none of it. */
    synchronized <T> T transaction(String action, SqlWork<T> work) {
        Connection open = requireOpen(action);
        try {
            open.setAutoCommit(false);
            try {
                T result = work.run(open);
                open.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(open, e);
                throw e;
            } finally {
                open.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private Connection requireOpen(String action) {
        if (connection == null) {
            throw new StoreException("Could not " + action + ": the database " + file + " is already closed.");
        }
        return connection;
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException("Could not " + action + " in " + file + ": " + SqliteErrors.describe(e) + ".", e);
    }

    /**
     * Inspects an existing file read-only, because even enabling WAL would rewrite its header; if
     * its schema is about to be upgraded, backs it up first.
     */
    static void refuseForeignOrNewer(Path path, boolean backUpBeforeUpgrade) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection probe = connect(path, config)) {
            SchemaState state = SchemaState.inspect(probe);
            state.requireUsableBy(Migrations.latestVersion(), path);
            if (backUpBeforeUpgrade && state.versioned() && state.version() < Migrations.latestVersion()) {
                Backups.copy(probe, path, "before-v" + Migrations.latestVersion(), java.time.Instant.now());
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + path + ": " + SqliteErrors.describe(e) + ".", e);
        }
    }

    private static SQLiteConfig readWriteConfig() {
        // Set as connection properties: xerial applies only the first PRAGMA of an init string.
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private static Connection connect(Path path, SQLiteConfig config) {
        try {
            return config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + path + ": " + SqliteErrors.describe(e) + ".", e);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
