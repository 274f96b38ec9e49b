package com.copydesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;

/** Direct SQL for tests that need to look under the stores. */
final class TestDatabases {

    private TestDatabases() {
    }

    static long longValue(Database db, String sql) {
        return db.query("test query", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    static String stringValue(Database db, String sql) {
        return db.query("test query", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    static void execute(Database db, String sql) {
        db.query("test statement", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(sql);
            }
            return null;
        });
    }

    /** Creates an SQLite file that belongs to some other program. */
    static void createForeignDatabase(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE recipes (name TEXT, minutes INTEGER)");
            statement.executeUpdate("INSERT INTO recipes VALUES ('Soup', 40)");
        }
    }
}
