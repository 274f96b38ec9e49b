package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.Category;
import com.copydesk.article.TagName;
import com.copydesk.article.UserProfile;
import com.copydesk.article.Workflow;
import com.copydesk.article.WorkflowAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;

/** Changes to many selected articles at once, each in one transaction: all of them or none. */
public final class BulkStore {

    /** How often a long change reports its progress, in articles. */
    public static final int PROGRESS_EVERY = 250;

    private final Database db;

    public BulkStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Takes the workflow step on every article, recording each in its timeline. If the step is not
     * allowed for some of them, nothing changes and the message names how many and which.
     */
    public int applyStep(List<UUID> ids, WorkflowAction action, UserProfile who, Instant when, String note) {
        Objects.requireNonNull(action, "action");
        String verb = action.label().toLowerCase(Locale.ROOT);
        return largeTransaction(verb + " " + ids.size() + " articles", connection -> {
            List<String> refused = new ArrayList<>();
            if (!Workflow.permittedTo(who.role(), action)) {
                throw new StoreException(Workflow.refusal(who.role(), action) + ", so none of the "
                        + ids.size() + " selected articles was changed.");
            }
            for (UUID id : ids) {
                ArticleStatus status = WorkflowStore.currentStatus(connection, id);
                if (WorkflowStore.isTrashed(connection, id)) {
                    refused.add("“" + headline(connection, id) + "” is in the Trash");
                } else if (!Workflow.actionsFrom(status).contains(action)) {
                    refused.add("“" + headline(connection, id) + "” is " + status.label());
                } else if (!Workflow.permits(who.role(), status, action, WorkflowStore.statusBeforeSpike(connection, id))) {
                    refused.add("“" + headline(connection, id) + "” is " + status.label() + " (editors only)");
                }
            }
            if (!refused.isEmpty()) {
                throw new StoreException("Cannot " + verb + " " + refused.size() + " of the " + ids.size()
                        + " selected articles, so none was changed: " + String.join("; ", first(refused, 3))
                        + (refused.size() > 3 ? "; …" : "") + ".");
            }
            for (UUID id : ids) {
                WorkflowStore.applyIn(connection, id, action, who, when, note);
            }
            return ids.size();
        });
    }

    /** A bulk filing's category as stored (its spelling wins over the one typed) and how many articles it changed. */
    public record Filed(Category category, int articles) {
    }

    /**
     * Makes {@code category} the primary category of every article (its other categories follow),
     * filed under an existing category whose name matches ({@link Category#key}) or a new one, and
     * marks them modified at {@code when}.
     */
    public Filed setPrimaryCategory(List<UUID> ids, String category, Instant when) {
        return setPrimaryCategory(ids, category, when, done -> { });
    }

