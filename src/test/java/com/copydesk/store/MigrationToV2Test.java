package com.copydesk.store;

import com.copydesk.article.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static com.copydesk.store.ArticleStoreTest.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MigrationToV2Test {

    @TempDir
    Path dir;

    @Test
    void articlesWrittenBeforeVersion2AreSearchableAndStartTheirHistory() throws Exception {
        Path file = dir.resolve("old.copydesk");
        UUID id = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 1)).migrate();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO articles (id, headline, status, body_html, body_text, created_at, "
                        + "modified_at) VALUES ('" + id + "', 'Old harbour reopens', 'DRAFT', "
                        + "'<p>Boats are back in the old harbour.</p>', 'Boats are back in the old harbour.', 1000, 2000)");
                statement.executeUpdate("INSERT INTO article_categories VALUES ('" + id + "', 6, 0)");
            }
        }

        try (Database db = Database.open(file)) {
            ArticleStore articles = new ArticleStore(db);
            assertEquals(List.of("Old harbour reopens"), headlines(articles.list("boats", 10)));
            List<Revision> history = new RevisionStore(db).list(id);
            assertEquals(1, history.size());
            assertEquals(7, history.get(0).words());
            assertEquals(List.of("Local"), new RevisionStore(db).content(history.get(0).id()).orElseThrow().categories());

            articles.save(articles.find(id).orElseThrow().withModified(java.time.Instant.ofEpochMilli(3000)));
            assertEquals(1, new RevisionStore(db).list(id).size(), "an unchanged save adds no revision");
        }
    }
}
