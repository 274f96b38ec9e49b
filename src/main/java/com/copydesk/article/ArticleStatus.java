package com.copydesk.article;

/** Where an article stands in the desk's workflow. */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    /** Sent back to the reporter from review; see {@link Workflow}. */
    CHANGES_REQUESTED("Changes requested"),
    READY("Ready"),
    PUBLISHED("Published"),
    /** Killed: kept, but out of the running until restored to the state it had. */
    SPIKED("Spiked");

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
