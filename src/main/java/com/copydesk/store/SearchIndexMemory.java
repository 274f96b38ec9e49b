package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The memory FTS5 keeps the search index's pending terms in before it writes them out as a
 * segment (its 'hashsize' setting), raised for an import and put back as it was. With FTS5's
 * default of 1 MiB, the 2-4 letter prefix indexes fill it every few dozen articles and the many
 * small segments are merged again and again; at 64 MiB building the index of 20,000 imported
 * articles took half the time (src/docs/benchmarks.md, issue 7's fourth round). The setting is a
 * row of the index's own config table, written inside the import's transaction, so an import that
 * fails rolls it back with everything else; the memory is SQLite's, not the Java heap's.
 */
final class SearchIndexMemory {

    static final long IMPORT_HASH_SIZE = 64L << 20;

    /** FTS5's own value when none is stored (FTS5_DEFAULT_HASHSIZE). */
    private static final long DEFAULT_HASH_SIZE = 1L << 20;

    private final Connection connection;
    /** The stored value before the import, or null when there was none and the default applied. */
    private final Long before;

    private SearchIndexMemory(Connection connection, Long before) {
        this.connection = connection;
        this.before = before;
    }

    /** Raises the setting for the transaction {@code connection} is in. */
    static SearchIndexMemory raise(Connection connection) throws SQLException {
        SearchIndexMemory memory = new SearchIndexMemory(connection, stored(connection));
        memory.set(IMPORT_HASH_SIZE);
        return memory;
    }

    /** Puts the setting back: the value stored before, or no stored value at all, as there was none. */
    void restore() throws SQLException {
        if (before != null) {
            set(before);
            return;
        }
        // Setting the default first makes this connection use it at once; the row then goes as it came.
        set(DEFAULT_HASH_SIZE);
        try (Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM article_search_config WHERE k = 'hashsize'");
        }
    }

    private void set(long bytes) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ?)")) {
            set.setLong(1, bytes);
            set.executeUpdate();
        }
    }

    private static Long stored(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT v FROM article_search_config WHERE k = 'hashsize'")) {
            return row.next() ? row.getLong(1) : null;
        }
    }
}
