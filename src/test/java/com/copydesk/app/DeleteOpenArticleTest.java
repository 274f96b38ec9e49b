package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeleteOpenArticleTest {

    @TempDir
    Path dir;

    @Test
    void whatWasTypedJustBeforeDeletingTheOpenArticleIsInItWhenItComesBackFromTheTrash() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T16:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article story = SampleArticles.simple("Morning story", SampleArticles.T0);
            articles.save(story);
            MainViewModel main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db),
                    new RevisionStore(db), new SameThreadExecutor(), new ManualScheduler(), clock);
            main.editor().open(story.id());
            main.editor().headlineProperty().set("Morning story, the last words typed"); // autosave not yet due

            main.delete(List.of(story.id()));
            articles.restore(story.id());

            assertThat(articles.find(story.id()).orElseThrow().headline()).isEqualTo("Morning story, the last words typed");
        }
    }

    @Test
    void wordsThatCouldNotBeSavedDoNotBringBackAnArticleDeletedForGood() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T16:00:00Z"), ZoneOffset.UTC);
        Path file = dir.resolve("news.copydesk");
        try (Database db = Database.open(file);
             Connection disk = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ArticleStore articles = new ArticleStore(db);
            Article story = SampleArticles.simple("Morning story", SampleArticles.T0);
            articles.save(story);
            articles.save(SampleArticles.simple("Evening story", SampleArticles.T0));
            ManualScheduler scheduler = new ManualScheduler();
            MainViewModel main = new MainViewModel(articles, new CategoryStore(db), new PublicationStore(db),
                    new RevisionStore(db), new SameThreadExecutor(), scheduler, clock);
            main.editor().open(story.id());
            main.editor().headlineProperty().set("Morning story, the last words typed");

            // The disk is full: an article cannot be saved, but it can go to the Trash, and the Trash be emptied.
            disk.createStatement().execute("CREATE TRIGGER disk_full BEFORE UPDATE OF modified_at ON articles"
                    + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
            main.delete(List.of(story.id()));
            main.trash().emptyTrash(); // Article → Trash… → Empty Trash…, to make room
            disk.createStatement().execute("DROP TRIGGER disk_full");
            scheduler.advance(Duration.ofSeconds(6)); // the last words are tried again

            assertThat(articles.find(story.id())).isEmpty();
            assertThat(main.list().items()).extracting(ArticleSummary::id).doesNotContain(story.id());
            assertThat(main.editor().hasUnsavedChanges()).isFalse();
        }
    }
}
