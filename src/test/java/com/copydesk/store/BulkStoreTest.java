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
        assertThat(bulk.setPrimaryCategory(ids, " Politics ", T0.plusSeconds(60))).isEqualTo(50);
        assertThat(articles.find(ids.get(0)).orElseThrow().categories()).containsExactly("Politics", "Local");
        assertThat(articles.find(ids.get(1)).orElseThrow().categories()).containsExactly("Politics");
        assertThat(articles.find(ids.get(1)).orElseThrow().modified()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aNewCategoryNameIsCreatedOnceAndAnUnknownIdIsSkipped() {
        List<UUID> withGone = new ArrayList<>(ids.subList(0, 3));
        withGone.add(UUID.randomUUID());
        assertThat(bulk.setPrimaryCategory(withGone, "Weather", T0)).isEqualTo(3);
        assertThat(new CategoryStore(db).all()).extracting(c -> c.name()).containsOnlyOnce("Weather");
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
