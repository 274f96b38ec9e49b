package com.copydesk.body;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a body written by {@link HtmlCodec#toHtml} without an HTML parser: one pass over the
 * string that accepts exactly the codec's canonical output and nothing else. Every body Copydesk
 * stores, exports and imports back is in that form, and jsoup's parse of it, the most expensive
 * step of opening or importing an article, finds nothing to clean.
 *
 * <p>{@link #read} returns null at the first character that the codec would not have written
 * there (another tag or attribute, an entity other than the four the codec writes, a line break
 * or control character in text, a link that is not allowed, an empty list, a lone surrogate…);
 * the caller then takes the full parse. What it accepts, it reads to the same document as the
 * full parse (a property test checks both on generated and on mutated bodies).
 */
final class CanonicalHtml {

    private static final Mark[] MARK_ORDER = Mark.values();
    private static final String[] MARK_OPEN = {"<strong>", "<em>", "<u>", "<s>", "<sup>", "<sub>"};
    private static final String[] MARK_CLOSE = {"</strong>", "</em>", "</u>", "</s>", "</sup>", "</sub>"};
    private static final String PULLQUOTE = "<aside class=\"pullquote\">";

    private final String html;
    private int at;
    private final List<Block> blocks = new ArrayList<>();

    private CanonicalHtml(String html) {
        this.html = html;
    }

    /** The document {@code html} encodes, or null when it is not exactly in the codec's canonical form. */
    static BodyDocument read(String html) {
        if (html == null) {
            return null;
        }
        try {
            CanonicalHtml reader = new CanonicalHtml(html);
            return reader.document() ? new BodyDocument(reader.blocks) : null;
        } catch (IllegalArgumentException notOurs) { // e.g. a block the model refuses
            return null;
        }
    }

    private boolean document() {
        BlockType lastContainer = null;
        while (at < html.length()) {
            BlockType container = topLevelElement(lastContainer);
            if (container == BlockType.RULE) { // a failed element
                return false;
            }
            lastContainer = container;
        }
        return true;
    }

    /**
     * Reads one top-level element and its line break. Returns the block type of the container it
     * was (null for a lone block), or RULE when the input is not canonical. Two containers of the
     * same type in a row are not canonical: the codec writes one.
     */
    private BlockType topLevelElement(BlockType lastContainer) {
        BlockType container;
        boolean ok;
        if (skip("<p>")) {
            container = null;
            ok = blockContent(BlockType.PARAGRAPH, "</p>");
        } else if (skip("<h2>")) {
            container = null;
            ok = blockContent(BlockType.HEADING2, "</h2>");
        } else if (skip("<h3>")) {
            container = null;
            ok = blockContent(BlockType.HEADING3, "</h3>");
        } else if (skip("<hr>")) {
            container = null;
            blocks.add(Block.rule());
            ok = true;
        } else if (skip("<blockquote>")) {
            container = BlockType.QUOTE;
            ok = containerContent(BlockType.QUOTE, "<p>", "</p>", "</blockquote>");
        } else if (skip(PULLQUOTE)) {
            container = BlockType.PULLQUOTE;
            ok = containerContent(BlockType.PULLQUOTE, "<p>", "</p>", "</aside>");
        } else if (skip("<ul>")) {
            container = BlockType.BULLET_ITEM;
            ok = containerContent(BlockType.BULLET_ITEM, "<li>", "</li>", "</ul>");
        } else if (skip("<ol>")) {
            container = BlockType.NUMBERED_ITEM;
            ok = containerContent(BlockType.NUMBERED_ITEM, "<li>", "</li>", "</ol>");
        } else {
            return BlockType.RULE;
        }
        if (!ok || !skip("\n") || (container != null && container == lastContainer)) {
            return BlockType.RULE;
        }
        return container;
    }

    private boolean containerContent(BlockType type, String open, String close, String end) {
        int items = 0;
        while (skip(open)) {
            if (!blockContent(type, close)) {
                return false;
            }
            items++;
        }
        return items > 0 && skip(end);
    }

    /** The runs of one block up to and including {@code close}. */
    private boolean blockContent(BlockType type, String close) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (!skip(close)) {
            if (!run(runs, text)) {
                return false;
            }
        }
        Block block = new Block(type, runs);
        if (block.text().isBlank() && !block.text().isEmpty()) {
            return false; // a block of spaces: the full parse's blank-text rules decide
        }
        blocks.add(block);
        return true;
    }

    /** One run: an optional link, marks in the codec's order, text, the closing tags in reverse. */
    private boolean run(List<Run> runs, StringBuilder text) {
        String link = null;
        if (skip("<a href=\"")) {
            link = attribute();
            if (link == null || !skip("\">") || !Links.isAllowed(link)) {
                return false;
            }
        }
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        for (int i = 0; i < MARK_ORDER.length; i++) {
            if (skip(MARK_OPEN[i])) {
                marks.add(MARK_ORDER[i]);
            }
        }
        text.setLength(0);
        if (!text(text) || text.length() == 0) {
            return false;
        }
        for (int i = MARK_ORDER.length - 1; i >= 0; i--) {
            if (marks.contains(MARK_ORDER[i]) && !skip(MARK_CLOSE[i])) {
                return false;
            }
        }
        if (link != null && !skip("</a>")) {
            return false;
        }
        runs.add(new Run(text.toString(), marks.isEmpty() ? Set.of() : marks, link));
        return true;
    }

    /** Text up to the next tag: plain characters and the four entities the codec writes. */
    private boolean text(StringBuilder out) {
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '<') {
                return true;
            }
            if (c == '&') {
                if (skip("&amp;")) {
                    out.append('&');
                } else if (skip("&lt;")) {
                    out.append('<');
                } else if (skip("&gt;")) {
                    out.append('>');
                } else if (skip("&nbsp;")) {
                    out.append('\u00A0');
                } else {
                    return false;
                }
                continue;
            }
            if (!plainCharacter(c)) {
                return false;
            }
            out.append(c);
            at++;
        }
        return false; // the block was never closed
    }

    /** The href value up to its closing quote, with the codec's four attribute escapes. */
    private String attribute() {
        StringBuilder value = new StringBuilder();
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '"') {
                return value.toString();
            }
            if (c == '&') {
                if (skip("&amp;")) {
                    value.append('&');
                } else if (skip("&quot;")) {
                    value.append('"');
                } else if (skip("&lt;")) {
                    value.append('<');
                } else if (skip("&gt;")) {
                    value.append('>');
                } else {
                    return null;
                }
                continue;
            }
            if (c == '<' || c == '>' || !plainCharacter(c)) {
                return null;
            }
            value.append(c);
            at++;
        }
        return null;
    }

    /**
     * A character the codec writes as itself and a parser reads back unchanged: not '>' (escaped),
     * no control character but the tab, no U+FFFF, and no surrogate without its partner.
     */
    private boolean plainCharacter(char c) {
        if (c == '>' || c == '\uFFFF' || (c < 0x20 && c != '\t') || c == 0x7F) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return at + 1 < html.length() && Character.isLowSurrogate(html.charAt(at + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return at > 0 && Character.isHighSurrogate(html.charAt(at - 1));
        }
        return true;
    }

    private boolean skip(String expected) {
        if (html.startsWith(expected, at)) {
            at += expected.length();
            return true;
        }
        return false;
    }
}
