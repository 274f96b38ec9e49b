package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A full disk, simulated with SQLite's page limit: the save fails cleanly and nothing half-written remains. */
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
}
