package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Every export Copydesk writes in its own format matches the published schema, and the schema has teeth. */
class CopydeskSchemaTest {

    private static final SchemaCheck SCHEMA = SchemaCheck.of(SchemaCheck.COPYDESK);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.ofHours(2));

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("newsroom.copydesk"));
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anExportOfEveryKindOfArticleMatchesTheSchema() {
        store.save(SampleArticles.formatted(T0.plusSeconds(1)));
        store.save(SampleArticles.multilingual(T0.plusSeconds(2)));
        store.save(new Article(UUID.randomUUID(), "", "", "", "", null, List.of(), ArticleStatus.PUBLISHED,
                BodyDocument.empty(), T0, T0));
        com.copydesk.article.SampleArticles.create(T0).forEach(store::save);
        Path file = dir.resolve("all.json");

        new JsonExporter(store, CLOCK).export(List.of(), file);

        assertThat(SCHEMA.errors(file)).isEmpty();
    }

    @Test
    void anEmptyExportMatchesTheSchema() {
        Path file = dir.resolve("none.json");
        new JsonExporter(store, CLOCK).export(List.of(), file);
        assertThat(SCHEMA.errors(file)).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheImporterRefuses() {
        String article = """
                {"id": "%s", "headline": "H", "status": "%s", "created": "%s", "modified": "2024-05-01T08:00:00Z",
                 "body": {"html": "<p>x</p>"}}""";
        String ok = "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b";
        assertThat(SCHEMA.errors(wrap(article.formatted(ok, "READY", "2024-05-01T08:00:00Z")))).isEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted(ok, "LATE", "2024-05-01T08:00:00Z")))).isNotEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("not-an-id", "READY", "2024-05-01T08:00:00Z")))).isNotEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted(ok, "READY", "yesterday")))).isNotEmpty();
        assertThat(SCHEMA.errors("{\"format\": \"other\", \"version\": 1, \"articles\": []}")).isNotEmpty();
        assertThat(SCHEMA.errors("{\"format\": \"copydesk\", \"version\": 2, \"articles\": []}")).isNotEmpty();
    }

    @Test
    void theExampleOfTheFormatDocumentMatchesTheSchemaAndImportsWithItsTimelineAndNotes() throws Exception {
        String document = java.nio.file.Files.readString(Path.of("src", "docs", "json-format.md"));
        int start = document.indexOf("```json\n") + "```json\n".length();
        Path file = java.nio.file.Files.writeString(dir.resolve("example.json"),
                document.substring(start, document.indexOf("```", start)));

        assertThat(SCHEMA.errors(file)).isEmpty();
        List<com.copydesk.store.ArticleBundle> read = new JsonImporter().readAll(file);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).tags()).containsExactly("budget", "council");
        assertThat(read.get(0).history()).singleElement().extracting(com.copydesk.article.StatusChange::note)
                .isEqualTo("Figures checked with the treasurer");
        assertThat(read.get(0).notes()).extracting(com.copydesk.article.ReviewNote::parentId).containsExactly(null, 1L);
        assertThat(com.copydesk.body.BodyStats.of(read.get(0).article().body()).words()).isEqualTo(15);
    }

    @Test
    void theSchemaRefusesBadTimelineEntriesNotesAndTags() {
        String article = """
                {"id": "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b", "headline": "H", "status": "READY",
                 "created": "2024-05-01T08:00:00Z", "modified": "2024-05-01T08:00:00Z", "body": {"html": "<p>x</p>"},
                 %s}""";
        assertThat(SCHEMA.errors(wrap(article.formatted("\"tags\": [\"a\"], \"notes\": [{\"number\": 1, "
                + "\"created\": \"2024-05-01T08:00:00Z\", \"text\": \"ok\", \"colour\": {\"from\": 3}}]")))).isEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("\"notes\": [{\"number\": 1, "
                + "\"created\": \"2024-05-01T08:00:00Z\", \"text\": \"ok\", \"anchor\": {\"start\": {\"block\": 0, "
                + "\"offset\": 1}, \"end\": {\"block\": 0, \"offset\": 2}, \"text\": \"x\", \"quote\": \"x\"}}]")))).isEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("\"notes\": [{\"number\": 1, "
                + "\"created\": \"2024-05-01T08:00:00Z\", \"text\": \"ok\", \"anchor\": {\"from\": 3}}]")))).isNotEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("\"notes\": [{\"number\": 1, "
                + "\"created\": \"2024-05-01T08:00:00Z\", \"text\": \"ok\", \"anchor\": {\"start\": {\"block\": -1, "
                + "\"offset\": 1}, \"end\": null, \"text\": \"\", \"quote\": \"x\"}}]")))).isNotEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("\"tags\": [\"a,b\"]")))).isNotEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("\"notes\": [{\"number\": 0, "
                + "\"created\": \"2024-05-01T08:00:00Z\", \"text\": \"ok\"}]")))).isNotEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("\"statusHistory\": [{\"from\": \"DRAFT\", "
                + "\"to\": \"READY\", \"action\": \"PUBLISH_NOW\", \"at\": \"2024-05-01T08:00:00Z\"}]")))).isNotEmpty();
        assertThat(SCHEMA.errors(wrap(article.formatted("\"revisions\": [{\"saved\": \"2024-05-01T08:00:00Z\", "
                + "\"headline\": \"H\", \"status\": \"READY\"}]")))).isNotEmpty();
    }

    private static String wrap(String article) {
        return "{\"format\": \"copydesk\", \"version\": 1, \"articles\": [" + article + "]}";
    }
}
