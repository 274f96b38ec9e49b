package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleForEachTest {

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;
    private final List<Article> oldestFirst = new ArrayList<>();

    @BeforeEach
    void openWithArticles() {
        db = Database.open(dir.resolve("many.copydesk"));
        store = new ArticleStore(db);
        for (int i = 0; i < 50; i++) {
            Article article = i % 10 == 0
                    ? SampleArticles.multilingual(T0.plusSeconds(i))
                    : SampleArticles.simple("Story " + i, T0.plusSeconds(i), "Local");
            store.save(article);
            oldestFirst.add(article);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void visitsEveryArticleNewestFirstWhenNoIdsAreGiven() {
        List<Article> seen = new ArrayList<>();

        store.forEach(List.of(), seen::add);

        List<Article> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen);
    }

    @Test
    void visitsOnlyTheSelectedIdsNewestFirstSkippingUnknownOnes() {
        Article a = oldestFirst.get(3);
        Article b = oldestFirst.get(40);
        Article c = oldestFirst.get(10);
        List<Article> seen = new ArrayList<>();

        store.forEach(Set.of(a.id(), UUID.randomUUID(), b.id(), c.id()), seen::add);

        assertEquals(List.of(b, c, a), seen);
    }

    @Test
    void visitsNothingInAnEmptyDatabase() {
        store.forEach(List.of(), article -> store.delete(article.id()));
        List<Article> seen = new ArrayList<>();

        store.forEach(List.of(), seen::add);

        assertEquals(List.of(), seen);
        assertEquals(0, store.count());
    }

    @Test
    void aFailingActionStopsTheWalkAndTheDatabaseStaysUsable() {
        IllegalStateException stop = new IllegalStateException("stop");
        List<Article> seen = new ArrayList<>();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.forEach(List.of(), article -> {
            seen.add(article);
            if (seen.size() == 3) {
                throw stop;
            }
        }));

        assertSame(stop, thrown);
        assertEquals(3, seen.size());
        assertEquals(50, store.count());
    }
}
