package com.copydesk.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts a body between the document model and the stored HTML subset
 * ({@code p, h2, h3, blockquote>p, aside.pullquote>p, ul>li, ol>li, hr, strong, em, u, s, sup,
 * sub, a[href], br}).
 *
 * <h2>Encoding</h2>
 * Output is canonical: the same document always gives the same HTML, and
 * {@code fromHtml(toHtml(doc)).equals(doc)} for every document. Each top-level element is
 * followed by one {@code \n}. Consecutive blocks of a grouped type share one container with no
 * whitespace inside: {@link BlockType#QUOTE} {@code <blockquote><p>…</p></blockquote>},
 * {@link BlockType#PULLQUOTE} {@code <aside class="pullquote"><p>…</p></aside>},
 * {@link BlockType#BULLET_ITEM} {@code <ul><li>…</li></ul>}, {@link BlockType#NUMBERED_ITEM}
 * {@code <ol><li>…</li></ol>}. A {@link BlockType#RULE} is {@code <hr>}. Text is escaped
 * ({@code & < >} and U+00A0 as {@code &nbsp;}); everything else, spaces and tabs included, is
 * written verbatim. A run's link is the outermost element, then its marks in {@link Mark}
 * order: {@code <a href="…"><strong><em><u><s><sup><sub>…}; the href escapes {@code & " < >}.
 *
 * <h2>Decoding: whitespace</h2>
 * Text nodes are read verbatim, so leading, trailing and repeated spaces and tabs survive.
 * The encoder never writes a line break inside a block, so a line break in a text node can
 * only come from foreign, pretty-printed HTML: any run of whitespace containing a line
 * break is read as one space, and dropped entirely at the start or end of a block
 * (inside {@code <pre>} a line break starts a new block instead).
 *
 * <h2>Decoding: foreign HTML</h2>
 * {@link #fromHtml(String)} accepts any string and never throws. Attributes are ignored except
 * {@code a[href]} (kept only if {@link Links#isAllowed allowed}: http, https, mailto) and
 * {@code aside[class~=pullquote]}; the contents of {@code script, style, iframe,
 * object, embed, template, noscript, head, title} and similar are dropped; all other text is
 * kept. {@code b/strong} become {@link Mark#BOLD}, {@code i/em} {@link Mark#ITALIC},
 * {@code u/ins} {@link Mark#UNDERLINE}, {@code s/strike/del} {@link Mark#STRIKE},
 * {@code sup}, {@code sub} super- and subscript; other inline elements ({@code span, font, …})
 * keep their text without formatting. {@code h1, h2} become {@link BlockType#HEADING2},
 * {@code h3}–{@code h6} {@link BlockType#HEADING3}, {@code blockquote} {@link BlockType#QUOTE},
 * {@code li} a list item of its nearest {@code ul} (bulleted) or {@code ol} (numbered) list,
 * bulleted without one; {@code hr} a rule. Any other block element ({@code p, div, section, td,
 * …}) becomes a block of the type of its nearest typed ancestor (a paragraph at top level, a
 * quote inside a blockquote, a list item inside {@code li}). Nested blocks are flattened in
 * document order; text around a nested block becomes blocks of its own.
 * A {@code <br>} ends the current block and starts a new block of the same type
 * ({@code a<br>b} gives two blocks, {@code a<br><br>b} three, the middle one empty); a
 * {@code <br>} at the very end of a block adds nothing, as in a browser. Blank text between
 * blocks is dropped, but an element such as {@code <p> </p>} or {@code <p></p>} keeps its
 * (empty) block.
 */
public final class HtmlCodec {

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "iframe", "object", "embed", "template", "noscript", "noembed",
            "noframes", "head", "title", "meta", "link", "base", "frameset", "frame", "applet",
            "param", "source", "track", "img", "video", "audio", "canvas", "map", "area");

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "caption", "thead", "tbody",
            "tfoot", "tr", "td", "th", "ul", "legend", "body", "html", "listing", "xmp",
            "plaintext", "search", "output", "option", "optgroup", "select", "textarea");

    /** Block elements that stand for a block even when empty ({@code <p></p>}). */
    private static final Set<String> LEAF_BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre");

    private static final Pattern LINE_BREAK_SPACE = Pattern.compile("[ \\t\\f\\r\\n]*[\\r\\n][ \\t\\f\\r\\n]*");
    private static final Pattern PRE_LINE = Pattern.compile("\\r\\n|\\r|\\n");

    /** Marks a collapsible line-break whitespace while a block is being read. */
    private static final char SOFT_BREAK = '\n';

    private HtmlCodec() {
    }

    public static String toHtml(BodyDocument document) {
        StringBuilder html = new StringBuilder();
        String openContainer = null;
        for (Block block : document.blocks()) {
            String container = containerOf(block.type());
            if (!java.util.Objects.equals(container, openContainer)) {
                if (openContainer != null) {
                    html.append("</").append(closingName(openContainer)).append(">\n");
                }
                if (container != null) {
                    html.append('<').append(container).append('>');
                }
                openContainer = container;
            }
            if (block.type() == BlockType.RULE) {
                html.append("<hr>\n");
                continue;
            }
            String tag = tagOf(block.type());
            html.append('<').append(tag).append('>');
            block.runs().forEach(run -> appendRun(html, run));
            html.append("</").append(tag).append('>');
            if (container == null) {
                html.append('\n');
            }
        }
        if (openContainer != null) {
            html.append("</").append(closingName(openContainer)).append(">\n");
        }
        return html.toString();
    }

    /** Reads any string as a body; never throws. See the class comment for the rules. */
    public static BodyDocument fromHtml(String html) {
        BodyDocument canonical = CanonicalHtml.read(html); // what the codec wrote itself: no parse needed
        return canonical != null ? canonical : parse(html);
    }

    /** The full parse of {@link #fromHtml}, for any string. */
    static BodyDocument parse(String html) {
        // jsoup takes U+FFFF for the end of input: it would silently drop everything after it.
        String input = html == null ? "" : html.replace('\uFFFF', '\uFFFD');
        return read(Jsoup.parseBodyFragment(input).body());
    }

    /** Whether an element of this (normal) name ends the block before it when read: a block element, br or hr. */
    static boolean endsBlock(String elementName) {
        return BLOCKS.contains(elementName) || elementName.equals("br") || elementName.equals("hr");
    }

    /** Reads the children of {@code root} (a parsed, possibly cleaned tree) by the decoding rules. */
    static BodyDocument read(Element root) {
        Reader reader = new Reader();
        for (Node child : new ArrayList<>(root.childNodes())) {
            NodeTraversor.filter(reader, child);
        }
        reader.finishSegment(false);
        return new BodyDocument(reader.blocks);
    }

    /** The element that groups consecutive blocks of this type, with its attributes, or null. */
    private static String containerOf(BlockType type) {
        return switch (type) {
            case QUOTE -> "blockquote";
            case PULLQUOTE -> "aside class=\"pullquote\"";
            case BULLET_ITEM -> "ul";
            case NUMBERED_ITEM -> "ol";
            default -> null;
        };
    }

    private static String closingName(String container) {
        int space = container.indexOf(' ');
        return space < 0 ? container : container.substring(0, space);
    }

    private static String tagOf(BlockType type) {
        return switch (type) {
            case PARAGRAPH, QUOTE, PULLQUOTE -> "p";
            case HEADING2 -> "h2";
            case HEADING3 -> "h3";
            case BULLET_ITEM, NUMBERED_ITEM -> "li";
            case RULE -> "hr";
        };
    }

    private static void appendRun(StringBuilder html, Run run) {
        if (run.hasLink()) {
            html.append("<a href=\"");
            escapeAttribute(html, run.link());
            html.append("\">");
        }
        for (Mark mark : MARK_ORDER) {
            if (run.has(mark)) {
                html.append('<').append(tagOf(mark)).append('>');
            }
        }
        escape(html, run.text());
        for (int i = MARK_ORDER.size() - 1; i >= 0; i--) {
            if (run.has(MARK_ORDER.get(i))) {
                html.append("</").append(tagOf(MARK_ORDER.get(i))).append('>');
            }
        }
        if (run.hasLink()) {
            html.append("</a>");
        }
    }

    private static final List<Mark> MARK_ORDER = List.of(Mark.values());

    private static String tagOf(Mark mark) {
        return switch (mark) {
            case BOLD -> "strong";
            case ITALIC -> "em";
            case UNDERLINE -> "u";
            case STRIKE -> "s";
            case SUPERSCRIPT -> "sup";
            case SUBSCRIPT -> "sub";
        };
    }

    private static void escapeAttribute(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00A0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
    }

    /** Marks and link of a stretch of text being read. */
    private record Format(Set<Mark> marks, String link) {
        static final Format PLAIN = new Format(Set.of(), null);

        Format with(Mark mark) {
            if (marks.contains(mark)) {
                return this;
            }
            EnumSet<Mark> more = EnumSet.of(mark);
            more.addAll(marks);
            return new Format(Set.copyOf(more), link);
        }
    }

    private record Piece(String text, Format format) {
    }

    /** One open element while walking the tree. {@code listType}: the item type of the nearest ul/ol. */
    private record Frame(Node node, Format format, BlockType type, BlockType listType, boolean block, boolean leaf,
                         int blocksAtStart, boolean pre) {
    }

    /** Walks the parsed tree without recursion (hostile input may nest very deeply). */
    private static final class Reader implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Frame> frames = new ArrayDeque<>();
        private final Frame root = new Frame(null, Format.PLAIN, BlockType.PARAGRAPH, null, true, false, 0, false);
        private List<Piece> pieces = new ArrayList<>();
        private BlockType segmentType;

        private Frame top() {
            Frame top = frames.peek();
            return top == null ? root : top;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
            }
            String name = element.normalName();
            if (DROPPED.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            Frame parent = top();
            if (name.equals("br")) {
                finishSegment(true);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("hr")) {
                finishSegment(false);
                blocks.add(Block.rule());
                return FilterResult.SKIP_ENTIRELY;
            }
            Format format = formatOf(element, parent.format());
            boolean block = BLOCKS.contains(name);
            BlockType type = parent.type();
            BlockType listType = parent.listType();
            if (block) {
                finishSegment(false);
                type = switch (name) {
                    case "h1", "h2" -> BlockType.HEADING2;
                    case "h3", "h4", "h5", "h6" -> BlockType.HEADING3;
                    case "blockquote" -> BlockType.QUOTE;
                    case "aside" -> element.hasClass("pullquote") ? BlockType.PULLQUOTE : parent.type();
                    case "li" -> listType == null ? BlockType.BULLET_ITEM : listType;
                    default -> parent.type();
                };
                if (name.equals("ul") || name.equals("menu") || name.equals("dir")) {
                    listType = BlockType.BULLET_ITEM;
                } else if (name.equals("ol")) {
                    listType = BlockType.NUMBERED_ITEM;
                }
            }
            boolean pre = parent.pre() || name.equals("pre") || name.equals("textarea")
                    || name.equals("listing") || name.equals("xmp") || name.equals("plaintext");
            frames.push(new Frame(node, format, type, listType, block, LEAF_BLOCKS.contains(name), blocks.size(), pre));
            return FilterResult.CONTINUE;
        }

        private static Format formatOf(Element element, Format outer) {
            Mark mark = switch (element.normalName()) {
                case "b", "strong" -> Mark.BOLD;
                case "i", "em" -> Mark.ITALIC;
                case "u", "ins" -> Mark.UNDERLINE;
                case "s", "strike", "del" -> Mark.STRIKE;
                case "sup" -> Mark.SUPERSCRIPT;
                case "sub" -> Mark.SUBSCRIPT;
                default -> null;
            };
            if (mark != null) {
                return outer.with(mark);
            }
            if (element.normalName().equals("a") && element.hasAttr("href")) {
                String href = element.attr("href");
                return Links.isAllowed(href) ? new Format(outer.marks(), href) : outer;
            }
            return outer;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            Frame top = frames.peek();
            if (top != null && top.node() == node) {
                frames.pop();
                if (top.block()) {
                    // An element like <p></p> stands for a block even when it holds nothing.
                    boolean keepBlank = top.leaf() && blocks.size() == top.blocksAtStart();
                    if (keepBlank && segmentType == null) {
                        segmentType = top.type();
                    }
                    finishSegment(keepBlank);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String raw) {
            Frame frame = top();
            if (frame.pre()) {
                String[] lines = PRE_LINE.split(raw, -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        finishSegment(true);
                    }
                    addPiece(lines[i], frame);
                }
            } else {
                addPiece(LINE_BREAK_SPACE.matcher(raw).replaceAll(String.valueOf(SOFT_BREAK)), frame);
            }
        }

        private void addPiece(String text, Frame frame) {
            if (segmentType == null) {
                segmentType = frame.type();
            }
            if (!text.isEmpty()) {
                pieces.add(new Piece(text, frame.format()));
            }
        }

        /**
         * Ends the block being read. {@code keepBlank}: emit it even when empty or blank (a
         * line ended by {@code <br>}, or the whole content of an element such as {@code <p>}).
         */
        void finishSegment(boolean keepBlank) {
            BlockType type = segmentType == null ? top().type() : segmentType;
            List<Run> runs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Format format = null;
            boolean started = false;
            boolean softPending = false;
            Format softFormat = Format.PLAIN;
            char last = 0;
            for (Piece piece : pieces) {
                String s = piece.text();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == SOFT_BREAK) {
                        if (started && !softPending && last != ' ' && last != '\t') {
                            softPending = true;
                            softFormat = piece.format();
                        }
                        continue;
                    }
                    if (softPending) {
                        softPending = false;
                        if (c != ' ' && c != '\t') {
                            format = flush(runs, text, format, softFormat);
                            text.append(' ');
                        }
                    }
                    format = flush(runs, text, format, piece.format());
                    text.append(c);
                    last = c;
                    started = true;
                }
            }
            if (format != null && text.length() > 0) {
                runs.add(new Run(text.toString(), format.marks(), format.link()));
            }
            pieces = new ArrayList<>();
            segmentType = null;
            if (type == BlockType.RULE) {
                type = BlockType.PARAGRAPH;
            }
            Block block = new Block(type, runs);
            if (keepBlank || !block.text().isBlank()) {
                blocks.add(block);
            }
        }

        private static Format flush(List<Run> runs, StringBuilder text, Format current, Format next) {
            if (current != null && !current.equals(next) && text.length() > 0) {
                runs.add(new Run(text.toString(), current.marks(), current.link()));
                text.setLength(0);
            }
            return next;
        }
    }
}
