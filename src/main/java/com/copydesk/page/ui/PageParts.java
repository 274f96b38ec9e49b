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
