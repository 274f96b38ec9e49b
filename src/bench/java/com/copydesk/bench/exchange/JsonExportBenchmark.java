package com.copydesk.bench.exchange;

import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.HeapGrowth;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.exchange.JsonExporter;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * JSON export of every article of a generated database through {@link JsonExporter}, against a
 * bare loop that reads the same rows through JDBC and writes the same fields with Jackson's
 * streaming API. Throughput in MB/s of output; heap growth measured in a separate run that
 * samples live heap (after a forced GC) every 100 ms, so it counts retained memory, not garbage.
 */
public final class JsonExportBenchmark implements Benchmark {

    private static final int RUNS = 3;

    private static final String SQL = "SELECT a.id, a.headline, a.dek, a.byline, a.dateline, a.publish_date, a.status, "
            + "a.created_at, a.modified_at, a.body_html, a.body_text, "
            + "(SELECT json_group_array(c.name) FROM (SELECT c.name FROM article_categories ac JOIN categories c "
            + "ON c.id = ac.category_id WHERE ac.article_id = a.id ORDER BY ac.position) c) AS categories "
            + "FROM articles a ORDER BY a.modified_at DESC, a.id";

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
            double oursMs = Samples.medianMillis(1, RUNS, ours);
            double bareMs = Samples.medianMillis(1, RUNS, baseline);
            double oursMb = Files.size(oursOut) / 1e6;
            double bareMb = Files.size(bareOut) / 1e6;
            long oursHeap = HeapGrowth.during(ours);
            long bareHeap = HeapGrowth.during(baseline);
            String size = String.format("%,d articles, %.0f MB", count, oursMb);
            return List.of(
                    new Result("JSON export throughput (" + size + ")", "MB/s", oursMb / (oursMs / 1000),
                            bareMb / (bareMs / 1000), "bare JDBC + Jackson streaming", Target.atLeastAndWithin(50, 2),
                            String.format("%.1f s vs %.1f s; median of %d after 1 warm-up", oursMs / 1000, bareMs / 1000, RUNS)),
                    new Result("JSON export heap growth (" + size + ")", "MiB", oursHeap / 1048576.0,
                            bareHeap / 1048576.0, "bare JDBC + Jackson streaming", Target.atMost(64),
                            "max live heap during export minus before"));
        }
    }

    private static void bareExport(Connection connection, Path target) throws Exception {
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator json = factory.createGenerator(target.toFile(), JsonEncoding.UTF8);
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
                json.writeRawValue(rows.getString(12));
                json.writeStringField("created", Instant.ofEpochMilli(rows.getLong(8)).toString());
                json.writeStringField("modified", Instant.ofEpochMilli(rows.getLong(9)).toString());
                json.writeObjectFieldStart("body");
                json.writeStringField("html", rows.getString(10));
                String text = rows.getString(11);
                json.writeStringField("text", text);
                json.writeNumberField("wordCount", text.isBlank() ? 0 : text.strip().split("\\s+").length);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
