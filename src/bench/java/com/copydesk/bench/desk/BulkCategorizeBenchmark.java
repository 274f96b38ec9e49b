package com.copydesk.bench.desk;

import com.copydesk.article.Article;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.BulkStore;
import com.copydesk.store.Database;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issue #6: set the primary category of 10,000 selected articles in one transaction, through
 * {@link BulkStore#setPrimaryCategory} (set-based statements on chunks of 250 ids, with its
 * progress callback after each chunk), against a bare JDBC transaction running the same two
 * set-based statements over all ids at once on an identical copy of the database (WAL,
 * synchronous=FULL). Each run files all of them under the other of two categories,
 * so every run changes every row.
 */
public final class BulkCategorizeBenchmark implements Benchmark {

    private static final String[] CATEGORIES = {"World", "Science"};
    private static final int WARMUPS = 2;
    private static final int RUNS = 9;

    @Override
    public String name() {
        return "bulk";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.bulk.articles", 10_000);
        Path dir = context.scratch("bulk");
        Path oursFile = dir.resolve("ours.copydesk");
        List<UUID> ids = new ArrayList<>();
        try (Database database = Database.open(oursFile)) {
            DatasetGenerator generator = new DatasetGenerator(DatasetGenerator.SEED, 50, 300);
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Article article = generator.next();
                articles.add(article);
                ids.add(article.id());
            }
            new ArticleStore(database).saveAll(articles);
        }
        Path bareFile = dir.resolve("bare.copydesk");
        Files.copy(oursFile, bareFile, StandardCopyOption.REPLACE_EXISTING);

        double ours;
        try (Database database = Database.open(oursFile)) {
            BulkStore bulk = new BulkStore(database);
            int[] turn = {0};
            long[] tick = {1};
            ours = Samples.medianMillis(WARMUPS, RUNS, () -> bulk.setPrimaryCategory(ids,
                    CATEGORIES[turn[0]++ % 2], java.time.Instant.ofEpochMilli(tick[0]++), done -> { }));
        }
        double bare;
        try (Connection connection = bareConfig().createConnection("jdbc:sqlite:" + bareFile)) {
            int[] turn = {0};
            long[] tick = {1};
            bare = Samples.medianMillis(WARMUPS, RUNS,
                    () -> bareCategorize(connection, ids, CATEGORIES[turn[0]++ % 2], tick[0]++));
        }
        return List.of(new Result(String.format("Set the category of %,d selected articles (one transaction)", count),
                "ms", ours, bare, "same SQL over all ids at once, bare JDBC", Target.atMost(1000),
                "chunks of " + BulkStore.PROGRESS_EVERY + " ids, a progress report after each"));
    }

    private static SQLiteConfig bareConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        return config;
    }

    /** The same two set-based statements as BulkStore, over all the ids at once, no chunks and no progress. */
    private static void bareCategorize(Connection connection, List<UUID> ids, String category, long when)
            throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (UUID id : ids) {
            json.append(json.length() > 1 ? ",\"" : "\"").append(id).append('"');
        }
        String idArray = json.append(']').toString();
        connection.setAutoCommit(false);
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM categories WHERE name = ?");
             PreparedStatement touch = connection.prepareStatement("UPDATE articles SET modified_at = ?, "
                     + "primary_category = ? WHERE id IN (SELECT value FROM json_each(?))");
             PreparedStatement link = connection.prepareStatement("INSERT INTO article_categories "
                     + "(article_id, category_id, position) SELECT a.id, ?, "
                     + "(SELECT coalesce(min(ac.position), 0) - 1 FROM article_categories ac WHERE ac.article_id = a.id) "
                     + "FROM articles a WHERE a.id IN (SELECT value FROM json_each(?)) "
                     + "ON CONFLICT (article_id, category_id) DO UPDATE SET position = excluded.position "
                     + "WHERE article_categories.position > excluded.position + 1")) {
            find.setString(1, category);
            long categoryId;
            try (ResultSet row = find.executeQuery()) {
                row.next();
                categoryId = row.getLong(1);
            }
            touch.setLong(1, when);
            touch.setString(2, category);
            touch.setString(3, idArray);
            touch.executeUpdate();
            link.setLong(1, categoryId);
            link.setString(2, idArray);
            link.executeUpdate();
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
