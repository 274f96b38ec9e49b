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

    /**
     * Adds a category at the end of the display order, or returns the existing one whose name
     * matches ignoring case.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Category create(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("category name is blank");
        }
        return db.transaction("add the category \"" + name.strip() + "\"",
                connection -> CategoryRows.findOrCreate(connection, name));
    }
}
