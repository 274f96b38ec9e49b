package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;
import com.copydesk.article.TagName;
import com.copydesk.body.BodyStats;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Whole articles with everything that belongs to them — tags, timeline, review notes, revisions —
 * for a full export and its import. Reading streams one article at a time and hands out the body
 * as stored (HTML and plain text), so an export neither decodes bodies nor holds the archive in memory.
 */
public final class ArchiveStore {

    private static final JsonFactory JSON = new JsonFactory();

    private static final String SELECT = "SELECT a.id, a.headline, a.dek, a.byline, a.dateline, a.publish_date, "
            + "a.status, a.body_html, a.body_text, a.created_at, a.modified_at, a.word_count, "
            + "(SELECT json_group_array(name) FROM (SELECT c.name FROM article_categories ac JOIN categories c "
            + "ON c.id = ac.category_id WHERE ac.article_id = a.id ORDER BY ac.position)) AS categories, "
            + "(SELECT json_group_array(name) FROM (SELECT t.name FROM article_tags at JOIN tags t "
            + "ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY at.position)) AS tags, "
            + "EXISTS (SELECT 1 FROM status_history h WHERE h.article_id = a.id) AS has_history, "
            + "EXISTS (SELECT 1 FROM review_notes n WHERE n.article_id = a.id) AS has_notes, "
            + "a.target_length "
            + "FROM articles a";

    private static final String HISTORY = "SELECT " + WorkflowStore.HISTORY_COLUMNS
            + " FROM status_history WHERE article_id = ? ORDER BY id";
    private static final String NOTES = "SELECT " + NoteStore.COLUMNS + " FROM review_notes WHERE article_id = ? "
            + "ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, id";
    private static final String REVISIONS = "SELECT started_at, saved_at, author, restored_from, "
            + RevisionRows.CONTENT_COLUMNS + " FROM revisions WHERE article_id = ? ORDER BY saved_at, id";

    private final Database db;

