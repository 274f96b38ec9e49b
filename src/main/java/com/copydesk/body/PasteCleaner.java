package com.copydesk.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what other programs put on the clipboard into body content: keeps what the model can
 * express (paragraphs, subheads, quotes, lists, rules, bold, italic, underline, strikethrough,
 * super- and subscript, http/https/mailto links) and drops everything else — styles, classes,
 * fonts, colours, comments, Office XML, scripts, event handlers, other URLs, images, SVG, forms.
 *
 * <p>Knows the habits of the usual sources:
 * <ul>
 *   <li>Google Docs wraps the whole selection in {@code <b style="font-weight:normal"
 *   id="docs-internal-guid-…">} and marks real formatting with inline styles on spans
 *   ({@code font-weight:700}, {@code font-style:italic}, {@code text-decoration:underline},
 *   {@code vertical-align:super}); the wrapper is dropped and the styles become marks.</li>
 *   <li>Word writes list items as paragraphs with {@code mso-list} in their style and the bullet
 *   or number as text inside {@code mso-list:Ignore}; these become list items (numbered when the
 *   marker is a number or letter) without the marker. {@code MsoQuote} paragraphs become quotes.</li>
 *   <li>Word's smart tags ({@code <st1:place>}) and content controls ({@code <w:Sdt>}) keep their
 *   text; its drawings ({@code <v:shape>}), Office data ({@code <o:DocumentProperties>}) and
 *   document settings ({@code <w:WordDocument>}) go, contents and all. A self-closed
 *   {@code <o:SmartTagType … />} is empty, as Word means it (HTML would leave it open).</li>
 *   <li>Word's and LibreOffice's empty paragraphs ({@code <o:p>&nbsp;</o:p>}), Google Docs'
 *   {@code <br>} between paragraphs: blank blocks are dropped, and each block is trimmed. A piece
 *   from inside one paragraph (no block element, as in a double-clicked word) goes in between
 *   words instead: it keeps one space at each edge that had space.</li>
 *   <li>The Windows clipboard header ({@code Version:0.9 StartHTML:…}) is skipped.</li>
 *   <li>Copydesk's own copy is the codec's canonical HTML: it needs no cleaning, and its empty
 *   paragraphs and the spaces at its edges are part of what was copied, so they are kept.</li>
 * </ul>
 * Never throws; any input gives a (possibly empty) document.
 */
public final class PasteCleaner {

    private static final Set<String> REMOVED = Set.of("svg", "math", "img", "picture", "input", "button",
            "select", "textarea", "form", "label", "video", "audio", "canvas", "iframe", "frame", "frameset",
            "object", "embed", "script", "style", "noscript", "template", "head", "title", "meta", "link",
            "xml", "dialog", "map", "area");

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#([xX][0-9a-fA-F]+|[0-9]+);?");
    private static final Pattern WINDOWS_HEADER = Pattern.compile("^Version:\\d[\\s\\S]*?(?=<)");
    private static final Pattern NUMBER_MARKER = Pattern.compile("^\\(?[0-9]{1,4}[.)]?|^\\(?[a-zA-Z][.)]|^\\(?[ivxlcIVXLC]{1,6}[.)]");

    private PasteCleaner() {
    }

    /**
     * The body content of clipboard HTML; blank blocks removed. HTML exactly in {@link HtmlCodec}'s
     * canonical form (what the body editor's copy puts there) is read as it is, blank blocks and
     * edge spaces included.
     */
    public static BodyDocument fromHtml(String html) {
        String input = html == null ? "" : withoutSurrogateReferences(Surrogates.replaceLone(html.replace('\uFFFF', '\uFFFD')));
        input = WINDOWS_HEADER.matcher(input).replaceFirst("");
        BodyDocument copiedInCopydesk = CanonicalHtml.read(input);
        if (copiedInCopydesk != null) {
            return copiedInCopydesk;
        }
        Document document = Jsoup.parse(input, "", officeAwareParser());
        // Browsers hide <![CDATA[…]]> in HTML (a bogus comment); jsoup keeps it as text.
        document.select("*").forEach(element -> element.childNodes().stream()
                .filter(node -> node instanceof CDataNode).toList().forEach(Node::remove));
        for (Element element : new ArrayList<>(document.getAllElements())) {
            if (element.parent() != null || element == document) {
                clean(element);
            }
        }
        return tidy(HtmlCodec.read(document.body()), isInlinePiece(document.body()));
    }

