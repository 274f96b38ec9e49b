package com.copydesk.bench.store;

import com.copydesk.article.ArticleSummary;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.HeapGrowth;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The article list on a large archive, at the store layer: opening the database and reading the
 * first page of the list; reading every further page as the list scrolls; the heap holding the
 * whole list once scrolled to the end; and SQLite's quick check of the whole file, which start-up
 * no longer waits for. Each beside bare JDBC doing the same reads on the same file.
 */
public final class ListBenchmark implements Benchmark {

    /** A page of the list: the rows the app asks for at once. */
    private static final int PAGE = 500;
    private static final int OPEN_RUNS = 9;

    /** The store's list row (ArticleRows.SUMMARY_COLUMNS): the primary category is a column since V8. */
    private static final String COLUMNS = "a.id, a.headline, a.status, a.modified_at, a.byline, a.word_count, "
            + "a.primary_category";
    private static final String FIRST_PAGE = "SELECT " + COLUMNS + " FROM articles a WHERE a.deleted_at IS NULL"
            + " ORDER BY a.modified_at DESC, a.id LIMIT ?";
    private static final String NEXT_PAGE = "SELECT " + COLUMNS + " FROM articles a WHERE a.deleted_at IS NULL"
            + " AND a.modified_at <= ? AND (a.modified_at < ? OR a.id > ?) ORDER BY a.modified_at DESC, a.id LIMIT ?";

    @Override
    public String name() {
        return "list";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.list.articles", 100_000);
        Path file = context.datasets().articles(count);
        List<Result> results = new ArrayList<>();
        results.add(open(file, count));
        results.add(scroll(file, count));
        results.add(heap(file, count));
        results.add(quickCheck(file, count));
        return results;
    }

    private static Result open(Path file, int count) throws Exception {
        try (Database warm = Database.open(file)) {
            new ArticleStore(warm).list("", PAGE); // closes cleanly, so later opens skip the whole-file check
        }
        double[] ours = new double[OPEN_RUNS];
        double[] bare = new double[OPEN_RUNS];
        for (int i = 0; i < OPEN_RUNS; i++) {
            ours[i] = Samples.onceMillis(() -> {
                try (Database database = Database.open(file)) {
                    requireFull(new ArticleStore(database).list("", PAGE).size());
                }
            });
            bare[i] = Samples.onceMillis(() -> {
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                    requireFull(bareFirstPage(connection).size());
                }
            });
        }
        return new Result(String.format("Open the database and read the list's first %d rows (%,d articles)", PAGE, count),
                "ms", Samples.median(ours), Samples.median(bare), "bare JDBC connection + same first page",
                Target.atMost(300), "median of " + OPEN_RUNS + "; schema check, writer lock, WAL settings, migration check");
    }

    private static Result scroll(Path file, int count) throws Exception {
        List<Double> ours = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        try (Database database = Database.open(file);
             Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ArticleStore store = new ArticleStore(database);
            for (int pass = 0; pass < 2; pass++) { // pass 0 warms up
                List<ArticleSummary> page = store.list("", PAGE);
                List<String[]> barePage = bareFirstPage(connection);
                while (!page.isEmpty()) {
                    ArticleSummary last = page.get(page.size() - 1);
                    long start = System.nanoTime();
                    page = store.listAfter(last, PAGE);
                    double oursMs = (System.nanoTime() - start) / 1e6;
                    String[] bareLast = barePage.get(barePage.size() - 1);
                    start = System.nanoTime();
                    barePage = bareNextPage(connection, bareLast);
                    double bareMs = (System.nanoTime() - start) / 1e6;
                    if (pass > 0) {
                        ours.add(oursMs);
                        bare.add(bareMs);
                    }
                    if (page.size() != barePage.size()) {
                        throw new IllegalStateException("the store and bare JDBC read different pages");
                    }
                }
            }
        }
        return new Result(String.format("Scroll the list: each next page of %d rows, down to the last of %,d", PAGE, count),
                "ms", median(ours), median(bare), "bare JDBC, same keyset query", Target.atMost(16),
                ours.size() + " pages; a page per 60 Hz frame would be smooth (no cell rendering measured)");
    }

    private static Result heap(Path file, int count) throws Exception {
        List<List<?>> kept = new ArrayList<>();
        long ours = HeapGrowth.during(() -> {
            Database database = Database.open(file);
            try {
                ArticleStore store = new ArticleStore(database);
                List<ArticleSummary> all = new ArrayList<>(store.list("", PAGE));
                while (true) {
                    List<ArticleSummary> page = store.listAfter(all.get(all.size() - 1), PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    all.addAll(page);
                }
                kept.add(all);
            } finally {
                database.close();
            }
        });
        int rows = kept.get(0).size();
        kept.clear();
        long bare = HeapGrowth.during(() -> {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                List<String[]> all = new ArrayList<>(bareFirstPage(connection));
                while (true) {
                    List<String[]> page = bareNextPage(connection, all.get(all.size() - 1));
                    if (page.isEmpty()) {
                        break;
                    }
                    all.addAll(page);
                }
                kept.add(all);
            }
        });
        kept.clear();
        return new Result(String.format("Heap after opening and scrolling the whole list (%,d rows kept)", rows), "MiB",
                ours / 1048576.0, bare / 1048576.0, "bare JDBC, rows kept as String[]", Target.atMost(300),
                "live heap growth, GC forced every 100 ms");
    }

    private static Result quickCheck(Path file, int count) throws Exception {
        double ours = Samples.onceMillis(() -> {
            if (Database.quickCheck(file).isPresent()) {
                throw new IllegalStateException("the benchmark database is damaged: " + file);
            }
        });
        double bare = Samples.onceMillis(() -> {
            byte[] buffer = new byte[1 << 20];
            try (InputStream in = Files.newInputStream(file)) {
                while (in.read(buffer) >= 0) {
                    // read the whole file once
                }
            }
        });
        return new Result(String.format("PRAGMA quick_check of the whole file (%,d articles, %,d MB)", count,
                Files.size(file) >> 20), "ms", ours, bare, "reading the file once", Target.reportOnly(),
                "one run each; at open only after an unclean shutdown, else in the background after the first frame");
    }

    private static List<String[]> bareFirstPage(Connection connection) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(FIRST_PAGE)) {
            select.setInt(1, PAGE);
            return rows(select);
        }
    }

    private static List<String[]> bareNextPage(Connection connection, String[] last) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(NEXT_PAGE)) {
            long modified = Long.parseLong(last[3]);
            select.setLong(1, modified);
            select.setLong(2, modified);
            select.setString(3, last[0]);
            select.setInt(4, PAGE);
            return rows(select);
        }
    }

    private static List<String[]> rows(PreparedStatement select) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                String[] row = new String[7];
                for (int i = 0; i < row.length; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void requireFull(int rows) {
        if (rows != PAGE) {
            throw new IllegalStateException("the first page held " + rows + " rows");
        }
    }


    private static double median(List<Double> values) {
        return Samples.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
