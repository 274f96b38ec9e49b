package com.copydesk.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one results table: printed, and written as Markdown and JSON. */
final class Table {

    private static final String[] HEADER = {"Figure", "Ours (median)", "Baseline (median)", "Ratio", "Target", "Result", "Notes"};

    private Table() {
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static List<String[]> cells(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        for (Result r : results) {
            String baseline = Double.isNaN(r.baseline()) ? "— (" + r.baselineLabel() + ")"
                    : number(r.baseline()) + " " + r.unit() + " (" + r.baselineLabel() + ")";
            String ratio = Double.isNaN(r.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f×", r.ratio());
            rows.add(new String[]{r.figure(), number(r.ours()) + " " + r.unit(), baseline, ratio,
                    r.target().describe(r.unit()), r.verdict(), r.note()});
        }
        return rows;
    }

    static String text(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.addAll(cells(results));
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                out.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i]));
                out.append(i + 1 < row.length ? " | " : "\n");
            }
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    out.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "-+-" : "\n");
                }
            }
        }
        return out.toString();
    }

    static String markdown(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        out.append("|").append("---|".repeat(HEADER.length)).append("\n");
        for (String[] row : cells(results)) {
            out.append("| ");
            for (String cell : row) {
                out.append(cell.replace("|", "\\|")).append(" | ");
            }
            out.setLength(out.length() - 1);
            out.append("\n");
        }
        return out.toString();
    }

    static void writeJson(List<Result> results, String machine, Path file) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("machine", machine);
            json.writeArrayFieldStart("results");
            for (Result r : results) {
                json.writeStartObject();
                json.writeStringField("figure", r.figure());
                json.writeStringField("unit", r.unit());
                writeNumber(json, "ours", r.ours());
                writeNumber(json, "baseline", r.baseline());
                json.writeStringField("baselineLabel", r.baselineLabel());
                writeNumber(json, "ratio", r.ratio());
                json.writeStringField("target", r.target().describe(r.unit()));
                json.writeStringField("result", r.verdict());
                json.writeStringField("note", r.note());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeNumber(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isNaN(value)) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, Math.round(value * 1000) / 1000.0);
        }
    }

    static void writeMarkdown(List<Result> results, String machine, Path file) throws IOException {
        Files.writeString(file, "# Copydesk benchmark results\n\n" + machine + "\n\n" + markdown(results));
    }
}
