package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
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

/** Changes to many selected articles at once, each in one transaction: all of them or none. */
public final class BulkStore {

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
        return db.transaction(verb + " " + ids.size() + " articles", connection -> {
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

    /**
     * Makes {@code category} the primary category of every article (its other categories follow),
     * creating the category if it is new, and marks them modified at {@code when}.
     */
    public int setPrimaryCategory(List<UUID> ids, String category, Instant when) {
        String name = new com.copydesk.article.Category(0, category).name();
        return db.transaction("set the category of " + ids.size() + " articles", connection -> {
            long categoryId = CategoryRows.findOrCreate(connection, name).id();
            try (PreparedStatement shift = connection.prepareStatement(
                         "UPDATE article_categories SET position = position + 1 WHERE article_id = ?");
                 PreparedStatement link = connection.prepareStatement("INSERT INTO article_categories "
                         + "(article_id, category_id, position) VALUES (?, ?, 0) "
                         + "ON CONFLICT (article_id, category_id) DO UPDATE SET position = 0");
                 PreparedStatement touch = connection.prepareStatement(
                         "UPDATE articles SET modified_at = ? WHERE id = ?")) {
                int changed = 0;
                for (UUID id : ids) {
                    touch.setLong(1, when.toEpochMilli());
                    touch.setString(2, id.toString());
                    if (touch.executeUpdate() == 0) {
                        continue;
                    }
                    shift.setString(1, id.toString());
                    shift.executeUpdate();
                    link.setString(1, id.toString());
                    link.setLong(2, categoryId);
                    link.executeUpdate();
                    changed++;
                }
                return changed;
            }
        });
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
