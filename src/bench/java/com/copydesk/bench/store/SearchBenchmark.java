package com.copydesk.bench.store;

import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Search as you type: each keystroke's query for the first 100 results through
 * {@link ArticleStore#list} (ranked FTS5 match, rows joined, snippets for the first screenful)
 * against the bare FTS5 query for the same ranked 100 rowids through JDBC on the same file.
 * Two words are typed letter by letter: a common one and one found in about 1 article in 200.
 */
public final class SearchBenchmark implements Benchmark {

    private static final int LIMIT = 100;
    private static final int PASSES = 5;

    /** The bare full-text query: the ranked first 100 matches of the typed prefix, nothing joined. */
    private static final String SQL =
            "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?";

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.search.articles", 100_000);
        Path file = context.datasets().articles(count);
        List<Result> results = new ArrayList<>();
        try (Database database = Database.open(file);
             Connection bare = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ArticleStore store = new ArticleStore(database);
            results.add(typed(store, bare, "council", count, "common word"));
            results.add(typed(store, bare, DatasetGenerator.RARE_WORD.toLowerCase(java.util.Locale.ROOT), count,
                    "word in ~0.5% of articles"));
        }
        return results;
    }

    private static Result typed(ArticleStore store, Connection bare, String word, int count, String what) throws Exception {
        List<String> keystrokes = new ArrayList<>();
        for (int i = 1; i <= word.length(); i++) {
            keystrokes.add(word.substring(0, i));
        }
        List<Double> ours = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int pass = 0; pass <= PASSES; pass++) {
            for (String query : keystrokes) {
                double oursMs = time(() -> check(store.list(query, LIMIT)));
                double bareMs = time(() -> check(bareList(bare, query)));
                if (pass > 0) { // pass 0 warms up
                    ours.add(oursMs);
                    baseline.add(bareMs);
                }
            }
        }
        return new Result(String.format("Search as you type, first %d of %,d articles, \"%s\" typed (%s)",
                LIMIT, count, word, what), "ms", median(ours), median(baseline), "bare FTS5 query, JDBC",
                Target.atMostAndRatio(30, 1.5), "median over every keystroke, " + PASSES + " passes; FTS5, bm25 rank");
    }

    private static void check(List<?> rows) {
        if (rows.size() > LIMIT) {
            throw new IllegalStateException("more rows than the limit");
        }
    }

    private static List<String> bareList(Connection connection, String query) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, "\"" + query.replace("\"", "\"\"") + "\"*");
            select.setInt(2, LIMIT);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static double time(Samples.Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        return Samples.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

}
