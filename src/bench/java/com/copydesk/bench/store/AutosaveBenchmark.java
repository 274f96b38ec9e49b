package com.copydesk.bench.store;

import com.copydesk.article.Article;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.DatasetGenerator;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.body.HtmlCodec;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Autosave of a 5,000-word article through {@link ArticleStore#save} (WAL, synchronous=FULL, one
 * transaction) against a bare JDBC transaction writing the same row, with the HTML and text
 * already made, into a database with the same schema and settings. Both databases first hold
 * the same 1,000 generated articles.
 */
public final class AutosaveBenchmark implements Benchmark {

    private static final int WORDS = 5_000;
    private static final int WARMUPS = 10;
    private static final int RUNS = 40;

    private static final String UPSERT = "INSERT INTO articles (id, headline, dek, byline, dateline, publish_date, "
            + "status, body_html, body_text, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, dek = excluded.dek, "
            + "byline = excluded.byline, dateline = excluded.dateline, publish_date = excluded.publish_date, "
            + "status = excluded.status, body_html = excluded.body_html, body_text = excluded.body_text, "
            + "created_at = excluded.created_at, modified_at = excluded.modified_at";

    @Override
    public String name() {
        return "autosave";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        Path dir = context.scratch("autosave");
        DatasetGenerator generator = DatasetGenerator.standard();
        List<Article> existing = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            existing.add(generator.next());
        }
        Article article = generator.next(WORDS);

        double ours;
        try (Database database = Database.open(dir.resolve("ours.copydesk"))) {
            ArticleStore store = new ArticleStore(database);
            store.saveAll(existing);
            long[] tick = {0};
            ours = Samples.medianMillis(WARMUPS, RUNS, () -> store.save(article.withModified(Instant.ofEpochMilli(++tick[0]))));
        }

        Path bareFile = dir.resolve("bare.copydesk");
        try (Database database = Database.open(bareFile)) {
            new ArticleStore(database).saveAll(existing);
        }
        double bare;
        String html = HtmlCodec.toHtml(article.body());
        String text = article.body().plainText();
        try (Connection connection = bareConfig().createConnection("jdbc:sqlite:" + bareFile)) {
            long[] tick = {0};
            bare = Samples.medianMillis(WARMUPS, RUNS, () -> bareSave(connection, article, html, text, ++tick[0]));
        }
        return List.of(new Result("Autosave of a 5,000-word article (synchronous=FULL)", "ms", ours, bare,
                "same row, bare JDBC transaction", Target.atMost(15),
                "includes HTML encoding, category links, the revision and the FTS update"));
    }

    private static SQLiteConfig bareConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        return config;
    }

    private static void bareSave(Connection connection, Article article, String html, String text, long modified)
            throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, article.id().toString());
            upsert.setString(2, article.headline());
            upsert.setString(3, article.dek());
            upsert.setString(4, article.byline());
            upsert.setString(5, article.dateline());
            upsert.setString(6, article.publishDate() == null ? null : article.publishDate().toString());
            upsert.setString(7, article.status().name());
            upsert.setString(8, html);
            upsert.setString(9, text);
            upsert.setLong(10, article.created().toEpochMilli());
            upsert.setLong(11, modified);
            upsert.executeUpdate();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
