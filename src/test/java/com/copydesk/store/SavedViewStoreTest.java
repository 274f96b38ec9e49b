package com.copydesk.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.DeskQuery;
import com.copydesk.article.SavedView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavedViewStoreTest {

    private static final DeskQuery QUERY = new DeskQuery(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW),
            Set.of("Local", "Quote \" and \\ backslash"), true, "ana", "Café", LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 25), "ferry");

    @TempDir
    Path dir;

    private Database db;
    private SavedViewStore views;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("views.copydesk"));
        views = new SavedViewStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSavedViewComesBackWithEveryFilterAfterReopening() {
        SavedView saved = views.create("  Local drafts ", QUERY);
        views.create("Everything", new DeskQuery(Set.of(), Set.of(), false, "", "", null, null, ""));
        db.close();
        db = Database.open(dir.resolve("views.copydesk"));

        assertThat(new SavedViewStore(db).all()).containsExactly(saved,
                new SavedView(saved.id() + 1, "Everything", new DeskQuery(Set.of(), Set.of(), false, "", "", null, null, "")));
        assertThat(saved.name()).isEqualTo("Local drafts");
    }

    @Test
    void aNameDifferingOnlyInCaseOrNormalizationIsRefusedOnCreateAndRename() {
        SavedView cafe = views.create("Café desk", QUERY);
        SavedView other = views.create("Other", QUERY);
        assertThatThrownBy(() -> views.create("CAFE\u0301 DESK", QUERY))
                .isInstanceOf(StoreException.class).hasMessage("There is already a view called “Café desk”.");
        assertThatThrownBy(() -> views.rename(other.id(), "café desk"))
                .hasMessage("There is already a view called “Café desk”.");
        views.rename(cafe.id(), "CAFÉ DESK");
        assertThat(views.all()).extracting(SavedView::name).containsExactly("CAFÉ DESK", "Other");
    }

    @Test
    void emptyOrOverlongNamesAreRefusedAndDeletingRemovesTheView() {
        assertThatThrownBy(() -> views.create("   ", QUERY)).hasMessage("Give the view a name.");
        assertThatThrownBy(() -> views.create("x".repeat(61), QUERY))
                .hasMessage("A view's name can have at most 60 characters.");
        SavedView saved = views.create("Mine", QUERY);
        views.delete(saved.id());
        assertThat(views.all()).isEmpty();
    }
}
