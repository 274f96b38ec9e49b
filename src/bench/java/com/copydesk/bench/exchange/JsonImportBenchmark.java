package com.copydesk.bench.exchange;

import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.HeapGrowth;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.exchange.ArticleImporter;
import com.copydesk.exchange.ConflictPolicy;
import com.copydesk.exchange.JsonExporter;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Import of a Copydesk JSON export into an empty database through {@link ArticleImporter} (one
 * transaction, bodies cleaned through the HTML codec, categories, tags, revisions, search index),
 * against a bare loop that parses the same file with Jackson's streaming API and inserts the same
 * article rows and category links through JDBC into the same schema (triggers and all), in one
 * transaction. A second row compares the import with the export of the same articles (issue #7:
 * the import takes under 2× the export time); two more put the bare loop, and the bare loop with
 * the search index's triggers dropped, beside the export: the floor any importer into this
 * schema stands on.
 */
public final class JsonImportBenchmark implements Benchmark {

    private static final int RUNS = 3;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.import.articles", 100_000);
        Path source = context.datasets().articles(count);
        Path dir = context.scratch("import");
        Path file = dir.resolve("export.json");
        double exportMs;
        try (Database database = Database.open(source)) {
            JsonExporter exporter = new JsonExporter(new ArticleStore(database), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            exportMs = Samples.medianMillis(1, RUNS, () -> exporter.export(List.of(), file));
        }
        double mb = Files.size(file) / 1e6;
        int[] run = {0};
        Samples.Work ours = () -> {
            Path db = dir.resolve("ours-" + run[0]++ + ".copydesk");
            try (Database database = Database.open(db)) {
                new ArticleImporter(new ArticleStore(database)).importFile(file, ConflictPolicy.SKIP);
            }
            deleteDatabase(db);
        };
        Samples.Work baseline = () -> bareRun(dir.resolve("bare-" + run[0]++ + ".copydesk"), file, List.of());
        Samples.Work rowsOnly = () -> bareRun(dir.resolve("rows-" + run[0]++ + ".copydesk"), file,
                List.of("articles_search_insert", "articles_search_update"));
        double oursMs = Samples.medianMillis(0, RUNS, ours);
        double bareMs = Samples.medianMillis(0, RUNS, baseline);
        double rowsMs = Samples.medianMillis(0, RUNS, rowsOnly);
        long oursHeap = HeapGrowth.during(ours);
        String size = String.format("%,d articles, %.0f MB", count, mb);
        return List.of(
                new Result("JSON import throughput (" + size + ")", "MB/s", mb / (oursMs / 1000), mb / (bareMs / 1000),
                        "bare Jackson parse + JDBC insert", Target.reportOnly(),
                        String.format("%.1f s vs %.1f s; median of %d", oursMs / 1000, bareMs / 1000, RUNS)),
                new Result("JSON import time against export time (" + size + ")", "s", oursMs / 1000, exportMs / 1000,
                        "JsonExporter, same articles", Target.ratioAtMost(2),
                        "import into an empty database, one transaction"),
                new Result("JSON import: the bare loop's time against export time (" + size + ")", "s", bareMs / 1000,
                        exportMs / 1000, "JsonExporter, same articles", Target.reportOnly(),
                        "what the schema's writes cost with no cleaning: the floor under any importer"),
                new Result("JSON import: bare rows and links only, no search index, against export (" + size + ")", "s",
                        rowsMs / 1000, exportMs / 1000, "JsonExporter, same articles", Target.reportOnly(),
                        "the bare loop with the index triggers dropped: SQLite's row writes alone"),
                new Result("JSON import heap growth (" + size + ")", "MiB", oursHeap / 1048576.0, Double.NaN,
                        "—", Target.atMost(64), "max live heap during import minus before"));
    }

    /** The bare loop into a new database of our schema, with {@code droppedTriggers} dropped first. */
    private static void bareRun(Path db, Path file, List<String> droppedTriggers) throws Exception {
        Database.open(db).close();
        try (Connection connection = bareConnection(db)) {
            try (var statement = connection.createStatement()) {
                for (String trigger : droppedTriggers) {
                    statement.execute("DROP TRIGGER " + trigger);
                }
            }
            bareImport(file, connection);
        }
        deleteDatabase(db);
    }

    private static Connection bareConnection(Path db) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + db);
    }

    private static void deleteDatabase(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Path backups = db.resolveSibling("backups");
        if (Files.isDirectory(backups)) {
            try (var walk = Files.walk(backups)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Streams the articles of the file and inserts each as a row with its category links. */
    private static void bareImport(Path file, Connection connection) throws Exception {
        connection.setAutoCommit(false);
        Map<String, Long> categoryIds = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(file.toFile());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO articles (id, headline, dek, byline, "
                     + "dateline, publish_date, status, body_html, body_text, created_at, modified_at, word_count, "
                     + "search_id, primary_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = connection.prepareStatement(
                     "INSERT INTO article_categories (article_id, category_id, position) VALUES (?, ?, ?)");
             PreparedStatement category = connection.prepareStatement(
                     "INSERT INTO categories (name, position) VALUES (?, 0) ON CONFLICT (name) DO UPDATE SET name = name "
                             + "RETURNING id")) {
            long searchId = 0;
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals("articles")) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        insertArticle(parser, insert, link, category, categoryIds, ++searchId);
                    }
                }
            }
        }
        connection.commit();
    }

    private static void insertArticle(JsonParser parser, PreparedStatement insert, PreparedStatement link,
                                      PreparedStatement category, Map<String, Long> categoryIds, long searchId)
            throws Exception {
        Map<String, String> fields = new HashMap<>();
        List<String> categories = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("categories")) {
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    categories.add(parser.getText());
                }
            } else if (name.equals("body")) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String bodyField = parser.currentName();
                    parser.nextToken();
                    fields.put("body." + bodyField, parser.getText());
                }
            } else if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                parser.skipChildren();
            } else {
                fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            }
        }
        String id = fields.get("id");
        insert.setString(1, id);
        insert.setString(2, fields.get("headline"));
        insert.setString(3, fields.get("dek"));
        insert.setString(4, fields.get("byline"));
        insert.setString(5, fields.get("dateline"));
        insert.setString(6, fields.get("publishDate"));
        insert.setString(7, fields.get("status"));
        insert.setString(8, fields.get("body.html"));
        insert.setString(9, fields.get("body.text"));
        insert.setLong(10, Instant.parse(fields.get("created")).toEpochMilli());
        insert.setLong(11, Instant.parse(fields.get("modified")).toEpochMilli());
        insert.setInt(12, Integer.parseInt(fields.get("body.wordCount")));
        insert.setLong(13, searchId);
        // Set at once, as the importer does: linking the categories then finds it right and V8's trigger rewrites no row.
        insert.setString(14, categories.isEmpty() ? "" : categories.get(0));
        insert.executeUpdate();
        int position = 0;
        for (String name : categories) {
            Long categoryId = categoryIds.get(name);
            if (categoryId == null) {
                category.setString(1, name);
                try (ResultSet row = category.executeQuery()) {
                    row.next();
                    categoryId = row.getLong(1);
                }
                categoryIds.put(name, categoryId);
            }
            link.setString(1, id);
            link.setLong(2, categoryId);
            link.setInt(3, position++);
            link.executeUpdate();
        }
    }
}
