package com.copydesk.article;

import java.util.Objects;

/** A desk view the user saved under a name, shown in the sidebar with its count. */
public record SavedView(long id, String name, DeskQuery query) {

    public static final int MAX_NAME_LENGTH = 60;

    public SavedView {
        name = cleanName(name);
        Objects.requireNonNull(query, "query");
    }

    /** The name stripped; refused when empty, longer than {@value #MAX_NAME_LENGTH} or not on one line. */
    public static String cleanName(String name) {
        String stripped = Objects.requireNonNull(name, "name").strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("Give the view a name.");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A view's name must be on one line.");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A view's name can have at most " + MAX_NAME_LENGTH + " characters.");
        }
        return stripped;
    }
}
