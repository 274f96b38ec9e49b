package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskSort;
import com.copydesk.article.TagName;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The article list as a desk: the text search of {@link ArticleStore#list} narrowed by a {@link DeskFilter}. */
public final class DeskStore {

    private final Database db;

    public DeskStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    private static final String SORT_SETTING = "desk.sort";

    /** Like {@link ArticleStore#list(String, int)}, keeping only articles the filter admits, newest first. */
    public List<ArticleSummary> list(String query, DeskFilter filter, int limit) {
        return list(query, filter, DeskSort.DEFAULT, limit);
    }

    /** The first {@code limit} articles the filter and the text search admit, sorted by SQLite in {@code sort}'s order. */
    public List<ArticleSummary> list(String query, DeskFilter filter, DeskSort sort, int limit) {
        return list(query, filter, sort, null, limit);
    }

    /**
     * The page of {@link #list(String, DeskFilter, DeskSort, int)} that follows {@code last} (its last
     * row, or that of an earlier page): up to {@code limit} further articles in the same order. The
     * position is a keyset on the sort's values as {@code last} holds them, then its modification time
     * and id, so a row saved or trashed meanwhile neither repeats nor hides rows that were not shown.
     */
    public List<ArticleSummary> listAfter(String query, DeskFilter filter, DeskSort sort, ArticleSummary last, int limit) {
        Objects.requireNonNull(last, "last");
        return list(query, filter, sort, last, limit);
    }

    private List<ArticleSummary> list(String query, DeskFilter filter, DeskSort sort, ArticleSummary after, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Objects.requireNonNull(sort, "sort");
        Where where = where(query, filter);
        List<SortKey> keys = SortKey.of(sort);
        boolean searched = query != null && !query.isBlank();
        Where bound = after == null || searched ? single(where, keys, after, limit) : ranges(where, keys, after, limit);
        String sql = bound.sql;
        return db.query("search the articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bound.bind(select);
                List<ArticleSummary> summaries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(ArticleRows.summary(rows, ""));
                    }
                }
                return summaries;
            }
        });
    }

    /** The page as one query; after {@code last} (when given) by {@link SortKey#after}. */
    private static Where single(Where where, List<SortKey> keys, ArticleSummary after, int limit) {
        List<Object> values = new ArrayList<>(where.values);
        String sql = "SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a" + where.sql
                + (after == null ? "" : " AND " + SortKey.after(keys, after, values))
                + " ORDER BY " + SortKey.orderBy(keys) + " LIMIT ?";
        values.add(limit);
        return new Where(sql, values);
    }

    /**
     * The page after {@code last} read as {@link SortKey#ranges}: up to {@code limit} rows from each
     * range, each read through the sort's index from its start, then the first {@code limit} of them
     * in the sort's order. (With a text search the single query is kept: each range would repeat the match.)
     */
    private static Where ranges(Where where, List<SortKey> keys, ArticleSummary last, int limit) {
        List<Object> values = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SortKey.Range range : SortKey.ranges(keys, last)) {
            parts.add("SELECT * FROM (SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a" + where.sql
                    + " AND " + range.condition() + " ORDER BY " + range.orderBy() + " LIMIT ?)");
            values.addAll(where.values);
            values.addAll(range.values());
            values.add(limit);
        }
        values.add(limit);
        String sql = "SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") a ORDER BY " + SortKey.orderBy(keys)
                + " LIMIT ?";
        return new Where(sql, values);
    }

    /** How many articles the filter admits (no text search): the counts of the saved views. */
    public int count(DeskFilter filter) {
        return count("", filter);
    }

    /** How many articles the filter and the text search admit. */
    public int count(String query, DeskFilter filter) {
        Where where = where(query, filter);
        return db.query("count the articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM articles a" + where.sql)) {
                where.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    private static Where where(String query, DeskFilter filter) {
        Objects.requireNonNull(filter, "filter");
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        clauses.add("a.deleted_at IS NULL");
        String text = query == null ? "" : query.strip();
        java.util.Optional<String> match = text.isEmpty() ? java.util.Optional.empty() : SearchQuery.fts(text);
        if (match.isPresent()) {
            // The same full-text index as ArticleStore#list; within a filter the newest come first.
            clauses.add("a.search_id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)");
            values.add(match.get());
        } else if (!text.isEmpty()) {
            clauses.add("(a.headline LIKE ? ESCAPE '\\' OR a.dek LIKE ? ESCAPE '\\'"
                    + " OR a.byline LIKE ? ESCAPE '\\' OR a.body_text LIKE ? ESCAPE '\\')");
            String pattern = LikePattern.contains(text);
            for (int i = 0; i < 4; i++) {
                values.add(pattern);
            }
        }
        if (!filter.statuses().isEmpty()) {
            clauses.add("a.status IN (SELECT value FROM json_each(?))");
            values.add(jsonArray(filter.statuses().stream().map(ArticleStatus::name).toList()));
        }
        if (!filter.categories().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM article_categories ac JOIN categories c ON c.id = ac.category_id "
                    + "WHERE ac.article_id = a.id AND c.name IN (SELECT value FROM json_each(?)))");
            values.add(jsonArray(List.copyOf(filter.categories())));
        }
        if (!filter.byline().isEmpty()) {
            clauses.add("trim(a.byline) = ? COLLATE NOCASE");
            values.add(filter.byline());
        }
        if (!filter.author().isEmpty()) {
            clauses.add("a.byline LIKE ? ESCAPE '\\'");
            values.add(LikePattern.contains(filter.author()));
        }
        if (!filter.tag().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                    + "WHERE at.article_id = a.id AND t.name_key = ?)");
            values.add(tagKey(filter.tag()));
        }
        if (filter.changedSince() != null) {
            clauses.add("a.modified_at >= ?");
            values.add(filter.changedSince().toEpochMilli());
        }
        if (filter.changedBefore() != null) {
            clauses.add("a.modified_at < ?");
            values.add(filter.changedBefore().toEpochMilli());
        }
        if (filter.publishedSince() != null) {
            clauses.add("EXISTS (SELECT 1 FROM status_history h WHERE h.article_id = a.id "
                    + "AND h.to_status = 'PUBLISHED' AND h.changed_at >= ?)");
            values.add(filter.publishedSince().toEpochMilli());
        }
        if (filter.publishedSince() != null && filter.statuses().isEmpty()) {
            clauses.add("a.status = 'PUBLISHED'");
        }
        return new Where(" WHERE " + String.join(" AND ", clauses), values);
    }

    /** The sort the user chose last in this database; empty when none was saved (or it is unreadable). */
    public Optional<DeskSort> savedSort() {
        return db.query("read the list's sort order", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                select.setString(1, SORT_SETTING);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? DeskSort.decode(row.getString(1)) : Optional.<DeskSort>empty();
                }
            }
        });
    }

    /** Remembers {@code sort} for the next start. */
    public void saveSort(DeskSort sort) {
        String value = sort.encode();
        db.transaction("remember the list's sort order", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, SORT_SETTING);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    private static String tagKey(String tag) {
        try {
            return TagName.key(tag);
        } catch (IllegalArgumentException notATag) {
            return tag.toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String jsonArray(List<String> values) {
        return values.stream().map(DeskStore::jsonString).collect(Collectors.joining(",", "[", "]"));
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private record Where(String sql, List<Object> values) {
        /** Binds the values from parameter 1 and returns the next free parameter index. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            return index;
        }
    }
}
