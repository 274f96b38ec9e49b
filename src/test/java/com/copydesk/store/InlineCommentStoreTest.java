package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyText;
import com.copydesk.body.BodyText.Place;
import com.copydesk.body.TextAnchor;
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

/** Inline comments: review notes with an anchor in the body, kept in note_anchors (V5). */
class InlineCommentStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserProfile JON = new UserProfile("Jon Berg", "", UserProfile.Role.EDITOR);
    private static final BodyDocument BODY = BodyDocument.of(Block.paragraph("Harbor cranes return"),
            Block.paragraph("to the old port"));

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private NoteStore notes;
    private Article article;
    private Article other;

    @BeforeEach
    void open() {
        file = dir.resolve("comments.copydesk");
        db = Database.open(file);
        notes = new NoteStore(db);
        ArticleStore articles = new ArticleStore(db);
        article = new Article(UUID.randomUUID(), "One", "", "", "", null, List.of(), ArticleStatus.DRAFT, BODY, T0, T0);
        other = new Article(UUID.randomUUID(), "Two", "", "", "", null, List.of(), ArticleStatus.DRAFT, BODY, T0, T0);
        articles.save(article);
        articles.save(other);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCommentIsANoteWithItsAnchorAndBothSurviveReopeningTheFile() {
        String text = BodyText.of(BODY);
        NoteAnchor anchor = NoteAnchor.at(0, BODY, text, new TextAnchor(7, 13), "cranes");
        ReviewNote comment = notes.addComment(article.id(), JON, T0, "  Which cranes?  ", anchor);
        notes.add(article.id(), null, JON, T0.plusSeconds(1), "An ordinary note");
        notes.addComment(other.id(), JON, T0, "Elsewhere", NoteAnchor.at(0, BODY, text, new TextAnchor(0, 6), "Harbor"));

        db.close();
        db = Database.open(file);
        notes = new NoteStore(db);

        assertThat(notes.notes(article.id())).extracting(ReviewNote::text).containsExactly("Which cranes?", "An ordinary note");
        assertThat(notes.anchors(article.id())).containsExactly(
                new NoteAnchor(comment.id(), new Place(0, 7), new Place(0, 13), "cranes", "cranes"));
    }

    @Test
    void movedAndDetachedAnchorsAreStoredButTheQuoteNeverChanges() {
        String text = BodyText.of(BODY);
        ReviewNote one = notes.addComment(article.id(), JON, T0, "Which cranes?",
                NoteAnchor.at(0, BODY, text, new TextAnchor(7, 13), "cranes"));
        ReviewNote two = notes.addComment(article.id(), JON, T0, "Which port?",
                NoteAnchor.at(0, BODY, text, new TextAnchor(32, 36), "port"));

        notes.moveAnchors(List.of(
                new NoteAnchor(one.id(), new Place(1, 0), new Place(1, 9), "big cranes", "something else"),
                NoteAnchor.detached(two.id(), "port", "ignored")));

        assertThat(notes.anchors(article.id())).containsExactly(
                new NoteAnchor(one.id(), new Place(1, 0), new Place(1, 9), "big cranes", "cranes"),
                NoteAnchor.detached(two.id(), "port", "port"));
    }

    @Test
    void anchorsGoWithTheirArticleWhenTheTrashIsEmptied() {
        notes.addComment(article.id(), JON, T0, "Which cranes?",
                NoteAnchor.at(0, BODY, BodyText.of(BODY), new TextAnchor(7, 13), "cranes"));
        ArticleStore articles = new ArticleStore(db);
        articles.delete(article.id());
        assertThat(notes.anchors(article.id())).as("kept while in the Trash").hasSize(1);
        articles.emptyTrash();
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM note_anchors")).isZero();
    }

    @Test
    void anEmptyCommentIsRefusedBeforeAnythingIsWritten() {
        NoteAnchor anchor = NoteAnchor.at(0, BODY, BodyText.of(BODY), new TextAnchor(7, 13), "cranes");
        assertThatThrownBy(() -> notes.addComment(article.id(), JON, T0, "  ", anchor)).hasMessage("A note needs some text.");
        assertThat(notes.notes(article.id())).isEmpty();
        assertThat(notes.anchors(article.id())).isEmpty();
    }

    @Test
    void theStoredBodyKnowsNothingOfComments() {
        notes.addComment(article.id(), JON, T0, "Which cranes?",
                NoteAnchor.at(0, BODY, BodyText.of(BODY), new TextAnchor(7, 13), "cranes"));
        assertThat(new ArticleStore(db).find(article.id()).orElseThrow().body()).isEqualTo(BODY);
        assertThat(TestDatabases.longValue(db, "SELECT count(*) FROM articles WHERE body_html LIKE '%comment%' "
                + "OR body_html LIKE '%Which%' OR body_html LIKE '%mark%'")).isZero();
    }
}
