package com.copydesk.page.ui;

/** Splits a rendered page into head and body so the preview can update the body alone. */
final class PageParts {

    static final String EMPTY_PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            + "<body style=\"font-family: sans-serif; color: #666; padding: 2em\">Select or create an article.</body></html>";

    private PageParts() {
    }

    /** Everything up to and including the body's start tag. */
    static String head(String html) {
        int open = html.indexOf("<body");
        int start = open < 0 ? -1 : html.indexOf('>', open);
        return start < 0 ? html : html.substring(0, start + 1);
    }

    /**
     * The head without the parts that follow the article's text (title and description), so
     * that typing a headline or dek still updates the page in place.
     */
    static String stableHead(String html) {
        String head = head(html);
        return cut(cut(head, "<title>", "</title>"), "<meta name=\"description\" content=\"", "\">");
    }

    /** The page title as text (the page holds it escaped). */
    static String title(String html) {
        return unescape(between(head(html), "<title>", "</title>"));
    }

    /** The description meta's content as text. */
    static String description(String html) {
        return unescape(between(head(html), "<meta name=\"description\" content=\"", "\">"));
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start + open.length());
        return end < 0 ? "" : text.substring(start + open.length(), end);
    }

    private static String cut(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start + open.length());
        return end < 0 ? text : text.substring(0, start) + text.substring(end + close.length());
    }

    /** Reads back the references the page renderer writes: five named ones and hexadecimal ones. */
    static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            int semicolon = c == '&' ? escaped.indexOf(';', i) : -1;
            if (semicolon < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = escaped.substring(i + 1, semicolon);
            switch (name) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "#39" -> out.append('\'');
                default -> {
                    if (name.startsWith("#x")) {
                        out.appendCodePoint(Integer.parseInt(name.substring(2), 16));
                    } else {
                        out.append(escaped, i, semicolon + 1);
                    }
                }
            }
            i = semicolon + 1;
        }
        return out.toString();
    }

    private static final String MASTHEAD_OPEN = "<header class=\"masthead\">";
    private static final String MASTHEAD_CLOSE = "</header>";

    /** The masthead element, logo included; empty when the page has none. */
    static String masthead(String html) {
        int open = html.indexOf(MASTHEAD_OPEN);
        int end = mastheadEnd(html, open);
        return end < 0 ? "" : html.substring(open, end);
    }

    /** True when {@code html}'s masthead is {@code masthead}, compared in place (it may be a megabyte). */
    static boolean hasMasthead(String html, String masthead) {
        int open = html.indexOf(MASTHEAD_OPEN);
        int end = mastheadEnd(html, open);
        return end >= 0 && end - open == masthead.length() && html.startsWith(masthead, open);
    }

    /**
     * What follows the masthead inside the page's wrapper: the story and the footer. Typing
     * changes only this part, so the preview replaces it alone and leaves the masthead (with a
     * logo of up to a megabyte) as it is. Empty when the page has no masthead.
     */
    static String afterMasthead(String html) {
        int start = mastheadEnd(html, html.indexOf(MASTHEAD_OPEN));
        if (start < 0) {
            return "";
        }
        int bodyEnd = html.lastIndexOf("</body>");
        int wrapperEnd = bodyEnd < 0 ? -1 : html.lastIndexOf("</div>", bodyEnd);
        return wrapperEnd < start ? "" : html.substring(start, wrapperEnd);
    }

    private static int mastheadEnd(String html, int open) {
        int close = open < 0 ? -1 : html.indexOf(MASTHEAD_CLOSE, open);
        return close < 0 ? -1 : close + MASTHEAD_CLOSE.length();
    }

    static String body(String html) {
        int open = html.indexOf("<body");
        int start = open < 0 ? -1 : html.indexOf('>', open);
        int end = html.lastIndexOf("</body>");
        if (start < 0 || end < start) {
            return html;
        }
        return html.substring(start + 1, end);
    }

    /** A JavaScript string literal holding {@code text}. */
    static String jsString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
