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
import java.util.UUID;

import static com.copydesk.store.ArticleStoreTest.headlines;
import static com.copydesk.testdata.SampleArticles.T0;
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
        assertEquals(List.of("Garden show", "Mayor Resigns"), headlines(store.list("mAyOr", 100)));
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
    void searchResultsAreNewestFirstAndLimited() {
        assertEquals(List.of("snakeXcase considered", "snake_case considered"), headlines(store.list("snake", 100)));
        assertEquals(List.of("snakeXcase considered"), headlines(store.list("snake", 1)));
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
