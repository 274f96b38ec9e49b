package com.copydesk.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Converts a body between the document model and the stored HTML subset
 * ({@code p, h2, h3, blockquote>p, strong, em}). Output is canonical: the same document
 * always gives the same HTML, and decoding it gives the same document back.
 */
public final class HtmlCodec {

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

    public static BodyDocument fromHtml(String html) {
        Document parsed = Jsoup.parseBodyFragment(html == null ? "" : html);
        List<Block> blocks = new ArrayList<>();
        for (Node node : parsed.body().childNodes()) {
            readTopLevel(node, blocks);
        }
        return new BodyDocument(blocks);
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
        html.append(escape(run.text()));
        if (italic) {
            html.append("</em>");
        }
        if (bold) {
            html.append("</strong>");
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
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
        return out.toString();
    }

    private static void readTopLevel(Node node, List<Block> blocks) {
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                blocks.add(new Block(BlockType.PARAGRAPH, List.of(Run.plain(collapse(text.getWholeText())))));
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "h2" -> blocks.add(readBlock(element, BlockType.HEADING2));
            case "h1", "h3", "h4", "h5", "h6" -> blocks.add(readBlock(element,
                    element.normalName().equals("h1") ? BlockType.HEADING2 : BlockType.HEADING3));
            case "blockquote" -> readQuote(element, blocks);
            case "p" -> blocks.add(readBlock(element, BlockType.PARAGRAPH));
            default -> blocks.add(readBlock(element, BlockType.PARAGRAPH));
        }
    }

    private static void readQuote(Element quote, List<Block> blocks) {
        boolean anyParagraph = false;
        for (Element child : quote.children()) {
            if (child.normalName().equals("p")) {
                blocks.add(readBlock(child, BlockType.QUOTE));
                anyParagraph = true;
            }
        }
        if (!anyParagraph) {
            blocks.add(readBlock(quote, BlockType.QUOTE));
        }
    }

    private static Block readBlock(Element element, BlockType type) {
        List<Run> runs = new ArrayList<>();
        readInline(element, EnumSet.noneOf(Mark.class), runs);
        return new Block(type, runs);
    }

    private static void readInline(Node node, Set<Mark> marks, List<Run> runs) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                runs.add(new Run(collapse(text.getWholeText()), marks));
            } else if (child instanceof Element element) {
                Set<Mark> inner = EnumSet.noneOf(Mark.class);
                inner.addAll(marks);
                switch (element.normalName()) {
                    case "strong", "b" -> inner.add(Mark.BOLD);
                    case "em", "i" -> inner.add(Mark.ITALIC);
                    case "br" -> runs.add(new Run(" ", marks));
                    default -> { }
                }
                readInline(element, inner, runs);
            }
        }
    }

    /** HTML treats line breaks in text as spaces. */
    private static String collapse(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

}
