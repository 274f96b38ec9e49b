package com.copydesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What an SQLite file holds before we touch it: nothing, a Copydesk schema, or something else. */
record SchemaState(int tableCount, boolean versioned, int version) {

    static SchemaState inspect(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int tables;
            boolean versioned;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT count(*), coalesce(sum(name = 'schema_version'), 0) FROM sqlite_master WHERE type = 'table'")) {
                rows.next();
                tables = rows.getInt(1);
                versioned = rows.getInt(2) > 0;
            }
            if (!versioned) {
                return new SchemaState(tables, false, 0);
            }
            try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rows.next();
                return new SchemaState(tables, true, rows.getInt(1));
            }
        }
    }

    boolean isEmpty() {
        return tableCount == 0;
    }

    /** Refuses files we must not write to: someone else's database, or one from a newer Copydesk. */
    void requireUsableBy(int latestKnownVersion, Path file) {
        if (!versioned && !isEmpty()) {
            throw new StoreException(StoreException.Problem.NOT_COPYDESK, "Cannot open " + file
                    + ": it is an SQLite database but not a Copydesk one. It was left unchanged.", null);
        }
        if (version > latestKnownVersion) {
            throw new StoreException(StoreException.Problem.NEWER_SCHEMA, "Cannot open " + file
                    + ": it was written by a newer Copydesk (database version " + version + ", this app knows up to "
                    + latestKnownVersion + "). Please update Copydesk.", null);
        }
    }
}
