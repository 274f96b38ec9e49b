package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.Category;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;
import com.copydesk.article.TagName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The writes of one import, inside its transaction (see {@link ArchiveStore#saveAll}). An import
 * writes thousands of articles at once, so what a single save does per article is done once here:
 * statements are prepared once, categories and tags looked up once each, the body encoded and
 * its words counted once, and a new article's first revision inserted without looking for
 * earlier ones it cannot have.
 *
 * <p>The search index is not kept row by row: indexing each row as it is inserted cost more than
 * everything else an import does (measured in src/bench, JsonImportBenchmark). The triggers that
 * keep it are set aside for the transaction, the rows this import adds are indexed a batch at a
 * time by one statement (the last batch in {@link #finish}), with more memory for the index's
 * pending terms ({@link SearchIndexMemory}), and the triggers are put back from their own stored
 * SQL. An article that was already indexed (before the import or in an earlier batch) and is
 * replaced has its entry updated at once, as the trigger would. V8's triggers on category links
 * are set aside too: a row, new or replaced, is written with its primary category (the first of
 * its categories, linked in that order). All of it is part of the transaction: an import that
 * fails leaves triggers, index and its settings as they were.
 */
final class ArchiveImport implements AutoCloseable {

    /**
     * Triggers set aside for the import's transaction: V2's, which index rows as they are inserted
     * or changed, and V8's on category links, which keep the article's stored primary category. Each
     * link made V8's trigger read that column, which an ALTER TABLE put after the body, so every
     * link walked the body's overflow pages: as costly as the search index. The import writes
     * the primary category with the row instead (new rows and replaced ones alike).
     */
    private static final List<String> TRIGGERS_SET_ASIDE = List.of("articles_search_insert", "articles_search_update",
            "article_categories_primary_insert", "article_categories_primary_delete", "article_categories_primary_update");

    private static final String SEARCH_COLUMNS = "headline, dek, byline, body_text";

    private final Connection connection;
    private final Map<String, String> setAside = new LinkedHashMap<>();
    /**
     * How many added rows are indexed at a time, while the next articles are still being read: a
     * batch's rows are still in SQLite's page cache, and the writing thread, which would wait for
     * the reading one, does the indexing meanwhile instead of after the last row.
     */
    private static final int INDEX_BATCH = 64;

    private final SearchIndexMemory indexMemory;
    /** Rows with a search_id up to this one are in the index: those there before the import, then each batch added. */
    private long indexedUpTo;
    private long nextSearchId;
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement searchIdOf;
    private final PreparedStatement upsert;
    private final PreparedStatement unindex;
    private final PreparedStatement index;
    private final PreparedStatement indexRange;
    private final PreparedStatement clearCategories;
    private final PreparedStatement linkCategory;
    private final PreparedStatement firstRevision;
    private final PreparedStatement revisionKnown;
    private final PreparedStatement addRevision;
    private final PreparedStatement clearTags;
    private final PreparedStatement linkTag;
    private final PreparedStatement historyKnown;
    private final PreparedStatement addHistory;
    private final PreparedStatement noteKnown;
    private final PreparedStatement addNote;
    private final PreparedStatement addAnchor;

    private ArchiveImport(Connection connection) throws SQLException {
        this.connection = connection;
        setTriggersAside();
        this.indexMemory = SearchIndexMemory.raise(connection);
        this.indexedUpTo = maxSearchId();
        this.nextSearchId = indexedUpTo + 1;
        searchIdOf = prepare("SELECT search_id FROM articles WHERE id = ?");
        upsert = prepare(ArticleRows.UPSERT_WITH_SEARCH_ID_AND_PRIMARY);
        unindex = prepare("INSERT INTO article_search (article_search, rowid, " + SEARCH_COLUMNS + ") "
                + "SELECT 'delete', search_id, " + SEARCH_COLUMNS + " FROM articles WHERE id = ?");
        index = prepare("INSERT INTO article_search (rowid, " + SEARCH_COLUMNS + ") "
                + "SELECT search_id, " + SEARCH_COLUMNS + " FROM articles WHERE id = ?");
        indexRange = prepare("INSERT INTO article_search (rowid, " + SEARCH_COLUMNS + ") "
                + "SELECT search_id, " + SEARCH_COLUMNS + " FROM articles WHERE search_id > ? AND search_id < ?");
        clearCategories = prepare("DELETE FROM article_categories WHERE article_id = ?");
        linkCategory = prepare("INSERT OR IGNORE INTO article_categories (article_id, category_id, position) "
                + "VALUES (?, ?, ?)");
        firstRevision = prepare(RevisionRows.INSERT);
        revisionKnown = prepare("SELECT 1 FROM revisions WHERE article_id = ? AND saved_at = ?");
        addRevision = prepare("INSERT INTO revisions (article_id, started_at, saved_at, author, restored_from, "
                + "word_count, " + RevisionRows.CONTENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)");
        clearTags = prepare("DELETE FROM article_tags WHERE article_id = ?");
        linkTag = prepare("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)");
        historyKnown = prepare("SELECT 1 FROM status_history "
                + "WHERE article_id = ? AND changed_at = ? AND action = ? AND to_status = ?");
        addHistory = prepare(WorkflowStore.INSERT_HISTORY);
        noteKnown = prepare("SELECT id FROM review_notes "
                + "WHERE article_id = ? AND author_name = ? AND created_at = ? AND text = ?");
        addNote = connection.prepareStatement("INSERT INTO review_notes (article_id, parent_id, author_name, "
                + "author_initials, created_at, text, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        statements.add(addNote);
        addAnchor = prepare(NoteStore.INSERT_ANCHOR);
    }

    /** Starts an import on {@code connection}, which must be inside the import's transaction. */
    static ArchiveImport begin(Connection connection) throws SQLException {
        return new ArchiveImport(connection);
    }

    /** True when an article with this id is in the database (saved before or earlier in this import). */
    boolean exists(UUID id) throws SQLException {
        return searchIdOf(id.toString()) >= 0;
    }

    /**
     * Saves the article with what the bundle brings, as {@link ArchiveStore#saveAll} describes;
     * {@code article} is the bundle's article as the conflict choice made it (e.g. under a new id),
     * {@code encoded} the bundle's body as stored (encoded ahead, see {@link ReadAhead}).
     */
    void save(Article article, ArticleBundle bundle, EncodedBody encoded) throws SQLException {
        if (nextSearchId - 1 - indexedUpTo >= INDEX_BATCH) {
            indexAdded();
        }
        String id = article.id().toString();
        long searchId = searchIdOf(id);
        boolean isNew = searchId < 0;
        boolean indexed = !isNew && searchId <= indexedUpTo;
        EncodedBody body = encoded.reusedFor(article.body());
        String bodyHtml = body.html();
        int words = body.words();
        List<Category> linked = categoriesOf(article.categories());
        if (indexed) {
            run(unindex, id);
        }
        ArticleRows.bind(upsert, article, body);
        upsert.setLong(14, nextSearchId++);
        upsert.setString(15, linked.isEmpty() ? "" : linked.get(0).name());
        upsert.executeUpdate();
        if (indexed) {
            run(index, id);
        }
        linkCategories(id, linked, isNew);
        if (!bundle.revisions().isEmpty()) {
            // The file brings the article's history as it was; a revision of its own would add a step that never was.
            addRevisions(id, bundle.revisions());
        } else if (isNew) {
            RevisionRows.bindInsert(firstRevision, article, article.modified().toEpochMilli(), words, "", null,
                    bodyHtml, RevisionRows.json(article.categories()));
            firstRevision.executeUpdate();
        } else {
            RevisionRows.record(connection, article, bodyHtml, "", null);
        }
        linkTags(id, bundle.tags(), isNew);
        addHistory(id, bundle.history());
        addNotes(id, bundle.notes(), bundle.anchors());
    }

    /** Indexes the rows this import added last, puts the triggers back and the index's memory. */
    void finish() throws SQLException {
        indexAdded();
        indexMemory.restore();
        try (Statement restore = connection.createStatement()) {
            for (String sql : setAside.values()) {
                restore.execute(sql);
            }
        }
        setAside.clear();
    }

    @Override
    public void close() throws SQLException {
        PreparedStatements.closeAll(statements);
    }

    private void setTriggersAside() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            for (String name : TRIGGERS_SET_ASIDE) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("the trigger " + name + " is missing");
                    }
                    setAside.put(name, row.getString(1));
                }
            }
        }
        try (Statement drop = connection.createStatement()) {
            for (String name : setAside.keySet()) {
                drop.execute("DROP TRIGGER " + name);
            }
        }
    }

    /** Indexes the rows added since the last time: search_ids above {@link #indexedUpTo}. */
    private void indexAdded() throws SQLException {
        indexRange.setLong(1, indexedUpTo);
        indexRange.setLong(2, nextSearchId);
        indexRange.executeUpdate();
        indexedUpTo = nextSearchId - 1;
    }

    private long maxSearchId() throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT coalesce(max(search_id), 0) FROM articles")) {
            row.next();
            return row.getLong(1);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statements.add(statement);
        return statement;
    }

    /** The row's search_id, or -1 when there is no article with this id. */
    private long searchIdOf(String id) throws SQLException {
        searchIdOf.setString(1, id);
        try (ResultSet row = searchIdOf.executeQuery()) {
            return row.next() ? row.getLong(1) : -1;
        }
    }

    private static void run(PreparedStatement statement, String id) throws SQLException {
        statement.setString(1, id);
        statement.executeUpdate();
    }

    private static boolean found(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    /**
     * The article's categories as stored, each once, in its order: as {@link ArticleRows#replaceCategories},
     * "Politics" and "politics" are one category, the first kept.
     */
    private List<Category> categoriesOf(List<String> names) throws SQLException {
        Map<Long, Category> byId = new LinkedHashMap<>();
        for (String name : names) {
            Category category = categories.get(name);
            if (category == null) {
                category = CategoryRows.findOrCreate(connection, name);
                categories.put(name, category);
            }
            byId.putIfAbsent(category.id(), category);
        }
        return List.copyOf(byId.values());
    }

    private void linkCategories(String id, List<Category> linked, boolean isNew) throws SQLException {
        if (!isNew) {
            run(clearCategories, id);
        }
        int position = 0;
        for (Category category : linked) {
            linkCategory.setString(1, id);
            linkCategory.setLong(2, category.id());
            linkCategory.setInt(3, position++);
            linkCategory.executeUpdate();
        }
    }

    private void linkTags(String id, List<String> names, boolean isNew) throws SQLException {
        if (!isNew) {
            run(clearTags, id);
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.putIfAbsent(TagName.key(name), TagName.clean(name));
        }
        int position = 0;
        for (Map.Entry<String, String> tag : byKey.entrySet()) {
            Long tagId = tagIds.get(tag.getKey());
            if (tagId == null) {
                tagId = TagStore.findOrCreate(connection, tag.getKey(), tag.getValue());
                tagIds.put(tag.getKey(), tagId);
            }
            linkTag.setString(1, id);
            linkTag.setLong(2, tagId);
            linkTag.setInt(3, position++);
            linkTag.executeUpdate();
        }
    }

    /** Adds the revisions the article does not have yet (one saved at the same moment counts as had). */
    private void addRevisions(String id, List<StoredRevision> revisions) throws SQLException {
        for (StoredRevision revision : revisions) {
            revisionKnown.setString(1, id);
            revisionKnown.setLong(2, revision.saved().toEpochMilli());
            if (found(revisionKnown)) {
                continue;
            }
            addRevision.setString(1, id);
            addRevision.setLong(2, revision.started().toEpochMilli());
            addRevision.setLong(3, revision.saved().toEpochMilli());
            addRevision.setString(4, revision.author());
            if (revision.restoredFrom() == null) {
                addRevision.setNull(5, Types.INTEGER);
            } else {
                addRevision.setLong(5, revision.restoredFrom().toEpochMilli());
            }
            addRevision.setString(6, revision.headline());
            addRevision.setString(7, revision.dek());
            addRevision.setString(8, revision.byline());
            addRevision.setString(9, revision.dateline());
            addRevision.setString(10, revision.publishDate() == null ? null : revision.publishDate().toString());
            addRevision.setString(11, revision.status().name());
            addRevision.setString(12, RevisionRows.json(revision.categories()));
            addRevision.setString(13, revision.bodyHtml());
            addRevision.executeUpdate();
        }
    }

    /** Adds the timeline entries the article does not have yet (same moment, step and target state). */
    private void addHistory(String id, List<StatusChange> history) throws SQLException {
        for (StatusChange change : history) {
            historyKnown.setString(1, id);
            historyKnown.setLong(2, change.when().toEpochMilli());
            historyKnown.setString(3, change.action().name());
            historyKnown.setString(4, change.to().name());
            if (!found(historyKnown)) {
                WorkflowStore.insertHistory(addHistory, id, change);
            }
        }
    }

    /**
     * Adds the notes the article does not have yet (same author, moment and text), top-level notes
     * before their replies, each new one with its anchor if it is an inline comment; a reply whose
     * note is not in the bundle becomes a top-level note. A note already there keeps its own anchor.
     */
    private void addNotes(String id, List<ReviewNote> notes, List<NoteAnchor> anchors) throws SQLException {
        if (notes.isEmpty()) {
            return;
        }
        Map<Long, NoteAnchor> anchorOf = new HashMap<>();
        anchors.forEach(anchor -> anchorOf.put(anchor.noteId(), anchor));
        Map<Long, Long> savedIds = new HashMap<>();
        List<ReviewNote> ordered = new ArrayList<>(notes.stream().filter(note -> !note.isReply()).toList());
        ordered.addAll(notes.stream().filter(ReviewNote::isReply).toList());
        for (ReviewNote note : ordered) {
            noteKnown.setString(1, id);
            noteKnown.setString(2, note.author());
            noteKnown.setLong(3, note.created().toEpochMilli());
            noteKnown.setString(4, note.text());
            try (ResultSet row = noteKnown.executeQuery()) {
                if (row.next()) {
                    savedIds.put(note.id(), row.getLong(1));
                    continue;
                }
            }
            long saved = insertNote(id, note, note.isReply() ? savedIds.get(note.parentId()) : null);
            savedIds.put(note.id(), saved);
            NoteAnchor anchor = anchorOf.get(note.id());
            if (anchor != null) {
                NoteStore.insertAnchor(addAnchor, saved, anchor);
            }
        }
    }

    private long insertNote(String id, ReviewNote note, Long parent) throws SQLException {
        addNote.setString(1, id);
        if (parent == null) {
            addNote.setNull(2, Types.INTEGER);
        } else {
            addNote.setLong(2, parent);
        }
        addNote.setString(3, note.author());
        addNote.setString(4, note.initials());
        addNote.setLong(5, note.created().toEpochMilli());
        addNote.setString(6, note.text());
        if (note.isResolved()) {
            addNote.setLong(7, note.resolvedAt().toEpochMilli());
            addNote.setString(8, note.resolvedBy());
        } else {
            addNote.setNull(7, Types.INTEGER);
            addNote.setNull(8, Types.VARCHAR);
        }
        addNote.executeUpdate();
        try (ResultSet keys = addNote.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