    public ArchiveStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Hands each of the given articles (all not in the trash when {@code ids} is empty) to
     * {@code action}, newest first by modification time, one at a time; unknown ids are skipped.
     * Revisions are read only when {@code withRevisions}.
     */
    public void forEach(Collection<UUID> ids, boolean withRevisions, Consumer<StoredArticle> action) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(action, "action");
        String where = ids.isEmpty() ? " WHERE a.deleted_at IS NULL"
                : " WHERE a.id IN (SELECT value FROM json_each(?))";
        String sql = SELECT + where + " ORDER BY a.modified_at DESC, a.id";
        db.query("read the articles", connection -> {
            try (MappedReads mapped = MappedReads.on(connection);
                 PreparedStatement select = connection.prepareStatement(sql);
                 PreparedStatement history = connection.prepareStatement(HISTORY);
                 PreparedStatement notes = connection.prepareStatement(NOTES);
                 PreparedStatement revisions = connection.prepareStatement(REVISIONS)) {
                if (!ids.isEmpty()) {
                    select.setString(1, ids.stream().map(id -> "\"" + id + "\"")
                            .collect(Collectors.joining(",", "[", "]")));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        action.accept(stored(rows, history, notes, withRevisions ? revisions : null));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Saves every bundle in one transaction, as {@code arrival} decides for each article (the same,
     * changed, e.g. under a new id, or null to skip it). The article is saved as
     * {@link ArticleStore#save} would (a replaced one keeps its earlier text as a revision), except
     * that a bundle with revisions brings its own instead of a new one for the content; its tags
     * become the bundle's; timeline entries, notes and revisions of the bundle that are not there
     * yet are added, so importing the same file twice adds nothing the second time. If the
     * iterator or a save fails, nothing is kept and the failure is rethrown as it is.
     *
     * @return the number of articles saved (skipped ones not counted)
     */
    public int saveAll(Iterator<ArticleBundle> bundles, ArticleStore.Arrival arrival) {
        Objects.requireNonNull(bundles, "bundles");
        Objects.requireNonNull(arrival, "arrival");
        return db.transaction("save the imported articles", connection -> {
            int saved = 0;
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                while (bundles.hasNext()) {
                    ArticleBundle incoming = Objects.requireNonNull(bundles.next(), "bundle");
                    exists.setString(1, incoming.article().id().toString());
                    boolean known;
                    try (ResultSet row = exists.executeQuery()) {
                        known = row.next();
                    }
                    Article article = arrival.resolve(incoming.article(), known);
                    if (article != null) {
                        save(connection, article, incoming);
                        saved++;
                    }
                }
            }
            return saved;
        });
    }

    private static void save(Connection connection, Article article, ArticleBundle bundle) throws SQLException {
        String id = article.id().toString();
        String bodyHtml = ArticleRows.upsert(connection, article);
        ArticleRows.replaceCategories(connection, article);
        if (bundle.revisions().isEmpty()) {
            RevisionRows.record(connection, article, bodyHtml, "", null);
        } else {
            // The file brings the article's history as it was; a revision of its own would add a step that never was.
            addRevisions(connection, id, bundle.revisions());
        }
        replaceTags(connection, id, bundle.tags());
        addHistory(connection, id, bundle.history());
        addNotes(connection, id, bundle.notes());
    }

    private static StoredArticle stored(ResultSet row, PreparedStatement history, PreparedStatement notes,
                                        PreparedStatement revisions) throws SQLException {
        String id = row.getString(1);
        try {
            String publishDate = row.getString(6);
            StoredText bodyText = StoredText.ofColumn(row.getBytes(9));
            return new StoredArticle(UUID.fromString(id), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), publishDate == null ? null : LocalDate.parse(publishDate),
                    ArticleStatus.valueOf(row.getString(7)), names(row.getString(13)), names(row.getString(14)),
                    Instant.ofEpochMilli(row.getLong(10)), Instant.ofEpochMilli(row.getLong(11)),
                    StoredText.ofColumn(row.getBytes(8)), bodyText, wordCount(row, bodyText),
                    row.getBoolean(15) ? history(history, id) : List.of(),
                    row.getBoolean(16) ? notes(notes, id) : List.of(),
                    revisions == null ? List.of() : revisions(revisions, id),
                    targetLength(row));
        } catch (RuntimeException e) {
            throw new SQLException("the article with id " + id + " is damaged (" + e.getMessage() + ")", e);
        }
    }

    private static Integer targetLength(ResultSet row) throws SQLException {
        int words = row.getInt(17);
        return row.wasNull() ? null : words;
    }

    /** The stored count; rows saved before it was kept are counted now (the same blocks, so the same count). */
    private static int wordCount(ResultSet row, StoredText bodyText) throws SQLException {
        int stored = row.getInt(12);
        return row.wasNull() ? BodyStats.countWords(bodyText.toString()) : stored;
    }

    /** The names of a JSON array made by json_group_array (which is never malformed). */
    private static List<String> names(String jsonArray) throws SQLException {
        if (jsonArray == null || jsonArray.equals("[]")) {
            return List.of();
        }
        try (JsonParser parser = JSON.createParser(jsonArray)) {
            List<String> names = new ArrayList<>();
            parser.nextToken();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                names.add(parser.getText());
            }
            return names;
        } catch (IOException e) {
            throw new SQLException("damaged list of names: " + jsonArray, e);
        }
    }

    private static List<StatusChange> history(PreparedStatement select, String id) throws SQLException {
        select.setString(1, id);
        List<StatusChange> changes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                changes.add(WorkflowStore.change(rows));
            }
        }
        return changes;
    }

