package com.copydesk.body;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of text inside one block that carries the same marks. Never contains a line break.
 * U+0000 and U+FFFF are replaced by U+FFFD on construction: HTML cannot carry them (a parser
 * drops U+0000, and jsoup reads U+FFFF as the end of input), so every run survives a trip
 * through {@link HtmlCodec} unchanged.
 */
public record Run(String text, Set<Mark> marks) {

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
    }

    public static Run plain(String text) {
        return new Run(text, Set.of());
    }

    public static Run of(String text, Mark... marks) {
        return new Run(text, marks.length == 0 ? Set.of() : EnumSet.of(marks[0], marks));
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }
}
