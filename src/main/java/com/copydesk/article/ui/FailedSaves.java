package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryRename;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editor's saves that failed: the latest version of each article whose save failed, kept
 * until it reaches the store, with the article as the editor knew it stored then, where known.
 * The fields the failed version changed from that base are the user's; the others keep what the
 * store has since (a bulk step on the article) when it is retried or shown again.
 */
final class FailedSaves {

    private final Map<UUID, Article> latest = new LinkedHashMap<>();
    private final Map<UUID, Article> bases = new HashMap<>();

    boolean isEmpty() {
        return latest.isEmpty();
    }

    /** True when a save of article {@code id} failed and is still to be retried. */
    boolean holds(UUID id) {
        return latest.containsKey(id);
    }

    /**
     * The save of {@code article} made against {@code base} failed. {@code stored}: the article as
     * the editor knows it stored now, or null when it does not; then {@code base} serves, unless an
     * earlier failure of the article left one (the store lacks that one's edits too).
     */
    void add(Article article, Article base, Article stored) {
        latest.put(article.id(), article);
        if (stored != null) {
            bases.put(article.id(), stored);
        } else if (base != null) {
            bases.putIfAbsent(article.id(), base);
        }
    }

    /**
     * {@code article} reached the store. {@code newest}: it is the newest version of its article
     * (the one in the editor), so no failed one of it is left to retry; else only a failed version
     * with the same content is done.
     */
    void stored(Article article, boolean newest) {
        if (newest || article.sameContentAs(latest.get(article.id()))) {
            forget(article.id());
        }
    }

    /** The article was deleted for good: its failed versions go with it. */
    void forget(UUID id) {
        latest.remove(id);
        bases.remove(id);
    }

    /** {@code stored} as the editor shows it: with the edits of its failed save on top, or itself when none failed. */
    Article shownOver(Article stored) {
        Article pending = latest.get(stored.id());
        Article base = bases.get(stored.id());
        return pending == null ? stored : base == null ? pending : stored.withEditsSince(base, pending);
    }

    /** The failed saves to retry, in the order they failed first, but that of the article {@code except}. */
    List<PendingSave> toRetry(UUID except) {
        List<PendingSave> retries = new ArrayList<>();
        for (Article article : latest.values()) {
            if (!article.id().equals(except)) {
                retries.add(new PendingSave(article, bases.get(article.id())));
            }
        }
        return retries;
    }

    /** The store recorded a status for article {@code id} (a workflow step): its failed versions carry it. */
    void statusRecorded(UUID id, ArticleStatus recorded) {
        latest.computeIfPresent(id, (key, pending) -> pending.withStatus(recorded));
        bases.computeIfPresent(id, (key, base) -> base.withStatus(recorded));
    }

    /** Every failed version, and its base, filed as {@code rename} says. */
    void follow(CategoryRename rename) {
        latest.replaceAll((id, pending) -> rename.applyTo(pending));
        bases.replaceAll((id, base) -> rename.applyTo(base));
    }
}
