package com.copydesk.store;

import com.copydesk.article.NoteAnchor;
import com.copydesk.article.NoteDraft;
import com.copydesk.body.BodyText.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Version 11 keeps, with a note being typed as an inline comment, the words it comments on; a
 * version 10 file keeps its drafts (as notes and replies, about no words).
 */
class MigrationToV11Test {

    private static final UUID ARTICLE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @TempDir
    Path dir;

    @Test
    void aVersion10FileKeepsItsDraftsAndTakesTheWordsACommentIsAbout() throws Exception {
        Path file = dir.resolve("v10.copydesk");
        createVersion10(file);

        try (Database db = Database.open(file)) {
            NoteStore notes = new NoteStore(db);
            assertThat(TestDatabases.longValue(db, "SELECT max(version) FROM schema_version"))
                    .isEqualTo(Migrations.latestVersion());
            assertThat(notes.draft(ARTICLE)).contains(new NoteDraft(ARTICLE, "A reply, half typed", 1L));
            assertThat(notes.draft(OTHER)).contains(new NoteDraft(OTHER, "A note, half typed", null));

            NoteAnchor harbour = new NoteAnchor(0, new Place(0, 0), new Place(0, 7), "Harbour", "Harbour");
            notes.saveDraft(new NoteDraft(ARTICLE, "Which harbour?", null, harbour));
            assertThat(notes.draft(ARTICLE)).contains(new NoteDraft(ARTICLE, "Which harbour?", null, harbour));
        }
    }

    @Test
    void theDraftsStillGoWithTheirArticleAndForgetANoteThatIsDeleted() throws Exception {
        Path file = dir.resolve("v10.copydesk");
        createVersion10(file);

        try (Database db = Database.open(file)) {
            TestDatabases.execute(db, "DELETE FROM review_notes WHERE id = 1");
            assertThat(new NoteStore(db).draft(ARTICLE)).contains(new NoteDraft(ARTICLE, "A reply, half typed", null));
            TestDatabases.execute(db, "DELETE FROM articles WHERE id = '" + OTHER + "'");
            assertThat(new NoteStore(db).draft(OTHER)).isEmpty();
        }
    }

    @Test
    void anUpgradeThatCannotFinishLeavesTheFileAtVersion10WithItsDrafts() throws Exception {
        Path file = dir.resolve("v10.copydesk");
        createVersion10(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            // A draft that breaks the new table's rules, so that copying the drafts fails.
            statement.executeUpdate("CREATE TABLE note_drafts_v11 (in_the_way INTEGER)");
        }

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT max(version) FROM schema_version")).isEqualTo(10);
            assertThat(single(statement, "SELECT count(*) FROM note_drafts")).isEqualTo(2);
            assertThat(single(statement, "SELECT text FROM note_drafts WHERE reply_to = 1")).isEqualTo("A reply, half typed");
        }
    }

    /** A version 10 file with two articles, a note on the first, and a draft on each (one a reply). */
    private static void createVersion10(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 10)).migrate();
            try (Statement statement = connection.createStatement()) {
                for (UUID id : new UUID[] {ARTICLE, OTHER}) {
                    statement.executeUpdate("INSERT INTO articles (id, headline, status, body_html, body_text, "
                            + "created_at, modified_at, search_id, word_count) VALUES ('" + id + "', 'Harbour', "
                            + "'DRAFT', '<p>Harbour.</p>', 'Harbour.', 1000, 2000, " + id.getLeastSignificantBits()
                            + ", 1)");
                }
                statement.executeUpdate("INSERT INTO review_notes (id, article_id, author_name, author_initials, "
                        + "created_at, text) VALUES (1, '" + ARTICLE + "', 'Jon Berg', 'JB', 3000, 'Check the quote')");
                statement.executeUpdate("INSERT INTO note_drafts (article_id, text, reply_to) VALUES ('" + ARTICLE
                        + "', 'A reply, half typed', 1)");
                statement.executeUpdate("INSERT INTO note_drafts (article_id, text, reply_to) VALUES ('" + OTHER
                        + "', 'A note, half typed', NULL)");
            }
        }
    }

    private static Object single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }
}
