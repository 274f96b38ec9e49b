package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.StatusChange;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final UserProfile REPORTER = new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER);
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final SimpleObjectProperty<UserProfile> profile = new SimpleObjectProperty<>(REPORTER);
    private final List<ArticleSummary> changed = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Database database;
    private ArticleStore articles;
    private WorkflowStore workflowStore;
    private ArticleEditorViewModel editor;
    private WorkflowViewModel workflow;
    private Article draft;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(database);
        workflowStore = new WorkflowStore(database);
        draft = new Article(UUID.randomUUID(), "Harbor cranes", "", "Ana Reyes", "", null, List.of("Local"),
                ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("Text.")), T0, T0);
        articles.save(draft);
        SameThreadExecutor executor = new SameThreadExecutor();
        editor = new ArticleEditorViewModel(articles, executor, scheduler, clock, summary -> { });
        workflow = new WorkflowViewModel(workflowStore, editor, executor, clock, profile, changed::add, problems::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void nothingIsOfferedUntilAnArticleIsOpen() {
        assertThat(workflow.actions()).isEmpty();
        editor.open(draft.id());
        assertThat(workflow.actions()).containsExactly(WorkflowAction.SUBMIT_FOR_REVIEW, WorkflowAction.SPIKE);
        assertThat(workflow.lockedProperty().get()).isFalse();
    }

    @Test
    void takingAStepSavesPendingEditsRecordsTheCurrentUserAndOffersTheNextSteps() {
        editor.open(draft.id());
        editor.headlineProperty().set("Harbor cranes return");
        workflow.noteProperty().set("Ready when you are");

        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);

        Article stored = articles.find(draft.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("Harbor cranes return");
        assertThat(stored.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(workflow.actions()).as("a reporter judges no copy").isEmpty();
        profile.set(EDITOR);
        assertThat(workflow.actions())
                .containsExactly(WorkflowAction.REQUEST_CHANGES, WorkflowAction.MARK_READY, WorkflowAction.SPIKE);
        assertThat(workflow.timeline()).extracting(StatusChange::who, StatusChange::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Reyes", "Ready when you are"));
        assertThat(workflow.noteProperty().get()).isEmpty();
        assertThat(changed).extracting(ArticleSummary::status).containsExactly(ArticleStatus.IN_REVIEW);
    }

    @Test
    void anAutosaveAfterAStepKeepsTheNewStatus() {
        editor.open(draft.id());
        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);
        editor.dekProperty().set("A dek");
        scheduler.advance(Duration.ofSeconds(2));
        Article stored = articles.find(draft.id()).orElseThrow();
        assertThat(stored.dek()).isEqualTo("A dek");
        assertThat(stored.status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void publishedArticlesAreLockedUntilEditPublishedWhichRecordsACorrection() {
        editor.open(draft.id());
        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);
        profile.set(EDITOR);
        workflow.take(WorkflowAction.MARK_READY);
        workflow.take(WorkflowAction.MARK_PUBLISHED);
        assertThat(workflow.lockedProperty().get()).isTrue();
        assertThat(workflow.actions()).containsExactly(WorkflowAction.EDIT_PUBLISHED, WorkflowAction.SPIKE);

        workflow.take(WorkflowAction.EDIT_PUBLISHED);

        assertThat(workflow.lockedProperty().get()).isFalse();
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.DRAFT);
        StatusChange last = workflow.timeline().get(workflow.timeline().size() - 1);
        assertThat(last.isCorrection()).isTrue();
        assertThat(TimelineText.describe(last, ZoneOffset.UTC))
                .isEqualTo("25 Nov 2026, 10:00 · Jon Berg: Correction — Edit published (Published → Draft)");
    }

    @Test
    void aStepAnotherUserHasMadeImpossibleIsRefusedAndTheRealStateIsShown() {
        editor.open(draft.id());
        workflowStore.apply(draft.id(), WorkflowAction.SUBMIT_FOR_REVIEW, EDITOR, T0, "");

        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);

        assertThat(problems).containsExactly("Cannot submit for review: the article is now In review.");
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(workflow.actions()).isEmpty();
        profile.set(EDITOR);
        assertThat(workflow.actions()).contains(WorkflowAction.MARK_READY);
    }

    @Test
    void aStepThatIsNotOfferedDoesNothing() {
        editor.open(draft.id());
        workflow.take(WorkflowAction.MARK_PUBLISHED);
        assertThat(articles.find(draft.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(workflowStore.history(draft.id())).isEmpty();
    }

    @Test
    void aSpikedArticleIsLockedAndRestoredToTheStateItHad() {
        editor.open(draft.id());
        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);
        profile.set(EDITOR);
        workflow.take(WorkflowAction.SPIKE);
        assertThat(workflow.lockedProperty().get()).isTrue();
        assertThat(workflow.actions()).containsExactly(WorkflowAction.RESTORE);
        workflow.take(WorkflowAction.RESTORE);
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void aReporterIsOfferedNoEditorStepAndTakingOneAnywayChangesNothing() {
        editor.open(draft.id());
        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);
        assertThat(workflow.actions()).isEmpty();

        workflow.take(WorkflowAction.MARK_READY);
        workflow.take(WorkflowAction.REQUEST_CHANGES);

        assertThat(articles.find(draft.id()).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(workflowStore.history(draft.id())).hasSize(1);
    }

    @Test
    void switchingTheProfileToAnEditorOffersTheEditorsStepsAndBackToAReporterTakesThemAway() {
        editor.open(draft.id());
        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);
        profile.set(EDITOR);
        workflow.take(WorkflowAction.MARK_READY);
        assertThat(workflow.actions()).containsExactly(WorkflowAction.MARK_PUBLISHED, WorkflowAction.RETURN_TO_REVIEW,
                WorkflowAction.SPIKE);
        profile.set(REPORTER);
        assertThat(workflow.actions()).isEmpty();
    }

    @Test
    void aReporterMayRestoreASpikedDraftButNotASpikedPublishedStory() {
        editor.open(draft.id());
        workflow.take(WorkflowAction.SPIKE);
        assertThat(workflow.actions()).containsExactly(WorkflowAction.RESTORE);
        workflow.take(WorkflowAction.RESTORE);
        assertThat(editor.statusProperty().get()).isEqualTo(ArticleStatus.DRAFT);

        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);
        profile.set(EDITOR);
        workflow.take(WorkflowAction.MARK_READY);
        workflow.take(WorkflowAction.MARK_PUBLISHED);
        workflow.take(WorkflowAction.SPIKE);
        profile.set(REPORTER);
        assertThat(workflow.actions()).isEmpty();
    }

    @Test
    void openingAnotherArticleShowsItsOwnTimeline() {
        Article other = new Article(UUID.randomUUID(), "Other", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
        articles.save(other);
        editor.open(draft.id());
        workflow.take(WorkflowAction.SUBMIT_FOR_REVIEW);
        editor.open(other.id());
        assertThat(workflow.timeline()).isEmpty();
        editor.open(draft.id());
        assertThat(workflow.timeline()).hasSize(1);
    }
}
