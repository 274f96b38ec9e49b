package com.copydesk.app;

import com.copydesk.article.Article;
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
import java.time.Clock;
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
}
