package com.copydesk.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A section of the publication, such as "Politics". Names are kept in one form ({@link #normalize})
 * and are unique ignoring case, Unicode form and spacing ({@link #key}).
 */
public record Category(long id, String name) {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\x00]+", Pattern.UNICODE_CHARACTER_CLASS);

    public Category {
        name = normalize(Objects.requireNonNull(name, "name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("category name is blank");
        }
    }

    /**
     * The one form a category name is kept in: composed (NFC), each run of white space of any kind
     * made one space, stripped. Empty for a blank name.
     */
    public static String normalize(String name) {
        return WHITE_SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /**
     * Equal for the names of one category: ignoring case with full case folding ("économie" and
     * "Économie", "Straße" and "STRASSE"), Unicode form and spacing.
     */
    public static String key(String name) {
        // Upper then lower case folds as Unicode's full case folding does, ß to ss included;
        // lower case alone leaves ß, and SQLite's NOCASE folds A to Z only.
        String folded = normalize(name).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }
}
