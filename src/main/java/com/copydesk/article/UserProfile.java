package com.copydesk.article;

import java.util.Locale;
import java.util.Objects;

/**
 * The person at this computer: the default byline of new articles and the name recorded on
 * status changes and notes. Names are stripped, one line, at most 100 characters.
 */
public record UserProfile(String name, String initials, Role role) {

    public static final int MAX_NAME_LENGTH = 100;

    /** What the person does on the desk. */
    public enum Role {
        REPORTER("Reporter"), EDITOR("Editor");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public UserProfile {
        name = oneLine(name, "name", MAX_NAME_LENGTH);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Enter your name.");
        }
        initials = oneLine(initials, "initials", 5);
        if (initials.isEmpty()) {
            initials = initialsOf(name);
        }
        Objects.requireNonNull(role, "role");
    }

    /*
     * Written out: a record's own equals and hashCode are linked through an invokedynamic
     * bootstrap on first use, some 10 ms, and the profile is compared before the window's first
     * frame (issue #8).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof UserProfile that && name.equals(that.name) && initials.equals(that.initials)
                && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, initials, role);
    }

    /** "Ana María Reyes" gives "AMR"; at most three letters. */
    public static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && initials.length() < 3) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    private static String oneLine(String value, String field, int max) {
        Objects.requireNonNull(value, field);
        String stripped = value.strip();
        if (stripped.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\0')) {
            throw new IllegalArgumentException("The " + field + " must be on one line.");
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new IllegalArgumentException("The " + field + " is longer than " + max + " characters.");
        }
        return stripped;
    }
}
