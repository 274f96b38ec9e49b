package com.copydesk.article.ui;

/** Where the open article stands with respect to the database. */
public enum SaveState {
    NOTHING_OPEN(""),
    SAVED("Saved"),
    EDITED("Edited"),
    SAVING("Saving…"),
    FAILED("Not saved");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
