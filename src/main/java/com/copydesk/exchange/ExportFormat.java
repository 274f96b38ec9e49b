package com.copydesk.exchange;

import java.util.Locale;

/** The file formats articles can be exported to. */
public enum ExportFormat {
    COPYDESK("Copydesk JSON", "json"),
    NINJS("ninjs 3.1", "json"),
    HTML("HTML page", "html"),
    TEXT("Plain text", "txt"),
    MARKDOWN("Markdown", "md");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The usual file name ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name used on the command line: copydesk, ninjs, html, text, markdown. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not one of copydesk, ninjs, html, text, markdown");
    }
}
