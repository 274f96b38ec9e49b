package com.copydesk.store;

import com.copydesk.article.Category;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The sections articles are filed under, in the order the desk shows them. */
public final class CategoryStore {

    private final Database db;

    public CategoryStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** All categories in display order. */
    public List<Category> all() {
        return db.query("list the categories", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name FROM categories ORDER BY position, id");
                 ResultSet rows = select.executeQuery()) {
                List<Category> categories = new ArrayList<>();
                while (rows.next()) {
                    categories.add(new Category(rows.getLong(1), rows.getString(2)));
                }
                return categories;
            }
        });
    }

    /** Each category's default target length in words, by name (ignoring case); categories without one are left out. */
    public java.util.Map<String, Integer> defaultTargetLengths() {
        return db.query("read the categories' target lengths", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, default_target_length FROM categories WHERE default_target_length IS NOT NULL");
                 ResultSet rows = select.executeQuery()) {
                java.util.Map<String, Integer> targets = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                while (rows.next()) {
                    targets.put(Category.normalize(rows.getString(1)), rows.getInt(2));
                }
                return targets;
            }
        });
    }

    /**
     * Adds a category at the end of the display order, or returns the existing one whose name
     * matches ignoring case, Unicode form and spacing ({@link Category#key}).
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Category create(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("category name is blank");
        }
        return db.transaction("add the category \"" + Category.normalize(name) + "\"",
                connection -> CategoryRows.findOrCreate(connection, name));
    }
}
