package com.copydesk.article;

/** Where an article stands in the desk's workflow. */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    READY("Ready"),
    PUBLISHED("Published");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** The name a person reads, e.g. "In review". */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
