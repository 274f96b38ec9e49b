package com.copydesk.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * One open Copydesk database file with its single connection. Every call is serialized on this
 * object, so the stores built on it may be used from any one thread at a time.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    /**
     * Files up to this size are checked with SQLite's quick check at every open (well under 100 ms).
     * Larger ones only after the last session did not close cleanly; a quick check of a multi-GB
     * file reads all of it and would hold up the start for seconds (measured in src/bench).
     */
    static final long ALWAYS_CHECKED_BYTES = 64L << 20;

    private final Path file;
    private final boolean createdNow;
    private final WriterLock lock;
    private final boolean checkedAtOpen;
    /** Null once closed; volatile because {@link #readOnAConnectionOfItsOwn} checks it without this database's lock. */
    private volatile Connection connection;
    private final PreparedStatements statements;

    private Database(Path file, Connection connection, boolean createdNow, WriterLock lock, boolean checkedAtOpen) {
        this.file = file;
        this.connection = connection;
        this.statements = new PreparedStatements(connection);
        this.createdNow = createdNow;
        this.lock = lock;
        this.checkedAtOpen = checkedAtOpen;
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
            refuseForeignOrNewer(path);
        }
        WriterLock lock = WriterLock.acquire(path);
        Connection connection = null;
        try {
            boolean checked = false;
            if (!DatabaseFile.isEmptyOrMissing(path)) {
                checked = checkIfDue(path, lock);
                backUpBeforeUpgrade(path);
            }
            connection = connect(path, readWriteConfig());
            boolean created = new Migrator(connection, path, Migrations.ALL).migrate();
            return new Database(path, connection, created, lock, checked);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            lock.abandon();
            throw new StoreException(problemOf(e), "Cannot open " + path + ": " + SqliteErrors.describe(e) + ".", e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            lock.abandon();
            throw e;
        }
    }

    /**
     * Opens the database for reading only, without the writer lock, e.g. while another Copydesk
     * has it open. Every save then fails with a message saying the file is read-only.
     *
     * @throws StoreException when the file is not a Copydesk database of exactly this app's schema
     */
    public static Database openReadOnly(Path file) {
        Objects.requireNonNull(file, "file");
        Path path = file.toAbsolutePath().normalize();
        if (DatabaseFile.isEmptyOrMissing(path)) {
            throw new StoreException("Cannot open " + path + " read-only: there is no database there yet.");
        }
        refuseForeignOrNewer(path);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Connection connection = connect(path, config);
        try {
            SchemaState state = SchemaState.inspect(connection);
            if (state.version() != Migrations.latestVersion()) {
                throw new StoreException("Cannot open " + path + " read-only: it needs an upgrade first"
                        + " (database version " + state.version() + "). Open it normally once.");
            }
            return new Database(path, connection, false, null, false);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new StoreException(problemOf(e), "Cannot open " + path + ": " + SqliteErrors.describe(e) + ".", e);
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

    /** True when opened with {@link #openReadOnly}: every save fails, saying the file is read-only. */
    public boolean readOnly() {
        return lock == null;
    }

    /**
     * True when {@link #open} ran SQLite's quick check over the whole file: for small files, and
     * after a session that did not close cleanly. Otherwise the app runs {@link #quickCheck} later.
     */
    public boolean checkedAtOpen() {
        return checkedAtOpen;
    }

    /**
     * SQLite's quick check of the file, on a read-only connection of its own so that it may run on
     * any thread while the database is in use. Returns what is wrong, or empty when the file is sound.
     *
     * @throws StoreException when the file cannot be read at all
     */
    public static Optional<String> quickCheck(Path file) {
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        try (Connection probe = connect(path, readOnlyConfig())) {
            return problemFound(probe);
        } catch (SQLException e) {
            if (problemOf(e) == StoreException.Problem.DAMAGED) {
                return Optional.of(SqliteErrors.describe(e));
            }
            throw new StoreException("Cannot check " + path + ": " + SqliteErrors.describe(e) + ".", e);
        }
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
        boolean closedCleanly = false;
        try {
            closeStatements(closing);
            closing.close();
            closedCleanly = true;
        } catch (SQLException e) {
            throw new StoreException("Could not close " + file + " cleanly: " + SqliteErrors.describe(e) + ".", e);
        } finally {
            if (lock != null && closedCleanly) {
                lock.close();
            } else if (lock != null) {
                lock.abandon();
            }
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

    /**
     * Runs long read work (the daily backup, exports, a saved copy) on a read-only connection of its own, opened for it and
     * closed after: it may run on any thread without holding up this database's connection, and in
     * WAL mode it reads one consistent snapshot while saves go on.
     */
    <T> T readOnAConnectionOfItsOwn(String action, SqlWork<T> work) {
        if (connection == null) { // like query: a closed database reads nothing more
            throw alreadyClosed(action);
        }
        try (Connection own = connect(file, readOnlyConfig())) {
            return work.run(own);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /**
     * Runs {@code work} with the statement for {@code sql} kept prepared on the connection (see
     * {@link PreparedStatements}), for statements run very often. Only inside {@link #query} or
     * {@link #transaction} work, which holds this database's lock.
     */
    <T> T withPrepared(String sql, PreparedStatements.StatementWork<T> work) throws SQLException {
        if (!Thread.holdsLock(this)) {
            throw new IllegalStateException("a kept statement is used only inside query or transaction work");
        }
        requireOpen("run a query");
        return statements.with(sql, work);
    }

    /** How many statements are kept prepared on the connection. */
    synchronized int preparedCount() {
        return statements.size();
    }

    /** Runs work in one transaction: either all of it is saved or none of it. */
    synchronized <T> T transaction(String action, SqlWork<T> work) {
        Connection open = requireOpen(action);
        try {
            open.setAutoCommit(false);
            T result = work.run(open);
            open.commit();
            open.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            FailedTransaction.undo(open, e);
            throw failure(action, e);
        } catch (RuntimeException e) {
            FailedTransaction.undo(open, e);
            throw e;
        }
    }

    private Connection requireOpen(String action) {
        if (connection == null) {
            throw alreadyClosed(action);
        }
        return connection;
    }

    private StoreException alreadyClosed(String action) {
        return new StoreException("Could not " + action + ": the database " + file + " is already closed.");
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException("Could not " + action + " in " + file + ": " + SqliteErrors.describe(e) + ".", e);
    }

    /** Copies a file whose schema is about to be upgraded into the backups folder (done under the writer lock). */
    private static void backUpBeforeUpgrade(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection probe = connect(path, config)) {
            SchemaState state = SchemaState.inspect(probe);
            if (state.versioned() && state.version() < Migrations.latestVersion()) {
                Backups.copy(probe, path, "before-v" + Migrations.latestVersion(), java.time.Instant.now());
            }
        } catch (SQLException e) {
            throw new StoreException(problemOf(e), "Cannot back up " + path + " before upgrading it: "
                    + SqliteErrors.describe(e) + ". It was left unchanged.", e);
        }
    }

    /** Inspects an existing file read-only, because even enabling WAL would rewrite its header. */
    static void refuseForeignOrNewer(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection probe = connect(path, config)) {
            SchemaState state = SchemaState.inspect(probe);
            state.requireUsableBy(Migrations.latestVersion(), path);
        } catch (SQLException e) {
            throw new StoreException(problemOf(e), "Cannot open " + path + ": " + SqliteErrors.describe(e) + ".", e);
        }
    }

    /**
     * SQLite's quick check, which reads the whole file, so that damage shows at start rather than in
     * the middle of work: for small files always, for large ones after an unclean shutdown.
     */
    private static boolean checkIfDue(Path path, WriterLock lock) {
        if (lock.lastClosedCleanly() && sizeOf(path) > ALWAYS_CHECKED_BYTES) {
            return false;
        }
        try (Connection probe = connect(path, readOnlyConfig())) {
            Optional<String> problem = problemFound(probe);
            if (problem.isPresent()) {
                throw new StoreException(StoreException.Problem.DAMAGED, "Cannot open " + path
                        + ": the database file is damaged (SQLite's check says: " + problem.get()
                        + "). It was left unchanged.", null);
            }
            return true;
        } catch (SQLException e) {
            throw new StoreException(problemOf(e), "Cannot open " + path + ": " + SqliteErrors.describe(e) + ".", e);
        }
    }

    private static Optional<String> problemFound(Connection probe) throws SQLException {
        try (java.sql.Statement statement = probe.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            String first = rows.next() ? rows.getString(1) : "no answer";
            return "ok".equals(first) ? Optional.empty() : Optional.of(first);
        }
    }

    private static long sizeOf(Path path) {
        try {
            return java.nio.file.Files.size(path);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static SQLiteConfig readOnlyConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private static StoreException.Problem problemOf(SQLException e) {
        String reason = SqliteErrors.describe(e);
        if (reason.contains("damaged")) {
            return StoreException.Problem.DAMAGED;
        }
        if (reason.contains("in use by another program")) {
            return StoreException.Problem.IN_USE;
        }
        return StoreException.Problem.OTHER;
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

    private void closeStatements(Connection closing) throws SQLException {
        try {
            statements.close();
        } catch (SQLException e) {
            closeQuietly(closing, e);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
