package com.copydesk.body;

/** The kinds of block a story body is made of. */
public enum BlockType {
    PARAGRAPH("Paragraph"),
    HEADING2("Subhead"),
    HEADING3("Minor subhead"),
    QUOTE("Block quote"),
    PULLQUOTE("Pull quote"),
    BULLET_ITEM("Bulleted list"),
    NUMBERED_ITEM("Numbered list"),
    /** A horizontal rule: a block that never holds text. */
    RULE("Horizontal rule");

    private final String label;

    BlockType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isListItem() {
        return this == BULLET_ITEM || this == NUMBERED_ITEM;
    }

    @Override
    public String toString() {
        return label;
    }
}
