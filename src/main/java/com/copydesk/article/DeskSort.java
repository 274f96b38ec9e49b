package com.copydesk.article;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The order of the desk's list: one column, ascending or descending. */
public record DeskSort(Column column, boolean ascending) {

    /** Newest change first, as the list has always been. */
    public static final DeskSort DEFAULT = new DeskSort(Column.CHANGED, false);

    /** A column of the list the desk can sort by. */
    public enum Column {
        HEADLINE("Headline", true), STATUS("Status", true), CATEGORY("Category", true), BYLINE("Byline", true),
        WORDS("Words", false), CHANGED("Last change", false);

        private final String label;
        private final boolean ascendingFirst;

        Column(String label, boolean ascendingFirst) {
            this.label = label;
            this.ascendingFirst = ascendingFirst;
        }

        public String label() {
            return label;
        }
    }

    public DeskSort {
        Objects.requireNonNull(column, "column");
    }

    /**
     * Whether this is {@link #DEFAULT}. Compared field by field: the list asks before the first
     * frame, and a record's generated {@code equals} is linked on its first call (milliseconds of
     * start-up).
     */
    public boolean isDefault() {
        return column == DEFAULT.column && ascending == DEFAULT.ascending;
    }

    /**
     * What a click on {@code clicked}'s header gives: the other direction when it is this sort's
     * column, otherwise that column in its natural first direction (A to Z; most words and newest first).
     */
    public DeskSort clicked(Column clicked) {
        return clicked == column ? new DeskSort(column, !ascending) : new DeskSort(clicked, clicked.ascendingFirst);
    }

    /** E.g. "WORDS:desc", for remembering the sort. */
    public String encode() {
        return column.name() + ":" + (ascending ? "asc" : "desc");
    }

    /** The sort {@link #encode()} gave, or empty for anything else. */
    public static Optional<DeskSort> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":");
        if (parts.length != 2 || !(parts[1].equals("asc") || parts[1].equals("desc"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DeskSort(Column.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1].equals("asc")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
