package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryRename;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HeldSavesTest {

    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");

    private final HeldSaves held = new HeldSaves();

    @Test
    void savesWaitForEveryQueuedCategoryChangeThenGoAheadInOrder() {
        assertThat(held.holding()).isFalse();
        held.changeQueued();
        held.changeQueued();
        PendingSave first = save("Rates rise", "Economy");
        PendingSave second = save("Match report", "Sports");
        held.hold(first);
        held.hold(second);

        assertThat(held.changeDone()).as("one change is still under way").isEmpty();
        assertThat(held.holding()).isTrue();
        assertThat(held.changeDone()).containsExactly(first, second);
        assertThat(held.holding()).isFalse();
        assertThat(held.changeDone()).as("none left, and no change under way").isEmpty();
    }

    @Test
    void heldSavesFollowWhatTheChangeMadeOfACategory() {
        held.changeQueued();
        held.hold(save("Rates rise", "Politics", "Economy"));

        held.follow(new CategoryRename("Economy", "Business"));

        PendingSave released = held.changeDone().get(0);
        assertThat(released.toSave().categories()).containsExactly("Politics", "Business");
        assertThat(released.base().categories()).containsExactly("Politics", "Business");
    }

    private static PendingSave save(String headline, String... categories) {
        Article base = new Article(UUID.randomUUID(), headline, "", "", "", null, List.of(categories),
                ArticleStatus.DRAFT, BodyDocument.empty(), T, T);
        return new PendingSave(new Article(base.id(), headline, "Typed", "", "", null, base.categories(),
                ArticleStatus.DRAFT, BodyDocument.empty(), T, T), base);
    }
}
