package com.copydesk.article;

import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyText;
import com.copydesk.body.BodyText.Place;
import com.copydesk.body.TextAnchor;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an inline comment (a review note) sits in its article's body, as stored: from {@code start}
 * to {@code end} (block index and offset in the block), the text found there when it was last saved,
 * and the quote the comment was made on. A detached anchor (its text was deleted, or could not be
 * found again after the body changed elsewhere) has no places but keeps both texts.
 *
 * <p>Places alone are not trusted after a reload: the text is looked for there first, then nearby
 * (see {@link com.copydesk.body.BodyText#locate}), so a body changed by an import or a restored
 * revision re-anchors the comment or detaches it, and never puts it on the wrong words silently.
 */
public record NoteAnchor(long noteId, Place start, Place end, String text, String quote) {

    public NoteAnchor {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quote, "quote");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("an anchor has both a start and an end, or neither (detached)");
        }
        if (start != null && (start.block() > end.block()
                || (start.block() == end.block() && start.offset() >= end.offset()))) {
            throw new IllegalArgumentException("an anchor's start must come before its end");
        }
        if (quote.isEmpty()) {
            throw new IllegalArgumentException("an inline comment needs the text it comments on");
        }
    }

    public static NoteAnchor detached(long noteId, String text, String quote) {
        return new NoteAnchor(noteId, null, null, text, quote);
    }

    public boolean isDetached() {
        return start == null;
    }

    public NoteAnchor withNoteId(long id) {
        return new NoteAnchor(id, start, end, text, quote);
    }

    /** The anchor of a comment on {@code span} of {@code body}, whose text is {@code bodyText}. */
    public static NoteAnchor at(long noteId, BodyDocument body, String bodyText, TextAnchor span, String quote) {
        return new NoteAnchor(noteId, BodyText.place(body, span.start()), BodyText.place(body, span.end()),
                bodyText.substring(span.start(), span.end()), quote);
    }

    /**
     * Where this anchor's text is in {@code body} (whose text is {@code bodyText}): at its places if
     * the text there is unchanged, else the nearest place holding the saved text, else the nearest
     * holding the original quote; empty when detached or found nowhere.
     */
    public Optional<TextAnchor> locateIn(BodyDocument body, String bodyText) {
        if (isDetached()) {
            return Optional.empty();
        }
        Optional<Integer> from = BodyText.offset(body, start);
        Optional<Integer> to = BodyText.offset(body, end);
        TextAnchor hint = from.isPresent() && to.isPresent() && from.get() < to.get()
                ? new TextAnchor(from.get(), to.get()) : null;
        Optional<TextAnchor> found = BodyText.locate(bodyText, hint, text);
        return found.isPresent() ? found : BodyText.locate(bodyText, hint, quote);
    }
}
