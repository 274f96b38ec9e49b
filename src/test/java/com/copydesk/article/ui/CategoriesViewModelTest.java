package com.copydesk.article.ui;

import com.copydesk.article.CategoryInfo;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.Database;
import com.copydesk.task.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoriesViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private CategoriesViewModel categories;
    private final List<List<CategoryInfo>> changes = new ArrayList<>();
    private int saves;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("categories.copydesk"));
        categories = new CategoriesViewModel(new CategoryAdminStore(database), new SameThreadExecutor(),
                () -> saves++, changes::add);
        categories.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void selectingACategoryOffersItsNameForRenamingAndTheSelectionSurvivesTheChange() {
        categories.selectedProperty().set(categories.categories().get(0));
        assertThat(categories.nameProperty().get()).isEqualTo("Politics");
        categories.nameProperty().set("Government");
        categories.renameSelected();
        assertThat(categories.categories().get(0).name()).isEqualTo("Government");
        assertThat(categories.selectedProperty().get().name()).isEqualTo("Government");
        assertThat(changes).hasSize(1);
        assertThat(saves).isOne();
    }

    @Test
    void aRefusedChangeIsExplainedAndChangesNothing() {
        categories.nameProperty().set("  business ");
        categories.create();
        assertThat(categories.problemProperty().get()).isEqualTo("There is already a category “Business”.");
        assertThat(categories.categories()).hasSize(7);
        assertThat(changes).isEmpty();
    }

    @Test
    void mergingNeedsATarget() {
        categories.selectedProperty().set(categories.categories().get(1));
        categories.mergeSelectedInto(null);
        assertThat(categories.problemProperty().get()).isEqualTo("Choose the category to merge into.");
        categories.mergeSelectedInto(categories.categories().get(2));
        assertThat(categories.categories()).extracting(CategoryInfo::name).doesNotContain("Business");
        assertThat(categories.selectedProperty().get()).isNull();
    }
}
