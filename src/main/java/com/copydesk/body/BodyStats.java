package com.copydesk.body;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Objects;

/**
 * Word and character counts of a body, as shown to writers and used for length targets.
 *
 * <ul>
 *   <li><b>Words</b>: the segments of a {@link BreakIterator#getWordInstance word
 *   BreakIterator} that contain at least one letter or digit. Punctuation, spaces and emoji
 *   are not words; a number such as {@code 3.5} or {@code 1,000} is one word; {@code don't}
 *   is one word. <b>Hyphenated compounds count once</b>: words joined by a hyphen
 *   ({@code -} U+002D, U+2010 or U+2011) with nothing else in between, such as
 *   {@code well-known} or {@code 2024-25}, are one word, as in common word processors;
 *   {@code pre- and post-war} is three words. An apostrophe, straight or typographic
 *   ({@code ' ’}), also joins: {@code don’t} is one word. Dashes (figure, en, em) separate
 *   words even without spaces: {@code word—word} is two.</li>
 *   <li><b>Characters</b>: user-perceived characters, counted with a
 *   {@link BreakIterator#getCharacterInstance character BreakIterator}, so a letter with a
 *   combining accent or a surrogate pair counts once. Spaces count; the breaks between
 *   blocks do not. Java 17's iterator does not know extended grapheme clusters for emoji,
 *   so its clusters are joined across ZWJ, emoji modifiers, variation selectors, tags and
 *   the keycap mark, and regional indicators are paired: a family emoji or a flag counts
 *   once. (Other rare cluster rules, e.g. some Indic conjuncts, follow Java 17.)</li>
 * </ul>
 * Blocks are counted separately, so text never joins across a block boundary.
 */
public record BodyStats(int words, int characters) {

    public BodyStats {
        if (words < 0 || characters < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static BodyStats of(BodyDocument document) {
        Objects.requireNonNull(document, "document");
        int words = 0;
        int characters = 0;
        for (Block block : document.blocks()) {
            String text = block.text();
            words += countWords(text);
            characters += countCharacters(text);
        }
        return new BodyStats(words, characters);
    }

    /**
     * The words of {@link #of}, without counting characters: for saving and importing, where only
     * the word count is kept and the character pass would double the cost.
     */
    public static int wordsOf(BodyDocument document) {
        Objects.requireNonNull(document, "document");
        int words = 0;
        for (Block block : document.blocks()) {
            words += countWords(block.text());
        }
        return words;
    }

    /** Reading speed used for {@link #readingMinutes()}. */
    public static final int WORDS_PER_MINUTE = 230;

    /** Minutes to read at {@value #WORDS_PER_MINUTE} words a minute, rounded up; 0 for no words. */
    public int readingMinutes() {
        return (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** Words in one line of text; see the class comment. */
    public static int countWords(String text) {
        int latin = text == null ? -1 : LatinWords.count(text);
        return latin >= 0 ? latin : countWordsByIterator(text);
    }

    /** {@link #countWords} by Java's word iterator, for any text. */
    static int countWordsByIterator(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator iterator = BreakIterator.getWordInstance(Locale.ROOT);
        iterator.setText(text);
        int count = 0;
        // 0: nothing yet; 1: last token was a word; 2: a word then a joiner right after it
        int state = 0;
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            // The JDK iterator keeps "word—word" together: dashes separate words here.
            int tokenStart = start;
            for (int i = start; i <= end; i++) {
                boolean dash = i < end && isDash(text.charAt(i));
                if (i == end || dash) {
                    if (i > tokenStart) {
                        if (isWord(text, tokenStart, i)) {
                            if (state != 2) {
                                count++;
                            }
                            state = 1;
                        } else if (state == 1 && i - tokenStart == 1 && isJoiner(text.charAt(tokenStart))) {
                            state = 2;
                        } else {
                            state = 0;
                        }
                    }
                    if (dash) {
                        state = 0;
                    }
                    tokenStart = i + 1;
                }
            }
        }
        return count;
    }

    /** User-perceived characters in the text; see the class comment. */
    public static int countCharacters(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        // Most copy is one UTF-16 unit per character: no need for the iterator (a long article's
        // counts are FX-thread work when it is opened).
        return isOneUnitPerCharacter(text) ? text.length() : countCharactersByCluster(text);
    }

    /**
     * True when every char stands alone as a character: printable ASCII and Latin-1 and typographic
     * punctuation (dashes, quotes, bullets, ellipsis), none of which joins or extends a cluster.
     */
    static boolean isOneUnitPerCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || (c >= 0x2010 && c <= 0x2027))) {
                return false;
            }
        }
        return true;
    }

    static int countCharactersByCluster(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        BreakIterator iterator = BreakIterator.getCharacterInstance(Locale.ROOT);
        iterator.setText(text);
        int count = 0;
        int regionalIndicators = 0; // in a row, to pair flags
        int start = iterator.first();
        int previousEnd = -1;
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int first = text.codePointAt(start);
            boolean joins = previousEnd >= 0 && (text.codePointBefore(start) == ZWJ || extendsCluster(first)
                    || (isRegionalIndicator(first) && regionalIndicators % 2 == 1));
            regionalIndicators = isRegionalIndicator(first)
                    ? regionalIndicators + text.codePointCount(start, end) : 0;
            if (!joins) {
                count++;
            }
            previousEnd = end;
        }
        return count;
    }

    private static final int ZWJ = 0x200D;

    /**
     * Code points that extend the cluster before them but that Java 17's character iterator
     * may split off: emoji modifiers, variation selectors, ZWJ, tags, the keycap.
     */
    private static boolean extendsCluster(int cp) {
        return (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == ZWJ
                || (cp >= 0xE0020 && cp <= 0xE007F) || cp == 0x20E3 || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isDash(char c) {
        return c >= '\u2012' && c <= '\u2015' || c == '\u2E3A' || c == '\u2E3B' || c == '\uFE58';
    }

    /** Characters that join two words into one when nothing else is between them. */
    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isWord(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

}
