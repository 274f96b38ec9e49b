package com.copydesk.store;

import com.copydesk.article.Category;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Category lookups shared by the stores; each runs inside the caller's transaction. */
final class CategoryRows {

    private CategoryRows() {
    }

    /** The category with this name ignoring case (as the column's NOCASE collation does), created at the end if new. */
    static Category findOrCreate(Connection connection, String name) throws SQLException {
        String cleanName = new Category(0, name).name();
        Optional<Category> existing = find(connection, cleanName);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO categories (name, position) "
                        + "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM categories))")) {
            insert.setString(1, cleanName);
            insert.executeUpdate();
        }
        return find(connection, cleanName).orElseThrow(() -> new SQLException("category vanished: " + cleanName));
    }

    private static Optional<Category> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM categories WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Category(rows.getLong(1), rows.getString(2))) : Optional.empty();
            }
        }
    }
}
