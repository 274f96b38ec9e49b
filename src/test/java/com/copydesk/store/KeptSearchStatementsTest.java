package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static com.copydesk.store.ArticleStoreTest.headlines;
import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Searches reuse statements kept prepared on the connection: they must never answer from an old state. */
class KeptSearchStatementsTest {

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("kept.copydesk");
        db = Database.open(file);
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSearchKeepsItsStatementsPreparedAndReusesThem() {
        save("Zebra crossing", "Stripes on the road.", 1);

        store.list("zebra", 100);
        int kept = db.preparedCount();
        store.list("zeb", 100);
        store.list("stripes", 100);

        assertThat(kept).isPositive();
        assertThat(db.preparedCount()).isEqualTo(kept);
    }

    @Test
    void savesEditsTrashAndDeletesShowInTheNextSearch() {
        assertThat(store.list("zebra", 100)).isEmpty();

        Article zebra = save("Zebra crossing", "Stripes on the road.", 1);
        assertThat(headlines(store.list("zebra", 100))).containsExactly("Zebra crossing");
        assertThat(store.list("zebra", 100).get(0).snippet()).contains(ArticleSummary.HIGHLIGHT_START + "Zebra");

        store.save(new Article(zebra.id(), "Pelican crossing", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("Lights on the road.")), T0, T0.plusSeconds(120)));
        assertThat(store.list("zebra", 100)).isEmpty();
        assertThat(store.list("pelican", 100).get(0).snippet())
                .isEqualTo(ArticleSummary.HIGHLIGHT_START + "Pelican" + ArticleSummary.HIGHLIGHT_END + " crossing");

        store.trash(zebra.id(), T0.plusSeconds(180));
        assertThat(store.list("pelican", 100)).isEmpty();
        store.restore(zebra.id());
        assertThat(headlines(store.list("pelican", 100))).containsExactly("Pelican crossing");
        store.delete(zebra.id());
        assertThat(store.list("pelican", 100)).isEmpty();
    }

    @Test
    void theTrashCountedForTheLimitFollowsTheTrash() {
        for (int i = 0; i < 5; i++) {
            save("Heron " + i, "Grey bird.", i);
        }
        List<UUID> newest = store.list("", 2).stream().map(ArticleSummary::id).toList();
        assertThat(store.list("heron", 3)).hasSize(3);

        newest.forEach(id -> store.trash(id, T0.plusSeconds(600)));

        assertThat(headlines(store.list("heron", 3))).containsExactlyInAnyOrder("Heron 0", "Heron 1", "Heron 2");
        store.emptyTrash();
        assertThat(headlines(store.list("heron", 3))).containsExactlyInAnyOrder("Heron 0", "Heron 1", "Heron 2");
    }

    @Test
    void anotherConnectionsSearchSeesWritesMadeAfterIt() {
        try (Database reader = Database.openReadOnly(file)) {
            ArticleStore readerStore = new ArticleStore(reader);
            assertThat(readerStore.list("zebra", 100)).isEmpty();

            save("Zebra crossing", "Stripes on the road.", 1);

            assertThat(headlines(readerStore.list("zebra", 100))).containsExactly("Zebra crossing");
        }
    }

    @Test
    void searchesStillWorkAfterTheSchemaChanges() {
        save("Zebra crossing", "Stripes on the road.", 1);
        store.list("zebra", 100);

        TestDatabases.execute(db, "CREATE INDEX articles_headline_test ON articles(headline)");
        TestDatabases.execute(db, "INSERT INTO article_search(article_search) VALUES('rebuild')");
        save("Zebra herd", "On the plain.", 2);

        assertThat(headlines(store.list("zebra", 100))).containsExactlyInAnyOrder("Zebra crossing", "Zebra herd");
        TestDatabases.execute(db, "DROP INDEX articles_headline_test");
        assertThat(headlines(store.list("zebra", 100))).containsExactlyInAnyOrder("Zebra crossing", "Zebra herd");
    }

    @Test
    void aBackupRestoredOverTheOpenDatabaseIsWhatTheNextSearchFinds() {
        save("Zebra crossing", "Stripes on the road.", 1);
        Backups backups = new Backups(db);
        Path daily = backups.makeDailyIfNeeded(T0).orElseThrow();
        save("Zebra herd", "On the plain.", 2);
        assertThat(store.list("zebra", 100)).hasSize(2);

        backups.restore(daily, T0.plusSeconds(600));

        assertThat(headlines(store.list("zebra", 100))).containsExactly("Zebra crossing");
        assertThat(store.list("herd", 100)).isEmpty();
    }

    @Test
    void closingReleasesTheKeptStatementsAndReopeningSearchesAgain() {
        save("Zebra crossing", "Stripes on the road.", 1);
        store.list("zebra", 100);

        db.close();

        assertThat(db.preparedCount()).isZero();
        assertThatThrownBy(() -> store.list("zebra", 100)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already closed");
        db = Database.open(file);
        store = new ArticleStore(db);
        assertThat(headlines(store.list("zebra", 100))).containsExactly("Zebra crossing");
    }

    @Test
    void keptStatementsAreUsedOnlyUnderTheDatabasesLock() {
        assertThatThrownBy(() -> db.withPrepared("SELECT 1", statement -> null))
                .isInstanceOf(IllegalStateException.class);
    }

    private Article save(String headline, String body, int minutes) {
        Article article = new Article(UUID.randomUUID(), headline, "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(body)), T0, T0.plusSeconds(60L * minutes));
        store.save(article);
        return article;
    }
}
