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
 * ({@code p, h2, h3, blockquote>p, strong, em}).
 *
 * <h2>Encoding</h2>
 * Output is canonical: the same document always gives the same HTML, and
 * {@code fromHtml(toHtml(doc)).equals(doc)} for every document. Each top-level block is
 * followed by one {@code \n}; consecutive {@link BlockType#QUOTE} blocks share one
 * {@code <blockquote>} with one {@code <p>} each (no whitespace inside). Text is escaped
 * ({@code & < >} and U+00A0 as {@code &nbsp;}); everything else, spaces and tabs included, is
 * written verbatim. Bold-and-italic text is written {@code <strong><em>…</em></strong>}.
 *
 * <h2>Decoding: whitespace</h2>
 * Text nodes are read verbatim, so leading, trailing and repeated spaces and tabs survive.
 * The encoder never writes a line break inside a block, so a line break in a text node can
 * only come from foreign, pretty-printed HTML: any run of whitespace containing a line
 * break is read as one space, and dropped entirely at the start or end of a block
 * (inside {@code <pre>} a line break starts a new block instead).
 *
 * <h2>Decoding: foreign HTML</h2>
 * {@link #fromHtml(String)} accepts any string and never throws. All attributes (event
 * handlers, styles, classes) are ignored; the contents of {@code script, style, iframe,
 * object, embed, template, noscript, head, title} and similar are dropped; all other text is
 * kept. {@code b/strong} become {@link Mark#BOLD}, {@code i/em} {@link Mark#ITALIC}; other
 * inline elements ({@code span, a, u, …}) keep their text without formatting.
 * {@code h1, h2} become {@link BlockType#HEADING2}, {@code h3}–{@code h6}
 * {@link BlockType#HEADING3}, {@code blockquote} {@link BlockType#QUOTE}; any other block
 * element ({@code p, div, li, section, td, …}) becomes a block of the type of its nearest
 * typed ancestor (a paragraph at top level, a quote inside a blockquote). Nested blocks are
 * flattened in document order; text around a nested block becomes blocks of its own.
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
        boolean inQuote = false;
        for (Block block : document.blocks()) {
            boolean quote = block.type() == BlockType.QUOTE;
            if (quote && !inQuote) {
                html.append("<blockquote>");
            } else if (!quote && inQuote) {
                html.append("</blockquote>\n");
            }
            inQuote = quote;
            String tag = tagOf(block.type());
            html.append('<').append(tag).append('>');
            block.runs().forEach(run -> appendRun(html, run));
            html.append("</").append(tag).append('>');
            if (!quote) {
                html.append('\n');
            }
        }
        if (inQuote) {
            html.append("</blockquote>\n");
        }
        return html.toString();
    }

    /** Reads any string as a body; never throws. See the class comment for the rules. */
    public static BodyDocument fromHtml(String html) {
        // jsoup takes U+FFFF for the end of input: it would silently drop everything after it.
        String input = html == null ? "" : html.replace('\uFFFF', '\uFFFD');
        Document parsed = Jsoup.parseBodyFragment(input);
        Reader reader = new Reader();
        for (Node child : new ArrayList<>(parsed.body().childNodes())) {
            NodeTraversor.filter(reader, child);
        }
        reader.finishSegment(false);
        return new BodyDocument(reader.blocks);
    }

    private static String tagOf(BlockType type) {
        return switch (type) {
            case PARAGRAPH, QUOTE -> "p";
            case HEADING2 -> "h2";
            case HEADING3 -> "h3";
        };
    }

    private static void appendRun(StringBuilder html, Run run) {
        boolean bold = run.has(Mark.BOLD);
        boolean italic = run.has(Mark.ITALIC);
        if (bold) {
            html.append("<strong>");
        }
        if (italic) {
            html.append("<em>");
        }
        escape(html, run.text());
        if (italic) {
            html.append("</em>");
        }
        if (bold) {
            html.append("</strong>");
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

    private record Piece(String text, Set<Mark> marks) {
    }

    /** One open element while walking the tree. */
    private record Frame(Node node, Set<Mark> marks, BlockType type, boolean block, boolean leaf,
                         int blocksAtStart, boolean pre) {
    }

    /** Walks the parsed tree without recursion (hostile input may nest very deeply). */
    private static final class Reader implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Frame> frames = new ArrayDeque<>();
        private final Frame root = new Frame(null, Set.of(), BlockType.PARAGRAPH, true, false, 0, false);
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
            Set<Mark> marks = parent.marks();
            Mark mark = switch (name) {
                case "b", "strong" -> Mark.BOLD;
                case "i", "em" -> Mark.ITALIC;
                default -> null;
            };
            if (mark != null && !marks.contains(mark)) {
                EnumSet<Mark> inner = EnumSet.of(mark);
                inner.addAll(marks);
                marks = Set.copyOf(inner);
            }
            boolean block = BLOCKS.contains(name);
            BlockType type = parent.type();
            if (block) {
                finishSegment(false);
                type = switch (name) {
                    case "h1", "h2" -> BlockType.HEADING2;
                    case "h3", "h4", "h5", "h6" -> BlockType.HEADING3;
                    case "blockquote" -> BlockType.QUOTE;
                    default -> parent.type();
                };
            }
            boolean pre = parent.pre() || name.equals("pre") || name.equals("textarea")
                    || name.equals("listing") || name.equals("xmp") || name.equals("plaintext");
            frames.push(new Frame(node, marks, type, block, LEAF_BLOCKS.contains(name), blocks.size(), pre));
            return FilterResult.CONTINUE;
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
                pieces.add(new Piece(text, frame.marks()));
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
            Set<Mark> marks = null;
            boolean started = false;
            boolean softPending = false;
            Set<Mark> softMarks = Set.of();
            char last = 0;
            for (Piece piece : pieces) {
                String s = piece.text();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == SOFT_BREAK) {
                        if (started && !softPending && last != ' ' && last != '\t') {
                            softPending = true;
                            softMarks = piece.marks();
                        }
                        continue;
                    }
                    if (softPending) {
                        softPending = false;
                        if (c != ' ' && c != '\t') {
                            marks = flush(runs, text, marks, softMarks);
                            text.append(' ');
                        }
                    }
                    marks = flush(runs, text, marks, piece.marks());
                    text.append(c);
                    last = c;
                    started = true;
                }
            }
            if (marks != null && text.length() > 0) {
                runs.add(new Run(text.toString(), marks));
            }
            pieces = new ArrayList<>();
            segmentType = null;
            Block block = new Block(type, runs);
            if (keepBlank || !block.text().isBlank()) {
                blocks.add(block);
            }
        }

        private static Set<Mark> flush(List<Run> runs, StringBuilder text, Set<Mark> current, Set<Mark> next) {
            if (current != null && !current.equals(next) && text.length() > 0) {
                runs.add(new Run(text.toString(), current));
                text.setLength(0);
            }
            return next;
        }
    }
}
