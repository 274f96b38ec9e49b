package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.SampleArticles;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StartupTest {

    @TempDir
    Path dir;

    @Test
    void aFirstRunGetsTheSampleArticles() {
        Path file = dir.resolve("news.copydesk");

        try (Database database = Startup.openAndSeed(file)) {
            assertThat(new ArticleStore(database).count()).isEqualTo(SampleArticles.create(Instant.now()).size());
        }
    }

    @Test
    void samplesThatCannotBeSavedFailTheStartAndLeaveTheFileFreeAndWithoutHalfOfThem() {
        Path file = dir.resolve("news.copydesk");
        List<Article> samples = SampleArticles.create(Instant.now());

        StoreException failure = assertThrows(StoreException.class,
                () -> Startup.openAndSeed(file, () -> diskFullAfter(2, samples)));

        try (Database nextStart = Startup.openAndSeed(file)) {
            assertThat(new ArticleStore(nextStart).count()).as("none of the samples, rather than some").isZero();
        }
        assertThat(failure.getMessage()).contains(file.toString(), "sample articles", "the disk is full");
    }

    /** The samples, with the disk full once {@code saved} of them have been taken. */
    private static List<Article> diskFullAfter(int saved, List<Article> samples) {
        return new AbstractList<>() {
            @Override
            public Article get(int index) {
                if (index >= saved) {
                    throw new StoreException("Could not save the article: the disk is full.");
                }
                return samples.get(index);
            }

            @Override
            public int size() {
                return samples.size();
            }
        };
    }
}
