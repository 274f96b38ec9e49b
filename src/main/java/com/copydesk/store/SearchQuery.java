package com.copydesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what someone typed into the search field into a safe FTS5 query. Every term becomes a
 * quoted FTS5 string, so operators (AND, OR, NOT, NEAR), column filters, {@code *}, {@code ^},
 * brackets and stray quotes are searched as text and can never make the query fail. Words are
 * ANDed; text in double quotes is a phrase (an unclosed quote runs to the end); the last term is
 * a prefix, because the list searches as you type.
 */
final class SearchQuery {

    private static final int MAX_TERMS = 32;

    private SearchQuery() {
    }

    /** The FTS5 MATCH expression, or empty when the text has no letters or digits to search for. */
    static Optional<String> fts(String typed) {
        List<String> terms = terms(typed == null ? "" : typed.replace("\0", ""));
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder match = new StringBuilder();
        for (String term : terms) {
            if (match.length() > 0) {
                match.append(' ');
            }
            match.append('"').append(term.replace("\"", "\"\"")).append('"');
        }
        return Optional.of(match.append(" *").toString());
    }

    private static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        while (i < text.length() && terms.size() < MAX_TERMS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            String term;
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                end = close < 0 ? text.length() : close + 1;
                term = text.substring(i + 1, close < 0 ? text.length() : close);
            } else {
                end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                term = text.substring(i, end);
            }
            if (hasLetterOrDigit(term)) {
                terms.add(term.strip());
            }
            i = end;
        }
        return terms;
    }

    private static boolean hasLetterOrDigit(String term) {
        return term.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