    /**
     * Plain text as paragraphs: blank lines separate paragraphs, single line breaks become spaces.
     * Paragraphs are stripped, except a single one: it goes in between words (a word
     * double-clicked on Windows comes with the space after it), so it keeps one space at each
     * edge that had white space.
     */
    public static List<String> plainTextParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        String normal = Surrogates.replaceLone(text.replace("\r\n", "\n").replace('\r', '\n').replace('\u0000', '\uFFFD'));
        for (String chunk : normal.split("\n[ \t\u00A0]*\n")) {
            String joined = chunk.replaceAll("[ \t]*\n[ \t]*", " ");
            if (!joined.isBlank()) {
                paragraphs.add(joined);
            }
        }
        if (paragraphs.size() == 1) {
            return List.of(oneSpaceAtEachEdge(paragraphs.get(0)));
        }
        paragraphs.replaceAll(String::strip);
        return paragraphs;
    }

    /** A character reference to a surrogate is U+FFFD in HTML (browsers show that); jsoup would give the half itself. */
    private static String withoutSurrogateReferences(String html) {
        if (html.indexOf("&#") < 0) {
            return html;
        }
        return NUMERIC_REFERENCE.matcher(html).replaceAll(reference -> {
            String digits = reference.group(1);
            boolean hex = digits.charAt(0) == 'x' || digits.charAt(0) == 'X';
            String number = hex ? digits.substring(1) : digits;
            long value = number.length() > 8 ? -1 : Long.parseLong(number, hex ? 16 : 10);
            return value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE ? "&#xFFFD;"
                    : java.util.regex.Matcher.quoteReplacement(reference.group());
        });
    }

    private static String oneSpaceAtEachEdge(String text) {
        String before = Character.isWhitespace(text.charAt(0)) ? " " : "";
        String after = Character.isWhitespace(text.charAt(text.length() - 1)) ? " " : "";
        return before + text.strip() + after;
    }

    /** Plain text as a document of paragraphs; see {@link #plainTextParagraphs}. */
    public static BodyDocument fromPlainText(String text) {
        List<Block> blocks = new ArrayList<>();
        plainTextParagraphs(text).forEach(paragraph -> blocks.add(Block.paragraph(paragraph)));
        return new BodyDocument(blocks);
    }

    /**
     * An HTML parser that takes a self-closed element with a namespace prefix as empty: Word
     * writes {@code <o:SmartTagType … />} in the head, which HTML parsing would leave open around
     * the whole body.
     */
    private static Parser officeAwareParser() {
        TagSet tags = TagSet.Html().onNewTag(tag -> {
            if (tag.normalName().indexOf(':') > 0) {
                tag.set(Tag.SelfClose);
            }
        });
        return Parser.htmlParser().tagSet(tags);
    }

    private static void clean(Element element) {
        String name = element.normalName();
        if (REMOVED.contains(localName(name)) || isOfficeMarkupWithoutText(name)) {
            element.remove();
            return;
        }
        if (name.indexOf(':') > 0) {
            element.unwrap(); // Word's smart tags (<st1:place>), content controls (<w:Sdt>), <o:p>: ordinary text inside
            return;
        }
        Map<String, String> style = styleOf(element);
        if (style.getOrDefault("mso-list", "").equalsIgnoreCase("ignore")) {
            element.remove(); // Word's bullet or number, written as text
            return;
        }
        if (style.containsKey("display") && style.get("display").equals("none")) {
            element.remove();
            return;
        }
        if (isGoogleDocsWrapper(element) || isNeutralized(name, style)) {
            element.unwrap();
            return;
        }
        if ((name.equals("p") || name.equals("div")) && isWordListItem(style)) {
            wordListItem(element);
            return;
        }
        if (name.equals("p") && element.className().toLowerCase(Locale.ROOT).contains("msoquote")
                || name.equals("p") && element.className().toLowerCase(Locale.ROOT).contains("msointensequote")) {
            element.wrap("<blockquote></blockquote>");
            return;
        }
        if (name.equals("span") || name.equals("font")) {
            wrapInMarks(element, style);
        }
    }

    /** {@code name} without its namespace prefix: {@code <x:script>} is a script too. */
    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    /**
     * Office elements whose content is never text on the page: VML drawings (an image's shape),
     * Office data (document properties, which hold author and company names) and Word's settings.
     */
    private static boolean isOfficeMarkupWithoutText(String name) {
        return name.startsWith("v:") || name.startsWith("o:") && !name.equals("o:p")
                || name.equals("w:worddocument") || name.equals("w:latentstyles");
    }

    private static boolean isGoogleDocsWrapper(Element element) {
        return element.id().startsWith("docs-internal-guid") && !element.normalName().equals("p");
    }

    /** A b/strong/i/em whose own style takes the formatting away again. */
    private static boolean isNeutralized(String name, Map<String, String> style) {
        return switch (name) {
            case "b", "strong" -> style.containsKey("font-weight") && !isBold(style.get("font-weight"));
            case "i", "em" -> style.containsKey("font-style") && style.get("font-style").equals("normal");
            case "u" -> style.getOrDefault("text-decoration", "").equals("none");
            default -> false;
        };
    }

    private static boolean isBold(String weight) {
        return switch (weight) {
            case "bold", "bolder", "600", "700", "800", "900" -> true;
            default -> false;
        };
    }

    private static void wrapInMarks(Element element, Map<String, String> style) {
        List<String> tags = new ArrayList<>();
        if (isBold(style.getOrDefault("font-weight", ""))) {
            tags.add("b");
        }
        String fontStyle = style.getOrDefault("font-style", "");
        if (fontStyle.equals("italic") || fontStyle.equals("oblique")) {
            tags.add("i");
        }
        String decoration = style.getOrDefault("text-decoration", "") + " " + style.getOrDefault("text-decoration-line", "");
        // Google Docs and browsers underline links with a style; the link itself says enough.
        if (decoration.contains("underline") && element.closest("a[href]") == null) {
            tags.add("u");
        }
        if (decoration.contains("line-through")) {
            tags.add("s");
        }
        String align = style.getOrDefault("vertical-align", "");
        if (align.equals("super")) {
            tags.add("sup");
        } else if (align.equals("sub")) {
            tags.add("sub");
        }
        if (tags.isEmpty()) {
            return;
        }
        List<Node> children = new ArrayList<>(element.childNodes());
        Element inner = element;
        for (String tag : tags) {
            inner = inner.appendElement(tag);
        }
        for (Node child : children) {
            inner.appendChild(child);
        }
    }

    private static boolean isWordListItem(Map<String, String> style) {
        return style.containsKey("mso-list") && !style.get("mso-list").equalsIgnoreCase("ignore")
                && !style.get("mso-list").equalsIgnoreCase("none");
    }

    /** Word list paragraph: numbered if its marker looks like a number or letter, else bulleted. */
    private static void wordListItem(Element paragraph) {
        String marker = "";
        for (Element span : paragraph.getElementsByTag("span")) {
            if (styleOf(span).getOrDefault("mso-list", "").equalsIgnoreCase("ignore")) {
                marker = span.text().strip();
                break;
            }
        }
        boolean numbered = NUMBER_MARKER.matcher(marker).find() && !marker.isEmpty();
        paragraph.tagName("li");
        paragraph.clearAttributes();
        paragraph.wrap(numbered ? "<ol></ol>" : "<ul></ul>");
        for (Element span : new ArrayList<>(paragraph.getElementsByTag("span"))) {
            if (span.parent() != null && styleOf(span).getOrDefault("mso-list", "").equalsIgnoreCase("ignore")) {
                span.remove();
            }
        }
    }

    private static Map<String, String> styleOf(Element element) {
        Map<String, String> style = new LinkedHashMap<>();
        String raw = element.attr("style");
        if (raw.isEmpty()) {
            return style;
        }
        for (String declaration : raw.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                String key = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT);
                style.put(key, value);
            }
        }
        return style;
    }

    /** True when {@code body} holds only text and inline elements: a piece from inside one paragraph. */
    private static boolean isInlinePiece(Element body) {
        for (Element element : body.getAllElements()) {
            if (element != body && HtmlCodec.endsBlock(element.normalName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops blank blocks (keeping rules) and trims each block's leading and trailing whitespace;
     * an inline piece keeps one space at each edge that had space.
     */
    private static BodyDocument tidy(BodyDocument document, boolean inlinePiece) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block.type() == BlockType.RULE) {
                blocks.add(block);
                continue;
            }
            Block trimmed = trim(block);
            if (!trimmed.isEmpty()) {
                blocks.add(inlinePiece ? oneSpaceAtEachEdge(block, trimmed) : trimmed);
            }
        }
        return new BodyDocument(blocks);
    }

    /**
     * {@code trimmed} with one space where {@code original} had space at an edge, marked as that
     * space was; outside any link, as text typed next to a link is.
     */
    private static Block oneSpaceAtEachEdge(Block original, Block trimmed) {
        String text = original.text();
        List<Run> runs = new ArrayList<>(trimmed.runs());
        if (isSpaceBetweenWords(text.charAt(0))) {
            runs.add(0, new Run(" ", original.runs().get(0).marks()));
        }
        if (isSpaceBetweenWords(text.charAt(text.length() - 1))) {
            runs.add(new Run(" ", original.runs().get(original.runs().size() - 1).marks()));
        }
        return new Block(trimmed.type(), runs);
    }

    private static boolean isSpaceBetweenWords(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static Block trim(Block block) {
        List<Run> runs = new ArrayList<>(block.runs());
        while (!runs.isEmpty()) {
            Run first = runs.get(0);
            String text = stripLeading(first.text());
            if (text.isEmpty()) {
                runs.remove(0);
            } else {
                runs.set(0, first.withText(text));
                break;
            }
        }
        while (!runs.isEmpty()) {
            int last = runs.size() - 1;
            Run run = runs.get(last);
            String text = stripTrailing(run.text());
            if (text.isEmpty()) {
                runs.remove(last);
            } else {
                runs.set(last, run.withText(text));
                break;
            }
        }
        return new Block(block.type(), runs);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    private static String stripLeading(String text) {
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
