package com.copydesk.store;

import com.copydesk.article.Category;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
        Optional<Category> existing = existing(connection, cleanName);
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

    /** The category of this name, or of one that differs only as {@link Category#key} ignores. */
    private static Optional<Category> existing(Connection connection, String name) throws SQLException {
        Optional<Category> exact = find(connection, name);
        return exact.isPresent() ? exact : findByKey(connection, name);
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

    /**
     * {@code names} as the categories are called now: a name that no category has any more but
     * that a category had before a rename, merge or move (table category_aliases, V12) becomes
     * that category's name; any other stays as it is (and is made again if it is saved).
     */
    static List<String> namesOfNow(Connection connection, List<String> names) throws SQLException {
        List<String> now = new ArrayList<>(names.size());
        for (String name : names) {
            Optional<Category> existing = existing(connection, name);
            now.add(existing.isPresent() ? existing.get().name() : aliased(connection, name).orElse(name));
        }
        return now;
    }

    /** Remembers that {@code oldName} is now category {@code categoryId}; a later holder of the name replaces an earlier. */
    static void alias(Connection connection, String oldName, long categoryId) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO category_aliases (name_key, category_id) "
                + "VALUES (?, ?) ON CONFLICT (name_key) DO UPDATE SET category_id = excluded.category_id")) {
            upsert.setString(1, Category.key(oldName));
            upsert.setLong(2, categoryId);
            upsert.executeUpdate();
        }
    }

    /** Before category {@code fromId} goes into {@code intoId}: its old names, and its name, are {@code intoId}'s now. */
    static void aliasAllInto(Connection connection, long fromId, String fromName, long intoId) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE category_aliases SET category_id = ? WHERE category_id = ?")) {
            move.setLong(1, intoId);
            move.setLong(2, fromId);
            move.executeUpdate();
        }
        alias(connection, fromName, intoId);
    }

    private static Optional<String> aliased(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.name FROM category_aliases a "
                + "JOIN categories c ON c.id = a.category_id WHERE a.name_key = ?")) {
            select.setString(1, Category.key(name));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }
}
