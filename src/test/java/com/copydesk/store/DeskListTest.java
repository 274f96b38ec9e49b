package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's author, tag and last-change filters, its sort by each column, and the remembered sort. */
class DeskListTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private DeskStore desk;
    private UUID ferry;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("desk.copydesk"));
        articles = new ArticleStore(db);
        desk = new DeskStore(db);
        ferry = save("ferry strike ends", "Ana Reyes", ArticleStatus.READY, List.of("Local"), 1, "One two three four.");
        save("Council budget", "Jon Berg", ArticleStatus.DRAFT, List.of("Politics"), 2, "One.");
        save("Bakery week", "", ArticleStatus.IN_REVIEW, List.of(), 3, "One two.");
        save("Zoo opens", "Anabel Ortiz", ArticleStatus.PUBLISHED, List.of("Culture"), 4, "One two three.");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theAuthorFilterMatchesPartOfTheBylineIgnoringCase() {
        assertThat(headlines("", filter("ANA", "", null, null))).containsExactly("Zoo opens", "ferry strike ends");
        assertThat(headlines("ferry", filter("ana", "", null, null))).containsExactly("ferry strike ends");
        assertThat(headlines("", filter("100%_", "", null, null))).isEmpty();
    }

    @Test
    void theTagFilterMatchesTheTagIgnoringCaseAndNormalization() {
        new TagStore(db).setTags(ferry, List.of("Café", "harbor"));
        assertThat(headlines("", filter("", "CAFE\u0301", null, null))).containsExactly("ferry strike ends");
        assertThat(headlines("", filter("", "rowing", null, null))).isEmpty();
        assertThat(headlines("", filter("", "a,b", null, null))).isEmpty();
    }

    @Test
    void theLastChangeRangeIncludesItsStartAndExcludesItsEnd() {
        DeskFilter middle = filter("", "", T0.plusSeconds(120), T0.plusSeconds(240));
        assertThat(headlines("", middle)).containsExactly("Bakery week", "Council budget");
        assertThat(desk.count("", middle)).isEqualTo(2);
        assertThat(desk.count("council", middle)).isEqualTo(1);
    }

    @Test
    void eachColumnSortsBothWaysInSql() {
        assertThat(sorted(DeskSort.Column.HEADLINE, true))
                .containsExactly("Bakery week", "Council budget", "ferry strike ends", "Zoo opens");
        assertThat(sorted(DeskSort.Column.HEADLINE, false))
                .containsExactly("Zoo opens", "ferry strike ends", "Council budget", "Bakery week");
        assertThat(sorted(DeskSort.Column.STATUS, true))
                .containsExactly("Council budget", "Bakery week", "ferry strike ends", "Zoo opens");
        assertThat(sorted(DeskSort.Column.CATEGORY, true))
                .containsExactly("Zoo opens", "ferry strike ends", "Council budget", "Bakery week");
        assertThat(sorted(DeskSort.Column.CATEGORY, false))
                .containsExactly("Council budget", "ferry strike ends", "Zoo opens", "Bakery week");
        assertThat(sorted(DeskSort.Column.BYLINE, true))
                .containsExactly("ferry strike ends", "Zoo opens", "Council budget", "Bakery week");
        assertThat(sorted(DeskSort.Column.WORDS, false))
                .containsExactly("ferry strike ends", "Zoo opens", "Bakery week", "Council budget");
        assertThat(sorted(DeskSort.Column.CHANGED, true))
                .containsExactly("ferry strike ends", "Council budget", "Bakery week", "Zoo opens");
    }

    @Test
    void summariesCarryTheBylineAndTheWordCountOfTheLastSave() {
        ArticleSummary summary = desk.list("", DeskFilter.ALL, DeskSort.DEFAULT, 10).get(3);
        assertThat(summary.byline()).isEqualTo("Ana Reyes");
        assertThat(summary.words()).isEqualTo(4);
        Article stored = articles.find(ferry).orElseThrow();
        articles.save(new Article(ferry, stored.headline(), "", stored.byline(), "", null, stored.categories(),
                stored.status(), BodyDocument.of(Block.paragraph("Now five words in all.")), stored.created(),
                T0.plusSeconds(600)));
        assertThat(desk.list("", DeskFilter.ALL, DeskSort.DEFAULT, 10).get(0).words()).isEqualTo(5);
    }

    @Test
    void theSortIsRememberedInTheDatabase() {
        assertThat(desk.savedSort()).isEmpty();
        desk.saveSort(new DeskSort(DeskSort.Column.WORDS, true));
        desk.saveSort(new DeskSort(DeskSort.Column.BYLINE, false));
        assertThat(new DeskStore(db).savedSort()).contains(new DeskSort(DeskSort.Column.BYLINE, false));
    }

    @Test
    void articlesFromBeforeTheWordCountAreCountedLikeTheEditorWhenTheDatabaseIsUpgraded() throws Exception {
        Path file = dir.resolve("old.copydesk");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 3)).migrate();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO articles (id, headline, status, body_html, body_text, created_at, "
                        + "modified_at, search_id) VALUES ('" + UUID.randomUUID() + "', 'Old', 'DRAFT', '', "
                        + "'  Boats are   back \u2014\n\nin the\told harbour. ', 1000, 2000, 1), ('" + UUID.randomUUID()
                        + "', 'Empty', 'DRAFT', '', '', 1000, 1000, 2)");
            }
        }
        try (Database upgraded = Database.open(file)) {
            assertThat(new DeskStore(upgraded).list("", DeskFilter.ALL, DeskSort.DEFAULT, 10))
                    .extracting(ArticleSummary::words).containsExactly(7, 0);
        }
    }

    private List<String> sorted(DeskSort.Column column, boolean ascending) {
        return desk.list("", DeskFilter.ALL, new DeskSort(column, ascending), 10).stream()
                .map(ArticleSummary::headline).toList();
    }

    private List<String> headlines(String query, DeskFilter filter) {
        return desk.list(query, filter, 100).stream().map(ArticleSummary::headline).toList();
    }

    private static DeskFilter filter(String author, String tag, Instant since, Instant before) {
        return new DeskFilter(Set.of(), Set.of(), "", author, tag, since, before, null);
    }

    private UUID save(String headline, String byline, ArticleStatus status, List<String> categories, int minutes,
                      String text) {
        Instant when = T0.plusSeconds(60L * minutes);
        UUID id = UUID.randomUUID();
        articles.save(new Article(id, headline, "", byline, "", null, categories, status,
                BodyDocument.of(Block.paragraph(text)), when, when));
        return id;
    }
}
