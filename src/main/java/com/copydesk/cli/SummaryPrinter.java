package com.copydesk.cli;

import com.copydesk.article.ArticleSummary;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Prints article summaries as an aligned table or as a JSON array. */
final class SummaryPrinter {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'");

    private SummaryPrinter() {
    }

    static void print(List<ArticleSummary> rows, boolean json, PrintStream out) {
        if (json) {
            printJson(rows, out);
        } else {
            printTable(rows, out);
        }
        out.flush();
    }

    private static void printTable(List<ArticleSummary> rows, PrintStream out) {
        int categoryWidth = Math.max("CATEGORY".length(),
                rows.stream().mapToInt(row -> row.primaryCategory().length()).max().orElse(0));
        String format = "%-36s  %-9s  %-17s  %-" + categoryWidth + "s  %s%n";
        out.printf(format, "ID", "STATUS", "MODIFIED", "CATEGORY", "HEADLINE");
        for (ArticleSummary row : rows) {
            String headline = row.headline().isBlank() ? "(no headline)" : oneLine(row.headline());
            out.printf(format, row.id(), row.status().name(), MINUTES.format(row.modified().atOffset(ZoneOffset.UTC)),
                    row.primaryCategory(), headline);
        }
        out.printf("%d %s%n", rows.size(), rows.size() == 1 ? "article" : "articles");
    }

    private static void printJson(List<ArticleSummary> rows, PrintStream out) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (ArticleSummary row : rows) {
                json.writeStartObject();
                json.writeStringField("id", row.id().toString());
                json.writeStringField("headline", row.headline());
                json.writeStringField("status", row.status().name());
                json.writeStringField("category", row.primaryCategory());
                json.writeStringField("modified", row.modified().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
