package com.copydesk.testdata;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Damages a closed Copydesk file where SQLite's check at open must see it: the root page of the
 * articles table, zeroed. (Zeroing "the middle of the file" hit whatever page lay there; when that
 * was an index's overflow page, which PRAGMA quick_check does not read, the damage went unseen and
 * a test depended on the schema's page layout.)
 */
public final class DamagedFiles {

    private DamagedFiles() {
    }

    /** Zeroes the page holding the root of table {@code table}; returns its number. */
    public static long zeroRootPageOf(Path file, String table) throws Exception {
        long page;
        long pageSize;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("PRAGMA page_size")) {
                row.next();
                pageSize = row.getLong(1);
            }
            try (ResultSet row = statement.executeQuery(
                    "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = '" + table + "'")) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no table " + table + " in " + file);
                }
                page = row.getLong(1);
            }
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek((page - 1) * pageSize);
            raw.write(new byte[(int) pageSize]);
        }
        return page;
    }
}
