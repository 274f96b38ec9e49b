package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
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

class NoteStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserProfile ANA = new UserProfile("Ana Reyes", "", UserProfile.Role.REPORTER);
    private static final UserProfile JON = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Database db;
    private NoteStore notes;
    private Article article;
    private Article other;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("notes.copydesk"));
        notes = new NoteStore(db);
        ArticleStore articles = new ArticleStore(db);
        article = new Article(UUID.randomUUID(), "One", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
        other = new Article(UUID.randomUUID(), "Two", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0);
        articles.save(article);
        articles.save(other);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void repliesAreListedUnderTheirNoteInReadingOrder() {
        ReviewNote first = notes.add(article.id(), null, JON, T0, "Who is the second source?");
        ReviewNote second = notes.add(article.id(), null, JON, T0.plusSeconds(5), "Check the date");
        notes.add(article.id(), first.id(), ANA, T0.plusSeconds(10), "  The harbor master.  ");
        notes.add(other.id(), null, JON, T0, "Elsewhere");

        assertThat(notes.notes(article.id())).extracting(ReviewNote::text)
                .containsExactly("Who is the second source?", "The harbor master.", "Check the date");
        assertThat(notes.notes(article.id()).get(1).parentId()).isEqualTo(first.id());
        assertThat(notes.notes(article.id()).get(2)).isEqualTo(second);
    }

    @Test
    void resolvingRecordsWhoAndReopeningClearsIt() {
        ReviewNote note = notes.add(article.id(), null, JON, T0, "Trim the top");
        notes.setResolved(note.id(), true, ANA, T0.plusSeconds(60));
        ReviewNote resolved = notes.notes(article.id()).get(0);
        assertThat(resolved.resolvedBy()).isEqualTo("Ana Reyes");
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(notes.openCount(article.id())).isZero();

        notes.setResolved(note.id(), false, JON, T0.plusSeconds(90));
        assertThat(notes.notes(article.id()).get(0).isResolved()).isFalse();
        assertThat(notes.openCount(article.id())).isOne();
    }

    @Test
    void aReplyToAReplyOrToAnotherArticlesNoteIsRefusedWithASentence() {
        ReviewNote note = notes.add(article.id(), null, JON, T0, "Trim the top");
        ReviewNote reply = notes.add(article.id(), note.id(), ANA, T0, "Done");
        assertThatThrownBy(() -> notes.add(article.id(), reply.id(), JON, T0, "Thanks"))
                .hasMessage("Reply to the first note of the thread; replies cannot have replies.");
        assertThatThrownBy(() -> notes.add(other.id(), note.id(), JON, T0, "Wrong place"))
                .hasMessage("The note you are replying to has been deleted.");
        assertThat(notes.notes(article.id())).hasSize(2);
        assertThat(notes.notes(other.id())).isEmpty();
    }

    @Test
    void emptyOrOverlongNotesAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> notes.add(article.id(), null, JON, T0, "   ")).hasMessage("A note needs some text.");
        assertThatThrownBy(() -> notes.add(article.id(), null, JON, T0, "x".repeat(5001)))
                .hasMessage("A note can be at most 5000 characters long; this one has 5001.");
        assertThat(notes.notes(article.id())).isEmpty();
    }

    @Test
    void emptyingTheTrashDeletesTheArticlesNotes() {
        ReviewNote note = notes.add(article.id(), null, JON, T0, "Trim the top");
        notes.add(article.id(), note.id(), ANA, T0, "Done");
        ArticleStore articles = new ArticleStore(db);
        articles.delete(article.id());
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM review_notes")).as("kept while in the Trash").isEqualTo(2);
        articles.emptyTrash();
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM review_notes")).isZero();
    }
}
