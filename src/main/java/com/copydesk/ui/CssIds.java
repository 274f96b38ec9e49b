package com.copydesk.ui;

/**
 * Ids made from names users type (tags, categories), usable as {@code #id} selectors: ASCII
 * letters, digits and '-' as they are, any other character as '_', its code point in hex, '_'
 * ("New York" gives "New_20_York", "café" gives "caf_e9_"). Different names give different ids.
 */
public final class CssIds {

    private CssIds() {
    }

    public static String of(String prefix, String name) {
        StringBuilder id = new StringBuilder(prefix);
        name.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                id.appendCodePoint(c);
            } else {
                id.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return id.toString();
    }
}
