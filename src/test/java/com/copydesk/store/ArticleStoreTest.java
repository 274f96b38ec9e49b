package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.Category;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleStoreTest {

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("newsroom.copydesk");
        db = Database.open(file);
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesANewArticleAndFindsItAgain() {
        Article article = SampleArticles.formatted(T0);

        store.save(article);

        assertEquals(Optional.of(article), store.find(article.id()));
        assertEquals(1, store.count());
    }

    @Test
    void findingAnUnknownIdGivesNothing() {
        assertEquals(Optional.empty(), store.find(UUID.randomUUID()));
    }

    @Test
    void savingAgainUpdatesEveryFieldAndTheCategories() {
        Article original = SampleArticles.formatted(T0);
        store.save(original);
        Article edited = new Article(original.id(), "New headline", "New dek", "New byline", "PARIS", null,
                List.of("Science"), ArticleStatus.PUBLISHED, BodyDocument.of(Block.paragraph("Rewritten.")),
                original.created(), T0.plusSeconds(60));

        store.save(edited);

        assertEquals(Optional.of(edited), store.find(original.id()));
        assertEquals(1, store.count());
        assertEquals(1, TestDatabases.longValue(db, "SELECT count(*) FROM article_categories"));
    }

    @Test
    void savingEditsKeepsWhatChangedInTheStoreInTheFieldsTheEditorLeftAlone() {
        Article base = SampleArticles.formatted(T0);
        store.save(base);
        store.save(base.withStatus(ArticleStatus.READY)); // a bulk step while the article is open
        Article edited = new Article(base.id(), "New headline", base.dek(), base.byline(), base.dateline(),
                base.publishDate(), List.of("Science"), base.status(), base.body(), base.created(),
                T0.plusSeconds(60));

        store.saveEdits(base, edited);

        Article stored = store.find(base.id()).orElseThrow();
        assertEquals("New headline", stored.headline());
        assertEquals(List.of("Science"), stored.categories());
        assertEquals(ArticleStatus.READY, stored.status());
        assertEquals(T0.plusSeconds(60), stored.modified());
    }

    @Test
    void savingEditsOfAnArticleDeletedForGoodDoesNotBringItBack() {
        Article base = SampleArticles.formatted(T0);
        store.save(base);
        store.delete(base.id());
        store.emptyTrash();

        boolean saved = store.saveEdits(base, base.withModified(T0.plusSeconds(5)));

        assertFalse(saved);
        assertEquals(Optional.empty(), store.find(base.id()));
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        Article first = SampleArticles.formatted(T0);
        Article second = SampleArticles.multilingual(T0.plusSeconds(1));
        store.save(first);
        store.save(second);
        db.close();

        db = Database.open(file);
        store = new ArticleStore(db);

        assertEquals(Optional.of(first), store.find(first.id()));
        assertEquals(Optional.of(second), store.find(second.id()));
        assertEquals(2, store.count());
    }

    @Test
    void keepsCategoryOrderWithTheFirstAsPrimaryAndCreatesUnknownOnes() {
        Article article = SampleArticles.simple("Flood", T0, "World", "Politics", "Climate Desk");

        store.save(article);

        assertEquals(List.of("World", "Politics", "Climate Desk"), store.find(article.id()).orElseThrow().categories());
        assertEquals("World", store.list("", 10).get(0).primaryCategory());
        List<Category> categories = new CategoryStore(db).all();
        assertEquals("Climate Desk", categories.get(categories.size() - 1).name());
    }

    @Test
    void fileCategoriesUnderTheExistingSpellingIgnoringCase() {
        Article article = SampleArticles.simple("Vote", T0, "politics", "POLITICS", "World");

        store.save(article);

        assertEquals(List.of("Politics", "World"), store.find(article.id()).orElseThrow().categories());
        assertEquals(7, new CategoryStore(db).all().size());
    }

    @Test
    void fileCategoriesUnderTheExistingSpellingIgnoringNonAsciiCaseSpacingAndUnicodeForm() {
        new CategoryStore(db).create("Économie");
        Article article = SampleArticles.simple("Budget", T0, "économie", "  New   York  ", "E\u0301CONOMIE", "new york");

        store.save(article);

        assertEquals(List.of("Économie", "New York"), store.find(article.id()).orElseThrow().categories());
        assertEquals(9, new CategoryStore(db).all().size());
    }

    @Test
    void anArticleWithoutCategoriesHasAnEmptyPrimaryCategory() {
        store.save(SampleArticles.simple("Uncategorised", T0));

        assertEquals("", store.list("", 10).get(0).primaryCategory());
    }

    @Test
    void emptyingTheTrashAlsoDeletesCategoryLinksButNotTheCategories() {
        Article kept = SampleArticles.simple("Kept", T0, "Sports");
        Article deleted = SampleArticles.simple("Deleted", T0, "Politics", "World");
        store.save(kept);
        store.save(deleted);

        store.delete(deleted.id());
        assertEquals(Optional.of(deleted), store.find(deleted.id()), "only moved to the trash");
        assertEquals(1, store.emptyTrash());

        assertEquals(Optional.empty(), store.find(deleted.id()));
        assertEquals(0, TestDatabases.longValue(db, "SELECT count(*) FROM revisions WHERE article_id = '" + deleted.id() + "'"));
        assertEquals(Optional.of(kept), store.find(kept.id()));
        assertEquals(0, TestDatabases.longValue(db,
                "SELECT count(*) FROM article_categories WHERE article_id = '" + deleted.id() + "'"));
        assertEquals(1, TestDatabases.longValue(db, "SELECT count(*) FROM article_categories"));
        assertEquals(7, new CategoryStore(db).all().size());
    }

    @Test
    void deletingAnUnknownArticleDoesNothing() {
        store.save(SampleArticles.simple("Stays", T0));

        store.delete(UUID.randomUUID());

        assertEquals(1, store.count());
    }

    @Test
    void aTenThousandCharacterHeadlineRoundTrips() {
        String headline = "Breaking ".repeat(1112).substring(0, 10_000);
        Article article = SampleArticles.simple("x", T0);
        article = new Article(article.id(), headline, article.dek(), article.byline(), article.dateline(),
                article.publishDate(), article.categories(), article.status(), article.body(), article.created(),
                article.modified());

        store.save(article);

        assertEquals(10_000, store.find(article.id()).orElseThrow().headline().length());
        assertEquals(Optional.of(article), store.find(article.id()));
        assertEquals(headline, store.list("", 1).get(0).headline());
    }

    @Test
    void emojiAndRightToLeftTextRoundTripExactlyInEveryField() {
        Article article = SampleArticles.multilingual(T0);

        store.save(article);

        Article found = store.find(article.id()).orElseThrow();
        assertEquals(article, found);
        assertEquals(article.headline(), found.headline());
        assertEquals(article.categories(), found.categories());
        assertEquals(article.body().plainText(), TestDatabases.stringValue(db,
                "SELECT body_text FROM articles WHERE id = '" + article.id() + "'"));
    }

    @Test
    void anEmptyArticleRoundTrips() {
        Article empty = Article.newDraft(UUID.randomUUID(), "", T0);

        store.save(empty);

        assertEquals(Optional.of(empty), store.find(empty.id()));
        assertEquals(List.of(ArticleSummary.of(empty)), store.list("", 10));
    }

    @Test
    void everyStatusCanBeStored() {
        for (ArticleStatus status : ArticleStatus.values()) {
            Article base = SampleArticles.simple(status.name(), T0);
            Article article = new Article(base.id(), base.headline(), base.dek(), base.byline(), base.dateline(),
                    LocalDate.of(1999, 12, 31), base.categories(), status, base.body(), base.created(),
                    base.modified());
            store.save(article);
            assertEquals(Optional.of(article), store.find(article.id()));
        }
    }

    @Test
    void timestampsAreKeptToTheMillisecond() {
        Instant precise = Instant.parse("2024-05-01T09:30:00.123456789Z");
        Article article = Article.newDraft(UUID.randomUUID(), "Ada Reporter", precise);

        store.save(article);

        Article found = store.find(article.id()).orElseThrow();
        assertEquals(precise.truncatedTo(ChronoUnit.MILLIS), found.created());
        assertEquals(precise.truncatedTo(ChronoUnit.MILLIS), found.modified());
    }

    @Test
    void aFailedSaveChangesNothingAtAll() {
        Article original = SampleArticles.simple("Original", T0, "Sports");
        store.save(original);
        // Make the second category link fail, after the article row and a new category were written.
        TestDatabases.execute(db, "CREATE TEMP TRIGGER refuse_second_category BEFORE INSERT ON article_categories "
                + "WHEN NEW.position = 1 BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        Article edited = new Article(original.id(), "Edited", "", "", "", null, List.of("Science", "Brand New"),
                ArticleStatus.READY, original.body(), original.created(), T0.plusSeconds(5));

        StoreException e = assertThrows(StoreException.class, () -> store.save(edited));

        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("Edited"), e.getMessage());
        assertEquals(Optional.of(original), store.find(original.id()));
        assertEquals(7, new CategoryStore(db).all().size());
    }

    @Test
    void listsNewestFirstUpToTheLimit() {
        Article oldest = SampleArticles.simple("Oldest", T0);
        Article newest = SampleArticles.simple("Newest", T0.plusSeconds(20));
        Article middle = SampleArticles.simple("Middle", T0.plusSeconds(10));
        store.save(oldest);
        store.save(newest);
        store.save(middle);

        assertEquals(List.of("Newest", "Middle", "Oldest"), headlines(store.list("", 10)));
        assertEquals(List.of("Newest", "Middle"), headlines(store.list(null, 2)));
        assertEquals(List.of(), store.list("", 0));
        assertEquals(3, store.count());
    }

    @Test
    void summariesCarryWhatTheListShows() {
        Article article = SampleArticles.formatted(T0.plusSeconds(3));
        store.save(article);

        assertEquals(List.of(ArticleSummary.of(article)), store.list("", 10));
    }

    static List<String> headlines(List<ArticleSummary> summaries) {
        return summaries.stream().map(ArticleSummary::headline).toList();
    }

    @Test
    void saveAllStoresEveryArticleAsSaveWould() {
        Article first = SampleArticles.formatted(T0);
        Article second = SampleArticles.simple("Second", T0.plusSeconds(1), "Sports", "Brand New");

        store.saveAll(List.of(first, second));

        assertEquals(Optional.of(first), store.find(first.id()));
        assertEquals(Optional.of(second), store.find(second.id()));
        assertEquals(2, store.count());
    }

    @Test
    void saveAllStoresNothingWhenOneArticleFails() {
        TestDatabases.execute(db, "CREATE TEMP TRIGGER refuse_second_category BEFORE INSERT ON article_categories "
                + "WHEN NEW.position = 1 BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        Article fine = SampleArticles.simple("Fine", T0, "Sports");
        Article refused = SampleArticles.simple("Refused", T0, "Science", "Brand New");

        assertThrows(StoreException.class, () -> store.saveAll(List.of(fine, refused)));

        assertEquals(0, store.count());
        assertEquals(7, new CategoryStore(db).all().size());
    }
}
