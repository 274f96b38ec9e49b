package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryRename;
import com.copydesk.article.DeskQuery;
import com.copydesk.article.SavedView;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The desk views users saved under a name (table saved_views), in the order they were made. */
public final class SavedViewStore {

    private static final String COLUMNS = "id, name, statuses, categories, mine, author, tag, changed_from, changed_to, search";

    private final Database db;

    public SavedViewStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public List<SavedView> all() {
        return db.query("read the saved views", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM saved_views ORDER BY position, id")) {
                List<SavedView> views = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        views.add(view(connection, rows));
                    }
                }
                return views;
            }
        });
    }

    /**
     * Saves {@code query} under {@code name}.
     *
     * @throws StoreException when a view of that name exists already, ignoring case and Unicode normalization
     */
    public SavedView create(String name, DeskQuery query) {
        String clean = SavedView.cleanName(name);
        Objects.requireNonNull(query, "query");
        return db.transaction("save the view “" + clean + "”", connection -> {
            refuseTaken(connection, clean, -1);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO saved_views (name, name_key, "
                    + "position, statuses, categories, mine, author, tag, changed_from, changed_to, search) VALUES "
                    + "(?, ?, (SELECT coalesce(max(position), -1) + 1 FROM saved_views), ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, clean);
                insert.setString(2, key(clean));
                insert.setString(3, DeskStore.jsonArray(query.statuses().stream().map(ArticleStatus::name).sorted().toList()));
                insert.setString(4, DeskStore.jsonArray(query.categories().stream().sorted().toList()));
                insert.setInt(5, query.mine() ? 1 : 0);
                insert.setString(6, query.author());
                insert.setString(7, query.tag());
                insert.setString(8, query.changedFrom() == null ? null : query.changedFrom().toString());
                insert.setString(9, query.changedTo() == null ? null : query.changedTo().toString());
                insert.setString(10, query.search());
                insert.executeUpdate();
            }
            try (PreparedStatement id = connection.prepareStatement("SELECT last_insert_rowid()");
                 ResultSet row = id.executeQuery()) {
                row.next();
                return new SavedView(row.getLong(1), clean, query);
            }
        });
    }

    /** Renames the view; refused like {@link #create} when another view has the name. */
    public void rename(long id, String name) {
        String clean = SavedView.cleanName(name);
        db.transaction("rename the view", connection -> {
            refuseTaken(connection, clean, id);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE saved_views SET name = ?, name_key = ? WHERE id = ?")) {
                update.setString(1, clean);
                update.setString(2, key(clean));
                update.setLong(3, id);
                if (update.executeUpdate() == 0) {
                    throw new StoreException("That view no longer exists.");
                }
            }
            return null;
        });
    }

    public void delete(long id) {
        db.transaction("delete the view", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM saved_views WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Views filtering on a category renamed or merged into another follow it, as its articles do
     * ({@link CategoryRename#applyTo(List)}); run in the transaction of that change.
     */
    static void followCategory(Connection connection, CategoryRename rename) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, categories FROM saved_views");
             PreparedStatement update = connection.prepareStatement("UPDATE saved_views SET categories = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                List<String> named = jsonValues(connection, rows.getString(2));
                List<String> followed = rename.applyTo(named);
                if (!followed.equals(named)) {
                    update.setString(1, DeskStore.jsonArray(followed.stream().sorted().toList()));
                    update.setLong(2, rows.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }

    private static void refuseTaken(Connection connection, String name, long except) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name FROM saved_views WHERE name_key = ? AND id <> ?")) {
            select.setString(1, key(name));
            select.setLong(2, except);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    throw new StoreException("There is already a view called “" + row.getString(1) + "”.");
                }
            }
        }
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static SavedView view(Connection connection, ResultSet row) throws SQLException {
        Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
        for (String name : jsonValues(connection, row.getString("statuses"))) {
            try {
                statuses.add(ArticleStatus.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                // A state this version does not know (a newer Copydesk wrote it) filters nothing.
            }
        }
        String from = row.getString("changed_from");
        String to = row.getString("changed_to");
        DeskQuery query = new DeskQuery(statuses, Set.copyOf(jsonValues(connection, row.getString("categories"))),
                row.getInt("mine") != 0, row.getString("author"), row.getString("tag"),
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), row.getString("search"));
        return new SavedView(row.getLong("id"), row.getString("name"), query);
    }

    private static List<String> jsonValues(Connection connection, String json) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM json_each(?)")) {
            select.setString(1, json);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
