package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskSort;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk list sorted by primary category, paged, after every way an article's categories or a
 * category's name can change: the order is that of the articles' categories as read back, with no
 * row repeated or missing.
 */
class PrimaryCategorySortTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final List<List<String>> CATEGORY_SETS = List.of(
            List.of("Local"), List.of(), List.of("Politics", "Local"), List.of("Culture"), List.of("local", "Science"));

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private DeskStore desk;
    private final List<UUID> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("sort.copydesk"));
        articles = new ArticleStore(db);
        desk = new DeskStore(db);
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            // Times shared by groups of three: rows tie on the category and on the time.
            Instant when = T0.plusSeconds(i / 3);
            Article article = article("Story " + i, CATEGORY_SETS.get(i % CATEGORY_SETS.size()), when);
            many.add(article);
            ids.add(article.id());
        }
        articles.saveAll(many);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewlySavedListIsSortedByItsPrimaryCategories() {
        assertSortedByPrimaryCategory();
    }

    @Test
    void savingNewCategoriesMovesTheArticle() {
        Article first = articles.find(ids.get(0)).orElseThrow();
        articles.save(withCategories(first, List.of("Business", "Local"), T0.plusSeconds(100)));
        Article third = articles.find(ids.get(2)).orElseThrow();
        articles.save(withCategories(third, List.of("Local", "Politics"), T0.plusSeconds(101)));
        Article fourth = articles.find(ids.get(3)).orElseThrow();
        articles.save(withCategories(fourth, List.of(), T0.plusSeconds(102)));
        assertThat(primaryOf(ids.get(0))).isEqualTo("Business");
        assertThat(primaryOf(ids.get(2))).isEqualTo("Local");
        assertThat(primaryOf(ids.get(3))).isEmpty();
        assertSortedByPrimaryCategory();
    }

    @Test
    void aBulkCategoryChangeMovesEverySelectedArticle() {
        new BulkStore(db).setPrimaryCategory(ids.subList(0, 20), "Arts", T0.plusSeconds(200));
        assertThat(ids.subList(0, 20)).allSatisfy(id -> assertThat(primaryOf(id)).isEqualTo("Arts"));
        assertSortedByPrimaryCategory();
    }

    @Test
    void aBulkCategoryChangeWritesEachSelectedArticleRowOnce() {
        // A row holds the whole body: V8's triggers rewriting it again per link was most of the change's cost.
        TestDatabases.execute(db, "CREATE TEMP TABLE rewrites (id TEXT)");
        TestDatabases.execute(db, "CREATE TEMP TRIGGER count_rewrites AFTER UPDATE ON main.articles BEGIN "
                + "INSERT INTO rewrites VALUES (new.id); END");

        new BulkStore(db).setPrimaryCategory(ids.subList(0, 20), "Arts", T0.plusSeconds(200));
        new BulkStore(db).setPrimaryCategory(ids.subList(10, 30), "Local", T0.plusSeconds(201));

        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM rewrites")).isEqualTo(40);
        assertThat(articles.find(ids.get(12)).orElseThrow().categories()).startsWith("Local", "Arts");
        assertSortedByPrimaryCategory();
    }

    @Test
    void aBulkChangeToACategoryTheArticleAlreadyHasFurtherDownMakesItPrimary() {
        new BulkStore(db).setPrimaryCategory(List.of(ids.get(2), ids.get(4)), "Local", T0.plusSeconds(300));
        new BulkStore(db).setPrimaryCategory(List.of(ids.get(4)), "Science", T0.plusSeconds(301));
        assertThat(primaryOf(ids.get(2))).isEqualTo("Local");
        assertThat(articles.find(ids.get(2)).orElseThrow().categories()).containsExactly("Local", "Politics");
        assertThat(primaryOf(ids.get(4))).isEqualTo("Science");
        assertThat(articles.find(ids.get(4)).orElseThrow().categories()).containsExactly("Science", "Local");
        assertSortedByPrimaryCategory();
    }

    @Test
    void renamingMergingAndDeletingCategoriesMoveTheirArticles() {
        CategoryAdminStore admin = new CategoryAdminStore(db);
        admin.rename(categoryId("Local"), "Zoning");
        assertThat(primaryOf(ids.get(0))).isEqualTo("Zoning");
        assertSortedByPrimaryCategory();
        admin.merge(categoryId("Politics"), categoryId("Culture"));
        assertThat(primaryOf(ids.get(2))).isEqualTo("Culture");
        assertSortedByPrimaryCategory();
        admin.delete(categoryId("Zoning"), categoryId("Business"));
        assertThat(primaryOf(ids.get(0))).isEqualTo("Business");
        assertThat(primaryOf(ids.get(4))).isEqualTo("Business");
        assertSortedByPrimaryCategory();
        admin.rename(categoryId("Business"), "business desk");
        assertThat(primaryOf(ids.get(0))).isEqualTo("business desk");
        assertSortedByPrimaryCategory();
    }

    @Test
    void restoringARevisionOrFromTheTrashAndImportingKeepTheOrder() {
        Article first = articles.find(ids.get(0)).orElseThrow();
        long before = new RevisionStore(db).list(first.id()).get(0).id();
        articles.save(withCategories(first, List.of("Science"), T0.plusSeconds(300)));
        assertThat(primaryOf(first.id())).isEqualTo("Science");
        new RevisionStore(db).restore(before, T0.plusSeconds(301));
        assertThat(primaryOf(first.id())).isEqualTo("Local");
        assertSortedByPrimaryCategory();

        articles.trash(ids.get(1), T0.plusSeconds(302));
        assertSortedByPrimaryCategory();
        articles.restore(ids.get(1));
        assertSortedByPrimaryCategory();

        Article imported = article("Imported", List.of("Archive", "Local"), T0.plusSeconds(303));
        Article replaced = withCategories(articles.find(ids.get(5)).orElseThrow(), List.of("Archive"), T0.plusSeconds(304));
        articles.saveAll(List.of(imported, replaced).iterator(), (incoming, exists) -> incoming);
        ids.add(imported.id());
        assertThat(primaryOf(imported.id())).isEqualTo("Archive");
        assertThat(primaryOf(replaced.id())).isEqualTo("Archive");
        assertSortedByPrimaryCategory();
    }

    @Test
    void anImportWritesEachStoredPrimaryCategoryAndPutsTheLinkTriggersBack() {
        Article replacedToNone = withCategories(articles.find(ids.get(3)).orElseThrow(), List.of(), T0.plusSeconds(400));
        Article replacedToTwo = withCategories(articles.find(ids.get(4)).orElseThrow(), List.of("Archive", "Sports"),
                T0.plusSeconds(401));
        Article added = article("Added", List.of("Weather", "Local"), T0.plusSeconds(402));
        new ArchiveStore(db).saveAll(List.of(replacedToNone, replacedToTwo, added).stream().map(ArticleBundle::of)
                .iterator(), (incoming, exists) -> incoming);
        ids.add(added.id());
        assertThat(storedPrimaryOf(replacedToNone.id())).isEmpty();
        assertThat(storedPrimaryOf(replacedToTwo.id())).isEqualTo("Archive");
        assertThat(storedPrimaryOf(added.id())).isEqualTo("Weather");
        assertSortedByPrimaryCategory();

        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                + "AND name LIKE 'article_categories_primary_%'")).isEqualTo(3);
        articles.save(withCategories(articles.find(added.id()).orElseThrow(), List.of("Sports"), T0.plusSeconds(403)));
        assertThat(storedPrimaryOf(added.id())).isEqualTo("Sports");
        assertSortedByPrimaryCategory();
    }

    private String storedPrimaryOf(UUID id) {
        return TestDatabases.stringValue(db, "SELECT primary_category FROM articles WHERE id = '" + id + "'");
    }

    @Test
    void anArticleUpgradedFromVersion7IsSortedByItsPrimaryCategory() throws Exception {
        Path file = dir.resolve("v7.copydesk");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 7)).migrate();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO categories (name, position) VALUES ('Arts', 7)");
                for (int i = 0; i < 6; i++) {
                    statement.executeUpdate("INSERT INTO articles (id, headline, status, body_html, body_text, created_at, "
                            + "modified_at, search_id, word_count) VALUES ('00000000-0000-0000-0000-00000000000" + i
                            + "', 'Old " + i + "', 'DRAFT', '<p>Old.</p>', 'Old.', 1000, " + (2000 + i) + ", " + (i + 1) + ", 1)");
                }
                // 0: Local; 1: World, then Arts; 2: none; 3: Arts (position 1 only, as after a deleted category); 4, 5: Politics
                statement.executeUpdate("INSERT INTO article_categories VALUES "
                        + "('00000000-0000-0000-0000-000000000000', 6, 0), ('00000000-0000-0000-0000-000000000001', 7, 0), "
                        + "('00000000-0000-0000-0000-000000000001', 8, 1), ('00000000-0000-0000-0000-000000000003', 8, 1), "
                        + "('00000000-0000-0000-0000-000000000004', 1, 0), ('00000000-0000-0000-0000-000000000005', 1, 0)");
            }
        }
        db.close();
        db = Database.open(file);
        articles = new ArticleStore(db);
        desk = new DeskStore(db);
        ids.clear();
        for (int i = 0; i < 6; i++) {
            ids.add(UUID.fromString("00000000-0000-0000-0000-00000000000" + i));
        }
        assertThat(ids.stream().map(this::primaryOf).toList())
                .containsExactly("Local", "World", "", "Arts", "Politics", "Politics");
        assertSortedByPrimaryCategory();
        new BulkStore(db).setPrimaryCategory(List.of(ids.get(2)), "Culture", Instant.ofEpochMilli(3000));
        assertSortedByPrimaryCategory();
    }

    /** Both directions, paged 4 rows at a time: the expected order from each article's categories as read back. */
    private void assertSortedByPrimaryCategory() {
        List<Article> live = new ArrayList<>();
        for (UUID id : ids) {
            articles.find(id).filter(article -> !isTrashed(id)).ifPresent(live::add);
        }
        for (boolean up : new boolean[] {true, false}) {
            Comparator<Article> byName = Comparator.comparing(article -> primary(article).toLowerCase(Locale.ROOT));
            Comparator<Article> order = Comparator.<Article, Boolean>comparing(article -> primary(article).isEmpty())
                    .thenComparing(up ? byName : byName.reversed())
                    .thenComparing(Article::modified, Comparator.reverseOrder())
                    .thenComparing(article -> article.id().toString());
            List<String> expected = live.stream().sorted(order).map(a -> primary(a) + " " + a.id()).toList();
            DeskSort sort = new DeskSort(DeskSort.Column.CATEGORY, up);
            List<String> paged = new ArrayList<>();
            List<ArticleSummary> page = desk.list("", DeskFilter.ALL, sort, 4);
            while (!page.isEmpty()) {
                page.forEach(row -> paged.add(row.primaryCategory() + " " + row.id()));
                page = desk.listAfter("", DeskFilter.ALL, sort, page.get(page.size() - 1), 4);
            }
            assertThat(paged).as(sort.encode()).containsExactlyElementsOf(expected);
        }
    }

    private boolean isTrashed(UUID id) {
        return articles.trashed(1000).stream().anyMatch(row -> row.id().equals(id));
    }

    private String primaryOf(UUID id) {
        return primary(articles.find(id).orElseThrow());
    }

    private static String primary(Article article) {
        return article.categories().isEmpty() ? "" : article.categories().get(0);
    }

    private long categoryId(String name) {
        return new CategoryAdminStore(db).overview().stream().filter(c -> c.name().equals(name))
                .mapToLong(CategoryInfo::id).findFirst().orElseThrow();
    }

    private static Article article(String headline, List<String> categories, Instant when) {
        return new Article(UUID.randomUUID(), headline, "", "", "", null, categories, ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(headline + " text")), when, when);
    }

    private static Article withCategories(Article article, List<String> categories, Instant when) {
        return new Article(article.id(), article.headline(), article.dek(), article.byline(), article.dateline(),
                article.publishDate(), categories, article.status(), article.body(), article.created(), when,
                article.targetLength());
    }
}
