package com.copydesk.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** Turns SQLite failures into reasons a journalist can act on. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static String describe(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return plain(e);
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        // Extended result codes carry the primary code in their low byte.
        int primary = code == null ? -1 : code.code & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "it is in use by another program (is Copydesk open twice?)";
        } else if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full";
        } else if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "the file or its folder is read-only";
        } else if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "it is not a Copydesk database (the file is damaged or is not an SQLite file)";
        } else if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "the database file is damaged";
        } else if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "the file cannot be opened (check that it exists and that you may read and write it)";
        } else if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "the disk reported an error while reading or writing";
        } else if (primary == SQLiteErrorCode.SQLITE_PERM.code || primary == SQLiteErrorCode.SQLITE_AUTH.code) {
            return "permission denied";
        }
        return plain(e);
    }

    private static String plain(SQLException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
