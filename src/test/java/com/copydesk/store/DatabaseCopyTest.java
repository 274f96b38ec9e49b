package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseCopyTest {

    @TempDir
    Path dir;

    @Test
    void aCopyHoldsEverySavedArticleIncludingThoseStillInTheWriteAheadLog() throws Exception {
        Path copy = dir.resolve("copy.copydesk");
        Article first = SampleArticles.simple("First story", T0);
        Article second = SampleArticles.simple("Second story", T0.plusSeconds(60));
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            articles.save(first);
            articles.save(second);
            assertThat(dir.resolve("news.copydesk-wal")).exists();

            assertThat(new DatabaseCopy(db).saveTo(copy)).isEqualTo(copy);
        }
        try (Database reopened = Database.open(copy)) {
            assertThat(new ArticleStore(reopened).list("", 10).stream().map(s -> s.headline()).toList())
                    .containsExactlyInAnyOrder("First story", "Second story");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".partial")).toList())
                    .isEmpty();
        }
    }

    /** A copy of a large database takes seconds; it reads a snapshot of its own meanwhile. */
    @Test
    void aCopyIsSavedWhileTheDatabaseIsBusy() throws Exception {
        Path copy = dir.resolve("copy.copydesk");
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            new ArticleStore(db).save(SampleArticles.simple("Saved before the copy", T0));

            assertThat(HeldDatabase.whileBusy(db, () -> new DatabaseCopy(db).saveTo(copy))).isEqualTo(copy);
        }
        try (Database reopened = Database.open(copy)) {
            assertThat(new ArticleStore(reopened).list("", 10).stream().map(s -> s.headline()).toList())
                    .containsExactly("Saved before the copy");
        }
    }

    @Test
    void anExistingFileIsReplacedWholeByTheCopy() throws Exception {
        Path copy = dir.resolve("copy.copydesk");
        Files.writeString(copy, "an old file that was there");
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            new ArticleStore(db).save(SampleArticles.simple("Only story", T0));
            new DatabaseCopy(db).saveTo(copy);
        }
        try (Database reopened = Database.open(copy)) {
            assertThat(new ArticleStore(reopened).list("", 10)).hasSize(1);
        }
    }

    @Test
    void copyingOverTheOpenDatabaseIsRefusedAndChangesNothing() {
        Path file = dir.resolve("news.copydesk");
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple("Keep me", T0));
            assertThatThrownBy(() -> new DatabaseCopy(db).saveTo(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("it is the database that is open");
            assertThat(new ArticleStore(db).list("", 10)).hasSize(1);
        }
    }

    @Test
    void aTargetInAMissingFolderIsRefusedNamingTheFolder() {
        Path target = dir.resolve("no-such-folder").resolve("copy.copydesk");
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            assertThatThrownBy(() -> new DatabaseCopy(db).saveTo(target))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(target.getParent().toString());
        }
        assertThat(target).doesNotExist();
    }

    @Test
    void aDatabaseThatIsOpenElsewhereIsNotOverwritten() {
        Path other = dir.resolve("other.copydesk");
        try (Database db = Database.open(dir.resolve("news.copydesk"));
             Database elsewhere = Database.open(other)) {
            new ArticleStore(elsewhere).save(SampleArticles.simple("Theirs", T0));
            assertThatThrownBy(() -> new DatabaseCopy(db).saveTo(other))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(other.toString());
            assertThat(new ArticleStore(elsewhere).list("", 10).stream().map(s -> s.headline()).toList())
                    .isEqualTo(List.of("Theirs"));
        }
    }
}
