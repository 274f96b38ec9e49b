package com.copydesk.article;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A category as the category manager shows it: its color, how many articles are filed under it
 * and its default target length in words (null for none), which applies to articles filed under
 * it first that have no target length of their own.
 */
public record CategoryInfo(long id, String name, String color, int articles, Integer defaultTargetLength) {

    public static final int MAX_NAME_LENGTH = 40;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public CategoryInfo {
        name = cleanName(name);
        color = checkedColor(color);
        if (articles < 0) {
            throw new IllegalArgumentException("articles must not be negative");
        }
        Article.checkTargetLength(defaultTargetLength);
    }

    /** A category without a default target length. */
    public CategoryInfo(long id, String name, String color, int articles) {
        this(id, name, color, articles, null);
    }

    /** {@link Category#normalize}d; refused with a sentence when empty or too long. */
    public static String cleanName(String typed) {
        String name = Category.normalize(Objects.requireNonNull(typed, "name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A category needs a name.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A category name can be at most " + MAX_NAME_LENGTH + " characters long.");
        }
        return name;
    }

    /** "#rrggbb" (lower case) or empty for no color. */
    public static String checkedColor(String color) {
        String value = color == null ? "" : color.strip();
        if (!value.isEmpty() && !COLOR.matcher(value).matches()) {
            throw new IllegalArgumentException("A color looks like #1a7f5a, not “" + value + "”.");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
