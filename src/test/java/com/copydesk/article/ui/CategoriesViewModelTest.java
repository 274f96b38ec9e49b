package com.copydesk.article.ui;

import com.copydesk.article.CategoryInfo;
import com.copydesk.article.CategoryRename;
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
    private final Followers followers = new Followers();

    /** Records what the category manager tells whoever follows its changes. */
    static final class Followers implements CategoriesViewModel.Followers {
        int before;
        int refused;
        final List<CategoryRename> renames = new ArrayList<>();

        @Override
        public void beforeChange() {
            before++;
        }

        @Override
        public void changed(CategoryRename rename) {
            renames.add(rename);
        }

        @Override
        public void notChanged() {
            refused++;
        }
    }

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("categories.copydesk"));
        categories = new CategoriesViewModel(new CategoryAdminStore(database), new SameThreadExecutor(), followers);
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
        assertThat(followers.before).isOne();
        assertThat(followers.renames).containsExactly(new CategoryRename("Politics", "Government"));
    }

    @Test
    void aRefusedChangeIsExplainedAndChangesNothing() {
        categories.nameProperty().set("  business ");
        categories.create();
        assertThat(categories.problemProperty().get()).isEqualTo("There is already a category “Business”.");
        assertThat(categories.categories()).hasSize(7);
        assertThat(followers.renames).isEmpty();
        assertThat(followers.refused).as("told, so that what waited for the change goes on").isOne();
    }

    @Test
    void mergingNeedsATarget() {
        categories.selectedProperty().set(categories.categories().get(1));
        categories.mergeSelectedInto(null);
        assertThat(categories.problemProperty().get()).isEqualTo("Choose the category to merge into.");
        categories.mergeSelectedInto(categories.categories().get(2));
        assertThat(categories.categories()).extracting(CategoryInfo::name).doesNotContain("Business");
        assertThat(categories.selectedProperty().get()).isNull();
        assertThat(followers.renames).containsExactly(new CategoryRename("Business", "Science"));
    }

    @Test
    void deletingTellsWhereTheCategorysArticlesWentOrThatItIsGone() {
        categories.selectedProperty().set(categories.categories().get(1));
        categories.deleteSelected(categories.categories().get(0));
        categories.selectedProperty().set(categories.categories().get(1));
        categories.deleteSelected(null);

        assertThat(followers.renames).containsExactly(new CategoryRename("Business", "Politics"),
                CategoryRename.deleted("Science"));
    }

    @Test
    void aChangeThatRenamesNothingSaysSo() {
        categories.selectedProperty().set(categories.categories().get(1));
        categories.recolorSelected("#1a7f5a");
        categories.moveSelected(1);
        categories.nameProperty().set("Opinion");
        categories.create();

        assertThat(followers.renames).hasSize(3).containsOnlyNulls();
    }
}
