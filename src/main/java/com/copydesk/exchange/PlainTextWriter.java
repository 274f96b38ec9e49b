package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text and Markdown of an article for wire services and email: headline, dek and a few
 * lines of metadata on top, then the body. Lines end with "\n".
 */
final class PlainTextWriter {

    /** Between articles when several go into one file. */
    static final String TEXT_SEPARATOR = "\n\n" + "=".repeat(72) + "\n\n";
    static final String MARKDOWN_SEPARATOR = "\n\n---\n\n";

    private PlainTextWriter() {
    }

    static String text(Article article) {
        StringBuilder out = new StringBuilder();
        String headline = oneLine(article.headline());
        out.append(headline.isEmpty() ? "(no headline)" : headline).append('\n');
        appendLine(out, oneLine(article.dek()));
        out.append('\n');
        for (String line : metadata(article)) {
            out.append(line).append('\n');
        }
        out.append('\n');
        boolean first = true;
        for (Block block : article.body().blocks()) {
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!first) {
                out.append('\n');
            }
            first = false;
            switch (block.type()) {
                case HEADING2, HEADING3 -> out.append(text.toUpperCase(java.util.Locale.ROOT)).append('\n');
                case QUOTE -> out.append("    ").append(text).append('\n');
                default -> out.append(text).append('\n');
            }
        }
        return out.toString();
    }

    static String markdown(Article article) {
        StringBuilder out = new StringBuilder();
        String headline = oneLine(article.headline());
        out.append("# ").append(headline.isEmpty() ? "(no headline)" : escape(headline)).append("\n\n");
        String dek = oneLine(article.dek());
        if (!dek.isEmpty()) {
            out.append('*').append(escape(dek)).append("*\n\n");
        }
        List<String> meta = metadata(article);
        for (int i = 0; i < meta.size(); i++) {
            // Two trailing spaces make a line break inside one paragraph.
            out.append(escape(meta.get(i))).append(i < meta.size() - 1 ? "  \n" : "\n");
        }
        if (!meta.isEmpty()) {
            out.append('\n');
        }
        List<String> parts = new ArrayList<>();
        StringBuilder quote = null;
        for (Block block : article.body().blocks()) {
            if (block.text().isBlank()) {
                continue;
            }
            String inline = inline(block);
            if (block.type() == BlockType.QUOTE) {
                // Consecutive quote paragraphs stay in one block quote.
                quote = quote == null ? new StringBuilder() : quote.append(">\n");
                quote.append("> ").append(inline).append('\n');
                continue;
            }
            if (quote != null) {
                parts.add(quote.toString());
                quote = null;
            }
            String prefix = switch (block.type()) {
                case HEADING2 -> "## ";
                case HEADING3 -> "### ";
                default -> "";
            };
            // Leading spaces or a tab would make an indented code block, showing the escapes as typed.
            parts.add(prefix + inline.strip() + "\n");
        }
        if (quote != null) {
            parts.add(quote.toString());
        }
        return out.append(String.join("\n", parts)).toString();
    }

    static List<String> metadata(Article article) {
        List<String> lines = new ArrayList<>();
        String byline = oneLine(article.byline());
        if (!byline.isEmpty()) {
            lines.add(byline.regionMatches(true, 0, "by ", 0, 3) ? byline : "By " + byline);
        }
        StringBuilder place = new StringBuilder(oneLine(article.dateline()));
        if (article.publishDate() != null) {
            place.append(place.length() > 0 ? ", " : "").append(article.publishDate());
        }
        if (place.length() > 0) {
            lines.add(place.toString());
        }
        if (!article.categories().isEmpty()) {
            lines.add("Categories: " + oneLine(String.join(", ", article.categories())));
        }
        lines.add("Status: " + article.status().label());
        return lines;
    }

    /** Headline, dek and metadata each take one line: line breaks inside them (from an import) become spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static void appendLine(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append(text).append('\n');
        }
    }

    /** Bold and italic as ** and *, with Markdown's special characters escaped. */
    private static String inline(Block block) {
        StringBuilder out = new StringBuilder();
        for (Run run : block.runs()) {
            String text = escape(run.text());
            if (text.isBlank()) {
                out.append(text);
                continue;
            }
            // Emphasis must hug the words, so surrounding spaces stay outside the markers.
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String marker = (run.has(Mark.BOLD) ? "**" : "") + (run.has(Mark.ITALIC) ? "*" : "");
            out.append(text, 0, start).append(marker).append(text, start, end)
                    .append(new StringBuilder(marker).reverse()).append(text.substring(end));
        }
        return out.toString().replace('\n', ' ');
    }

    /** Backslash-escapes every character Markdown could read as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_{}[]()<>#+-=.!|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
