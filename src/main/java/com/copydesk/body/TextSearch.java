package com.copydesk.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds a literal query in text. Matching is literal (no patterns); without match case it
 * ignores case per character, so offsets always line up with the original text. A whole-word
 * match has no letter, digit or underscore right before or after it.
 */
public record TextSearch(String query, boolean matchCase, boolean wholeWord) {

    /** One match: {@code [start, end)} in the searched text. */
    public record Match(int start, int end) {
    }

    public TextSearch {
        Objects.requireNonNull(query, "query");
    }

    /** Every non-overlapping match, in order; none for an empty query. */
    public List<Match> findAll(String text) {
        List<Match> matches = new ArrayList<>();
        if (query.isEmpty()) {
            return matches;
        }
        int from = 0;
        while (from <= text.length() - query.length()) {
            int at = indexOf(text, from);
            if (at < 0) {
                break;
            }
            int end = at + query.length();
            if (!wholeWord || (!wordCharBefore(text, at) && !wordCharAt(text, end))) {
                matches.add(new Match(at, end));
                from = end;
            } else {
                from = at + 1;
            }
        }
        return matches;
    }

    private int indexOf(String text, int from) {
        if (matchCase) {
            return text.indexOf(query, from);
        }
        for (int i = from; i <= text.length() - query.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean wordCharBefore(String text, int index) {
        return index > 0 && isWordChar(text.codePointBefore(index));
    }

    private static boolean wordCharAt(String text, int index) {
        return index < text.length() && isWordChar(text.codePointAt(index));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }
}
