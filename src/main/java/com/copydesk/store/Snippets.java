package com.copydesk.store;

import com.copydesk.article.ArticleSummary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The passage of a search result shown under its headline, with the searched words marked. Made
 * here rather than with FTS5's snippet(): FTS5 looks the whole query up again for every row it
 * makes a snippet for, and for a prefix longer than the index keeps (such as "counc") that means
 * merging the lists of every word starting that way, over 100 ms for a screenful on 100,000
 * articles (measured in src/bench). Words are split and folded as the index's tokenizer does
 * (letters and digits, case and diacritics folded), so the words marked are the words it matched.
 */
final class Snippets {

    /** Words in a snippet, as in FTS5's snippet(..., 16). */
    static final int WORDS = 16;
    /** Words shown before the first match, so that it is seen in context. */
    private static final int LEAD = 3;
    private static final String ELLIPSIS = "…";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Which ASCII characters are part of words, looked up rather than asked of {@link Character}. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = isWordCharacter(c);
        }
    }

    private final Set<String> words;
    private final String prefix;
    /** The first letters (folded, ASCII) a matching word can start with; see {@link #cannotMatch}. */
    private final boolean[] asciiStarts = new boolean[128];

    private Snippets(Set<String> words, String prefix) {
        this.words = words;
        this.prefix = prefix;
        for (String word : words) {
            markStart(word);
        }
        markStart(prefix);
    }

    private void markStart(String word) {
        if (word.isEmpty()) {
            return;
        }
        char first = word.charAt(0);
        if (first < 0x80) {
            asciiStarts[first] = true;
        } else {
            // A folded word starting beyond ASCII: an ASCII test cannot rule tokens out, so fold them all.
            java.util.Arrays.fill(asciiStarts, true);
        }
    }

    /**
     * True when the token surely matches no searched word: it starts with an ASCII character no
     * searched word starts with (folded). Saves folding most words of a body: a snippet pass reads
     * about a screenful of whole articles on every keystroke.
     */
    private boolean cannotMatch(char first) {
        return first < 0x80 && !asciiStarts[Character.toLowerCase(first)];
    }

    /** For the terms of a query ({@link SearchQuery#terms}): their words, the last one a prefix if the query says so. */
    static Snippets forTerms(List<String> terms) {
        List<String> all = new ArrayList<>();
        for (String term : terms) {
            for (Token token : tokens(term)) {
                all.add(fold(term.substring(token.start, token.end)));
            }
        }
        String prefix = !all.isEmpty() && SearchQuery.lastIsPrefix(terms) ? all.remove(all.size() - 1) : "";
        return new Snippets(Set.copyOf(all), prefix);
    }

    /**
     * The best passage of up to {@link #WORDS} words from the first of {@code columns} with the
     * most matches (headline, dek, byline, body text), or "" when no column holds a match.
     */
    String of(List<String> columns) {
        String best = "";
        int bestHits = 0;
        for (String column : columns) {
            String text = column == null ? "" : column;
            Bounds tokens = Bounds.of(text);
            boolean[] hit = new boolean[tokens.count];
            for (int i = 0; i < tokens.count; i++) {
                int start = tokens.start(i);
                hit[i] = !cannotMatch(text.charAt(start)) && matches(fold(text.substring(start, tokens.end(i))));
            }
            int[] window = bestWindow(hit);
            if (window[2] > bestHits) {
                bestHits = window[2];
                best = render(text, tokens, hit, window[0], window[1]);
            }
        }
        return best;
    }

    private boolean matches(String word) {
        return words.contains(word) || (!prefix.isEmpty() && word.startsWith(prefix));
    }

    /** {start, end, hits} of the window with the most matches, starting a few words before one. */
    private static int[] bestWindow(boolean[] hit) {
        int[] best = {0, 0, 0};
        for (int i = 0; i < hit.length; i++) {
            if (!hit[i]) {
                continue;
            }
            int start = Math.max(0, Math.min(i - LEAD, hit.length - WORDS));
            int end = Math.min(hit.length, start + WORDS);
            int hits = 0;
            for (int j = start; j < end; j++) {
                hits += hit[j] ? 1 : 0;
            }
            if (hits > best[2]) {
                best = new int[] {start, end, hits};
            }
        }
        return best;
    }

    private static String render(String text, Bounds tokens, boolean[] hit, int start, int end) {
        StringBuilder snippet = new StringBuilder();
        if (start > 0) {
            snippet.append(ELLIPSIS);
        }
        int at = start == 0 ? 0 : tokens.start(start);
        for (int i = start; i < end; i++) {
            snippet.append(text, at, tokens.start(i));
            if (hit[i]) {
                snippet.append(ArticleSummary.HIGHLIGHT_START).append(text, tokens.start(i), tokens.end(i))
                        .append(ArticleSummary.HIGHLIGHT_END);
            } else {
                snippet.append(text, tokens.start(i), tokens.end(i));
            }
            at = tokens.end(i);
        }
        if (end < tokens.count) {
            snippet.append(ELLIPSIS);
        } else {
            snippet.append(text, at, text.length());
        }
        return snippet.toString();
    }

    /** Case and diacritics folded, as unicode61 with remove_diacritics 2 does. */
    static String fold(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Runs of letters, digits and marks (and private-use characters), as unicode61 splits text. */
    static List<Token> tokens(String text) {
        Bounds bounds = Bounds.of(text);
        List<Token> tokens = new ArrayList<>(bounds.count);
        for (int i = 0; i < bounds.count; i++) {
            tokens.add(new Token(bounds.start(i), bounds.end(i)));
        }
        return tokens;
    }

    /** True when the character (code point) at {@code i} is part of a word. */
    private static boolean isWordCharacterAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return ASCII_WORD[c];
        }
        return isWordCharacter(text.codePointAt(i));
    }

    /** The index after the code point at {@code i}. */
    private static int next(String text, int i) {
        return text.charAt(i) < Character.MIN_HIGH_SURROGATE ? i + 1 : i + Character.charCount(text.codePointAt(i));
    }

    private static boolean isWordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || type == Character.PRIVATE_USE;
    }

    /**
     * Where the words of a text start and end, as pairs in one array: a snippet pass splits about a
     * screenful of whole articles on every keystroke, so no object per word.
     */
    private static final class Bounds {
        private int[] pairs = new int[256];
        private int count;

        static Bounds of(String text) {
            Bounds bounds = new Bounds();
            int length = text.length();
            int i = 0;
            while (i < length) {
                if (!isWordCharacterAt(text, i)) {
                    i = next(text, i);
                    continue;
                }
                int start = i;
                do {
                    i = next(text, i);
                } while (i < length && isWordCharacterAt(text, i));
                bounds.add(start, i);
            }
            return bounds;
        }

        private void add(int start, int end) {
            if (2 * count + 1 >= pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * count] = start;
            pairs[2 * count + 1] = end;
            count++;
        }

        int start(int i) {
            return pairs[2 * i];
        }

        int end(int i) {
            return pairs[2 * i + 1];
        }
    }

    record Token(int start, int end) {
    }
}
