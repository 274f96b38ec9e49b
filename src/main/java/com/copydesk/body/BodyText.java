package com.copydesk.body;

import java.util.List;
import java.util.Optional;

/**
 * The text a body's offsets count in: the blocks' text joined by one {@code '\n'} each (a rule is
 * an empty block). This is exactly the text of the body editor, so editor offsets are body offsets.
 */
public final class BodyText {

    private BodyText() {
    }

    public static String of(BodyDocument body) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = body.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(blocks.get(i).text());
        }
        return text.toString();
    }

    /** The place of {@code offset} as (block index, offset in that block); a block's end counts as its own. */
    public static Place place(BodyDocument body, int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset: " + offset);
        }
        int blockStart = 0;
        List<Block> blocks = body.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            int length = blocks.get(i).text().length();
            if (offset <= blockStart + length) {
                return new Place(i, offset - blockStart);
            }
            blockStart += length + 1;
        }
        throw new IllegalArgumentException("offset " + offset + " is past the end of the body");
    }

    /** The offset of {@code place}, or empty when the body has no such block or the block is shorter. */
    public static Optional<Integer> offset(BodyDocument body, Place place) {
        List<Block> blocks = body.blocks();
        if (place.block() >= blocks.size() || place.offset() > blocks.get(place.block()).text().length()) {
            return Optional.empty();
        }
        int offset = 0;
        for (int i = 0; i < place.block(); i++) {
            offset += blocks.get(i).text().length() + 1;
        }
        return Optional.of(offset + place.offset());
    }

    /**
     * Finds {@code expected} in {@code text}: at {@code hint} if it is still there, else its occurrence
     * nearest to the hint's start (the earlier one on a tie); empty when it occurs nowhere.
     */
    public static Optional<TextAnchor> locate(String text, TextAnchor hint, String expected) {
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        if (hint != null && hint.end() <= text.length() && text.startsWith(expected, hint.start())
                && hint.length() == expected.length()) {
            return Optional.of(hint);
        }
        int target = hint == null ? 0 : hint.start();
        int best = -1;
        for (int at = text.indexOf(expected); at >= 0; at = text.indexOf(expected, at + 1)) {
            if (best < 0 || Math.abs(at - target) < Math.abs(best - target)) {
                best = at;
            }
            if (at > target) {
                break; // later occurrences are only farther away
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new TextAnchor(best, best + expected.length()));
    }

    /** A position in a body: the block's index and the offset of a character within that block. */
    public record Place(int block, int offset) {

        public Place {
            if (block < 0 || offset < 0) {
                throw new IllegalArgumentException("a place needs a block >= 0 and an offset >= 0");
            }
        }
    }
}
