package com.copydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A larger SQLite page cache for the connection while it writes many articles in one transaction
 * (an import, a bulk change on the desk), put back as it was afterwards. Such a transaction
 * changes rows in no particular order in a dozen indexes (id, the list's sort keys, categories),
 * about 150 MB of them at 100,000 articles; with the default cache of 2 MB nearly every write
 * finds the pages it changes gone, spilled to the WAL in the middle of the transaction and read
 * back from it. The cache only takes the memory it uses (SQLite's, not the
 * Java heap's). The setting belongs to the connection, not the database: it is not part of the
 * transaction, so it is put back whether the work succeeded or not.
 */
final class LargePageCache implements AutoCloseable {

    /** In KiB, as PRAGMA cache_size takes a negative size: 256 MiB. */
    static final long CACHE_KIB = 256 * 1024;

    private final Connection connection;
    private final long before;

    private LargePageCache(Connection connection, long before) {
        this.connection = connection;
        this.before = before;
    }

    static LargePageCache raise(Connection connection) throws SQLException {
        LargePageCache cache = new LargePageCache(connection, current(connection));
        cache.set(-CACHE_KIB);
        return cache;
    }

    static long current(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("PRAGMA cache_size")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Puts the connection's cache size back (pages beyond it are let go). */
    @Override
    public void close() throws SQLException {
        set(before);
    }

    private void set(long size) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA cache_size = " + size);
        }
    }
}
