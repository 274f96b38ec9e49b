package com.copydesk.body.ui;

import com.copydesk.body.Links;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The editor's text style: the marks of a stretch of text and its link ({@code null} for none).
 * Immutable and compared by value, so equal formatting always merges into one segment.
 */
public record TextStyle(Set<Mark> marks, String link) {

    public static final TextStyle PLAIN = new TextStyle(Set.of(), null);

    public TextStyle {
        marks = marks == null || marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
        if (link != null && !Links.isAllowed(link)) {
            throw new IllegalArgumentException("not an allowed link: " + link);
        }
    }

    public static TextStyle of(Mark... marks) {
        return new TextStyle(marks.length == 0 ? Set.of() : EnumSet.of(marks[0], marks), null);
    }

    public static TextStyle of(Run run) {
        return new TextStyle(run.marks(), run.link());
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }

    /** With {@code mark} on or off. Superscript and subscript exclude each other. */
    public TextStyle with(Mark mark, boolean on) {
        EnumSet<Mark> next = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
        if (on) {
            next.add(mark);
            if (mark == Mark.SUPERSCRIPT) {
                next.remove(Mark.SUBSCRIPT);
            } else if (mark == Mark.SUBSCRIPT) {
                next.remove(Mark.SUPERSCRIPT);
            }
        } else {
            next.remove(mark);
        }
        return new TextStyle(next, link);
    }

    public TextStyle withLink(String url) {
        return Objects.equals(url, link) ? this : new TextStyle(marks, url);
    }

    public Run run(String text) {
        return new Run(text, marks, link);
    }
}
