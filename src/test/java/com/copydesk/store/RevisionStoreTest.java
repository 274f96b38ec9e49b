package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.Revision;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RevisionStoreTest {

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private RevisionStore revisions;
    private Article article;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("revisions.copydesk"));
        articles = new ArticleStore(db);
        revisions = new RevisionStore(db);
        article = SampleArticles.simple("Budget", T0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewArticleHasOneRevision() {
        articles.save(article);

        List<Revision> history = revisions.list(article.id());

        assertEquals(1, history.size());
        assertEquals(T0, history.get(0).saved());
        assertEquals(3, history.get(0).words());
        assertEquals(3, history.get(0).wordDelta());
        assertEquals("", history.get(0).author());
        assertNull(history.get(0).restoredFrom());
    }

    @Test
    void savesWithinTwoMinutesMergeIntoOneRevision() {
        articles.save(article);
        articles.save(withBody("One two three four", T0.plusSeconds(50)));
        articles.save(withBody("One two three four five", T0.plusSeconds(110)));

        List<Revision> history = revisions.list(article.id());

        assertEquals(1, history.size());
        assertEquals(T0.plusSeconds(110), history.get(0).saved());
        assertEquals("One two three four five", revisions.content(history.get(0).id()).orElseThrow().body().plainText());
    }

    @Test
    void aSaveAfterTheWindowStartsANewRevisionWithItsWordDelta() {
        articles.save(article);
        articles.save(withBody("One two three four five six seven", T0.plusSeconds(130)));

        List<Revision> history = revisions.list(article.id());

        assertEquals(2, history.size());
        assertEquals(7, history.get(0).words());
        assertEquals(4, history.get(0).wordDelta());
    }

    @Test
    void continuousTypingStillLeavesARevisionEveryTwoMinutes() {
        articles.save(article);
        for (int second = 30; second <= 600; second += 30) {
            articles.save(withBody("Words " + second, T0.plusSeconds(second)));
        }

        assertEquals(6, revisions.list(article.id()).size(), "0-90 s, 120-210, 240-330, 360-450, 480-570, 600");
    }

    @Test
    void savingUnchangedContentAddsNoRevision() {
        articles.save(article);
        articles.save(article.withModified(T0.plus(Duration.ofHours(1))));

        assertEquals(1, revisions.list(article.id()).size());
    }

    @Test
    void restoreMakesTheOldTextCurrentAsANewRevisionSoItCanBeUndone() {
        articles.save(article);
        articles.save(withBody("Rewritten entirely", T0.plusSeconds(600)));
        Revision original = revisions.list(article.id()).get(1);

        Article restored = revisions.restore(original.id(), T0.plusSeconds(700));

        assertEquals(article.body(), restored.body());
        assertEquals(restored, articles.find(article.id()).orElseThrow());
        List<Revision> history = revisions.list(article.id());
        assertEquals(3, history.size());
        assertEquals(T0, history.get(0).restoredFrom());
        articles.save(withBody("Edited after restore", T0.plusSeconds(710)));
        assertEquals(4, revisions.list(article.id()).size(), "a restore is never merged into");
        revisions.restore(history.get(1).id(), T0.plusSeconds(800));
        assertEquals("Rewritten entirely", articles.find(article.id()).orElseThrow().body().plainText());
    }

    @Test
    void restoringAMissingRevisionSaysSo() {
        StoreException e = assertThrows(StoreException.class, () -> revisions.restore(12345, T0));
        org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("no longer exists");
    }

    @Test
    void oldRevisionsArePrunedWhenNewOnesAreAdded() {
        articles.save(article);
        Instant week = T0.plus(Duration.ofDays(10));
        for (int minutes = 0; minutes < 60; minutes += 5) {
            articles.save(withBody("Day one edit " + minutes, T0.plus(Duration.ofMinutes(3 + minutes))));
        }
        articles.save(withBody("Much later", week));

        List<Revision> history = revisions.list(article.id());

        assertEquals(2, history.size(), "one for the old day, plus the newest");
        assertEquals(week, history.get(0).saved());
    }

    private Article withBody(String text, Instant modified) {
        return new Article(article.id(), article.headline(), article.dek(), article.byline(), article.dateline(),
                article.publishDate(), article.categories(), article.status(), BodyDocument.of(Block.paragraph(text)),
                article.created(), modified);
    }
}
