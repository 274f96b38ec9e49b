package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleSaveAllTest {

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("newsroom.copydesk"));
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesEveryArticleOfTheList() {
        Article one = SampleArticles.simple("One", T0, "Local");
        Article two = SampleArticles.formatted(T0.plusSeconds(1));

        store.saveAll(List.of(one, two));

        assertThat(store.find(one.id())).contains(one);
        assertThat(store.find(two.id())).contains(two);
    }

    @Test
    void aFailingSourceLeavesNothingSaved() {
        Article kept = SampleArticles.simple("Already here", T0);
        store.save(kept);
        Article first = SampleArticles.simple("First", T0);
        Iterator<Article> failsOnSecond = new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Article next() {
                if (given++ == 1) {
                    throw new IllegalStateException("the file is broken");
                }
                return first;
            }
        };

        assertThatThrownBy(() -> store.saveAll(failsOnSecond, (incoming, exists) -> incoming))
                .hasMessage("the file is broken");

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find(first.id())).isEmpty();
        assertThat(store.find(kept.id())).contains(kept);
    }

    @Test
    void aDatabaseFailureHalfWayLeavesNothingSaved() {
        TestDatabases.execute(db, "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.headline = 'Refused' "
                + "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        Article first = SampleArticles.simple("First", T0, "Brand new category");
        Article refused = SampleArticles.simple("Refused", T0);

        assertThatThrownBy(() -> store.saveAll(List.of(first, refused))).isInstanceOf(StoreException.class);

        assertThat(store.count()).isZero();
        assertThat(new CategoryStore(db).all()).extracting(c -> c.name()).doesNotContain("Brand new category");
    }

    @Test
    void theArrivalDecidesWhatIsSavedAndKnowsWhichIdsExist() {
        Article existing = SampleArticles.simple("Existing", T0);
        store.save(existing);
        Article changed = new Article(existing.id(), "Changed", "", "", "", null, List.of(), existing.status(),
                existing.body(), T0, T0);
        Article fresh = SampleArticles.simple("Fresh", T0);

        int saved = store.saveAll(List.of(changed, fresh).iterator(), (incoming, exists) -> exists ? null : incoming);

        assertThat(saved).isEqualTo(1);
        assertThat(store.find(existing.id())).contains(existing);
        assertThat(store.find(fresh.id())).contains(fresh);
        assertThat(store.find(UUID.randomUUID())).isEmpty();
    }
}
