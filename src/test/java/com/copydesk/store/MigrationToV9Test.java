package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskQuery;
import com.copydesk.article.DeskSort;
import com.copydesk.article.SavedView;
import com.copydesk.exchange.JsonExporter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Databases made before categories were matched by {@link com.copydesk.article.Category#key} may
 * hold one category under several spellings; opening them merges each such group into one.
 */
class MigrationToV9Test {

    private static final String ECONOMIE_NFD = "E\u0301conomie";

    @TempDir
    Path dir;

    @Test
    void categoriesThatDifferOnlyInCaseFormOrSpacingBecomeOneKeepingTheirArticlesAndSettings() throws Exception {
        Path file = dir.resolve("v8.copydesk");
        createVersion8(file);

        try (Database db = Database.open(file)) {
            ArticleStore articles = new ArticleStore(db);
            // "économie" has most articles (3); "Économie" has 2, the decomposed spelling none.
            // Its own target length is kept (700, not 500); it had no color, so it takes the next one's.
            assertThat(new CategoryAdminStore(db).overview()).extracting(CategoryInfo::name, CategoryInfo::articles,
                    CategoryInfo::color, CategoryInfo::defaultTargetLength).containsExactly(
                    tuple("Politics", 1, "", null), tuple("Business", 0, "", null), tuple("Science", 0, "", null),
                    tuple("Culture", 0, "", null), tuple("Sports", 0, "", null), tuple("Local", 1, "", null),
                    tuple("World", 0, "", null), tuple("économie", 4, "#aa0000", 700),
                    tuple("Straße", 1, "#0000aa", 300), tuple("New York", 1, "", null));
            assertThat(categoriesOf(articles, 1)).containsExactly("économie");
            assertThat(categoriesOf(articles, 2)).containsExactly("économie");
            assertThat(categoriesOf(articles, 3)).as("both spellings: one link, where the first was")
                    .containsExactly("économie", "Local");
            assertThat(categoriesOf(articles, 4)).containsExactly("Politics", "économie");
            assertThat(categoriesOf(articles, 5)).as("a tie on articles: the oldest spelling")
                    .containsExactly("Straße");
            assertThat(categoriesOf(articles, 6)).containsExactly("New York");
            assertThat(new CategoryStore(db).all()).hasSize(10);

            DeskStore desk = new DeskStore(db);
            assertThat(desk.list("", DeskFilter.ALL, new DeskSort(DeskSort.Column.CATEGORY, true), 10))
                    .extracting(ArticleSummary::primaryCategory)
                    .containsExactlyInAnyOrder("économie", "économie", "économie", "Politics", "Straße", "New York");
            assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM articles a WHERE primary_category IS NOT "
                    + "coalesce((SELECT c.name FROM article_categories ac JOIN categories c ON c.id = ac.category_id "
                    + "WHERE ac.article_id = a.id ORDER BY ac.position LIMIT 1), '')")).isZero();

            SavedView economy = new SavedViewStore(db).all().get(0);
            assertThat(economy.query().categories()).containsExactlyInAnyOrder("économie", "Sports");
            assertThat(desk.list("", economy.query().filter("", ZoneOffset.UTC), DeskSort.DEFAULT, 10)).hasSize(4);

            assertThat(articles.list("harbour", 10)).hasSize(6);
            TestDatabases.execute(db, "INSERT INTO article_search (article_search) VALUES ('integrity-check')");

            Path exported = dir.resolve("export.json");
            new JsonExporter(articles, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).export(List.of(id(3)), exported);
            JsonNode categories = new ObjectMapper().readTree(exported.toFile()).get("articles").get(0).get("categories");
            assertThat(categories.toString()).isEqualTo("[\"économie\",\"Local\"]");
        }
    }

    @Test
    void aMergeThatCannotFinishLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("v8.copydesk");
        createVersion8(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TRIGGER refuse_last_merge BEFORE DELETE ON categories WHEN old.name = 'STRASSE' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
        }

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT max(version) FROM schema_version")).isEqualTo(8);
            assertThat(single(statement, "SELECT count(*) FROM categories")).isEqualTo(14);
            assertThat(single(statement, "SELECT count(*) FROM article_categories")).isEqualTo(10);
            assertThat(single(statement, "SELECT default_target_length FROM categories WHERE name = 'économie'"))
                    .isEqualTo(700);
            assertThat(single(statement, "SELECT color FROM categories WHERE name = 'Straße'")).isEqualTo("");
        }
    }

    /**
     * A version 8 file as the app wrote it before categories were matched by key: the seven
     * default categories (ids 1 to 7), then look-alikes of three more.
     */
    private static void createVersion8(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 8)).migrate();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO categories (id, name, position, color, default_target_length) VALUES "
                        + "(8, 'Économie', 7, '#aa0000', 500), (9, 'économie', 8, '', 700), "
                        + "(10, '" + ECONOMIE_NFD + "', 9, '#00aa00', NULL), "
                        + "(11, 'Straße', 10, '', NULL), (12, 'STRASSE', 11, '#0000aa', 300), "
                        + "(13, 'New York', 12, '', NULL), (14, 'new  york', 13, '', NULL)");
                for (int i = 1; i <= 6; i++) {
                    statement.executeUpdate("INSERT INTO articles (id, headline, status, body_html, body_text, created_at, "
                            + "modified_at, search_id, word_count) VALUES ('" + id(i) + "', 'Harbour " + i + "', 'DRAFT', "
                            + "'<p>Harbour.</p>', 'Harbour.', 1000, " + (2000 + i) + ", " + i + ", 1)");
                }
                statement.executeUpdate("INSERT INTO article_categories (article_id, category_id, position) VALUES "
                        + "('" + id(1) + "', 8, 0), "
                        + "('" + id(2) + "', 9, 0), "
                        + "('" + id(3) + "', 9, 1), ('" + id(3) + "', 8, 0), ('" + id(3) + "', 6, 2), "
                        + "('" + id(4) + "', 1, 0), ('" + id(4) + "', 9, 1), "
                        + "('" + id(5) + "', 12, 0), ('" + id(5) + "', 11, 1), "
                        + "('" + id(6) + "', 13, 0)");
                statement.executeUpdate("INSERT INTO saved_views (name, name_key, position, categories) VALUES "
                        + "('Economy', 'economy', 0, '[\"Économie\",\"Sports\"]')");
            }
        }
    }

    private static List<String> categoriesOf(ArticleStore articles, int article) {
        return articles.find(id(article)).orElseThrow().categories();
    }

    private static UUID id(int article) {
        return UUID.fromString("00000000-0000-0000-0000-00000000000" + article);
    }

    private static Object single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }
}
