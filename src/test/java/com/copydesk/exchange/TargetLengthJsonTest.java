package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The article's own target length travels in the Copydesk JSON format, and only when it has one. */
class TargetLengthJsonTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void targetLengthIsExportedValidAgainstTheSchemaAndImportedBack() throws IOException {
        Article planned = new Article(UUID.randomUUID(), "Planned", "", "", "", null, List.of("Politics"),
                ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("Text.")), T0, T0, 800);
        Article open = new Article(UUID.randomUUID(), "Open", "", "", "", null, List.of(),
                ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("Text.")), T0, T0.plusSeconds(1));
        Path file = dir.resolve("export.json");
        try (Database db = Database.open(dir.resolve("newsroom.copydesk"))) {
            ArticleStore store = new ArticleStore(db);
            store.save(planned);
            store.save(open);
            new JsonExporter(store, Clock.fixed(T0, ZoneOffset.UTC)).export(List.of(planned.id(), open.id()), file);
        }

        assertThat(SchemaCheck.of(SchemaCheck.COPYDESK).errors(file)).isEmpty();
        JsonNode articles = new ObjectMapper().readTree(file.toFile()).get("articles");
        assertThat(articles.get(1).get("targetLength").asInt()).isEqualTo(800);
        assertThat(articles.get(0).has("targetLength")).isFalse();
        assertThat(new JsonImporter().read(file)).containsExactly(open, planned);
    }

    @Test
    void aNegativeTargetLengthIsRefusedNamingTheFieldAndItsPlace() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b", "headline": "x", "status": "DRAFT",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z",
                   "targetLength": -5, "body": {"html": "<p>x</p>"}}
                ]}
                """);

        assertThatThrownBy(() -> new JsonImporter().read(file)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("\"targetLength\" must be a whole number of words")
                .hasMessageContaining("-5").hasMessageContaining("line 4");
        assertThat(SchemaCheck.of(SchemaCheck.COPYDESK).errors(file)).isNotEmpty();
    }

    /** Beyond a long, the number was reported as "the JSON is broken". */
    @Test
    void aTargetLengthTooLargeForAnyNumberIsRefusedNamingTheFieldAndWhatIsAllowed() throws IOException {
        for (String length : List.of("99999999999999999999", "9223372036854775808", "2147483648", "100001")) {
            Path file = Files.writeString(dir.resolve("huge.json"), """
                    {"format": "copydesk", "version": 1, "articles": [
                      {"id": "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b", "headline": "x", "status": "DRAFT",
                       "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z",
                       "targetLength": %s, "body": {"html": "<p>x</p>"}}
                    ]}
                    """.formatted(length));

            assertThatThrownBy(() -> new JsonImporter().read(file)).isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("\"targetLength\" must be a whole number of words from 1 to 100000 or null, "
                            + "not a number " + length)
                    .hasMessageContaining("line 4").hasMessageContaining("/articles/0/targetLength")
                    .hasMessageNotContaining("the JSON is broken");
        }
    }
}
