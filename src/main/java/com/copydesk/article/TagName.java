package com.copydesk.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** Rules for tag names: what a typed tag becomes, and when two names are the same tag. */
public final class TagName {

    public static final int MAX_LENGTH = 60;

    private TagName() {
    }

    /**
     * The tag as stored: NFC-normalized, inner white space collapsed to one space, stripped.
     *
     * @throws IllegalArgumentException with a sentence for the user when it is empty, too long or has a comma
     */
    public static String clean(String typed) {
        Objects.requireNonNull(typed, "tag");
        String name = Normalizer.normalize(typed, Normalizer.Form.NFC).replaceAll("[\\s\\x00]+", " ").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A tag needs at least one letter or digit.");
        }
        if (name.contains(",")) {
            throw new IllegalArgumentException("A tag cannot contain a comma; add two tags instead.");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("A tag can be at most " + MAX_LENGTH + " characters long.");
        }
        return name;
    }

    /** Equal for names that differ only in case or Unicode normalization. */
    public static String key(String name) {
        return Normalizer.normalize(clean(name), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
