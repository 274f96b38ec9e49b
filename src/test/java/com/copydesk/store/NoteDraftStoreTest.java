package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.NoteDraft;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyText.Place;
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

/** Review notes typed and not yet added: one per article, kept in the database through restarts. */
class NoteDraftStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserProfile JON = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private NoteStore notes;
    private ArticleStore articles;
    private Article article;
    private Article other;

    @BeforeEach
    void open() {
        file = dir.resolve("drafts.copydesk");
        db = Database.open(file);
        notes = new NoteStore(db);
        articles = new ArticleStore(db);
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
    void eachArticleKeepsItsLatestDraftThroughAReopen() {
        ReviewNote question = notes.add(article.id(), null, JON, T0, "Who took the photo?");
        notes.saveDraft(new NoteDraft(article.id(), "First words", null));
        notes.saveDraft(new NoteDraft(article.id(), "  The agency, I think ", question.id()));
        notes.saveDraft(new NoteDraft(other.id(), "Check the dek", null));

        db.close();
        db = Database.open(file);
        notes = new NoteStore(db);

        assertThat(notes.draft(article.id())).contains(new NoteDraft(article.id(), "  The agency, I think ", question.id()));
        assertThat(notes.draft(other.id())).contains(new NoteDraft(other.id(), "Check the dek", null));
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM note_drafts")).isEqualTo(2);
    }

    @Test
    void deletingTheDraftLeavesTheArticleWithoutOne() {
        notes.saveDraft(new NoteDraft(article.id(), "Soon gone", null));
        notes.deleteDraft(article.id());
        notes.deleteDraft(other.id()); // none there: nothing happens

        assertThat(notes.draft(article.id())).isEmpty();
        assertThat(notes.draft(other.id())).isEmpty();
    }

    @Test
    void aReplyToANoteOfAnotherArticleOrToAReplyIsKeptAsANewThread() {
        ReviewNote elsewhere = notes.add(other.id(), null, JON, T0, "Elsewhere");
        ReviewNote first = notes.add(article.id(), null, JON, T0, "First");
        ReviewNote reply = notes.add(article.id(), first.id(), JON, T0, "Reply");

        notes.saveDraft(new NoteDraft(article.id(), "Not lost", elsewhere.id()));
        assertThat(notes.draft(article.id())).contains(new NoteDraft(article.id(), "Not lost", null));
        notes.saveDraft(new NoteDraft(article.id(), "Still not lost", reply.id()));
        assertThat(notes.draft(article.id())).contains(new NoteDraft(article.id(), "Still not lost", null));
    }

    @Test
    void addingTheNoteDeletesItsDraftInTheSameTransaction() {
        notes.saveDraft(new NoteDraft(article.id(), "Trim the top", null));
        notes.saveDraft(new NoteDraft(other.id(), "Untouched", null));

        notes.add(article.id(), null, JON, T0, "Trim the top");

        assertThat(notes.draft(article.id())).isEmpty();
        assertThat(notes.draft(other.id())).isPresent();
    }

    @Test
    void aNoteThatCannotBeAddedLeavesItsDraft() {
        ReviewNote first = notes.add(article.id(), null, JON, T0, "First");
        ReviewNote reply = notes.add(article.id(), first.id(), JON, T0, "Reply");
        notes.saveDraft(new NoteDraft(article.id(), "A reply to a reply", null));

        assertThatThrownBy(() -> notes.add(article.id(), reply.id(), JON, T0, "A reply to a reply"))
                .isInstanceOf(StoreException.class);

        assertThat(notes.draft(article.id())).contains(new NoteDraft(article.id(), "A reply to a reply", null));
    }

    @Test
    void theNoteAndTheDeletionOfItsDraftAreOneTransaction() {
        notes.saveDraft(new NoteDraft(article.id(), "All or nothing", null));
        TestDatabases.execute(db, "CREATE TRIGGER refuse_draft_delete BEFORE DELETE ON note_drafts "
                + "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");

        assertThatThrownBy(() -> notes.add(article.id(), null, JON, T0, "All or nothing"))
                .isInstanceOf(StoreException.class);

        assertThat(notes.notes(article.id())).as("not added without its draft's deletion").isEmpty();
        assertThat(notes.draft(article.id())).isPresent();
    }

    @Test
    void addingAnInlineCommentDeletesTheDraftItWasTypedAs() {
        notes.saveDraft(new NoteDraft(article.id(), "Which cranes?", null));

        notes.addComment(article.id(), JON, T0, "Which cranes?",
                new NoteAnchor(0, new Place(0, 0), new Place(0, 6), "cranes", "cranes"));

        assertThat(notes.draft(article.id())).isEmpty();
    }

    @Test
    void aDraftGoesToTheTrashWithItsArticleComesBackWithItAndIsDeletedWithItForGood() {
        notes.saveDraft(new NoteDraft(article.id(), "Kept while in the Trash", null));

        articles.trash(article.id(), T0);
        assertThat(notes.draft(article.id())).as("in the Trash").isPresent();
        articles.restore(article.id());
        assertThat(notes.draft(article.id())).as("restored").contains(new NoteDraft(article.id(), "Kept while in the Trash", null));

        articles.trash(article.id(), T0);
        articles.emptyTrash();
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM note_drafts")).isZero();
    }

    @Test
    void aDraftOfAnInlineCommentKeepsTheWordsItIsAboutThroughAReopen() {
        NoteAnchor cranes = new NoteAnchor(0, new Place(1, 4), new Place(1, 10), "cranes", "cranes");
        NoteAnchor gone = NoteAnchor.detached(0, "the old port", "old port");
        notes.saveDraft(new NoteDraft(article.id(), "Which cranes?", null, cranes));
        notes.saveDraft(new NoteDraft(other.id(), "Which port?", null, gone));

        db.close();
        db = Database.open(file);
        notes = new NoteStore(db);

        assertThat(notes.draft(article.id())).contains(new NoteDraft(article.id(), "Which cranes?", null, cranes));
        assertThat(notes.draft(other.id())).contains(new NoteDraft(other.id(), "Which port?", null, gone));
    }

    @Test
    void aDraftTypedAsAPlainNoteAfterACommentLosesTheCommentsWords() {
        notes.saveDraft(new NoteDraft(article.id(), "Which cranes?", null,
                new NoteAnchor(0, new Place(0, 4), new Place(0, 10), "cranes", "cranes")));

        notes.saveDraft(new NoteDraft(article.id(), "Just a note now", null));

        assertThat(notes.draft(article.id())).contains(new NoteDraft(article.id(), "Just a note now", null));
    }

    @Test
    void anInlineCommentsDraftGoesToTheTrashAndComesBackWithItsWords() {
        NoteAnchor cranes = new NoteAnchor(0, new Place(0, 4), new Place(0, 10), "cranes", "cranes");
        notes.saveDraft(new NoteDraft(article.id(), "Which cranes?", null, cranes));

        articles.trash(article.id(), T0);
        articles.restore(article.id());

        assertThat(notes.draft(article.id())).contains(new NoteDraft(article.id(), "Which cranes?", null, cranes));
    }

    @Test
    void aDraftOfAnArticleDeletedForGoodIsNotKept() {
        articles.trash(article.id(), T0);
        articles.emptyTrash();

        notes.saveDraft(new NoteDraft(article.id(), "Too late", null));

        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM note_drafts")).isZero();
    }

    @Test
    void aCopyOfTheDatabaseKeepsTheDrafts() {
        notes.saveDraft(new NoteDraft(article.id(), "Working state", null));
        Path copy = dir.resolve("copy.copydesk");

        new DatabaseCopy(db).saveTo(copy);

        try (Database copied = Database.open(copy)) {
            assertThat(new NoteStore(copied).draft(article.id()))
                    .contains(new NoteDraft(article.id(), "Working state", null));
        }
    }

    @Test
    void aCopyOfTheDatabaseKeepsTheWordsADraftCommentsOn() {
        NoteAnchor cranes = new NoteAnchor(0, new Place(0, 4), new Place(0, 10), "cranes", "cranes");
        notes.saveDraft(new NoteDraft(article.id(), "Which cranes?", null, cranes));
        Path copy = dir.resolve("copy.copydesk");

        new DatabaseCopy(db).saveTo(copy);

        try (Database copied = Database.open(copy)) {
            assertThat(new NoteStore(copied).draft(article.id()))
                    .contains(new NoteDraft(article.id(), "Which cranes?", null, cranes));
        }
    }
}
