package com.copydesk.body;

/**
 * Halves of surrogate pairs standing alone: no character at all, which SQLite's driver would store
 * as "?". Imports refuse them, naming where; a paste turns them into U+FFFD.
 */
public final class Surrogates {

    private Surrogates() {
    }

    /** Where the first half without its partner is in {@code text}, or -1 when there is none. */
    public static int firstLoneAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} with every half without its partner replaced by U+FFFD. */
    public static String replaceLone(String text) {
        int first = firstLoneAt(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first).append('\uFFFD');
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
