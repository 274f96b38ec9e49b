package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.BulkStore;
import com.copydesk.store.Database;
import com.copydesk.store.TagStore;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.QueuedExecutor;
import com.copydesk.task.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TagsViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path dir;

    private Database database;
    private TagStore store;
    private ArticleEditorViewModel editor;
    private TagsViewModel tags;
    private Article one;
    private Article two;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("tags.copydesk"));
        ArticleStore articles = new ArticleStore(database);
        store = new TagStore(database);
        one = article("One");
        two = article("Two");
        articles.save(one);
        articles.save(two);
        store.setTags(two.id(), List.of("Harbor", "Ferries", "Port authority"));
        SameThreadExecutor executor = new SameThreadExecutor();
        editor = new ArticleEditorViewModel(articles, executor, new ManualScheduler(),
                Clock.fixed(T0, ZoneOffset.UTC), summary -> { });
        tags = new TagsViewModel(store, editor, executor, message -> { });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void suggestionsComeFromKnownTagsStartingMatchesFirstAndSkipTheArticlesOwn() {
        editor.open(one.id());
        assertThat(tags.suggestions("")).isEmpty();
        assertThat(tags.suggestions("or")).containsExactly("Harbor", "Port authority");
        assertThat(tags.suggestions("p")).containsExactly("Port authority");
        tags.inputProperty().set("harbor");
        tags.addInput();
        assertThat(tags.tags()).containsExactly("Harbor");
        assertThat(tags.suggestions("or")).containsExactly("Port authority");
    }

    @Test
    void aTypedTagIsSavedAtOnceAndANewOneBecomesKnown() {
        editor.open(one.id());
        tags.inputProperty().set("  Night buses ");
        tags.addInput();
        assertThat(tags.inputProperty().get()).isEmpty();
        assertThat(store.tagsOf(one.id())).containsExactly("Night buses");
        assertThat(tags.known()).contains("Night buses");

        tags.remove("Night buses");
        assertThat(store.tagsOf(one.id())).isEmpty();
        assertThat(tags.tags()).isEmpty();
    }

    @Test
    void aBadTagIsRefusedWithASentenceAndTheInputIsKept() {
        editor.open(one.id());
        tags.inputProperty().set("a, b");
        tags.addInput();
        assertThat(tags.problemProperty().get()).isEqualTo("A tag cannot contain a comma; add two tags instead.");
        assertThat(tags.inputProperty().get()).isEqualTo("a, b");
        assertThat(tags.tags()).isEmpty();
    }

    @Test
    void eachArticleShowsItsOwnTags() {
        editor.open(two.id());
        assertThat(tags.tags()).containsExactly("Harbor", "Ferries", "Port authority");
        editor.open(one.id());
        assertThat(tags.tags()).isEmpty();
    }

    @Test
    void aTagAddedWhileATagStepOnTheSelectionWaitsOnTheStorageThreadKeepsTheStepsTag() {
        store.setTags(one.id(), List.of("Harbor"));
        QueuedExecutor storage = new QueuedExecutor();
        TagsViewModel field = tagsOn(storage);
        storage.runAll();

        storage.submit(() -> new BulkStore(database).addTag(List.of(one.id(), two.id()), "Ferries", T0, done -> { }),
                count -> { }, failure -> { throw new AssertionError(failure); });
        field.inputProperty().set("Night buses");
        field.addInput();
        storage.runAll();

        assertThat(store.tagsOf(one.id())).containsExactly("Harbor", "Ferries", "Night buses");
        assertThat(field.tags()).containsExactly("Harbor", "Ferries", "Night buses");
    }

    @Test
    void aTagRemovedWhileATagIsTakenOffTheSelectionDoesNotBringThatOneBack() {
        store.setTags(one.id(), List.of("Harbor", "Ferries"));
        QueuedExecutor storage = new QueuedExecutor();
        TagsViewModel field = tagsOn(storage);
        storage.runAll();

        storage.submit(() -> new BulkStore(database).removeTag(List.of(one.id(), two.id()), "Ferries", T0, done -> { }),
                count -> { }, failure -> { throw new AssertionError(failure); });
        field.remove("Harbor");
        storage.runAll();

        assertThat(store.tagsOf(one.id())).isEmpty();
        assertThat(field.tags()).isEmpty();
    }

    /** The tag field of a second editor on {@code storage}, with article one open. */
    private TagsViewModel tagsOn(QueuedExecutor storage) {
        ArticleEditorViewModel queuedEditor = new ArticleEditorViewModel(new ArticleStore(database), storage,
                new ManualScheduler(), Clock.fixed(T0, ZoneOffset.UTC), summary -> { });
        TagsViewModel field = new TagsViewModel(store, queuedEditor, storage, message -> { });
        queuedEditor.open(one.id());
        return field;
    }

    private static Article article(String headline) {
        return new Article(UUID.randomUUID(), headline, "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
    }
}
