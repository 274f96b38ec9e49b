package com.copydesk.store;

/** Builds LIKE patterns that treat every character of the user's text literally. */
final class LikePattern {

    /** Use with {@code LIKE ? ESCAPE '\'} in SQL. */
    static final char ESCAPE = '\\';

    private LikePattern() {
    }

    static String contains(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 2).append('%');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
