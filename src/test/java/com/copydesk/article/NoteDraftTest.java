package com.copydesk.article;

import com.copydesk.body.BodyText.Place;
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

    @Test
    void aDraftOfAnInlineCommentKeepsTheWordsItIsAbout() {
        NoteAnchor cranes = new NoteAnchor(0, new Place(0, 7), new Place(0, 13), "cranes", "cranes");

        assertThat(new NoteDraft(ARTICLE, "Which cranes?", null, cranes).anchor()).isEqualTo(cranes);
        assertThat(new NoteDraft(ARTICLE, "Plain", null).anchor()).isNull();
    }

    @Test
    void aDraftAnchorBelongsToNoNoteYet() {
        NoteAnchor ofANote = new NoteAnchor(12, new Place(0, 7), new Place(0, 13), "cranes", "cranes");

        assertThat(new NoteDraft(ARTICLE, "Which cranes?", null, ofANote).anchor().noteId()).isZero();
    }

    @Test
    void aDraftCannotBothReplyToANoteAndCommentOnWords() {
        // The note field answers a note or comments on words, never both: choosing one drops the other.
        NoteAnchor cranes = NoteAnchor.detached(0, "cranes", "cranes");

        assertThatThrownBy(() -> new NoteDraft(ARTICLE, "Which cranes?", 7L, cranes))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
