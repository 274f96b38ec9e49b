package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Restoring an earlier version brings back its words; the workflow status stays the desk's (it
 * changes only by a step, with its permission and its line in the timeline), and categories
 * renamed or merged since come back under the names they have now.
 */
class RestoringAVersionTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserProfile REPORTER = new UserProfile("Ana Reyes", "AR", UserProfile.Role.REPORTER);
    private static final UserProfile EDITOR = new UserProfile("Jon Berg", "JB", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private RevisionStore revisions;
    private WorkflowStore workflow;
    private CategoryAdminStore categories;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        revisions = new RevisionStore(db);
        workflow = new WorkflowStore(db);
        categories = new CategoryAdminStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theWorkflowStatusAndTimelineStayAsTheyAre() {
        Article first = article("First words.", List.of("Local"), T0);
        articles.save(first);
        long firstVersion = revisions.list(first.id()).get(0).id();
        articles.save(withBody(first, "Second words.", T0.plusSeconds(600)));
        workflow.apply(first.id(), WorkflowAction.SUBMIT_FOR_REVIEW, REPORTER, T0.plusSeconds(700), "");

        Article restored = revisions.restore(firstVersion, T0.plusSeconds(800));

        Article stored = articles.find(first.id()).orElseThrow();
        assertThat(stored.body().plainText()).isEqualTo("First words.");
        assertThat(stored.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(restored).isEqualTo(stored);
        assertThat(workflow.history(first.id())).hasSize(1);
    }

    @Test
    void aPublishedStoryIsNotChangedByARestoreUntilItIsOpenedForEditing() {
        Article story = article("Draft words.", List.of("Local"), T0);
        articles.save(story);
        long draftVersion = revisions.list(story.id()).get(0).id();
        articles.save(withBody(story, "Published words.", T0.plusSeconds(600)));
        workflow.apply(story.id(), WorkflowAction.SUBMIT_FOR_REVIEW, REPORTER, T0.plusSeconds(700), "");
        workflow.apply(story.id(), WorkflowAction.MARK_READY, EDITOR, T0.plusSeconds(710), "");
        workflow.apply(story.id(), WorkflowAction.MARK_PUBLISHED, EDITOR, T0.plusSeconds(720), "");
        int versions = revisions.list(story.id()).size();

        assertThatThrownBy(() -> revisions.restore(draftVersion, T0.plusSeconds(800)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Published").hasMessageContaining("Edit published");

        Article stored = articles.find(story.id()).orElseThrow();
        assertThat(stored.body().plainText()).isEqualTo("Published words.");
        assertThat(stored.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(revisions.list(story.id())).hasSize(versions);

        workflow.apply(story.id(), WorkflowAction.EDIT_PUBLISHED, EDITOR, T0.plusSeconds(900), "");
        revisions.restore(draftVersion, T0.plusSeconds(910));
        assertThat(articles.find(story.id()).orElseThrow().body().plainText()).isEqualTo("Draft words.");
    }

    @Test
    void aSpikedStoryIsNotChangedByARestore() {
        Article story = article("Old words.", List.of("Local"), T0);
        articles.save(story);
        long oldVersion = revisions.list(story.id()).get(0).id();
        articles.save(withBody(story, "New words.", T0.plusSeconds(600)));
        workflow.apply(story.id(), WorkflowAction.SPIKE, REPORTER, T0.plusSeconds(700), "");

        assertThatThrownBy(() -> revisions.restore(oldVersion, T0.plusSeconds(800)))
                .isInstanceOf(StoreException.class).hasMessageContaining("Spiked");
        assertThat(articles.find(story.id()).orElseThrow().body().plainText()).isEqualTo("New words.");
    }

    @Test
    void aStoryInTheTrashIsNotChangedByARestoreUntilItIsTakenOut() {
        Article story = article("Old words.", List.of("Local"), T0);
        articles.save(story);
        long oldVersion = revisions.list(story.id()).get(0).id();
        articles.save(withBody(story, "New words.", T0.plusSeconds(600)));
        articles.trash(story.id(), T0.plusSeconds(700));
        int versions = revisions.list(story.id()).size();

        assertThatThrownBy(() -> revisions.restore(oldVersion, T0.plusSeconds(800)))
                .isInstanceOf(StoreException.class).hasMessageContaining("Trash");

        assertThat(articles.find(story.id()).orElseThrow().body().plainText()).isEqualTo("New words.");
        assertThat(revisions.list(story.id())).hasSize(versions);
        articles.restore(story.id());
        revisions.restore(oldVersion, T0.plusSeconds(900));
        assertThat(articles.find(story.id()).orElseThrow().body().plainText()).isEqualTo("Old words.");
    }

    @Test
    void categoriesRenamedOrMergedSinceComeBackUnderTheirNamesOfNow() {
        categories.create("Arts desk");
        categories.create("Town");
        categories.create("Statehouse");
        Article story = article("Words.", List.of("Town", "Statehouse"), T0);
        articles.save(story);
        long filedThen = revisions.list(story.id()).get(0).id();
        articles.save(story.withCategories(List.of("Arts desk")).withModified(T0.plusSeconds(600)));
        categories.rename(idOf("Town"), "Zoning");
        categories.merge(idOf("Statehouse"), idOf("Arts desk"));
        categories.rename(idOf("Zoning"), "City hall");

        Article restored = revisions.restore(filedThen, T0.plusSeconds(800));

        assertThat(restored.categories()).containsExactly("City hall", "Arts desk");
        assertThat(articles.find(story.id()).orElseThrow().categories()).containsExactly("City hall", "Arts desk");
        assertThat(categories.overview()).extracting(CategoryInfo::name)
                .contains("City hall", "Arts desk").doesNotContain("Town", "Zoning", "Statehouse");
    }

    @Test
    void aCategoryDeletedWithItsArticlesMovedComesBackAsTheOneTheyWentTo() {
        categories.create("Commerce");
        categories.create("Markets");
        Article story = article("Words.", List.of("Markets"), T0);
        articles.save(story);
        long filedThen = revisions.list(story.id()).get(0).id();
        articles.save(story.withCategories(List.of("Commerce")).withModified(T0.plusSeconds(600)));
        articles.save(article("Another.", List.of("Markets"), T0.plusSeconds(610)));
        categories.delete(idOf("Markets"), idOf("Commerce"));

        assertThat(revisions.restore(filedThen, T0.plusSeconds(800)).categories()).containsExactly("Commerce");
        assertThat(categories.overview()).extracting(CategoryInfo::name).contains("Commerce").doesNotContain("Markets");
    }

    @Test
    void aNewCategoryWithTheOldNameWinsOverTheRenamedOne() {
        categories.create("Town");
        Article story = article("Words.", List.of("Town"), T0);
        articles.save(story);
        long filedThen = revisions.list(story.id()).get(0).id();
        categories.rename(idOf("Town"), "Zoning");
        categories.create("town");

        assertThat(revisions.restore(filedThen, T0.plusSeconds(800)).categories()).containsExactly("town");
    }

    private long idOf(String name) {
        return categories.overview().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Article article(String text, List<String> filed, Instant when) {
        return new Article(UUID.randomUUID(), "Harbor cranes", "", "Ana Reyes", "", null, filed, ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(text)), when, when);
    }

    private static Article withBody(Article article, String text, Instant when) {
        return new Article(article.id(), article.headline(), article.dek(), article.byline(), article.dateline(),
                article.publishDate(), article.categories(), article.status(), BodyDocument.of(Block.paragraph(text)),
                article.created(), when);
    }
}
