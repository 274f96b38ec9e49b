package com.copydesk.page;

import com.copydesk.article.Article;
import com.copydesk.article.Category;
import com.copydesk.body.HtmlCodec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders one article as a complete, standalone HTML5 page in the publication's house style.
 * The same page feeds the live preview and the HTML export: it has no scripts and refers to
 * no external resource; the stylesheet is inlined. Every article field is HTML-escaped; the
 * body comes from {@link HtmlCodec#toHtml}, which escapes its own text.
 *
 * <p>The template ({@code page.html}) and stylesheet ({@code page.css}) are classpath
 * resources beside this class, read once when the renderer is built. A renderer is immutable
 * and safe to share between threads.
 */
public final class PageRenderer {

    static final String TEMPLATE_RESOURCE = "page.html";
    static final String STYLESHEET_RESOURCE = "page.css";

    /** What an article without a headline shows in its place. */
    static final String UNTITLED = "Untitled";

    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb");

    private static final List<String> BLOCK_TAGS = List.of("<p>", "<h2>", "<h3>", "<li>", "<hr>");

    private final String template;
    private final String stylesheet;

    /** Loads the page template and stylesheet.
     * @throws UncheckedIOException if either resource is missing or unreadable */
    public PageRenderer() {
        this.template = load(TEMPLATE_RESOURCE);
        this.stylesheet = load(STYLESHEET_RESOURCE);
    }

    /** The whole page for {@code article}, printed as {@code publication} prints its stories. */
    public String render(Article article, Publication publication) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(publication, "publication");
        Locale locale = publication.locale();

        String headline = article.headline().strip();
        String dek = article.dek().strip();
        String byline = article.byline().strip();
        String dateline = article.dateline().strip();
        String edition = publication.edition().strip();
        String tagline = publication.tagline().strip();

        Map<String, String> slots = new HashMap<>();
        slots.put("lang", escape(languageTag(locale)));
        slots.put("dir", isRightToLeft(locale) ? "rtl" : "ltr");
        slots.put("title", escape((headline.isEmpty() ? UNTITLED : headline) + " — " + publication.masthead()));
        slots.put("description", escape(dek));
        slots.put("style", stylesheet);
        slots.put("accent", publication.accentColor());
        slots.put("sections", sectionsHtml(publication.sections(), article.primaryCategory().orElse("")));
        slots.put("publicationName", escape(publication.name().strip()));
        slots.put("logo", logoHtml(publication));
        slots.put("edition", edition.isEmpty() ? ""
                : " <span class=\"edition\">" + escape(edition) + "</span>");
        slots.put("tagline", tagline.isEmpty() ? ""
                : "<p class=\"tagline\">" + escape(tagline) + "</p>");
        slots.put("headline", headline.isEmpty()
                ? "<h1 class=\"headline placeholder\">" + UNTITLED + "</h1>"
                : "<h1 class=\"headline\" dir=\"auto\">" + escape(headline) + "</h1>");
        slots.put("dek", dek.isEmpty() ? "" : "<p class=\"dek\" dir=\"auto\">" + escape(dek) + "</p>");
        slots.put("meta", metaHtml(byline, article.publishDate(), locale));
        slots.put("categories", categoriesHtml(article.categories()));
        slots.put("bodyClass", dateline.isEmpty() ? " no-dateline" : " has-dateline");
        slots.put("body", numberBlocks(bodyHtml(HtmlCodec.toHtml(article.body()), dateline)));
        slots.put("copyright", "© " + copyrightYear(article));
        return referenceSupplementaryCharacters(fill(template, slots));
    }

    // ---------------------------------------------------------------- parts

    /**
     * The navigation line of sections under the masthead, as plain text: the page links nowhere.
     * The article's primary category is marked as the current section: the one section of its name
     * ignoring case, as category names are compared ({@link Category#key}).
     */
    private static String sectionsHtml(List<String> sections, String currentSection) {
        if (sections.isEmpty()) {
            return "";
        }
        String currentKey = Category.key(currentSection);
        StringBuilder html = new StringBuilder("<nav class=\"sections\" aria-label=\"Sections\"><ul>");
        for (String section : sections) {
            boolean current = !currentKey.isEmpty() && Category.key(section).equals(currentKey);
            html.append(current ? "<li class=\"current\">" : "<li>").append(escape(section)).append("</li>");
        }
        return html.append("</ul></nav>").toString();
    }

    /**
     * The logo over the masthead title, carried in the page as a {@code data:} URI so the page
     * stays self-contained. Width and height let the page lay out before the image is decoded.
     */
    private static String logoHtml(Publication publication) {
        return publication.optionalLogo()
                .map(logo -> "<img class=\"logo\" src=\"" + logo.dataUri() + "\" alt=\"" + escape(publication.name().strip())
                        + "\" width=\"" + logo.width() + "\" height=\"" + logo.height() + "\">")
                .orElse("");
    }

    /** Byline and date on one line; no line at all when both are missing. */
    private static String metaHtml(String byline, LocalDate date, Locale locale) {
        if (byline.isEmpty() && date == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"story-meta\">");
        if (!byline.isEmpty()) {
            html.append("<p class=\"byline\">").append(escape(bylineText(byline))).append("</p>");
        }
        html.append(dateHtml(date, locale));
        return html.append("</div>").toString();
    }

    private static String bylineText(String byline) {
        return byline.regionMatches(true, 0, "by ", 0, 3) ? byline : "By " + byline;
    }

    private static String dateHtml(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String written = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        return "<p class=\"published\"><time datetime=\"" + DateTimeFormatter.ISO_LOCAL_DATE.format(date) + "\">"
                + escape(written) + "</time></p>";
    }

    private static String categoriesHtml(List<String> categories) {
        if (categories.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p class=\"categories\"><span class=\"categories-label\">Categories:</span> ");
        for (int i = 0; i < categories.size(); i++) {
            if (i > 0) {
                html.append(", ");
            }
            html.append("<span class=\"category\">").append(escape(categories.get(i))).append("</span>");
        }
        return html.append("</p>").toString();
    }

    /**
     * Runs the dateline in at the start of the body's first paragraph that is not inside a
     * block quote; when the body has no such paragraph the dateline gets one of its own.
     * Tags can be found by plain search because the codec escapes every '<' in text.
     */
    static String bodyHtml(String body, String dateline) {
        if (dateline.isEmpty()) {
            return body;
        }
        String span = "<span class=\"dateline\">" + escape(datelineText(dateline)) + "</span> ";
        int at = firstTopLevelParagraph(body);
        if (at < 0) {
            return "<p class=\"dateline-only\">" + span.strip() + "</p>\n" + body;
        }
        int contentStart = at + "<p>".length();
        return body.substring(0, contentStart) + span + body.substring(contentStart);
    }

    private static int firstTopLevelParagraph(String body) {
        int from = 0;
        while (true) {
            int paragraph = body.indexOf("<p>", from);
            if (paragraph < 0) {
                return -1;
            }
            int quoteOpen = body.indexOf("<blockquote>", from);
            if (quoteOpen < 0 || paragraph < quoteOpen) {
                return paragraph;
            }
            int quoteClose = body.indexOf("</blockquote>", quoteOpen);
            if (quoteClose < 0) {
                return -1;
            }
            from = quoteClose + "</blockquote>".length();
        }
    }

    /**
     * Gives each body block (paragraph, subhead, quoted paragraph, list item, rule) a {@code data-block}
     * attribute holding its index in the body, so the preview can find the paragraph being
     * edited. The codec writes these start tags without attributes and escapes every '<' in
     * text, so a plain search finds exactly the blocks, in order.
     */
    static String numberBlocks(String body) {
        StringBuilder out = new StringBuilder(body.length() + 256);
        int block = 0;
        int from = 0;
        while (true) {
            int open = nextBlockTag(body, from);
            if (open < 0) {
                break;
            }
            int nameEnd = body.indexOf('>', open);
            out.append(body, from, nameEnd).append(" data-block=\"").append(block++).append('"');
            from = nameEnd;
        }
        return out.append(body, from, body.length()).toString();
    }

    /** Where the next block start tag begins, in one pass over the text (bodies run to megabytes). */
    private static int nextBlockTag(String body, int from) {
        for (int at = body.indexOf('<', from); at >= 0; at = body.indexOf('<', at + 1)) {
            for (String tag : BLOCK_TAGS) {
                if (body.startsWith(tag, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** "KYIV" and "KYIV --" both print as "KYIV —". */
    static String datelineText(String dateline) {
        int end = dateline.length();
        while (end > 0) {
            char c = dateline.charAt(end - 1);
            if (c == '—' || c == '–' || c == '-' || c == ',' || Character.isWhitespace(c)) {
                end--;
            } else {
                break;
            }
        }
        String place = dateline.substring(0, end);
        return place.isEmpty() ? dateline : place + " —";
    }

    private static int copyrightYear(Article article) {
        return article.publishDate() != null
                ? article.publishDate().getYear()
                : article.modified().atZone(ZoneOffset.UTC).getYear();
    }

    private static String languageTag(Locale locale) {
        String tag = locale.toLanguageTag();
        return tag.isEmpty() ? "und" : tag;
    }

    private static boolean isRightToLeft(Locale locale) {
        return RTL_LANGUAGES.contains(locale.getLanguage());
    }

    // ---------------------------------------------------------------- mechanics

    /** Escapes text for use in HTML content and in double- or single-quoted attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Writes every character outside the Basic Multilingual Plane (emoji, many CJK extension
     * and historic scripts) as a numeric character reference. JavaFX's
     * {@code WebEngine.loadContent(String)} turns such characters into six U+FFFD replacement
     * characters, while references arrive intact; browsers read both forms the same. The
     * stylesheet is the only raw-text part of the page and holds no such characters.
     */
    static String referenceSupplementaryCharacters(String html) {
        StringBuilder out = null;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64).append(html, 0, i);
                }
                int codePoint = Character.toCodePoint(c, html.charAt(i + 1));
                if (isNoncharacter(codePoint)) {
                    out.append(REPLACEMENT);
                } else {
                    out.append("&#x").append(Integer.toHexString(codePoint)).append(';');
                }
                i++;
            } else if (isForbidden(c)) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64).append(html, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? html : out.toString();
    }

    private static final char REPLACEMENT = '\uFFFD';

    /**
     * Characters a valid HTML document cannot carry: controls other than tab, line feed, form
     * feed and carriage return, noncharacters, and halves of a surrogate pair found alone.
     * They are written as U+FFFD, the character that says "something unreadable was here".
     */
    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || Character.isSurrogate(c)
                || isNoncharacter(c);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * Replaces each {@code {{name}}} in the template in a single pass, so text put into one
     * slot is never read as another slot. An unknown slot is a bug in the template.
     */
    private static String fill(String template, Map<String, String> slots) {
        StringBuilder out = new StringBuilder(template.length() + 8192);
        int from = 0;
        while (true) {
            int open = template.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 2, close);
            String value = slots.get(name);
            if (value == null) {
                throw new IllegalStateException("page template has an unknown slot: " + name);
            }
            out.append(template, from, open).append(value);
            from = close + 2;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String load(String resource) {
        try (InputStream in = PageRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource: " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
