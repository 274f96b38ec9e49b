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
    private static final String[] TEXT_ENTITIES = {"&amp;", "&lt;", "&gt;", "&nbsp;"};
    private static final char[] TEXT_DECODED = {'&', '<', '>', '\u00A0'};
    private static final String[] ATTRIBUTE_ENTITIES = {"&amp;", "&quot;", "&lt;", "&gt;"};
    private static final char[] ATTRIBUTE_DECODED = {'&', '"', '<', '>'};

    private final String html;
    private int at;
    private final List<Block> blocks = new ArrayList<>();
    /** The container of the last top-level element; null after a lone block. */
    private BlockType lastContainer;

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
        while (at < html.length()) {
            if (!topLevelElement()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one top-level element and its line break; false when it is not canonical. Two
     * containers of the same type in a row are not canonical: the codec writes one.
     */
    private boolean topLevelElement() {
        BlockType container = null;
        boolean ok;
        if (skip("<p>")) {
            ok = blockContent(BlockType.PARAGRAPH, "</p>");
        } else if (skip("<h2>")) {
            ok = blockContent(BlockType.HEADING2, "</h2>");
        } else if (skip("<h3>")) {
            ok = blockContent(BlockType.HEADING3, "</h3>");
        } else if (skip("<hr>")) {
            blocks.add(Block.rule());
            ok = true;
        } else if (skip("<blockquote>")) {
            container = BlockType.QUOTE;
            ok = containerContent(container, "<p>", "</p>", "</blockquote>");
        } else if (skip(PULLQUOTE)) {
            container = BlockType.PULLQUOTE;
            ok = containerContent(container, "<p>", "</p>", "</aside>");
        } else if (skip("<ul>")) {
            container = BlockType.BULLET_ITEM;
            ok = containerContent(container, "<li>", "</li>", "</ul>");
        } else if (skip("<ol>")) {
            container = BlockType.NUMBERED_ITEM;
            ok = containerContent(container, "<li>", "</li>", "</ol>");
        } else {
            return false;
        }
        boolean repeated = container != null && container == lastContainer;
        lastContainer = container;
        return ok && !repeated && skip("\n");
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

    /** Text up to the next tag: plain characters and the four entities the codec writes in text. */
    private boolean text(StringBuilder out) {
        return escaped(out, '<', TEXT_ENTITIES, TEXT_DECODED); // a block never closed ends the input: false
    }

    /** The href value up to its closing quote, with the codec's four attribute escapes. */
    private String attribute() {
        StringBuilder value = new StringBuilder();
        return escaped(value, '"', ATTRIBUTE_ENTITIES, ATTRIBUTE_DECODED) ? value.toString() : null;
    }

    /**
     * Reads up to {@code end} (left for the caller): plain characters, and {@code entities} as
     * {@code decoded}. False at anything else, or when the input ends first.
     */
    private boolean escaped(StringBuilder out, char end, String[] entities, char[] decoded) {
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == end) {
                return true;
            }
            if (c == '&') {
                int entity = entityAt(entities);
                if (entity < 0) {
                    return false;
                }
                out.append(decoded[entity]);
                continue;
            }
            if (c == '<' || !plainCharacter(c)) {
                return false;
            }
            out.append(c);
            at++;
        }
        return false;
    }

    /** Which of {@code entities} is here (and steps over it), or -1. */
    private int entityAt(String[] entities) {
        for (int i = 0; i < entities.length; i++) {
            if (skip(entities[i])) {
                return i;
            }
        }
        return -1;
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
