package com.copydesk.body;

/**
 * The word count of {@link BodyStats#countWords} for text in Latin script, in one pass without a
 * {@link java.text.BreakIterator}, whose rule machine was over half of an import's reading time.
 *
 * <p>The text is split at spaces (space, tab, no-break space) into chunks; in a chunk, runs of
 * letters and digits are words, and a single character between two runs decides whether they
 * are one word, as Java's word iterator and the joiners of {@link BodyStats} have it: a hyphen or
 * an apostrophe always joins; a full stop or a straight double quote joins two letters or two
 * digits ({@code U.S}, {@code 3.5}); a comma joins two digits ({@code 1,000}); anything else, or
 * two characters, separates. Text with any other character (other scripts, dashes, combining
 * marks, fractions, controls, and punctuation other than {@code . , - ' " ( ) ! ? : ;}) is left to the iterator: {@link #count} returns -1 for it. A property
 * test checks the two agree on generated text.
 */
final class LatinWords {

    private static final int NONE = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int SPACE = 3;
    private static final int MARK = 4;

    /**
     * The punctuation whose effect between words is known here; others ({@code _ % $ & / @ …})
     * join or split in ways of the iterator's own and are left to it.
     */
    private static final String SAFE_MARKS = ".,-'\"()!?:;";

    private LatinWords() {
    }

    /** The number of words in {@code text}, or -1 when the text holds a character this count does not know. */
    static int count(String text) {
        int words = 0;
        int lastAlnum = NONE; // class of the alphanumeric character before the pending marks
        int marks = 0; // punctuation characters since that character, in this chunk
        char mark = 0;
        char markBefore = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kind = kindOf(c);
            switch (kind) {
                case NONE -> {
                    return -1;
                }
                case SPACE -> {
                    lastAlnum = NONE;
                    marks = 0;
                }
                case MARK -> {
                    marks++;
                    markBefore = mark;
                    mark = c;
                }
                default -> {
                    if (lastAlnum == NONE || (marks > 0 && !joins(marks, mark, markBefore, lastAlnum, kind))) {
                        words++;
                    }
                    lastAlnum = kind;
                    marks = 0;
                    mark = 0;
                }
            }
        }
        return words;
    }

    /**
     * Whether {@code count} punctuation characters, the last two being {@code markBefore} and
     * {@code mark}, keep the runs on either side one word.
     */
    private static boolean joins(int count, char mark, char markBefore, int before, int after) {
        if (count == 2 && mark == '.' && after == DIGIT) {
            // The full stop opens the number (".5"); what is left between the words is one character,
            // which joins only as a joiner: a hyphen or an apostrophe.
            return markBefore == '-' || markBefore == '\'';
        }
        if (count != 1) {
            return false;
        }
        return switch (mark) {
            case '-', '\'' -> true;
            case '.', '"' -> before == after;
            case ',' -> before == DIGIT && after == DIGIT;
            default -> false;
        };
    }

    private static int kindOf(char c) {
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return LETTER;
            }
            if (c >= '0' && c <= '9') {
                return DIGIT;
            }
            if (c == ' ' || c == '\t') {
                return SPACE;
            }
            return SAFE_MARKS.indexOf(c) >= 0 ? MARK : NONE;
        }
        if (c == '\u00A0') {
            return SPACE;
        }
        // Latin-1 and Latin Extended-A/B letters (× and ÷ are not letters).
        if (c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c)) {
            return LETTER;
        }
        return NONE;
    }
}
