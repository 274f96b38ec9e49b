package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A full disk, simulated with SQLite's page limit: the save, import or upgrade fails cleanly, saying
 * that the disk is full, and nothing half-written remains.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsTheSaveWithAClearReasonAndKeepsThePreviousVersion() {
        Path file = dir.resolve("full.copydesk");
        try (Database db = Database.open(file)) {
            ArticleStore articles = new ArticleStore(db);
            Article first = SampleArticles.simple("Before the disk filled", T0);
            articles.save(first);
            long pages = TestDatabases.longValue(db, "PRAGMA page_count");
            TestDatabases.longValue(db, "PRAGMA max_page_count = " + pages);
            Article big = new Article(first.id(), "After", first.dek(), first.byline(), first.dateline(),
                    first.publishDate(), first.categories(), first.status(),
                    BodyDocument.of(Block.paragraph("A long story. ".repeat(20_000))), first.created(), T0.plusSeconds(600));

            StoreException e = assertThrows(StoreException.class, () -> articles.save(big));

            assertThat(e.getMessage()).contains(file.toString(), "the disk is full", "After");
            assertEquals(first, articles.find(first.id()).orElseThrow());
            assertEquals(1, new RevisionStore(db).list(first.id()).size());
            assertEquals("ok", TestDatabases.stringValue(db, "PRAGMA integrity_check"));
            assertThat(ArticleStoreTest.headlines(articles.list("after", 10))).isEmpty();

            TestDatabases.longValue(db, "PRAGMA max_page_count = 1073741823");
            articles.save(big);
            assertEquals(big, articles.find(first.id()).orElseThrow());
        }
    }

    @Test
    void anImportThatFillsTheDiskSaysSoAndLeavesTheDatabaseAsItWas() {
        Path file = dir.resolve("full.copydesk");
        try (Database db = Database.open(file)) {
            ArticleStore articles = new ArticleStore(db);
            Article kept = SampleArticles.simple("Before the disk filled", T0);
            articles.save(kept);
            long pages = TestDatabases.longValue(db, "PRAGMA page_count");
            TestDatabases.longValue(db, "PRAGMA max_page_count = " + (pages + 20));
            List<ArticleBundle> incoming = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                incoming.add(ArticleBundle.of(new Article(UUID.randomUUID(), "Imported " + i, "", "", "", null,
                        List.of(), kept.status(), BodyDocument.of(Block.paragraph("A long story. ".repeat(2_000))),
                        T0, T0)));
            }

            StoreException e = assertThrows(StoreException.class,
                    () -> articles.archive().saveAll(incoming.iterator(), (article, exists) -> article));

            assertThat(e.getMessage()).contains(file.toString(), "the disk is full");
            assertEquals(1, articles.count());
            assertEquals(kept, articles.find(kept.id()).orElseThrow());
            assertEquals("ok", TestDatabases.stringValue(db, "PRAGMA integrity_check"));

            TestDatabases.longValue(db, "PRAGMA max_page_count = 1073741823");
            articles.archive().saveAll(incoming.iterator(), (article, exists) -> article);
            assertEquals(41, articles.count());
            assertThat(ArticleStoreTest.headlines(articles.list("imported", 100))).hasSize(40);
        }
    }

    @Test
    void anUpgradeThatSqliteRollsBackItselfReportsWhyAndLeavesTheDatabaseAtItsVersion() throws Exception {
        Path file = dir.resolve("old.copydesk");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 1)).migrate();
            List<Migration> rolledBack = List.of(Migrations.ALL.get(0), Migration.named("V2__rolled_back_by_sqlite.sql"));

            SQLiteException e = assertThrows(SQLiteException.class,
                    () -> new Migrator(connection, file, rolledBack).migrate());

            assertThat(e.getMessage()).contains("database or disk is full");
            try (Statement statement = connection.createStatement();
                 ResultSet version = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                version.next();
                assertEquals(1, version.getInt(1));
            }
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }
}
