package com.copydesk.body;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of text inside one block that carries the same marks and the same link (or none).
 * Never contains a line break. U+0000 and U+FFFF are replaced by U+FFFD on construction: HTML
 * cannot carry them (a parser drops U+0000, and jsoup reads U+FFFF as the end of input), so every
 * run survives a trip through {@link HtmlCodec} unchanged.
 *
 * @param link the link target, or {@code null} for none; must be {@link Links#isAllowed allowed}
 */
public record Run(String text, Set<Mark> marks, String link) {

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(marks, "marks");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a run cannot hold a line break; split it into blocks");
        }
        if (text.indexOf('\u0000') >= 0 || text.indexOf('\uFFFF') >= 0) {
            text = text.replace('\u0000', '\uFFFD').replace('\uFFFF', '\uFFFD');
        }
        marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
        if (link != null && !Links.isAllowed(link)) {
            throw new IllegalArgumentException("not an allowed link (http, https or mailto only): " + link);
        }
    }

    /** A run without a link. */
    public Run(String text, Set<Mark> marks) {
        this(text, marks, null);
    }

    public static Run plain(String text) {
        return new Run(text, Set.of());
    }

    public static Run of(String text, Mark... marks) {
        return new Run(text, marks.length == 0 ? Set.of() : EnumSet.of(marks[0], marks));
    }

    /** A linked run. */
    public static Run link(String text, String url, Mark... marks) {
        return of(text, marks).withLink(url);
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }

    public boolean hasLink() {
        return link != null;
    }

    public Run withLink(String url) {
        return new Run(text, marks, url);
    }

    public Run withText(String newText) {
        return new Run(newText, marks, link);
    }

    /** Same marks and same link: neighbours with equal formatting are one run. */
    public boolean sameFormatAs(Run other) {
        return marks.equals(other.marks) && Objects.equals(link, other.link);
    }
}
