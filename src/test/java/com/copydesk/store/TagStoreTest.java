package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
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

class TagStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private TagStore tags;
    private Article one;
    private Article two;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("tags.copydesk"));
        tags = new TagStore(db);
        ArticleStore articles = new ArticleStore(db);
        one = article("One");
        two = article("Two");
        articles.save(one);
        articles.save(two);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tagsAreKeptInOrderAndOfferedToOtherArticles() {
        assertThat(tags.setTags(one.id(), List.of("  ferries ", "strike   action"))).containsExactly("ferries", "strike action");
        assertThat(tags.tagsOf(one.id())).containsExactly("ferries", "strike action");
        assertThat(tags.all()).containsExactly("ferries", "strike action");
        assertThat(tags.tagsOf(two.id())).isEmpty();
    }

    @Test
    void namesDifferingOnlyInCaseOrUnicodeNormalizationAreOneTag() {
        tags.setTags(one.id(), List.of("Café"));
        assertThat(tags.setTags(two.id(), List.of("CAFÉ", "cafe\u0301", "Ärzte", "ärzte"))).containsExactly("Café", "Ärzte");
        assertThat(tags.all()).containsExactly("Café", "Ärzte");
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM tags")).isEqualTo(2);
    }

    @Test
    void aBadNameIsRefusedWithASentenceAndTheOldTagsStay() {
        tags.setTags(one.id(), List.of("ferries"));
        assertThatThrownBy(() -> tags.setTags(one.id(), List.of("ok", " \t ")))
                .hasMessage("A tag needs at least one letter or digit.");
        assertThatThrownBy(() -> tags.setTags(one.id(), List.of("a,b"))).hasMessageContaining("comma");
        assertThatThrownBy(() -> tags.setTags(one.id(), List.of("x".repeat(61)))).hasMessageContaining("at most 60");
        assertThat(tags.tagsOf(one.id())).containsExactly("ferries");
    }

    @Test
    void oneTagIsAddedAfterTheArticlesOthersUnderTheKnownSpellingAndOnlyOnce() {
        tags.setTags(one.id(), List.of("Harbor"));
        tags.setTags(two.id(), List.of("Café"));

        assertThat(tags.addTag(one.id(), "  cafe\u0301 ")).containsExactly("Harbor", "Café");
        assertThat(tags.addTag(one.id(), "HARBOR")).containsExactly("Harbor", "Café");
        assertThat(tags.addTag(one.id(), "Night buses")).containsExactly("Harbor", "Café", "Night buses");
        assertThat(tags.tagsOf(one.id())).containsExactly("Harbor", "Café", "Night buses");
        assertThat(tags.tagsOf(two.id())).containsExactly("Café");
    }

    @Test
    void oneTagIsTakenOffWhateverItsCaseAndTheOthersStay() {
        tags.setTags(one.id(), List.of("Harbor", "Café", "Ferries"));

        assertThat(tags.removeTag(one.id(), "CAFE\u0301")).containsExactly("Harbor", "Ferries");
        assertThat(tags.removeTag(one.id(), "never used")).containsExactly("Harbor", "Ferries");
        assertThat(tags.tagsOf(one.id())).containsExactly("Harbor", "Ferries");
        assertThat(tags.all()).as("the tag stays known").contains("Café");
    }

    @Test
    void addingOrRemovingOneTagLeavesTheTagsAnotherChangeStoredMeanwhile() {
        tags.setTags(one.id(), List.of("Harbor"));
        new BulkStore(db).addTag(List.of(one.id(), two.id()), "Ferries", T0, done -> { });

        assertThat(tags.addTag(one.id(), "Night buses")).containsExactly("Harbor", "Ferries", "Night buses");
        assertThat(tags.removeTag(one.id(), "Harbor")).containsExactly("Ferries", "Night buses");
    }

    @Test
    void aBadNameToAddIsRefusedWithASentenceAndNothingChanges() {
        tags.setTags(one.id(), List.of("ferries"));
        assertThatThrownBy(() -> tags.addTag(one.id(), "a,b")).hasMessageContaining("comma");
        assertThat(tags.tagsOf(one.id())).containsExactly("ferries");
        assertThat(tags.all()).containsExactly("ferries");
    }

    @Test
    void emptyingTheTrashRemovesTagLinksButKeepsTheTags() {
        tags.setTags(one.id(), List.of("ferries"));
        ArticleStore articles = new ArticleStore(db);
        articles.delete(one.id());
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM article_tags")).as("kept while in the Trash").isOne();
        articles.emptyTrash();
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM article_tags")).isZero();
        assertThat(tags.all()).containsExactly("ferries");
    }

    private static Article article(String headline) {
        return new Article(UUID.randomUUID(), headline, "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
    }
}
