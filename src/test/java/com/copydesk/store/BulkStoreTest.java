package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private BulkStore bulk;
    private final List<UUID> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bulk.copydesk"));
        articles = new ArticleStore(db);
        bulk = new BulkStore(db);
        for (int i = 0; i < 50; i++) {
            Article article = new Article(UUID.randomUUID(), "Story " + i, "", "", "", null,
                    i % 2 == 0 ? List.of("Local", "Politics") : List.of(), ArticleStatus.DRAFT, BodyDocument.empty(), T0, T0);
            articles.save(article);
            ids.add(article.id());
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fiftyArticlesGetANewPrimaryCategoryKeepingTheirOthers() {
        assertThat(bulk.setPrimaryCategory(ids, " Politics ", T0.plusSeconds(60)).articles()).isEqualTo(50);
        assertThat(articles.find(ids.get(0)).orElseThrow().categories()).containsExactly("Politics", "Local");
        assertThat(articles.find(ids.get(1)).orElseThrow().categories()).containsExactly("Politics");
        assertThat(articles.find(ids.get(1)).orElseThrow().modified()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aNewCategoryNameIsCreatedOnceAndAnUnknownIdIsSkipped() {
        List<UUID> withGone = new ArrayList<>(ids.subList(0, 3));
        withGone.add(UUID.randomUUID());
        assertThat(bulk.setPrimaryCategory(withGone, "Weather", T0).articles()).isEqualTo(3);
        assertThat(new CategoryStore(db).all()).extracting(c -> c.name()).containsOnlyOnce("Weather");
    }

    @Test
    void articlesFiledUnderANameTypedInAnotherCaseGoUnderTheStoredSpelling() {
        new CategoryStore(db).create("Économie");
        BulkStore.Filed filed = bulk.setPrimaryCategory(ids.subList(0, 2), "ÉCONOMIE", T0);
        assertThat(filed.category().name()).isEqualTo("Économie");
        assertThat(articles.find(ids.get(1)).orElseThrow().categories()).containsExactly("Économie");
        assertThat(new CategoryStore(db).all()).extracting(c -> c.name()).containsOnlyOnce("Économie");
    }

    @Test
    void aTagIsAddedToEveryArticleAfterItsOwnTagsAndOnceOnly() {
        TagStore tags = new TagStore(db);
        tags.setTags(ids.get(0), List.of("Harbor", "Café"));
        assertThat(bulk.addTag(ids, "CAFE\u0301", T0.plusSeconds(60), done -> { })).isEqualTo(49);
        assertThat(tags.tagsOf(ids.get(0))).containsExactly("Harbor", "Café");
        assertThat(tags.tagsOf(ids.get(1))).containsExactly("Café");
        assertThat(articles.find(ids.get(1)).orElseThrow().modified()).isEqualTo(T0.plusSeconds(60));
        assertThat(tags.all()).containsExactly("Café", "Harbor");
    }

    @Test
    void aTagIsRemovedFromEveryArticleThatHasItIgnoringCase() {
        bulk.addTag(ids.subList(0, 10), "rowing", T0, done -> { });
        assertThat(bulk.removeTag(ids, "ROWING", T0.plusSeconds(60), done -> { })).isEqualTo(10);
        assertThat(new TagStore(db).tagsOf(ids.get(0))).isEmpty();
        assertThatThrownBy(() -> bulk.addTag(ids, "a, b", T0, done -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comma");
    }

    @Test
    void progressIsToldAsArticlesAreDoneAndAnInterruptionRollsEverythingBack() {
        List<UUID> many = new ArrayList<>(ids);
        for (int i = 0; i < 600; i++) {
            Article article = new Article(UUID.randomUUID(), "More " + i, "", "", "", null, List.of(),
                    ArticleStatus.DRAFT, BodyDocument.empty(), T0, T0);
            articles.save(article);
            many.add(article.id());
        }
        List<Integer> told = new ArrayList<>();
        bulk.setPrimaryCategory(many, "Science", T0, told::add);
        assertThat(told).containsExactly(250, 500, 650);

        assertThatThrownBy(() -> bulk.setPrimaryCategory(many, "World", T0, done -> {
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM article_categories ac JOIN categories c "
                + "ON c.id = ac.category_id WHERE c.name = 'World'")).isZero();
    }

    @Test
    void theConnectionsPageCacheIsAsItWasAfterABulkChangeAndAfterACancelledOne() {
        long before = TestDatabases.longValue(db, "PRAGMA cache_size");

        bulk.setPrimaryCategory(ids, "Science", T0, done -> { });
        bulk.addTag(ids, "harbor", T0, done -> { });
        assertThat(TestDatabases.longValue(db, "PRAGMA cache_size")).isEqualTo(before);

        assertThatThrownBy(() -> bulk.setPrimaryCategory(ids, "World", T0, done -> {
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");
        assertThat(TestDatabases.longValue(db, "PRAGMA cache_size")).isEqualTo(before);
    }

    @Test
    void aReporterCannotMarkManyArticlesReadyAndNoneChanges() {
        UserProfile reporter = new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER);
        bulk.applyStep(ids, WorkflowAction.SUBMIT_FOR_REVIEW, reporter, T0, "");
        assertThatThrownBy(() -> bulk.applyStep(ids, WorkflowAction.MARK_READY, reporter, T0, ""))
                .hasMessage("Only an editor can mark ready; your profile says reporter (Edit → Profile…), "
                        + "so none of the 50 selected articles was changed.");
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM articles WHERE status = 'IN_REVIEW'")).isEqualTo(50);
    }

    @Test
    void aStepAllowedForAllIsTakenForAllAndRecorded() {
        assertThat(bulk.applyStep(ids, WorkflowAction.SUBMIT_FOR_REVIEW, EDITOR, T0, "")).isEqualTo(50);
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM articles WHERE status = 'IN_REVIEW'")).isEqualTo(50);
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM status_history")).isEqualTo(50);
    }

    @Test
    void aBulkStepIncludingATrashedArticleChangesNoneAndNamesIt() {
        articles.trash(ids.get(3), T0);

        assertThatThrownBy(() -> bulk.applyStep(ids, WorkflowAction.SUBMIT_FOR_REVIEW, EDITOR, T0.plusSeconds(60), ""))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("“Story 3” is in the Trash");
        assertThat(articles.find(ids.get(0)).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aStepNotAllowedForSomeChangesNoneAndSaysWhich() {
        new WorkflowStore(db).apply(ids.get(7), WorkflowAction.SPIKE, EDITOR, T0, "");
        assertThatThrownBy(() -> bulk.applyStep(ids, WorkflowAction.SUBMIT_FOR_REVIEW, EDITOR, T0, ""))
                .hasMessage("Cannot submit for review 1 of the 50 selected articles, so none was changed: "
                        + "“Story 7” is Spiked.");
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM articles WHERE status = 'IN_REVIEW'")).isZero();
    }
}
