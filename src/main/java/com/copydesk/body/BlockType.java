package com.copydesk.body;

/** The kinds of block a story body is made of. */
public enum BlockType {
    PARAGRAPH("Paragraph"),
    HEADING2("Subhead"),
    HEADING3("Minor subhead"),
    QUOTE("Block quote");

    private final String label;

    BlockType(String label) {
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
