package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryRename;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FailedSavesTest {

    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");

    private final FailedSaves failed = new FailedSaves();
    private final Article stored = article("Rates rise", "The bank raised rates.", "Economy");

    @Test
    void aFailedEditIsShownOverWhatTheStoreHasSinceInTheFieldsItChangedOnly() {
        Article typed = edited(stored, "Rates rise again", null, null);
        failed.add(typed, null, stored);
        Article steppedMeanwhile = edited(stored.withStatus(ArticleStatus.IN_REVIEW), null, null,
                paragraph("Rewritten by a colleague."));

        Article shown = failed.shownOver(steppedMeanwhile);

        assertThat(shown.headline()).isEqualTo("Rates rise again");
        assertThat(shown.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(shown.body().plainText()).isEqualTo("Rewritten by a colleague.");
        Article other = article("Match report", "They won.", "Sports");
        assertThat(failed.shownOver(other)).isSameAs(other);
    }

    @Test
    void theBaseOfTheFirstFailureStaysWhenTheEditorNoLongerKnowsWhatIsStored() {
        failed.add(edited(stored, "Rates rise again", null, null), stored, null);
        Article later = edited(stored, "Rates rise again", "By a quarter point", null);
        failed.add(later, edited(stored, "Rates rise again", null, null), null);

        assertThat(failed.toRetry(null)).containsExactly(new PendingSave(later, stored));
    }

    @Test
    void failedSavesAreRetriedButTheOpenArticlesWhichTheEditorSavesItself() {
        Article other = article("Match report", "They won.", "Sports");
        failed.add(edited(stored, "Rates rise again", null, null), stored, stored);
        failed.add(edited(other, "Match report: 2-1", null, null), other, null);

        assertThat(failed.toRetry(stored.id())).extracting(save -> save.toSave().headline())
                .containsExactly("Match report: 2-1");
        assertThat(failed.toRetry(null)).hasSize(2);
    }

    @Test
    void aFailedVersionIsDoneWhenItOrANewerOneOfTheOpenArticleIsStored() {
        Article typed = edited(stored, "Rates rise again", null, null);
        failed.add(typed, stored, stored);

        failed.stored(edited(stored, "An older version", null, null), false);
        assertThat(failed.isEmpty()).isFalse();
        failed.stored(typed, false);
        assertThat(failed.isEmpty()).isTrue();

        failed.add(typed, stored, stored);
        failed.stored(edited(typed, null, "Typed since", null), true);
        assertThat(failed.isEmpty()).isTrue();
    }

    @Test
    void failedVersionsFollowARecordedStatusAndARenamedCategory() {
        failed.add(edited(stored, "Rates rise again", null, null), stored, stored);

        failed.statusRecorded(stored.id(), ArticleStatus.IN_REVIEW);
        failed.follow(new CategoryRename("economy", "Business"));

        PendingSave retried = failed.toRetry(null).get(0);
        assertThat(retried.toSave().status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(retried.toSave().categories()).containsExactly("Business");
        assertThat(retried.base().status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(retried.base().categories()).containsExactly("Business");
    }

    @Test
    void anArticleDeletedForGoodTakesItsFailedSavesWithIt() {
        failed.add(edited(stored, "Rates rise again", null, null), stored, stored);
        failed.forget(stored.id());
        assertThat(failed.isEmpty()).isTrue();
        assertThat(failed.shownOver(stored)).isSameAs(stored);
    }

    private static Article article(String headline, String body, String category) {
        return new Article(UUID.randomUUID(), headline, "", "", "", null, List.of(category), ArticleStatus.DRAFT,
                paragraph(body), T, T);
    }

    /** {@code article} with the fields given (not null) changed, as if typed. */
    private static Article edited(Article article, String headline, String dek, BodyDocument body) {
        return new Article(article.id(), headline == null ? article.headline() : headline,
                dek == null ? article.dek() : dek, article.byline(), article.dateline(), article.publishDate(),
                article.categories(), article.status(), body == null ? article.body() : body, article.created(),
                article.modified());
    }

    private static BodyDocument paragraph(String text) {
        return BodyDocument.of(Block.paragraph(text));
    }
}
