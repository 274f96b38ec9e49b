package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.DeskQuery;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CategoryAdminStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private CategoryAdminStore admin;
    private Article both;
    private Article sportsOnly;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("categories.copydesk"));
        articles = new ArticleStore(db);
        admin = new CategoryAdminStore(db);
        both = article(List.of("Sports", "Local"));
        sportsOnly = article(List.of("Sports", "Culture"));
        articles.save(both);
        articles.save(sportsOnly);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theOverviewCountsArticlesInDisplayOrder() {
        assertThat(admin.overview()).extracting(CategoryInfo::name, CategoryInfo::articles).startsWith(
                org.assertj.core.groups.Tuple.tuple("Politics", 0), org.assertj.core.groups.Tuple.tuple("Business", 0));
        assertThat(info("Sports").articles()).isEqualTo(2);
    }

    @Test
    void duplicateNamesAreRefusedIgnoringCaseAndUnicodeNormalization() {
        admin.create("Météo");
        assertThatThrownBy(() -> admin.create("MÉTÉO")).hasMessage("There is already a category “Météo”.");
        assertThatThrownBy(() -> admin.create("Me\u0301te\u0301o")).hasMessage("There is already a category “Météo”.");
        assertThatThrownBy(() -> admin.create("   ")).hasMessage("A category needs a name.");
        assertThatThrownBy(() -> admin.create("x".repeat(41))).hasMessageContaining("at most 40");
        assertThatThrownBy(() -> admin.rename(info("Sports").id(), "politics"))
                .hasMessage("There is already a category “Politics”.");
        assertThat(admin.overview()).extracting(CategoryInfo::name).containsOnlyOnce("Météo");
    }

    @Test
    void renamingKeepsTheArticlesAndMayChangeOnlyTheCase() {
        admin.rename(info("Sports").id(), "sport & leisure");
        admin.rename(info("sport & leisure").id(), "Sport & Leisure");
        assertThat(articles.find(both.id()).orElseThrow().categories()).containsExactly("Sport & Leisure", "Local");
    }

    @Test
    void recolorAcceptsHexColorsOnly() {
        admin.recolor(info("Sports").id(), "#1A7F5A");
        assertThat(info("Sports").color()).isEqualTo("#1a7f5a");
        assertThatThrownBy(() -> admin.recolor(info("Sports").id(), "green")).hasMessageContaining("#1a7f5a");
    }

    @Test
    void movingChangesTheDisplayOrder() {
        long world = info("World").id();
        admin.move(world, -10);
        admin.move(info("Politics").id(), 1);
        assertThat(admin.overview()).extracting(CategoryInfo::name).startsWith("World", "Business", "Politics");
    }

    @Test
    void mergingMovesTheArticlesAndRemovesTheOldCategory() {
        admin.merge(info("Sports").id(), info("Local").id());
        assertThat(articles.find(both.id()).orElseThrow().categories()).containsExactly("Local");
        assertThat(articles.find(sportsOnly.id()).orElseThrow().categories()).containsExactly("Local", "Culture");
        assertThat(admin.overview()).extracting(CategoryInfo::name).doesNotContain("Sports");
    }

    @Test
    void deletingACategoryInUseAsksWhereItsArticlesGo() {
        assertThatThrownBy(() -> admin.delete(info("Sports").id(), null))
                .hasMessage("“Sports” is used by 2 articles; choose where they go.");
        admin.delete(info("World").id(), null);
        admin.delete(info("Sports").id(), info("Culture").id());
        assertThat(articles.find(both.id()).orElseThrow().categories()).containsExactly("Culture", "Local");
        assertThat(admin.overview()).extracting(CategoryInfo::name).doesNotContain("Sports", "World");
    }

    @Test
    void aSavedViewFilteringOnARenamedCategoryFollowsTheNewName() {
        SavedViewStore views = new SavedViewStore(db);
        views.create("Sports desk", query("sports", "Local"));
        views.create("Culture desk", query("Culture"));

        admin.rename(info("Sports").id(), "Sport");

        assertThat(views.all()).extracting(view -> view.query().categories())
                .containsExactly(Set.of("Sport", "Local"), Set.of("Culture"));
    }

    @Test
    void aSavedViewFilteringOnAMergedCategoryFollowsTheOneItWentInto() {
        SavedViewStore views = new SavedViewStore(db);
        views.create("Sports desk", query("Sports"));
        views.create("Sports and local", query("Sports", "Local"));
        views.create("Culture desk", query("Culture"));

        admin.merge(info("Sports").id(), info("Local").id());
        admin.delete(info("Culture").id(), info("Politics").id());

        assertThat(views.all()).extracting(view -> view.query().categories())
                .containsExactly(Set.of("Local"), Set.of("Local"), Set.of("Politics"));
    }

    @Test
    void aSavedViewKeepsADeletedCategoryThatNoArticleWasFiledUnder() {
        SavedViewStore views = new SavedViewStore(db);
        views.create("World desk", query("World", "Local"));

        admin.delete(info("World").id(), null);

        // Dropping it would widen the view to every category; as it is, it shows what it showed.
        assertThat(views.all()).extracting(view -> view.query().categories()).containsExactly(Set.of("World", "Local"));
    }

    private static DeskQuery query(String... categories) {
        return new DeskQuery(Set.of(), Set.of(categories), false, "", "", null, null, "");
    }

    private CategoryInfo info(String name) {
        return admin.overview().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Article article(List<String> categories) {
        return new Article(UUID.randomUUID(), "A", "", "", "", null, categories, ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
    }
}
