package com.copydesk.bench.exchange;

import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.HeapGrowth;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.body.BodyStats;
import com.copydesk.exchange.JsonExporter;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * JSON export of every article of a generated database through {@link JsonExporter}, against a
 * bare loop that reads the same rows through JDBC (categories, tags, timeline and notes built as
 * JSON by SQLite) and writes the same fields with Jackson's streaming API, counting words the same
 * way (the stored count, or BodyStats on the stored plain text for rows without one). Both pass the
 * body's UTF-8 bytes from SQLite to Jackson without a String in between, memory-map the database
 * file for the read and write through a 64 KiB buffer. Runs alternate between
 * the two. Throughput in MB/s of output; heap growth measured in a separate run that
 * samples live heap (after a forced GC) every 100 ms, so it counts retained memory, not garbage.
 */
public final class JsonExportBenchmark implements Benchmark {

    private static final int RUNS = 3;

    private static final String SQL = "SELECT a.id, a.headline, a.dek, a.byline, a.dateline, a.publish_date, a.status, "
            + "a.created_at, a.modified_at, a.body_html, a.body_text, a.word_count, "
            + "(SELECT json_group_array(c.name) FROM (SELECT c.name FROM article_categories ac JOIN categories c "
            + "ON c.id = ac.category_id WHERE ac.article_id = a.id ORDER BY ac.position) c) AS categories, "
            + "(SELECT json_group_array(t.name) FROM (SELECT t.name FROM article_tags at JOIN tags t "
            + "ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY at.position) t) AS tags, "
            + "(SELECT json_group_array(json_object('from', from_status, 'to', to_status, 'action', action, "
            + "'by', user_name, 'initials', user_initials, 'at', strftime('%Y-%m-%dT%H:%M:%fZ', changed_at / 1000.0, "
            + "'unixepoch'), 'note', note)) FROM (SELECT * FROM status_history h WHERE h.article_id = a.id "
            + "ORDER BY h.id)) AS history, "
            + "(SELECT json_group_array(json_object('number', id, 'replyTo', parent_id, 'author', author_name, "
            + "'initials', author_initials, 'created', strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch'), "
            + "'text', text, 'resolved', resolved_at, 'resolvedBy', resolved_by)) FROM (SELECT * FROM review_notes n "
            + "WHERE n.article_id = a.id ORDER BY coalesce(n.parent_id, n.id), n.id)) AS notes "
            + "FROM articles a WHERE a.deleted_at IS NULL ORDER BY a.modified_at DESC, a.id";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.export.articles", 100_000);
        Path file = context.datasets().articles(count);
        Path dir = context.scratch("export");
        Path oursOut = dir.resolve("ours.json");
        Path bareOut = dir.resolve("bare.json");
        try (Database database = Database.open(file);
             Connection bare = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            JsonExporter exporter = new JsonExporter(new ArticleStore(database), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            Samples.Work ours = () -> exporter.export(List.of(), oursOut);
            Samples.Work baseline = () -> bareExport(bare, bareOut);
            double[][] times = alternating(ours, baseline);
            double oursMs = Samples.median(times[0]);
            double bareMs = Samples.median(times[1]);
            double oursMb = Files.size(oursOut) / 1e6;
            double bareMb = Files.size(bareOut) / 1e6;
            long oursHeap = HeapGrowth.during(ours);
            long bareHeap = HeapGrowth.during(baseline);
            String size = String.format("%,d articles, %.0f MB", count, oursMb);
            return List.of(
                    new Result("JSON export throughput (" + size + ")", "MB/s", oursMb / (oursMs / 1000),
                            bareMb / (bareMs / 1000), "bare JDBC + Jackson streaming", Target.atLeastAndWithin(50, 2),
                            String.format("%.1f s vs %.1f s; median of %d, taken in turns, after 1 warm-up each", oursMs / 1000,
                                    bareMs / 1000, RUNS)),
                    new Result("JSON export heap growth (" + size + ")", "MiB", oursHeap / 1048576.0,
                            bareHeap / 1048576.0, "bare JDBC + Jackson streaming", Target.atMost(64),
                            "max live heap during export minus before"));
        }
    }

    /** Ours and the baseline in turns, so that a change in the machine's load falls on both alike. */
    private static double[][] alternating(Samples.Work ours, Samples.Work baseline) throws Exception {
        ours.run();
        baseline.run();
        double[][] times = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[0][i] = Samples.millis(0, 1, ours)[0];
            times[1][i] = Samples.millis(0, 1, baseline)[0];
        }
        return times;
    }

    private static void bareExport(Connection connection, Path target) throws Exception {
        JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA mmap_size = " + (1L << 36)); // as the exporter maps the whole file for its read
        }
        try (JsonGenerator json = factory.createGenerator(
                new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024), JsonEncoding.UTF8);
             PreparedStatement select = connection.prepareStatement(SQL);
             ResultSet rows = select.executeQuery()) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "copydesk");
            json.writeNumberField("version", 1);
            json.writeArrayFieldStart("articles");
            while (rows.next()) {
                json.writeStartObject();
                json.writeStringField("id", rows.getString(1));
                json.writeStringField("headline", rows.getString(2));
                json.writeStringField("dek", rows.getString(3));
                json.writeStringField("byline", rows.getString(4));
                json.writeStringField("dateline", rows.getString(5));
                json.writeStringField("publishDate", rows.getString(6));
                json.writeStringField("status", rows.getString(7));
                json.writeFieldName("categories");
                json.writeRawValue(rows.getString(13));
                json.writeFieldName("tags");
                json.writeRawValue(rows.getString(14));
                json.writeStringField("created", Instant.ofEpochMilli(rows.getLong(8)).toString());
                json.writeStringField("modified", Instant.ofEpochMilli(rows.getLong(9)).toString());
                json.writeObjectFieldStart("body");
                // SQLite's UTF-8 bytes straight into the UTF-8 output (no String in between), as the exporter does.
                byte[] html = rows.getBytes(10);
                json.writeFieldName("html");
                json.writeUTF8String(html, 0, html.length);
                byte[] text = rows.getBytes(11);
                json.writeFieldName("text");
                json.writeUTF8String(text, 0, text.length);
                int words = rows.getInt(12);
                json.writeNumberField("wordCount", rows.wasNull()
                        ? BodyStats.countWords(new String(text, StandardCharsets.UTF_8)) : words);
                json.writeEndObject();
                json.writeFieldName("statusHistory");
                json.writeRawValue(rows.getString(15));
                json.writeFieldName("notes");
                json.writeRawValue(rows.getString(16));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
