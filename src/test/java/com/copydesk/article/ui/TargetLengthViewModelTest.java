package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryInfo;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.Database;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The target length typed in the editor header, its category default, and the category manager's field. */
class TargetLengthViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private Database database;
    private ArticleStore store;
    private ArticleEditorViewModel editor;
    private Article article;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("test.copydesk"));
        store = new ArticleStore(database);
        article = new Article(UUID.randomUUID(), "Budget", "", "", "", null, List.of("Politics", "Local"),
                ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("One.")), T0, T0);
        store.save(article);
        editor = new ArticleEditorViewModel(store, new SameThreadExecutor(), scheduler,
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), summary -> { });
        editor.open(article.id());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTypedTargetLengthIsSavedAndMeasuredAgainst() {
        editor.targetLengthTextProperty().set("1,200");
        assertThat(editor.targetLengthProblemProperty().get()).isEmpty();
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(1200);
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(store.find(article.id()).orElseThrow().targetLength()).isEqualTo(1200);

        editor.open(article.id());
        assertThat(editor.targetLengthTextProperty().get()).isEqualTo("1200");
    }

    @Test
    void lettersOrANegativeNumberAreExplainedAndNotSaved() {
        editor.targetLengthTextProperty().set("900");
        editor.saveNow();
        editor.targetLengthTextProperty().set("abc");
        assertThat(editor.targetLengthProblemProperty().get())
                .isEqualTo("Target length: “abc” is not a number of words. Type a whole number such as 800, "
                        + "or leave it empty for the category's default. Not saved.");
        editor.targetLengthTextProperty().set("-5");
        assertThat(editor.targetLengthProblemProperty().get()).isEqualTo("Target length must be at least 1 word, not -5. Not saved.");
        assertThat(editor.hasUnsavedChanges()).isFalse();
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(store.find(article.id()).orElseThrow().targetLength()).isEqualTo(900);
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(900);

        editor.targetLengthTextProperty().set("");
        assertThat(editor.targetLengthProblemProperty().get()).isEmpty();
        editor.saveNow();
        assertThat(store.find(article.id()).orElseThrow().targetLength()).isNull();
    }

    @Test
    void withoutItsOwnTargetAnArticleUsesItsPrimaryCategorysDefault() {
        editor.categoryTargetsProperty().set(Map.of("politics", 700, "Local", 400));
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(700);
        assertThat(editor.targetHintProperty().get()).isEqualTo("Politics default: 700");

        editor.categories().setAll("Local", "Politics");
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(400);
        editor.targetLengthTextProperty().set("650");
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(650);
        editor.categories().clear();
        editor.targetLengthTextProperty().set("");
        assertThat(editor.effectiveTargetProperty().get()).isNull();
        assertThat(editor.targetHintProperty().get()).isEqualTo("none");
    }

    @Test
    void thePrimaryCategorysDefaultIsFoundWhateverTheCaseFormAndSpacingOfItsName() {
        editor.categoryTargetsProperty().set(Map.of("STRASSE", 300, "économie", 700, "New York", 900));

        editor.categories().setAll("Straße");
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(300);
        editor.categories().setAll("E\u0301CONOMIE");
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(700);
        editor.categories().setAll("new  york");
        assertThat(editor.effectiveTargetProperty().get()).isEqualTo(900);
    }

    @Test
    void theCategoryManagerSetsADefaultAndRefusesBadInput() {
        CategoriesViewModel categories = new CategoriesViewModel(new CategoryAdminStore(database), new SameThreadExecutor(),
                new CategoriesViewModelTest.Followers());
        categories.load();
        categories.selectedProperty().set(categories.categories().get(0));
        categories.targetTextProperty().set("-3");
        categories.setTargetOfSelected();
        assertThat(categories.problemProperty().get()).startsWith("Target length: “-3” is not a number of words from 1 to 100,000.");
        assertThat(categories.categories().get(0).defaultTargetLength()).isNull();

        categories.targetTextProperty().set("800");
        categories.setTargetOfSelected();
        assertThat(categories.problemProperty().get()).isEmpty();
        CategoryInfo politics = categories.categories().get(0);
        assertThat(politics.defaultTargetLength()).isEqualTo(800);
        assertThat(categories.selectedProperty().get()).isEqualTo(politics);
    }
}
