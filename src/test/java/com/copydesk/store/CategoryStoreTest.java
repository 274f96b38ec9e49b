package com.copydesk.store;

import com.copydesk.article.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CategoryStoreTest {

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private CategoryStore categories;

    @BeforeEach
    void open() {
        file = dir.resolve("categories.copydesk");
        db = Database.open(file);
        categories = new CategoryStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDatabaseHasTheSeedCategoriesInDisplayOrder() {
        assertEquals(List.of("Politics", "Business", "Science", "Culture", "Sports", "Local", "World"),
                names(categories.all()));
    }

    @Test
    void createdCategoriesGoAtTheEndAndSurviveReopening() {
        Category weather = categories.create("  Weather ");
        Category opinion = categories.create("Opinion");
        db.close();

        db = Database.open(file);
        List<Category> all = new CategoryStore(db).all();

        assertEquals("Weather", weather.name());
        assertEquals(List.of(weather, opinion), all.subList(7, 9));
    }

    @Test
    void creatingAnExistingNameIgnoringCaseReturnsTheExistingCategory() {
        Category politics = categories.all().get(0);

        assertEquals(politics, categories.create("POLITICS"));
        assertEquals(politics, categories.create(" politics"));
        assertEquals(7, categories.all().size());
    }

    @Test
    void rightToLeftAndEmojiNamesRoundTrip() {
        Category created = categories.create("\u05D7\u05D3\u05E9\u05D5\u05EA \uD83D\uDCF0");

        assertEquals(created, categories.all().get(7));
        assertEquals(created, categories.create("\u05D7\u05D3\u05E9\u05D5\u05EA \uD83D\uDCF0"));
    }

    @Test
    void aBlankNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> categories.create("   "));
    }

    private static List<String> names(List<Category> categories) {
        return categories.stream().map(Category::name).toList();
    }
}
