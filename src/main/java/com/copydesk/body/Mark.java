package com.copydesk.body;

/** Inline formatting on a run of text. A link is not a mark: it carries a URL, see {@link Run#link()}. */
public enum Mark {
    BOLD("Bold"),
    ITALIC("Italic"),
    UNDERLINE("Underline"),
    STRIKE("Strikethrough"),
    SUPERSCRIPT("Superscript"),
    SUBSCRIPT("Subscript");

    private final String label;

    Mark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
