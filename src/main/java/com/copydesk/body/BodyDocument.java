package com.copydesk.body;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A story body: an ordered list of blocks, never empty (an empty body is one empty paragraph). */
public record BodyDocument(List<Block> blocks) {

    private static final BodyDocument EMPTY = new BodyDocument(List.of());

    public BodyDocument {
        Objects.requireNonNull(blocks, "blocks");
        blocks = blocks.isEmpty() ? List.of(Block.paragraph("")) : List.copyOf(blocks);
    }

    public static BodyDocument empty() {
        return EMPTY;
    }

    public static BodyDocument of(Block... blocks) {
        return new BodyDocument(List.of(blocks));
    }

    /** The text without formatting: one line per block, blocks separated by a blank line; rules are left out. */
    public String plainText() {
        return blocks.stream().filter(block -> block.type() != BlockType.RULE).map(Block::text).collect(Collectors.joining("\n\n")).strip();
    }

    public boolean isBlank() {
        return blocks.stream().allMatch(block -> block.text().isBlank());
    }
}
