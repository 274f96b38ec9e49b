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

    /**
     * The category of this name, created at the end if new. A name matches a stored one that differs
     * only in case, Unicode form or spacing ({@link Category#key}); the stored spelling is kept.
     */
    static Category findOrCreate(Connection connection, String name) throws SQLException {
        String cleanName = new Category(0, name).name();
        Optional<Category> existing = find(connection, cleanName);
        if (existing.isEmpty()) {
            existing = findByKey(connection, cleanName);
        }
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

    /** Through the name's index, whose NOCASE collation folds A to Z only: the common case, quickly. */
    private static Optional<Category> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM categories WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Category(rows.getLong(1), rows.getString(2))) : Optional.empty();
            }
        }
    }

    /** The first category in display order whose name is the same ignoring case, Unicode form and spacing. */
    private static Optional<Category> findByKey(Connection connection, String name) throws SQLException {
        String key = Category.key(name);
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM categories ORDER BY position, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (Category.key(rows.getString(2)).equals(key)) {
                    return Optional.of(new Category(rows.getLong(1), rows.getString(2)));
                }
            }
            return Optional.empty();
        }
    }
}
