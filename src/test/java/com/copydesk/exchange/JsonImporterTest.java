package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonImporterTest {

    private static final String ID = "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b";

    @TempDir
    Path dir;

    @Test
    void readsAMinimalHandWrittenExport() throws IOException {
        Path file = write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "Hello", "status": "READY",
                   "created": "2024-05-01T10:00:00+02:00", "modified": "2024-05-01T08:00:00.5Z",
                   "futureField": {"ignored": [1, 2]},
                   "body": {"html": "<p>Hi <em>there</em></p>"}}
                ]}
                """.formatted(ID));

        List<Article> articles = new JsonImporter().read(file);

        BodyDocument body = BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("Hi "), Run.of("there", Mark.ITALIC)));
        assertEquals(List.of(new Article(UUID.fromString(ID), "Hello", "", "", "", null, List.of(),
                ArticleStatus.READY, body, Instant.parse("2024-05-01T08:00:00Z"),
                Instant.parse("2024-05-01T08:00:00.500Z"))), articles);
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() throws IOException {
        Path file = write("""
                {"format": "copydesk",
                 "version": 1,
                 "articles": [ {"id": "%s",, } ]
                }
                """.formatted(ID));

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().startsWith("Cannot read " + file), e.getMessage());
        assertTrue(e.getMessage().contains("JSON is broken at line 3, column "), e.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedWithItsPosition() throws IOException {
        Path file = write("{\"format\": \"copydesk\", \"version\": 1, \"articles\": [\n  {\"id\": \"" + ID + "\"");

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column"), e.getMessage());
    }

    @Test
    void aWrongTypeNamesTheFieldAndItsPosition() throws IOException {
        Path file = write(article("\"headline\": 42"));

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("\"headline\" must be a text string, not a number"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3, column"), e.getMessage());
    }

    @Test
    void anUnknownStatusListsTheAllowedOnes() throws IOException {
        Path file = write(article("\"headline\": \"x\"").replace("\"DRAFT\"", "\"LATE\""));

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains("\"status\" must be one of DRAFT, IN_REVIEW, CHANGES_REQUESTED, READY, PUBLISHED, SPIKED, not \"LATE\""),
                e.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        Path file = write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "x", "status": "DRAFT", "created": "2024-05-01T10:00:00Z",
                   "body": {"html": ""}}
                ]}
                """.formatted(ID));

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains("article 1 has no \"modified\""), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 3"), e.getMessage());
    }

    @Test
    void aBadDateNamesTheField() throws IOException {
        Path file = write(article("\"headline\": \"x\", \"publishDate\": \"31/12/2024\""));

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains("\"publishDate\" must be a date like"), e.getMessage());
    }

    @Test
    void anotherJsonFileIsNotACopydeskExport() throws IOException {
        Path file = write("{\"name\": \"package.json\", \"version\": 1, \"articles\": []}");

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains("not a Copydesk export"), e.getMessage());
    }

    @Test
    void aNewerFormatVersionIsRefused() throws IOException {
        Path file = write("{\"format\": \"copydesk\", \"version\": 2, \"articles\": []}");

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains("written by a newer Copydesk"), e.getMessage());
    }

    @Test
    void duplicateFieldsAreRefused() throws IOException {
        Path file = write("{\"format\": \"copydesk\", \"format\": \"copydesk\", \"version\": 1, \"articles\": []}");

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        Path file = write("");

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains(file + ": the file is empty"), e.getMessage());
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path file = dir.resolve("nowhere.json");

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JsonImporter().read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private static String article(String fields) {
        return """
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "status": "DRAFT", "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z",
                   %s, "body": {"html": "<p>x</p>"}}
                ]}
                """.formatted(ID, fields);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("import.json"), json);
    }
}
