package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks over every article (exports) read a snapshot on a connection of their own. On the
 * database's connection an export of the whole archive (tens of seconds for 100,000 articles) held
 * up every save, list and search; and they, in turn, could not read while a save was under way.
 */
class LongReadsTest {

    @TempDir
    Path dir;

    @Test
    void walkingOverTheArticlesGoesOnWhileTheDatabaseIsBusy() throws Exception {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article first = SampleArticles.simple("First", T0);
            Article second = SampleArticles.simple("Second", T0.plusSeconds(60));
            articles.save(first);
            articles.save(second);

            List<String> walked = HeldDatabase.whileBusy(db, () -> {
                List<String> headlines = new ArrayList<>();
                articles.forEach(List.of(), article -> headlines.add(article.headline()));
                return headlines;
            });
            List<String> archived = HeldDatabase.whileBusy(db, () -> {
                List<String> headlines = new ArrayList<>();
                articles.archive().forEach(List.of(), true, stored -> headlines.add(stored.headline()));
                return headlines;
            });

            assertThat(walked).containsExactly("Second", "First");
            assertThat(archived).containsExactly("Second", "First");
        }
    }
}
