package com.copydesk.body;

import java.util.Optional;

/**
 * A non-empty span {@code [start, end)} of a body's {@linkplain BodyText text}, such as the text an
 * inline comment is anchored to, and how it moves when that text is edited.
 *
 * <p>The rules: an edit wholly before the span shifts it; one wholly after leaves it; text inserted
 * strictly inside grows it, text inserted exactly at its start or end stays outside; removing part
 * of the span shrinks it to what survives (text replacing a removed edge stays outside). When none
 * of the span's own characters survive, it is gone and {@link #afterEdit} answers empty (detached).
 */
public record TextAnchor(int start, int end) {

    public TextAnchor {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an anchor needs 0 <= start < end, not [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether {@code offset} lies in the span or at its end (where a caret after its last character stands). */
    public boolean touches(int offset) {
        return offset >= start && offset <= end;
    }

    /**
     * The span after {@code removed} characters at {@code position} were replaced by {@code inserted}
     * ones; empty when every character of the span was removed.
     */
    public Optional<TextAnchor> afterEdit(int position, int removed, int inserted) {
        if (position < 0 || removed < 0 || inserted < 0) {
            throw new IllegalArgumentException("bad edit: " + removed + " removed and " + inserted + " inserted at " + position);
        }
        int removedEnd = position + removed;
        int delta = inserted - removed;
        if (removedEnd <= start) {
            return Optional.of(new TextAnchor(start + delta, end + delta)); // wholly before (or at the start)
        }
        if (position >= end) {
            return Optional.of(this); // wholly after (or at the end)
        }
        if (position <= start && removedEnd >= end) {
            return Optional.empty(); // all of the span's text is gone
        }
        if (position <= start) { // removes the span's head; what replaces it stays outside
            return Optional.of(new TextAnchor(position + inserted, end + delta));
        }
        if (removedEnd >= end) { // removes the span's tail; what replaces it stays outside
            return Optional.of(new TextAnchor(start, position));
        }
        return Optional.of(new TextAnchor(start, end + delta)); // inside
    }
}
