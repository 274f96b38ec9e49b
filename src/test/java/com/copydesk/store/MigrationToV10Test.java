package com.copydesk.store;

import com.copydesk.article.NoteDraft;
import com.copydesk.article.ReviewNote;
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

/** Version 10 keeps the review notes being typed (note drafts); a version 9 file gains the table, empty. */
class MigrationToV10Test {

    private static final UUID ARTICLE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @TempDir
    Path dir;

    @Test
    void aVersion9FileKeepsItsNotesAndTakesDrafts() throws Exception {
        Path file = dir.resolve("v9.copydesk");
        createVersion9(file);

        try (Database db = Database.open(file)) {
            NoteStore notes = new NoteStore(db);
            assertThat(TestDatabases.longValue(db, "SELECT max(version) FROM schema_version"))
                    .isEqualTo(Migrations.latestVersion());
            assertThat(notes.notes(ARTICLE)).extracting(ReviewNote::text).containsExactly("Check the quote");
            assertThat(notes.draft(ARTICLE)).isEmpty();

            notes.saveDraft(new NoteDraft(ARTICLE, "Typed, not added", 1L));
            assertThat(notes.draft(ARTICLE)).contains(new NoteDraft(ARTICLE, "Typed, not added", 1L));
        }
    }

    @Test
    void anUpgradeThatCannotFinishLeavesTheFileAtVersion9() throws Exception {
        Path file = dir.resolve("v9.copydesk");
        createVersion9(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            // Something of that name in the way, so that the migration fails.
            statement.executeUpdate("CREATE VIEW note_drafts AS SELECT 1 AS in_the_way");
        }

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT max(version) FROM schema_version")).isEqualTo(9);
            assertThat(single(statement, "SELECT type FROM sqlite_master WHERE name = 'note_drafts'")).isEqualTo("view");
            assertThat(single(statement, "SELECT count(*) FROM review_notes")).isEqualTo(1);
        }
    }

    /** A version 9 file with one article and one note on it. */
    private static void createVersion9(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 9)).migrate();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO articles (id, headline, status, body_html, body_text, created_at, "
                        + "modified_at, search_id, word_count) VALUES ('" + ARTICLE + "', 'Harbour', 'DRAFT', "
                        + "'<p>Harbour.</p>', 'Harbour.', 1000, 2000, 1, 1)");
                statement.executeUpdate("INSERT INTO review_notes (id, article_id, author_name, author_initials, "
                        + "created_at, text) VALUES (1, '" + ARTICLE + "', 'Jon Berg', 'JB', 3000, 'Check the quote')");
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
