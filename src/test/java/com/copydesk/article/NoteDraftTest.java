package com.copydesk.article;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteDraftTest {

    private static final UUID ARTICLE = UUID.randomUUID();

    @Test
    void aDraftKeepsTheTextExactlyAsTyped() {
        assertThat(new NoteDraft(ARTICLE, "  half a sentence, ", null).text()).isEqualTo("  half a sentence, ");
    }

    @Test
    void anEmptyFieldIsNoDraft() {
        assertThatThrownBy(() -> new NoteDraft(ARTICLE, "", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoteDraft(ARTICLE, " \n\t", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplyNamesARealNote() {
        assertThat(new NoteDraft(ARTICLE, "Yes", 7L).replyTo()).isEqualTo(7L);
        assertThatThrownBy(() -> new NoteDraft(ARTICLE, "Yes", 0L)).isInstanceOf(IllegalArgumentException.class);
    }
}
