package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;
import com.copydesk.body.BodyStats;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
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
    /** The notes in reading order, each with its anchor's columns (NULL when it is not an inline comment). */
    private static final String NOTES = "SELECT " + NoteStore.COLUMNS + ", a.note_id, a.start_block, a.start_offset, "
            + "a.end_block, a.end_offset, a.anchored_text, a.quote "
            + "FROM review_notes LEFT JOIN note_anchors a ON a.note_id = review_notes.id WHERE article_id = ? "
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
     * Revisions are read only when {@code withRevisions}. Like {@link ArticleStore#forEach}, the walk
     * reads one snapshot on a connection of its own.
     */
    public void forEach(Collection<UUID> ids, boolean withRevisions, Consumer<StoredArticle> action) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(action, "action");
        String where = ids.isEmpty() ? " WHERE a.deleted_at IS NULL"
                : " WHERE a.id IN (SELECT value FROM json_each(?))";
        String sql = SELECT + where + " ORDER BY a.modified_at DESC, a.id";
        db.readOnAConnectionOfItsOwn("read the articles", connection -> {
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
     * iterator or a save fails, nothing is kept and the failure is rethrown as it is. The iterator
     * is read on a thread of its own, a few bundles ahead of the writes (so that reading the file
     * and writing the database share the work of an import), and no longer once this returns.
     *
     * @return the number of articles saved (skipped ones not counted)
     */
    public int saveAll(Iterator<ArticleBundle> bundles, ArticleStore.Arrival arrival) {
        Objects.requireNonNull(bundles, "bundles");
        Objects.requireNonNull(arrival, "arrival");
        return db.transaction("save the imported articles", connection -> {
            int saved = 0;
            try (LargePageCache cache = LargePageCache.raise(connection);
                 ReadAhead<ArticleBundle, Encoded> ahead = new ReadAhead<>(bundles, Encoded::of, READ_AHEAD,
                    "copydesk-import-reader");
                 ArchiveImport writes = ArchiveImport.begin(connection)) {
                while (ahead.hasNext()) {
                    Encoded next = ahead.next();
                    ArticleBundle incoming = next.bundle();
                    Article article = arrival.resolve(incoming.article(), writes.exists(incoming.article().id()));
                    if (article != null) {
                        writes.save(article, incoming, next.body());
                        saved++;
                    }
                }
                writes.finish();
            }
            return saved;
        });
    }

    /** How many bundles are read and encoded ahead of the one being written: enough to even out, little memory. */
    private static final int READ_AHEAD = 16;

    /** A bundle with its article's body encoded as stored, done on the reading thread. */
    private record Encoded(ArticleBundle bundle, EncodedBody body) {
        static Encoded of(ArticleBundle bundle) {
            return new Encoded(Objects.requireNonNull(bundle, "bundle"), EncodedBody.of(bundle.article().body()));
        }
    }

    private static StoredArticle stored(ResultSet row, PreparedStatement history, PreparedStatement notes,
                                        PreparedStatement revisions) throws SQLException {
        String id = row.getString(1);
        try {
            String publishDate = row.getString(6);
            StoredText bodyText = StoredText.ofColumn(row.getBytes(9));
            Notes notesOf = row.getBoolean(16) ? notes(notes, id) : Notes.NONE;
            return new StoredArticle(UUID.fromString(id), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), publishDate == null ? null : LocalDate.parse(publishDate),
                    ArticleStatus.valueOf(row.getString(7)), names(row.getString(13)), names(row.getString(14)),
                    Instant.ofEpochMilli(row.getLong(10)), Instant.ofEpochMilli(row.getLong(11)),
                    StoredText.ofColumn(row.getBytes(8)), bodyText, wordCount(row, bodyText),
                    row.getBoolean(15) ? history(history, id) : List.of(),
                    notesOf.notes(),
                    revisions == null ? List.of() : revisions(revisions, id),
                    targetLength(row), notesOf.anchors());
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

    private record Notes(List<ReviewNote> notes, List<NoteAnchor> anchors) {
        static final Notes NONE = new Notes(List.of(), List.of());
    }

    private static Notes notes(PreparedStatement select, String id) throws SQLException {
        select.setString(1, id);
        List<ReviewNote> notes = new ArrayList<>();
        List<NoteAnchor> anchors = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                notes.add(NoteStore.note(rows));
                rows.getLong("note_id");
                if (!rows.wasNull()) {
                    anchors.add(NoteStore.anchor(rows));
                }
            }
        }
        return new Notes(notes, anchors);
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
}
