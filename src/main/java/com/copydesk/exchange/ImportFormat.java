package com.copydesk.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Which format an import file is in, told from its first fields. */
enum ImportFormat {
    COPYDESK("Copydesk JSON"),
    NINJS("ninjs");

    private static final Set<String> NINJS_FIELDS = Set.of("uri", "$standard", "standard", "headline", "headlines",
            "body_html", "body_text", "bodies", "versioncreated", "versionCreated", "firstcreated", "firstCreated",
            "pubstatus", "pubStatus", "byline", "by", "guid", "slugline", "type");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * A Copydesk export names itself with "format"; a ninjs item has ninjs fields or is a list of
     * items. A file that cannot be told apart (or is broken) is read as a Copydesk export, whose
     * reader then explains exactly what is wrong.
     */
    static ImportFormat of(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonLimits.FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return NINJS;
            }
            if (first != JsonToken.START_OBJECT) {
                return COPYDESK;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (field.equals(JsonFields.FORMAT) || field.equals(JsonFields.ARTICLES)) {
                    return COPYDESK;
                }
                if (NINJS_FIELDS.contains(field)) {
                    return NINJS;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return COPYDESK;
        } catch (IOException | RuntimeException unreadable) {
            return COPYDESK;
        }
    }
}
