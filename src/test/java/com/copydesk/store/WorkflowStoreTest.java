package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.StatusChange;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserProfile REPORTER = new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER);
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "JB", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private WorkflowStore workflow;
    private Article draft;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        workflow = new WorkflowStore(db);
        draft = article(UUID.randomUUID(), ArticleStatus.DRAFT);
        articles.save(draft);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStepChangesTheStatusAndRecordsWhoWhenAndTheNote() {
        workflow.apply(draft.id(), WorkflowAction.SUBMIT_FOR_REVIEW, REPORTER, T0.plusSeconds(60), "  first go ");
        workflow.apply(draft.id(), WorkflowAction.REQUEST_CHANGES, EDITOR, T0.plusSeconds(120), "Second source?");

        Article stored = articles.find(draft.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ArticleStatus.CHANGES_REQUESTED);
        assertThat(stored.modified()).isEqualTo(T0.plusSeconds(120));
        assertThat(workflow.history(draft.id())).containsExactly(
                new StatusChange(draft.id(), ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW,
                        WorkflowAction.SUBMIT_FOR_REVIEW, "Ana Reyes", "AR", T0.plusSeconds(60), "first go"),
                new StatusChange(draft.id(), ArticleStatus.IN_REVIEW, ArticleStatus.CHANGES_REQUESTED,
                        WorkflowAction.REQUEST_CHANGES, "Jon Berg", "JB", T0.plusSeconds(120), "Second source?"));
    }

    @Test
    void aStepNotAllowedFromTheStoredStateIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> workflow.apply(draft.id(), WorkflowAction.MARK_PUBLISHED, EDITOR, T0, ""))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot mark published: the article is now Draft.");
        assertThat(articles.find(draft.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(workflow.history(draft.id())).isEmpty();
    }

    @Test
    void aStepOnADeletedArticleSaysSo() {
        articles.delete(draft.id());
        articles.emptyTrash();
        assertThatThrownBy(() -> workflow.apply(draft.id(), WorkflowAction.SPIKE, EDITOR, T0, ""))
                .hasMessage("The article no longer exists in this database.");
    }

    @Test
    void restoringASpikedArticleReturnsItToTheStateItHad() {
        workflow.apply(draft.id(), WorkflowAction.SUBMIT_FOR_REVIEW, REPORTER, T0, "");
        workflow.apply(draft.id(), WorkflowAction.MARK_READY, EDITOR, T0, "");
        workflow.apply(draft.id(), WorkflowAction.SPIKE, EDITOR, T0, "Legal says no");
        assertThat(articles.find(draft.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SPIKED);

        StatusChange restored = workflow.apply(draft.id(), WorkflowAction.RESTORE, EDITOR, T0, "");

        assertThat(restored.to()).isEqualTo(ArticleStatus.READY);
        assertThat(articles.find(draft.id()).orElseThrow().status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void theNewStatesCanBeSavedWithAnArticle() {
        Article spiked = article(UUID.randomUUID(), ArticleStatus.SPIKED);
        Article sentBack = article(UUID.randomUUID(), ArticleStatus.CHANGES_REQUESTED);
        articles.save(spiked);
        articles.save(sentBack);
        assertThat(articles.find(spiked.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SPIKED);
        assertThat(articles.find(sentBack.id()).orElseThrow().status()).isEqualTo(ArticleStatus.CHANGES_REQUESTED);
    }

    @Test
    void afterReopeningTheStatusCheckKnowsTheNewStatesAndStillRefusesUnknownOnes() {
        db.close();
        db = Database.open(dir.resolve("desk.copydesk"));
        assertThat(TestDatabases.stringValue(db, "SELECT sql FROM sqlite_master WHERE name = 'articles'"))
                .contains("'CHANGES_REQUESTED', 'SPIKED'");
        TestDatabases.execute(db, "UPDATE articles SET status = 'SPIKED'");
        assertThatThrownBy(() -> TestDatabases.execute(db, "UPDATE articles SET status = 'BOGUS'"))
                .hasMessageContaining("CHECK constraint failed");
    }

    @Test
    void emptyingTheTrashDeletesTheTimelineWithTheArticle() {
        workflow.apply(draft.id(), WorkflowAction.SUBMIT_FOR_REVIEW, REPORTER, T0, "");
        articles.delete(draft.id());
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM status_history")).isOne();
        articles.emptyTrash();
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM status_history")).isZero();
    }

    @Test
    void aVersionOneDatabaseKeepsItsArticlesAndCategoriesWhenTheDeskMigrationRuns() throws Exception {
        Path old = dir.resolve("old.copydesk");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            new Migrator(connection, old, List.of(Migrations.ALL.get(0))).migrate();
        }
        Article kept = article(UUID.randomUUID(), ArticleStatus.READY);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            var statement = connection.createStatement();
            statement.executeUpdate("INSERT INTO articles (id, headline, status, body_html, body_text, created_at, "
                    + "modified_at) VALUES ('" + kept.id() + "', 'Kept', 'READY', '<p>x</p>', 'x', 0, 0)");
            statement.executeUpdate("INSERT INTO article_categories VALUES ('" + kept.id() + "', 1, 0)");
        }

        try (Database migrated = Database.open(old)) {
            ArticleStore store = new ArticleStore(migrated);
            assertThat(store.find(kept.id()).orElseThrow().categories()).containsExactly("Politics");
            new WorkflowStore(migrated).apply(kept.id(), WorkflowAction.SPIKE, EDITOR, T0, "");
            assertThat(store.find(kept.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SPIKED);
            assertThat(TestDatabases.stringValue(migrated, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(TestDatabases.longValue(migrated, "SELECT count(*) FROM pragma_foreign_key_check")).isZero();
        }
    }

    @Test
    void theDeskMigrationStopsAndChangesNothingWhenItCannotWidenTheStatusCheck() throws Exception {
        Path odd = dir.resolve("odd.copydesk");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + odd)) {
            new Migrator(connection, odd, List.of(Migrations.ALL.get(0))).migrate();
            var statement = connection.createStatement();
            statement.execute("PRAGMA writable_schema = ON");
            statement.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, '''READY'', ''PUBLISHED'')', "
                    + "'''READY'',''PUBLISHED'')') WHERE name = 'articles'");
            statement.execute("PRAGMA writable_schema = RESET");
        }

        assertThatThrownBy(() -> Database.open(odd)).isInstanceOf(StoreException.class)
                .hasMessageContaining("CHECK constraint failed");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + odd);
             var rows = connection.createStatement().executeQuery("SELECT max(version) FROM schema_version")) {
            rows.next();
            int desk = Migrations.ALL.stream().filter(m -> m.resource().contains("__desk"))
                    .mapToInt(Migration::version).findFirst().orElseThrow();
            assertThat(rows.getInt(1)).as("the migrations before the desk's still apply").isEqualTo(desk - 1);
        }
    }

    private static Article article(UUID id, ArticleStatus status) {
        return new Article(id, "Harbor cranes", "", "Ana Reyes", "", null, List.of("Local"), status,
                BodyDocument.of(Block.paragraph("Text.")), T0, T0);
    }
}
