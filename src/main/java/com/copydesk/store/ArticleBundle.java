package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An incoming article with what belongs to it, as an import brings it: tags, timeline (oldest
 * first), review notes (a reply's {@code parentId} is the {@code id} of another note in this
 * list; ids are only meaningful within the bundle) and revisions (their HTML already cleaned).
 * The article ids inside history and notes are ignored: they belong to {@link #article()}.
 */
public record ArticleBundle(Article article, List<String> tags, List<StatusChange> history, List<ReviewNote> notes,
                            List<StoredRevision> revisions) {

    public ArticleBundle {
        Objects.requireNonNull(article, "article");
        tags = List.copyOf(tags);
        history = List.copyOf(history);
        notes = List.copyOf(notes);
        revisions = List.copyOf(revisions);
    }

    /** Just the article, with nothing else (e.g. a ninjs item). */
    public static ArticleBundle of(Article article) {
        return new ArticleBundle(article, List.of(), List.of(), List.of(), List.of());
    }

    /** The same bundle for an article under another id (an import "as a copy"). */
    public ArticleBundle withId(UUID id) {
        Article a = article;
        return new ArticleBundle(new Article(id, a.headline(), a.dek(), a.byline(), a.dateline(), a.publishDate(),
                a.categories(), a.status(), a.body(), a.created(), a.modified()), tags, history, notes, revisions);
    }
}