    /**
     * {@link #setPrimaryCategory(List, String, Instant)}, telling {@code progress} after every
     * {@value #PROGRESS_EVERY} articles how many are done. An exception thrown by {@code progress}
     * (the user cancelled) rolls the whole change back.
     */
    public Filed setPrimaryCategory(List<UUID> ids, String category, Instant when, IntConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        String name = new Category(0, category).name();
        return largeTransaction("set the category of " + ids.size() + " articles", connection -> {
            Category stored = CategoryRows.findOrCreate(connection, name);
            // Set-based, a chunk of ids at a time: two statements per chunk instead of two per article.
            // The stored primary category (V8) is written with the change of time, and the link goes in
            // ahead of the article's others (below their lowest position) instead of shifting them all
            // up: V8's triggers then fire once per article, find the primary category already right and
            // rewrite no row. Each firing reads the stored category, which sits after the body in the
            // row, so shifting every link (three firings per article) cost most of the change.
            try (PreparedStatement touch = connection.prepareStatement("UPDATE articles SET modified_at = ?, "
                         + "primary_category = ? WHERE id IN (SELECT value FROM json_each(?))");
                 PreparedStatement link = connection.prepareStatement("INSERT INTO article_categories "
                         + "(article_id, category_id, position) SELECT a.id, ?, "
                         + "(SELECT coalesce(min(ac.position), 0) - 1 FROM article_categories ac WHERE ac.article_id = a.id) "
                         + "FROM articles a WHERE a.id IN (SELECT value FROM json_each(?)) "
                         + "ON CONFLICT (article_id, category_id) DO UPDATE SET position = excluded.position "
                         + "WHERE article_categories.position > excluded.position + 1")) {
                int changed = 0;
                for (int from = 0; from < ids.size(); from += PROGRESS_EVERY) {
                    List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + PROGRESS_EVERY));
                    String json = DeskStore.jsonArray(chunk.stream().map(UUID::toString).toList());
                    touch.setLong(1, when.toEpochMilli());
                    touch.setString(2, stored.name());
                    touch.setString(3, json);
                    changed += touch.executeUpdate();
                    link.setLong(1, stored.id());
                    link.setString(2, json);
                    link.executeUpdate();
                    progress.accept(from + chunk.size());
                }
                return new Filed(stored, changed);
            }
        });
    }

    /**
     * Adds the tag to every article that lacks it (after its other tags), filed under an existing
     * tag's spelling when one matches ignoring case and normalization; returns how many articles
     * gained it. Trashed and unknown articles are skipped.
     *
     * @throws IllegalArgumentException for a name {@link TagName} refuses; nothing is changed then
     */
    public int addTag(List<UUID> ids, String tag, Instant when, IntConsumer progress) {
        String key = TagName.key(tag);
        String name = TagName.clean(tag);
        return largeTransaction("tag " + ids.size() + " articles", connection -> {
            try (PreparedStatement create = connection.prepareStatement(
                    "INSERT INTO tags (name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING")) {
                create.setString(1, name);
                create.setString(2, key);
                create.executeUpdate();
            }
            try (PreparedStatement link = connection.prepareStatement("INSERT OR IGNORE INTO article_tags "
                    + "(article_id, tag_id, position) SELECT a.id, t.id, (SELECT coalesce(max(position), -1) + 1 "
                    + "FROM article_tags WHERE article_id = a.id) FROM articles a, tags t "
                    + "WHERE a.id = ? AND a.deleted_at IS NULL AND t.name_key = ?")) {
                return eachArticle(connection, ids, when, progress, link, key);
            }
        });
    }

    /** Takes the tag (matched ignoring case and normalization) off every article; returns how many had it. */
    public int removeTag(List<UUID> ids, String tag, Instant when, IntConsumer progress) {
        String key = TagName.key(tag);
        return largeTransaction("untag " + ids.size() + " articles", connection -> {
            try (PreparedStatement unlink = connection.prepareStatement("DELETE FROM article_tags WHERE article_id = "
                    + "(SELECT id FROM articles WHERE id = ? AND deleted_at IS NULL) "
                    + "AND tag_id = (SELECT id FROM tags WHERE name_key = ?)")) {
                return eachArticle(connection, ids, when, progress, unlink, key);
            }
        });
    }

    /** A transaction with {@link LargePageCache}: a bulk change writes thousands of rows all over the list's indexes. */
    private <T> T largeTransaction(String action, SqlWork<T> work) {
        return db.transaction(action, connection -> {
            try (LargePageCache cache = LargePageCache.raise(connection)) {
                return work.run(connection);
            }
        });
    }

    /** Runs {@code change} (bound to an article id and the tag key) for each article; the changed ones are marked modified. */
    private static int eachArticle(Connection connection, List<UUID> ids, Instant when, IntConsumer progress,
                                   PreparedStatement change, String key) throws SQLException {
        try (PreparedStatement touch = connection.prepareStatement("UPDATE articles SET modified_at = ? WHERE id = ?")) {
            int changed = 0;
            int done = 0;
            for (UUID id : ids) {
                change.setString(1, id.toString());
                change.setString(2, key);
                if (change.executeUpdate() > 0) {
                    touch.setLong(1, when.toEpochMilli());
                    touch.setString(2, id.toString());
                    touch.executeUpdate();
                    changed++;
                }
                if (++done % PROGRESS_EVERY == 0) {
                    progress.accept(done);
                }
            }
            progress.accept(done);
            return changed;
        }
    }

    private static String headline(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT headline FROM articles WHERE id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                String headline = row.next() ? row.getString(1).strip() : "";
                return headline.isEmpty() ? "Untitled" : headline.length() > 40 ? headline.substring(0, 40) + "…" : headline;
            }
        }
    }

    private static List<String> first(List<String> all, int count) {
        return all.subList(0, Math.min(count, all.size()));
    }
}