    private static List<ReviewNote> notes(PreparedStatement select, String id) throws SQLException {
        select.setString(1, id);
        List<ReviewNote> notes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                notes.add(NoteStore.note(rows));
            }
        }
        return notes;
    }

    private static List<StoredRevision> revisions(PreparedStatement select, String id) throws SQLException {
        select.setString(1, id);
        List<StoredRevision> revisions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long restored = rows.getLong(4);
                Instant restoredFrom = rows.wasNull() ? null : Instant.ofEpochMilli(restored);
                String publishDate = rows.getString(9);
                revisions.add(new StoredRevision(Instant.ofEpochMilli(rows.getLong(1)),
                        Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3), restoredFrom, rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8),
                        publishDate == null ? null : LocalDate.parse(publishDate), ArticleStatus.valueOf(rows.getString(10)),
                        RevisionRows.categories(rows.getString(11)), rows.getString(12)));
            }
        }
        return revisions;
    }

    /** Adds the revisions the article does not have yet (one saved at the same moment counts as had). */
    private static void addRevisions(Connection connection, String id, List<StoredRevision> revisions)
            throws SQLException {
        if (revisions.isEmpty()) {
            return;
        }
        try (PreparedStatement known = connection.prepareStatement(
                "SELECT 1 FROM revisions WHERE article_id = ? AND saved_at = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO revisions (article_id, started_at, "
                     + "saved_at, author, restored_from, word_count, " + RevisionRows.CONTENT_COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredRevision revision : revisions) {
                known.setString(1, id);
                known.setLong(2, revision.saved().toEpochMilli());
                try (ResultSet row = known.executeQuery()) {
                    if (row.next()) {
                        continue;
                    }
                }
                insert.setString(1, id);
                insert.setLong(2, revision.started().toEpochMilli());
                insert.setLong(3, revision.saved().toEpochMilli());
                insert.setString(4, revision.author());
                if (revision.restoredFrom() == null) {
                    insert.setNull(5, Types.INTEGER);
                } else {
                    insert.setLong(5, revision.restoredFrom().toEpochMilli());
                }
                insert.setString(6, revision.headline());
                insert.setString(7, revision.dek());
                insert.setString(8, revision.byline());
                insert.setString(9, revision.dateline());
                insert.setString(10, revision.publishDate() == null ? null : revision.publishDate().toString());
                insert.setString(11, revision.status().name());
                insert.setString(12, RevisionRows.json(revision.categories()));
                insert.setString(13, revision.bodyHtml());
                insert.executeUpdate();
            }
        }
    }

    private static void replaceTags(Connection connection, String id, List<String> names) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM article_tags WHERE article_id = ?")) {
            clear.setString(1, id);
            clear.executeUpdate();
        }
        if (names.isEmpty()) {
            return;
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.putIfAbsent(TagName.key(name), TagName.clean(name));
        }
        try (PreparedStatement link = connection.prepareStatement(
                "INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, String> tag : byKey.entrySet()) {
                link.setString(1, id);
                link.setLong(2, TagStore.findOrCreate(connection, tag.getKey(), tag.getValue()));
                link.setInt(3, position++);
                link.executeUpdate();
            }
        }
    }

    /** Adds the timeline entries the article does not have yet (same moment, step and target state). */
    private static void addHistory(Connection connection, String id, List<StatusChange> history) throws SQLException {
        if (history.isEmpty()) {
            return;
        }
        try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM status_history "
                + "WHERE article_id = ? AND changed_at = ? AND action = ? AND to_status = ?");
             PreparedStatement insert = connection.prepareStatement(WorkflowStore.INSERT_HISTORY)) {
            for (StatusChange change : history) {
                known.setString(1, id);
                known.setLong(2, change.when().toEpochMilli());
                known.setString(3, change.action().name());
                known.setString(4, change.to().name());
                try (ResultSet row = known.executeQuery()) {
                    if (row.next()) {
                        continue;
                    }
                }
                WorkflowStore.insertHistory(insert, id, change);
            }
        }
    }

    /**
     * Adds the notes the article does not have yet (same author, moment and text), top-level notes
     * before their replies; a reply whose note is not in the bundle becomes a top-level note.
     */
    private static void addNotes(Connection connection, String id, List<ReviewNote> notes) throws SQLException {
        if (notes.isEmpty()) {
            return;
        }
        Map<Long, Long> savedIds = new HashMap<>();
        List<ReviewNote> ordered = new ArrayList<>(notes.stream().filter(note -> !note.isReply()).toList());
        ordered.addAll(notes.stream().filter(ReviewNote::isReply).toList());
        try (PreparedStatement known = connection.prepareStatement("SELECT id FROM review_notes "
                + "WHERE article_id = ? AND author_name = ? AND created_at = ? AND text = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO review_notes (article_id, parent_id, "
                     + "author_name, author_initials, created_at, text, resolved_at, resolved_by) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (ReviewNote note : ordered) {
                known.setString(1, id);
                known.setString(2, note.author());
                known.setLong(3, note.created().toEpochMilli());
                known.setString(4, note.text());
                try (ResultSet row = known.executeQuery()) {
                    if (row.next()) {
                        savedIds.put(note.id(), row.getLong(1));
                        continue;
                    }
                }
                Long parent = note.isReply() ? savedIds.get(note.parentId()) : null;
                insert.setString(1, id);
                if (parent == null) {
                    insert.setNull(2, Types.INTEGER);
                } else {
                    insert.setLong(2, parent);
                }
                insert.setString(3, note.author());
                insert.setString(4, note.initials());
                insert.setLong(5, note.created().toEpochMilli());
                insert.setString(6, note.text());
                if (note.isResolved()) {
                    insert.setLong(7, note.resolvedAt().toEpochMilli());
                    insert.setString(8, note.resolvedBy());
                } else {
                    insert.setNull(7, Types.INTEGER);
                    insert.setNull(8, Types.VARCHAR);
                }
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    savedIds.put(note.id(), keys.getLong(1));
                }
            }
        }
    }
}
