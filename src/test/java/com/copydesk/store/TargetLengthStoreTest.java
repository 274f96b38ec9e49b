package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryInfo;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Target lengths: an article's own, kept through save, reload and revision restores; a default per category. */
class TargetLengthStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("targets.copydesk"));
        articles = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Article article(Integer target) {
        return new Article(UUID.randomUUID(), "Budget", "", "", "", null, List.of("Politics"), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("One two three.")), T0, T0, target);
    }

    @Test
    void anArticlesTargetLengthIsSavedAndReadBackAndCanBeCleared() {
        Article withTarget = article(800);
        articles.save(withTarget);
        assertThat(articles.find(withTarget.id()).orElseThrow()).isEqualTo(withTarget);
        assertThat(TestDatabases.longValue(db, "SELECT target_length FROM articles")).isEqualTo(800);

        articles.save(withTarget.withTargetLength(null).withModified(T0.plusSeconds(5)));
        assertThat(articles.find(withTarget.id()).orElseThrow().targetLength()).isNull();
    }

    @Test
    void restoringARevisionKeepsTheArticlesCurrentTargetLength() {
        Article first = article(600);
        articles.save(first);
        Article edited = new Article(first.id(), "Budget passes", "", "", "", null, first.categories(), first.status(),
                first.body(), T0, T0.plusSeconds(600), 900);
        articles.save(edited);
        RevisionStore revisions = new RevisionStore(db);
        long oldest = revisions.list(first.id()).get(revisions.list(first.id()).size() - 1).id();

        Article restored = revisions.restore(oldest, T0.plusSeconds(1200));

        assertThat(restored.headline()).isEqualTo("Budget");
        assertThat(restored.targetLength()).isEqualTo(900);
        assertThat(articles.find(first.id()).orElseThrow().targetLength()).isEqualTo(900);
    }

    @Test
    void aCategoryHasADefaultTargetLengthThatCanBeClearedAndMustBePositive() {
        articles.save(article(null));
        CategoryAdminStore admin = new CategoryAdminStore(db);
        CategoryInfo politics = admin.overview().stream().filter(c -> c.name().equals("Politics")).findFirst().orElseThrow();

        admin.setDefaultTargetLength(politics.id(), 750);

        assertThat(admin.overview()).filteredOn(c -> c.name().equals("Politics"))
                .extracting(CategoryInfo::defaultTargetLength).containsExactly(750);
        assertThat(new CategoryStore(db).defaultTargetLengths()).containsEntry("politics", 750).hasSize(1);
        assertThatThrownBy(() -> admin.setDefaultTargetLength(politics.id(), -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
        admin.setDefaultTargetLength(politics.id(), null);
        assertThat(new CategoryStore(db).defaultTargetLengths()).isEmpty();
    }

    @Test
    void aTargetLengthOutsideOneToOneHundredThousandWordsIsRefused() {
        assertThatThrownBy(() -> article(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> article(100_001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(article(100_000).targetLength()).isEqualTo(100_000);
    }
}
