package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.copydesk.article.ArticleSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.copydesk.store.ArticleStoreTest.headlines;
import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleSearchTest {

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;

    @BeforeEach
    void openWithArticles() {
        db = Database.open(dir.resolve("search.copydesk"));
        store = new ArticleStore(db);
        save("Mayor Resigns", "After a long night", "Ada Reporter", "The mayor left office.", 1);
        save("Prices up 100% in a year", "Inflation", "Ben Writer", "Rents doubled.", 2);
        save("snake_case considered", "Code style", "Cy Coder", "Underscores everywhere.", 3);
        save("snakeXcase considered", "Not an underscore", "Cy Coder", "Letters only.", 4);
        save("Paths on Windows", "C:\\Users\\desk", "Di Admin", "Backslashes.", 5);
        save("Garden show", "Roses", "Ed Gardener", "Record crowds saw the MAYOR's tulips.", 6);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBlankQueryListsEverything() {
        assertEquals(6, store.list("", 100).size());
        assertEquals(6, store.list("   ", 100).size());
    }

    @Test
    void matchesHeadlineDekBylineAndBodyIgnoringCase() {
        assertEquals(List.of("Mayor Resigns", "Garden show"), headlines(store.list("mAyOr", 100)));
        assertEquals(List.of("Prices up 100% in a year"), headlines(store.list("INFLATION", 100)));
        assertEquals(List.of("Prices up 100% in a year"), headlines(store.list("ben writer", 100)));
        assertEquals(List.of("Prices up 100% in a year"), headlines(store.list("rents DOUBLED", 100)));
        assertEquals(List.of(), headlines(store.list("no such words", 100)));
    }

    @Test
    void percentIsMatchedLiterally() {
        assertEquals(List.of("Prices up 100% in a year"), headlines(store.list("%", 100)));
        assertEquals(List.of("Prices up 100% in a year"), headlines(store.list("100%", 100)));
        assertEquals(List.of(), headlines(store.list("100%year", 100)));
    }

    @Test
    void underscoreIsMatchedLiterally() {
        assertEquals(List.of("snake_case considered"), headlines(store.list("snake_case", 100)));
        assertEquals(List.of("snake_case considered"), headlines(store.list("_", 100)));
    }

    @Test
    void theEscapeCharacterIsMatchedLiterally() {
        assertEquals(List.of("Paths on Windows"), headlines(store.list("\\", 100)));
        assertEquals(List.of("Paths on Windows"), headlines(store.list("C:\\Users", 100)));
        assertEquals(List.of(), headlines(store.list("\\%", 100)));
    }

    @Test
    void theLastWordIsAPrefixAndResultsAreLimited() {
        assertEquals(Set.of("snakeXcase considered", "snake_case considered"), Set.copyOf(headlines(store.list("snake", 100))));
        assertEquals(1, store.list("snake", 1).size());
        assertEquals(List.of("Mayor Resigns"), headlines(store.list("mayor resig", 100)));
        assertEquals(List.of(), headlines(store.list("resig mayor", 100)));
    }

    @Test
    void aHeadlineMatchRanksAboveABodyMatch() {
        save("A quiet week", "", "", "Nothing about tulips happened at all this week, apart from tulips.", 8);
        save("Tulips bloom early", "", "", "Spring came.", 9);

        assertEquals(List.of("Tulips bloom early", "A quiet week", "Garden show"), headlines(store.list("tulips", 100)));
    }

    @Test
    void quotesSearchForAPhrase() {
        save("Night bus", "", "", "The long night ended at dawn.", 8);

        assertEquals(Set.of("Mayor Resigns", "Night bus"), Set.copyOf(headlines(store.list("long night", 100))));
        assertEquals(List.of("Mayor Resigns"), headlines(store.list("\"a long night\"", 100)));
        assertEquals(List.of("Night bus"), headlines(store.list("\"long night ended\"", 100)));
    }

    @Test
    void diacriticsAndCaseAreFolded() {
        save("Café society", "", "", "Zoë and Ångström met in São Paulo.", 8);

        assertEquals(List.of("Café society"), headlines(store.list("cafe", 100)));
        assertEquals(List.of("Café society"), headlines(store.list("ZOE angstrom", 100)));
        assertEquals(List.of("Café society"), headlines(store.list("\"sao paulo\"", 100)));
    }

    @Test
    void aSingleLetterFindsThatWordAloneAndTwoLettersStartAPrefix() {
        assertEquals(List.of("Paths on Windows"), headlines(store.list("c", 100)));
        assertEquals(Set.of("snake_case considered", "snakeXcase considered"), Set.copyOf(headlines(store.list("co", 100))));
    }

    @Test
    void eachResultCarriesASnippetWithTheMatchedTermsMarked() {
        ArticleSummary found = store.list("tulip", 100).get(0);

        assertEquals("Garden show", found.headline());
        assertThat(found.snippet()).contains(ArticleSummary.HIGHLIGHT_START + "tulips" + ArticleSummary.HIGHLIGHT_END);
        assertThat(found.snippetParts()).contains(new ArticleSummary.SnippetPart("tulips", true));
        assertEquals("", store.list("", 100).get(0).snippet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"unbalanced", "mayor\"", "NEAR(mayor office)", "mayor AND", "OR", "NOT mayor",
            "*", "mayor*", "^mayor", "headline:mayor", "{headline dek}:mayor", "(mayor", "mayor)", "-mayor", "+",
            "\"\"\"", "a\"b\"c\"", "\uD83D\uDE80", "\uD83D\uDE80 mayor", "mayor \uD83D\uDC69\u200D\uD83D\uDC67",
            "\u0000", "'; DROP TABLE articles; --", "\\\"", ":", "\uD83D"})
    void hostileQueriesNeverFail(String query) {
        List<ArticleSummary> found = store.list(query, 100);

        assertThat(found).allSatisfy(summary -> assertThat(summary.headline()).isNotNull());
        assertEquals(6, store.count(), "nothing was harmed");
    }

    @Test
    void operatorsAreSearchedAsWords() {
        save("NEAR miss at airport", "", "", "Two planes.", 8);

        assertEquals(List.of("NEAR miss at airport"), headlines(store.list("near", 100)));
        assertEquals(List.of("Mayor Resigns"), headlines(store.list("mayor: office (left", 100)));
    }

    @Test
    void trashedArticlesAreNotFound() {
        UUID id = store.list("mayor resigns", 1).get(0).id();
        save("Another mayor", "", "", "", 8);

        store.trash(id, T0.plusSeconds(3600));

        assertEquals(List.of("Another mayor", "Garden show"), headlines(store.list("mayor", 100)));
        assertEquals(List.of("Another mayor"), headlines(store.list("mayor", 1)));
        assertEquals(6, store.list("", 100).size());
    }

    @Test
    void aboutAScreenfulOfResultsGetEachTheSnippetOfItsOwnText() {
        for (int i = 0; i < ArticleStore.SNIPPET_ROWS + 3; i++) {
            save("Bird " + i, "", "", "A heron was seen by walker " + i + ".", 10 + i);
        }
        store.trash(store.list("heron", 1).get(0).id(), T0.plusSeconds(9000));

        List<ArticleSummary> found = store.list("heron", 100);

        assertThat(found).hasSize(ArticleStore.SNIPPET_ROWS + 2);
        for (int i = 0; i < found.size(); i++) {
            ArticleSummary row = found.get(i);
            String number = row.headline().substring("Bird ".length());
            String expected = i < ArticleStore.SNIPPET_ROWS
                    ? "A " + ArticleSummary.HIGHLIGHT_START + "heron" + ArticleSummary.HIGHLIGHT_END
                    + " was seen by walker " + number + "." : "";
            assertEquals(expected, row.snippet(), row.headline());
        }
    }

    @Test
    void editedTextIsReindexedAndOldTextForgotten() {
        ArticleSummary mayor = store.list("mayor resigns", 1).get(0);
        Article article = store.find(mayor.id()).orElseThrow();

        store.save(new Article(article.id(), "Mayor stays", article.dek(), article.byline(), "", null, List.of(),
                ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("Budget approved.")), T0, T0.plusSeconds(6000)));

        assertEquals(List.of(), headlines(store.list("resigns", 100)));
        assertEquals(List.of("Mayor stays"), headlines(store.list("budget", 100)));
        assertEquals("ok", TestDatabases.stringValue(db,
                "INSERT INTO article_search(article_search, rank) VALUES('integrity-check', 1) RETURNING 'ok'"));
    }

    @Test
    void findsRightToLeftText() {
        save("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "", "", "", 7);

        assertEquals(1, store.list("\u05E2\u05D5\u05DC\u05DD", 100).size());
    }

    private void save(String headline, String dek, String byline, String body, int minutes) {
        store.save(new Article(UUID.randomUUID(), headline, dek, byline, "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph(body)), T0, T0.plusSeconds(60L * minutes)));
    }
}
