package com.copydesk.store;

import com.copydesk.article.Category;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.CategoryRename;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Managing the categories themselves: create, rename, recolor, reorder, merge and delete. Names
 * are unique ignoring case, Unicode form and spacing ({@link Category#key}); every change is one transaction.
 */
public final class CategoryAdminStore {

    private final Database db;

    public CategoryAdminStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** All categories in display order with their colors and article counts. */
    public List<CategoryInfo> overview() {
        return db.query("list the categories", CategoryAdminStore::overview);
    }

    /** @throws StoreException when a category of that name exists already */
    public void create(String name) {
        String clean = CategoryInfo.cleanName(name);
        db.transaction("add the category “" + clean + "”", connection -> {
            requireFree(connection, clean, -1);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO categories (name, position) "
                    + "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM categories))")) {
                insert.setString(1, clean);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Renames the category; the user's saved views filtering on it follow, and so does an earlier
     * version of an article filed under the old name when it is restored.
     *
     * @throws StoreException when another category already has that name
     */
    public void rename(long id, String newName) {
        String clean = CategoryInfo.cleanName(newName);
        db.transaction("rename the category", connection -> {
            requireFree(connection, clean, id);
            String old = nameOf(overview(connection), id);
            update(connection, "UPDATE categories SET name = ? WHERE id = ?", clean, id);
            CategoryRows.alias(connection, old, id);
            SavedViewStore.followCategory(connection, new CategoryRename(old, clean));
            return null;
        });
    }

    public void recolor(long id, String color) {
        String checked = CategoryInfo.checkedColor(color);
        db.transaction("recolor the category", connection -> {
            update(connection, "UPDATE categories SET color = ? WHERE id = ?", checked, id);
            return null;
        });
    }

    /** Sets the default target length in words of the category's articles (null: none). */
    public void setDefaultTargetLength(long id, Integer words) {
        Integer checked = com.copydesk.article.Article.checkTargetLength(words);
        db.transaction("set the category's target length", connection -> {
            indexOf(overview(connection), id);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE categories SET default_target_length = ? WHERE id = ?")) {
                update.setObject(1, checked);
                update.setLong(2, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Moves the category {@code delta} places up (negative) or down in the display order. */
    public void move(long id, int delta) {
        db.transaction("reorder the categories", connection -> {
            List<CategoryInfo> all = overview(connection);
            int from = indexOf(all, id);
            int to = Math.max(0, Math.min(all.size() - 1, from + delta));
            CategoryInfo moved = all.remove(from);
            all.add(to, moved);
            try (PreparedStatement renumber = connection.prepareStatement("UPDATE categories SET position = ? WHERE id = ?")) {
                for (int i = 0; i < all.size(); i++) {
                    renumber.setInt(1, i);
                    renumber.setLong(2, all.get(i).id());
                    renumber.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Files every article of {@code fromId} under {@code intoId} (in the same place in its list of
     * categories) and deletes {@code fromId}; the user's saved views filtering on it follow, and so
     * does an earlier version filed under it when it is restored.
     */
    public void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new StoreException("Choose two different categories to merge.");
        }
        db.transaction("merge the categories", connection -> {
            mergeIn(connection, fromId, intoId);
            return null;
        });
    }

    /**
     * Deletes the category; its articles, and the saved views filtering on it, move to {@code moveTo}.
     * With no {@code moveTo}, only a category no article uses can be deleted, and a saved view naming
     * it keeps it: it showed none of its articles, and dropping it would show every category's.
     */
    public void delete(long id, Long moveTo) {
        db.transaction("delete the category", connection -> {
            CategoryInfo category = overview(connection).get(indexOf(overview(connection), id));
            if (moveTo != null) {
                mergeIn(connection, id, moveTo);
                return null;
            }
            if (category.articles() > 0) {
                throw new StoreException("“" + category.name() + "” is used by " + category.articles()
                        + (category.articles() == 1 ? " article" : " articles") + "; choose where they go.");
            }
            update(connection, "DELETE FROM categories WHERE id = ?", null, id);
            return null;
        });
    }

    private static void mergeIn(Connection connection, long fromId, long intoId) throws SQLException {
        List<CategoryInfo> all = overview(connection);
        CategoryRename merge = new CategoryRename(nameOf(all, fromId), nameOf(all, intoId));
        // Articles that already have the target keep it where it is; the others get it in place of the old one.
        try (PreparedStatement move = connection.prepareStatement("UPDATE article_categories SET category_id = ? "
                + "WHERE category_id = ? AND article_id NOT IN "
                + "(SELECT article_id FROM article_categories WHERE category_id = ?)")) {
            move.setLong(1, intoId);
            move.setLong(2, fromId);
            move.setLong(3, intoId);
            move.executeUpdate();
        }
        update(connection, "DELETE FROM article_categories WHERE category_id = ?", null, fromId);
        CategoryRows.aliasAllInto(connection, fromId, merge.from(), intoId);
        update(connection, "DELETE FROM categories WHERE id = ?", null, fromId);
        SavedViewStore.followCategory(connection, merge);
    }

    private static void requireFree(Connection connection, String name, long exceptId) throws SQLException {
        String key = Category.key(name);
        for (CategoryInfo other : overview(connection)) {
            if (other.id() != exceptId && Category.key(other.name()).equals(key)) {
                throw new StoreException("There is already a category “" + other.name() + "”.");
            }
        }
    }

    private static String nameOf(List<CategoryInfo> all, long id) {
        return all.get(indexOf(all, id)).name();
    }

    private static int indexOf(List<CategoryInfo> all, long id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                return i;
            }
        }
        throw new StoreException("That category has been deleted.");
    }

    private static void update(Connection connection, String sql, String text, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            if (text != null) {
                update.setString(index++, text);
            }
            update.setLong(index, id);
            update.executeUpdate();
        }
    }

    private static List<CategoryInfo> overview(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.name, c.color, "
                + "(SELECT count(*) FROM article_categories ac WHERE ac.category_id = c.id), "
                + "c.default_target_length AS default_target_length "
                + "FROM categories c ORDER BY c.position, c.id");
             ResultSet rows = select.executeQuery()) {
            List<CategoryInfo> all = new ArrayList<>();
            while (rows.next()) {
                all.add(new CategoryInfo(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                        ArticleRows.targetLength(rows, "default_target_length")));
            }
            return all;
        }
    }
}
