package com.copydesk.store;

import com.copydesk.article.TagName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Free keywords on articles (tables tags and article_tags). */
public final class TagStore {

    private static final String TAGS_OF = "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            + "WHERE at.article_id = ? ORDER BY at.position";

    private final Database db;

    public TagStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Every tag in use or once used, alphabetically ignoring case: the autocompletion list. */
    public List<String> all() {
        return db.query("read the tags", connection -> names(connection,
                "SELECT name FROM tags ORDER BY name_key", null));
    }

    /** The article's tags in the order they were added. */
    public List<String> tagsOf(UUID articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return db.query("read the article's tags", connection -> names(connection, TAGS_OF, articleId));
    }

    /**
     * Adds one tag after the article's others, filed under an existing tag's spelling when one
     * matches ignoring case and Unicode normalization; nothing changes when the article has it.
     * Only that tag is written, so a change made to the article's other tags meanwhile (a step on
     * the selection) stays. Returns the article's tags as stored.
     *
     * @throws IllegalArgumentException for a name {@link TagName} refuses; nothing is changed then
     */
    public List<String> addTag(UUID articleId, String name) {
        Objects.requireNonNull(articleId, "articleId");
        String clean = TagName.clean(name);
        String key = TagName.key(clean);
        return db.transaction("add a tag to the article", connection -> {
            long tag = findOrCreate(connection, key, clean);
            try (PreparedStatement link = connection.prepareStatement("INSERT OR IGNORE INTO article_tags "
                    + "(article_id, tag_id, position) SELECT ?, ?, coalesce(max(position), -1) + 1 "
                    + "FROM article_tags WHERE article_id = ?")) {
                link.setString(1, articleId.toString());
                link.setLong(2, tag);
                link.setString(3, articleId.toString());
                link.executeUpdate();
            }
            return names(connection, TAGS_OF, articleId);
        });
    }

    /**
     * Takes one tag (matched ignoring case and Unicode normalization) off the article and leaves its
     * others as they are stored. Returns the article's tags as stored.
     */
    public List<String> removeTag(UUID articleId, String name) {
        Objects.requireNonNull(articleId, "articleId");
        String key = TagName.key(name);
        return db.transaction("take a tag off the article", connection -> {
            try (PreparedStatement unlink = connection.prepareStatement("DELETE FROM article_tags "
                    + "WHERE article_id = ? AND tag_id = (SELECT id FROM tags WHERE name_key = ?)")) {
                unlink.setString(1, articleId.toString());
                unlink.setString(2, key);
                unlink.executeUpdate();
            }
            return names(connection, TAGS_OF, articleId);
        });
    }

    /**
     * Replaces the article's tags in one transaction. Names are cleaned with {@link TagName#clean};
     * one that matches an existing tag ignoring case and Unicode normalization is filed under the
     * existing spelling, and repeats are dropped. Returns the tags as stored.
     *
     * @throws IllegalArgumentException for a name {@link TagName} refuses; nothing is changed then
     */
    public List<String> setTags(UUID articleId, List<String> names) {
        Objects.requireNonNull(articleId, "articleId");
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.putIfAbsent(TagName.key(name), TagName.clean(name));
        }
        return db.transaction("save the article's tags", connection -> {
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM article_tags WHERE article_id = ?")) {
                clear.setString(1, articleId.toString());
                clear.executeUpdate();
            }
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)")) {
                int position = 0;
                for (Map.Entry<String, String> tag : byKey.entrySet()) {
                    link.setString(1, articleId.toString());
                    link.setLong(2, findOrCreate(connection, tag.getKey(), tag.getValue()));
                    link.setInt(3, position++);
                    link.executeUpdate();
                }
            }
            return names(connection, TAGS_OF, articleId);
        });
    }

    static long findOrCreate(Connection connection, String key, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO tags (name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING")) {
            insert.setString(1, name);
            insert.setString(2, key);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM tags WHERE name_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> names(Connection connection, String sql, UUID articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (articleId != null) {
                select.setString(1, articleId.toString());
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }
}
