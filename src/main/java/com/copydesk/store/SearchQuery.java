package com.copydesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what someone typed into the search field into a safe FTS5 query. Every term becomes a
 * quoted FTS5 string, so operators (AND, OR, NOT, NEAR), column filters, {@code *}, {@code ^},
 * brackets and stray quotes are searched as text and can never make the query fail. Words are
 * ANDed; text in double quotes is a phrase (an unclosed quote runs to the end); the last term is
 * a prefix, because the list searches as you type, once its last word has two letters or more: the
 * index keeps the 2, 3 and 4 letter beginnings of words, while one letter would merge the lists
 * of thousands of words (about half a second on 100,000 articles, see src/bench), so a single
 * letter or digit finds that word alone.
 */
final class SearchQuery {

    private static final int MAX_TERMS = 32;

    private SearchQuery() {
    }

    /** The FTS5 MATCH expression, or empty when the text has no letters or digits to search for. */
    static Optional<String> fts(String typed) {
        List<String> terms = terms(typed);
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
        return Optional.of(lastIsPrefix(terms) ? match.append(" *").toString() : match.toString());
    }

    /** The words and phrases searched for, without their quotes; empty when there is nothing to search. */
    static List<String> terms(String typed) {
        return parse(typed == null ? "" : typed.replace("\0", ""));
    }

    /** True when the last word of {@code terms} is searched as the beginning of a word. */
    static boolean lastIsPrefix(List<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        String last = terms.get(terms.size() - 1);
        List<Snippets.Token> words = Snippets.tokens(last);
        if (words.isEmpty()) {
            return false;
        }
        Snippets.Token word = words.get(words.size() - 1);
        return last.codePointCount(word.start(), word.end()) > 1;
    }

    private static List<String> parse(String text) {
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
