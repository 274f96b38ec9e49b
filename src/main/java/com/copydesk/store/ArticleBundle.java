package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An incoming article with what belongs to it, as an import brings it: tags, timeline (oldest
 * first), review notes (a reply's {@code parentId} is the {@code id} of another note in this
 * list; ids are only meaningful within the bundle), the anchors of those notes that are inline
 * comments (each {@code noteId} is the {@code id} of a top-level note in the list, at most one
 * anchor a note) and revisions (their HTML already cleaned). The article ids inside history and
 * notes are ignored: they belong to {@link #article()}.
 */
public record ArticleBundle(Article article, List<String> tags, List<StatusChange> history, List<ReviewNote> notes,
                            List<StoredRevision> revisions, List<NoteAnchor> anchors) {

    public ArticleBundle {
        Objects.requireNonNull(article, "article");
        tags = List.copyOf(tags);
        history = List.copyOf(history);
        notes = List.copyOf(notes);
        revisions = List.copyOf(revisions);
        anchors = List.copyOf(anchors);
        Set<Long> topLevel = new HashSet<>();
        notes.stream().filter(note -> !note.isReply()).forEach(note -> topLevel.add(note.id()));
        Set<Long> anchored = new HashSet<>();
        for (NoteAnchor anchor : anchors) {
            if (!topLevel.contains(anchor.noteId())) {
                throw new IllegalArgumentException("an anchor belongs to a top-level note of the article, not to "
                        + anchor.noteId());
            }
            if (!anchored.add(anchor.noteId())) {
                throw new IllegalArgumentException("a note has one anchor at most: " + anchor.noteId());
            }
        }
    }

    /** A bundle whose notes are not inline comments. */
    public ArticleBundle(Article article, List<String> tags, List<StatusChange> history, List<ReviewNote> notes,
                         List<StoredRevision> revisions) {
        this(article, tags, history, notes, revisions, List.of());
    }

    /** Just the article, with nothing else (e.g. a ninjs item). */
    public static ArticleBundle of(Article article) {
        return new ArticleBundle(article, List.of(), List.of(), List.of(), List.of());
    }

    /** The same bundle for an article under another id (an import "as a copy"). */
    public ArticleBundle withId(UUID id) {
        Article a = article;
        return new ArticleBundle(new Article(id, a.headline(), a.dek(), a.byline(), a.dateline(), a.publishDate(),
                a.categories(), a.status(), a.body(), a.created(), a.modified(), a.targetLength()), tags, history,
                notes, revisions, anchors);
    }
}
