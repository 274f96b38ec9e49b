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
    void creatingANameThatDiffersOnlyInNonAsciiCaseOrUnicodeFormReturnsTheExistingCategory() {
        Category economy = categories.create("Économie");
        Category street = categories.create("Straße");

        assertEquals(economy, categories.create("économie"));
        assertEquals(economy, categories.create("ÉCONOMIE"));
        assertEquals(economy, categories.create("E\u0301conomie"));
        assertEquals(street, categories.create("STRASSE"));
        assertEquals(9, categories.all().size());
    }

    @Test
    void namesAreStoredComposedWithTheirSpacesCollapsedAndFoundSo() {
        Category newYork = categories.create("  New   York  ");
        Category cafe = categories.create("Cafe\u0301\u00A0Society");

        assertEquals(List.of("New York", "Café Society"), names(categories.all().subList(7, 9)));
        assertEquals(newYork, categories.create("new\tyork"));
        assertEquals(cafe, categories.create("CAFÉ SOCIETY"));
    }

    @Test
    void aCategoryStoredBeforeNamesWereCleanedIsFoundByItsCleanName() {
        TestDatabases.execute(db, "INSERT INTO categories (name, position) VALUES ('Old   Town', 99)");
        Category oldTown = categories.all().get(7);

        assertEquals("Old Town", oldTown.name());
        assertEquals(oldTown, categories.create("old town"));
        assertEquals(8, categories.all().size());
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
