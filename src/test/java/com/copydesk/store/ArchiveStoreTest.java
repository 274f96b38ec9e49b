package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveStoreTest {

    private static final Instant T0 = Instant.parse("2024-05-01T09:30:00.123Z");
    private static final UserProfile ED = new UserProfile("Ed Itor", "EI", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Database db;
    private ArchiveStore archive;
    private ArticleStore articles;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("archive.copydesk"));
        archive = new ArchiveStore(db);
        articles = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Article article(String text) {
        return new Article(UUID.randomUUID(), "Headline", "", "", "", null, List.of("Local"), ArticleStatus.DRAFT,
                new BodyDocument(List.of(Block.paragraph(text), Block.paragraph("well-known — 3.5"))), T0, T0);
    }

    private List<StoredArticle> all() {
        List<StoredArticle> all = new ArrayList<>();
        archive.forEach(List.of(), false, all::add);
        return all;
    }

    @Test
    void theWordCountIsKeptOnSaveAndCountedFromTheTextForRowsSavedBeforeItWasKept() {
        Article article = article("Don’t count 🙂 as a word");
        articles.save(article);
        int expected = BodyStats.of(article.body()).words();

        assertThat(all().get(0).wordCount()).isEqualTo(expected);
        assertThat(TestDatabases.longValue(db, "SELECT word_count FROM articles")).isEqualTo(expected);

        TestDatabases.execute(db, "UPDATE articles SET word_count = NULL");
        assertThat(all().get(0).wordCount()).isEqualTo(expected);
    }

    @Test
    void readsTheBodyAsStoredWithTagsTimelineAndNotes() {
        Article article = article("Body");
        articles.save(article);
        new TagStore(db).setTags(article.id(), List.of("budget", "Café"));
        new WorkflowStore(db).apply(article.id(), WorkflowAction.SUBMIT_FOR_REVIEW, ED, T0.plusSeconds(60), "ready?");
        ReviewNote note = new NoteStore(db).add(article.id(), null, ED, T0.plusSeconds(90), "Check the figure");
        new NoteStore(db).add(article.id(), note.id(), ED, T0.plusSeconds(95), "Done");

        StoredArticle stored = all().get(0);

        assertThat(stored.bodyHtml()).hasToString(com.copydesk.body.HtmlCodec.toHtml(article.body()));
        assertThat(stored.bodyText()).hasToString(article.body().plainText());
        assertThat(stored.tags()).containsExactly("budget", "Café");
        assertThat(stored.history()).extracting(StatusChange::to).containsExactly(ArticleStatus.IN_REVIEW);
        assertThat(stored.notes()).extracting(ReviewNote::text).containsExactly("Check the figure", "Done");
        assertThat(stored.revisions()).isEmpty();
    }

    @Test
    void theFileIsMappedOnlyWhileTheArchiveIsRead() {
        articles.save(article("Body"));
        long[] during = new long[1];

        archive.forEach(List.of(), false, stored -> during[0] = -1);
        assertThat(TestDatabases.longValue(db, "PRAGMA mmap_size")).as("after a read").isZero();

        assertThatThrownBy(() -> archive.forEach(List.of(), false, stored -> {
            throw new IllegalStateException("the consumer failed");
        })).hasMessageContaining("the consumer failed");
        assertThat(TestDatabases.longValue(db, "PRAGMA mmap_size")).as("after a failed read").isZero();
        assertThat(during[0]).isEqualTo(-1);
    }

    @Test
    void aFailureWhileSavingBundlesKeepsNothingOfThem() {
        Article first = article("First");
        StatusChange step = new StatusChange(first.id(), ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW,
                WorkflowAction.SUBMIT_FOR_REVIEW, "Ed", "E", T0, "");
        ReviewNote note = new ReviewNote(1, first.id(), null, "Ed", "E", T0, "A note", null, null);
        ArticleBundle bundle = new ArticleBundle(first, List.of("budget"), List.of(step), List.of(note), List.of());
        Iterator<ArticleBundle> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ArticleBundle next() {
                if (given++ == 0) {
                    return bundle;
                }
                throw new IllegalStateException("broken file");
            }
        };

        assertThatThrownBy(() -> archive.saveAll(failing, (incoming, exists) -> incoming))
                .hasMessage("broken file");

        assertThat(all()).isEmpty();
        for (String table : List.of("articles", "article_tags", "status_history", "review_notes", "revisions")) {
            assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void savingTheSameBundleTwiceAddsTimelineNotesAndRevisionsOnce() {
        Article article = article("Body");
        ReviewNote note = new ReviewNote(7, article.id(), null, "Ed", "E", T0, "A note", null, null);
        ReviewNote reply = new ReviewNote(8, article.id(), 7L, "Ada", "A", T0.plusSeconds(1), "Reply", null, null);
        StatusChange step = new StatusChange(article.id(), ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW,
                WorkflowAction.SUBMIT_FOR_REVIEW, "Ed", "E", T0, "");
        StoredRevision revision = new StoredRevision(T0, T0, "Ed", null, "Old headline", "", "", "", null,
                ArticleStatus.DRAFT, List.of(), "<p>Old</p>\n");
        ArticleBundle bundle = new ArticleBundle(article, List.of("budget"), List.of(step), List.of(note, reply),
                List.of(revision));

        archive.saveAll(List.of(bundle).iterator(), (incoming, exists) -> incoming);
        archive.saveAll(List.of(bundle).iterator(), (incoming, exists) -> incoming);

        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM articles")).isEqualTo(1);
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM status_history")).isEqualTo(1);
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM review_notes")).isEqualTo(2);
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM revisions")).isEqualTo(1);
        List<ReviewNote> notes = new NoteStore(db).notes(article.id());
        assertThat(notes.get(1).parentId()).isEqualTo(notes.get(0).id());
    }

    private static ArticleBundle bundle(Article article) {
        return ArticleBundle.of(article);
    }

    private static Article withText(Article article, String text) {
        return new Article(article.id(), article.headline(), "", "", "", null, article.categories(),
                ArticleStatus.DRAFT, new BodyDocument(List.of(Block.paragraph(text))), T0, T0.plusSeconds(600));
    }

    private List<UUID> found(String query) {
        return articles.list(query, 100).stream().map(com.copydesk.article.ArticleSummary::id).toList();
    }

    /** FTS5's own check that the index holds exactly the text of the articles table. */
    private void assertSearchIndexMatchesTheArticles() {
        TestDatabases.execute(db, "INSERT INTO article_search (article_search) VALUES ('integrity-check')");
    }

    @Test
    void importedArticlesAreFoundBySearchInAnEmptyDatabase() {
        Article first = article("A quokka on the ferry");
        Article second = article("Two quokkas and a pelican");

        archive.saveAll(List.of(bundle(first), bundle(second)).iterator(), (incoming, exists) -> incoming);

        assertThat(found("quokka")).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(found("pelican")).containsExactly(second.id());
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void importedArticlesAreFoundBySearchBesideTheArticlesAlreadyThere() {
        Article there = article("A zebra crossing");
        articles.save(there);
        Article imported = article("A zebra in the harbour");

        archive.saveAll(List.of(bundle(imported)).iterator(), (incoming, exists) -> incoming);

        assertThat(found("zebra")).containsExactlyInAnyOrder(there.id(), imported.id());
        assertThat(found("harbour")).containsExactly(imported.id());
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void aReplacedArticleIsFoundByItsNewWordsOnly() {
        Article there = article("The walrus report");
        articles.save(there);

        archive.saveAll(List.of(bundle(withText(there, "The narwhal report"))).iterator(),
                (incoming, exists) -> incoming);

        assertThat(found("walrus")).isEmpty();
        assertThat(found("narwhal")).containsExactly(there.id());
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void anArticleTwiceInOneImportIsFoundByItsLastText() {
        Article first = article("The first okapi draft");
        Article again = withText(first, "The second ibex draft");

        archive.saveAll(List.of(bundle(first), bundle(again)).iterator(), (incoming, exists) -> incoming);

        assertThat(found("okapi")).isEmpty();
        assertThat(found("ibex")).containsExactly(first.id());
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void articlesSavedAfterAnImportAreStillIndexedAsTheyAreSaved() {
        archive.saveAll(List.of(bundle(article("Imported tapir"))).iterator(), (incoming, exists) -> incoming);
        Article later = article("A later tapir and a lemur");

        articles.save(later);
        articles.save(withText(later, "Now only a gecko"));

        assertThat(found("lemur")).isEmpty();
        assertThat(found("gecko")).containsExactly(later.id());
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void aFailedImportLeavesSearchAsItWas() {
        Article there = article("A heron at dawn");
        articles.save(there);
        Iterator<ArticleBundle> failing = List.of(bundle(withText(there, "A stork at dusk")), bundle(article("x")))
                .iterator();
        Iterator<ArticleBundle> breaksAfterTwo = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ArticleBundle next() {
                if (failing.hasNext()) {
                    return failing.next();
                }
                throw new IllegalStateException("broken file");
            }
        };

        assertThatThrownBy(() -> archive.saveAll(breaksAfterTwo, (incoming, exists) -> incoming))
                .hasMessage("broken file");
        Article later = article("A crane at noon");
        articles.save(later);

        assertThat(found("heron")).containsExactly(there.id());
        assertThat(found("stork")).isEmpty();
        assertThat(found("crane")).containsExactly(later.id());
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void anImportedArticleHasOneRevisionOfItsContentAndItsWordCount() {
        Article article = article("Counted words here");

        archive.saveAll(List.of(bundle(article)).iterator(), (incoming, exists) -> incoming);

        List<com.copydesk.article.Revision> revisions = new RevisionStore(db).list(article.id());
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).words()).isEqualTo(BodyStats.of(article.body()).words());
        assertThat(TestDatabases.longValue(db, "SELECT word_count FROM articles"))
                .isEqualTo(BodyStats.of(article.body()).words());
        assertThat(new RevisionStore(db).content(revisions.get(0).id()).orElseThrow().body()).isEqualTo(article.body());
    }

    private long storedIndexMemorySettings() {
        return TestDatabases.longValue(db, "SELECT count(*) FROM article_search_config WHERE k = 'hashsize'");
    }

    private Iterator<ArticleBundle> breakingAfter(List<ArticleBundle> bundles) {
        Iterator<ArticleBundle> given = bundles.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ArticleBundle next() {
                if (given.hasNext()) {
                    return given.next();
                }
                throw new IllegalStateException("broken file");
            }
        };
    }

    @Test
    void theSearchIndexKeepsNoSettingOfTheImportAfterIt() {
        archive.saveAll(List.of(bundle(article("A quokka"))).iterator(), (incoming, exists) -> incoming);

        assertThat(storedIndexMemorySettings()).isZero();
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void aStoredSearchIndexSettingIsAsItWasAfterAnImport() {
        TestDatabases.execute(db, "INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 2097152)");

        archive.saveAll(List.of(bundle(article("A quokka"))).iterator(), (incoming, exists) -> incoming);

        assertThat(TestDatabases.longValue(db, "SELECT v FROM article_search_config WHERE k = 'hashsize'"))
                .isEqualTo(2097152);
    }

    @Test
    void aFailedImportLeavesTheSearchIndexSettingsAsTheyWere() {
        assertThatThrownBy(() -> archive.saveAll(breakingAfter(List.of(bundle(article("x")))),
                (incoming, exists) -> incoming)).hasMessage("broken file");
        assertThat(storedIndexMemorySettings()).isZero();

        TestDatabases.execute(db, "INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 2097152)");
        assertThatThrownBy(() -> archive.saveAll(breakingAfter(List.of(bundle(article("x")))),
                (incoming, exists) -> incoming)).hasMessage("broken file");
        assertThat(TestDatabases.longValue(db, "SELECT v FROM article_search_config WHERE k = 'hashsize'"))
                .isEqualTo(2097152);
    }

    @Test
    void importedArticlesAreFoundByTheBeginningOfAWordAndByAPhrase() {
        Article ferry = article("A quokka on the ferry");
        Article harbour = article("The ferry left a quokka behind");

        archive.saveAll(List.of(bundle(ferry), bundle(harbour)).iterator(), (incoming, exists) -> incoming);

        assertThat(found("quo")).containsExactlyInAnyOrder(ferry.id(), harbour.id());
        assertThat(found("ferr")).containsExactlyInAnyOrder(ferry.id(), harbour.id());
        assertThat(found("\"quokka on the ferry\"")).containsExactly(ferry.id());
        assertThat(found("\"ferry left\"")).containsExactly(harbour.id());
    }

    @Test
    void anArticleIndexedEarlierInTheSameImportAndReplacedIsFoundByItsLastTextOnly() {
        Article first = article("The first okapi draft");
        List<ArticleBundle> bundles = new ArrayList<>();
        bundles.add(bundle(first));
        for (int i = 0; i < 150; i++) {
            bundles.add(bundle(article("Filler number " + i)));
        }
        bundles.add(bundle(withText(first, "The second ibex draft")));

        archive.saveAll(bundles.iterator(), (incoming, exists) -> incoming);

        assertThat(found("okapi")).isEmpty();
        assertThat(found("ibex")).containsExactly(first.id());
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM articles")).isEqualTo(151);
        assertSearchIndexMatchesTheArticles();
    }

    @Test
    void aNewArticleIsWrittenOnceWithItsPrimaryCategoryAsStored() {
        articles.save(new Article(UUID.randomUUID(), "There", "", "", "", null, List.of("Politics"),
                ArticleStatus.DRAFT, new BodyDocument(List.of(Block.paragraph("x"))), T0, T0));
        Article imported = new Article(UUID.randomUUID(), "Imported", "", "", "", null, List.of("politics", "Local"),
                ArticleStatus.DRAFT, new BodyDocument(List.of(Block.paragraph("y"))), T0, T0);
        TestDatabases.execute(db, "CREATE TEMP TABLE rewrites (id TEXT)");
        TestDatabases.execute(db, "CREATE TEMP TRIGGER count_rewrites AFTER UPDATE ON main.articles BEGIN "
                + "INSERT INTO rewrites VALUES (new.id); END");

        archive.saveAll(List.of(bundle(imported)).iterator(), (incoming, exists) -> incoming);

        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM rewrites")).isZero();
        assertThat(TestDatabases.stringValue(db, "SELECT primary_category FROM articles WHERE id = '"
                + imported.id() + "'")).isEqualTo("Politics");
        assertThat(articles.find(imported.id()).orElseThrow().categories())
                .containsExactly("Politics", "Local");
    }

    @Test
    void theConnectionsPageCacheIsAsItWasAfterAnImportAndAfterAFailedOne() {
        long before = TestDatabases.longValue(db, "PRAGMA cache_size");

        archive.saveAll(List.of(bundle(article("A quokka"))).iterator(), (incoming, exists) -> incoming);
        assertThat(TestDatabases.longValue(db, "PRAGMA cache_size")).isEqualTo(before);

        assertThatThrownBy(() -> archive.saveAll(breakingAfter(List.of(bundle(article("x")))),
                (incoming, exists) -> incoming)).hasMessage("broken file");
        assertThat(TestDatabases.longValue(db, "PRAGMA cache_size")).isEqualTo(before);
    }
}
