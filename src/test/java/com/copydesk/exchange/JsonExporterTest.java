package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.body.BodyStats;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.testdata.SampleArticles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonExporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.ofHours(2));

    @TempDir
    Path dir;

    private Path exports;
    private Database db;
    private ArticleStore store;
    private JsonExporter exporter;
    private Article formatted;
    private Article multilingual;
    private Article empty;

    @BeforeEach
    void openWithArticles() throws IOException {
        // Exports go to their own folder so that the database's journal files never show up in listings.
        exports = dir.resolve("exports");
        db = Database.open(dir.resolve("newsroom.copydesk"));
        store = new ArticleStore(db);
        exporter = new JsonExporter(store, CLOCK);
        Files.createDirectory(exports);
        formatted = SampleArticles.formatted(T0.plusSeconds(1));
        multilingual = SampleArticles.multilingual(T0.plusSeconds(2));
        empty = Article.newDraft(UUID.randomUUID(), "", T0);
        store.save(formatted);
        store.save(multilingual);
        store.save(empty);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The file chooser or --out can name the open database itself; the export replaced it, archive and all. */
    @Test
    void anExportOverTheOpenDatabaseOrItsCompanionFilesIsRefusedAndLeavesThemAsTheyWere() throws IOException {
        Path database = db.file();
        ArticleExporter others = new ArticleExporter(store, new com.copydesk.store.PublicationStore(db), CLOCK);

        for (Path target : List.of(database, dir.resolve("newsroom.copydesk-wal"), dir.resolve("./newsroom.copydesk.lock"))) {
            ExchangeException json = assertThrows(ExchangeException.class, () -> exporter.export(List.of(), target));
            ExchangeException text = assertThrows(ExchangeException.class,
                    () -> others.export(ExportFormat.TEXT, List.of(), target));

            assertTrue(json.getMessage().startsWith("Cannot export to " + target.toAbsolutePath().normalize() + ": "),
                    json.getMessage());
            assertTrue(json.getMessage().contains("newsroom.copydesk"), json.getMessage());
            assertEquals(json.getMessage(), text.getMessage());
        }
        Path link = dir.resolve("link.copydesk");
        Files.createSymbolicLink(link, database);
        assertThrows(ExchangeException.class, () -> exporter.export(List.of(), link));

        assertEquals("SQLite format 3\0", new String(Files.readAllBytes(database), 0, 16, StandardCharsets.US_ASCII));
        assertEquals(3, store.count());
        store.save(SampleArticles.simple("Still saving", T0.plusSeconds(9)));
        assertEquals(4, store.count());
    }

    @Test
    void exportingEverythingRoundTripsThroughTheImporter() {
        Path target = exports.resolve("all.json");

        int written = exporter.export(List.of(), target);

        List<Article> stored = new ArrayList<>();
        store.forEach(List.of(), stored::add);
        assertEquals(3, written);
        assertEquals(stored, new JsonImporter().read(target));
        assertEquals(List.of(multilingual, formatted, empty), stored);
    }

    @Test
    void exportsOnlyTheSelectedArticles() {
        Path target = exports.resolve("some.json");

        int written = exporter.export(Set.of(empty.id(), formatted.id()), target);

        assertEquals(2, written);
        assertEquals(List.of(formatted, empty), new JsonImporter().read(target));
    }

    @Test
    void writesTheDocumentedFormat() throws IOException {
        Path target = exports.resolve("format.json");
        exporter.export(List.of(formatted.id()), target);

        byte[] bytes = Files.readAllBytes(target);
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(bytes);
        JsonNode article = root.get("articles").get(0);

        assertEquals('{', bytes[0], "UTF-8 without a byte order mark");
        assertTrue(text.startsWith("{\n  \"format\": \"copydesk\",\n  \"version\": 1,\n"), text);
        assertTrue(text.endsWith("}\n"));
        assertEquals(List.of("format", "version", "exportedAt", "articles"), fieldNames(root));
        assertEquals("2024-06-01T14:00:00.000+02:00", root.get("exportedAt").asText());
        assertEquals(List.of("id", "headline", "dek", "byline", "dateline", "publishDate", "status", "categories",
                "tags", "created", "modified", "body", "statusHistory", "notes"), fieldNames(article));
        assertEquals(formatted.id().toString(), article.get("id").asText());
        assertEquals("2024-12-31", article.get("publishDate").asText());
        assertEquals("IN_REVIEW", article.get("status").asText());
        assertEquals("Local", article.get("categories").get(0).asText());
        assertEquals("2024-05-01T08:30:00.123Z", article.get("created").asText());
        assertEquals("2024-05-01T09:30:01.123Z", article.get("modified").asText());
        JsonNode body = article.get("body");
        assertEquals(List.of("html", "text", "wordCount"), fieldNames(body));
        assertTrue(body.get("html").asText().startsWith("<p>Lead with <strong>bold</strong>"));
        assertEquals(formatted.body().plainText(), body.get("text").asText());
        assertEquals(BodyStats.of(formatted.body()).words(), body.get("wordCount").asInt());
    }

    /** json-format.md: characters outside ASCII, emoji too, are written as themselves, not as \\u escapes. */
    @Test
    void writesCharactersOutsideAsciiAsThemselvesEmojiToo() throws IOException {
        Path target = exports.resolve("multilingual.json");
        exporter.export(List.of(multilingual.id()), target);

        String text = Files.readString(target, StandardCharsets.UTF_8);
        JsonNode article = new ObjectMapper().readTree(text).get("articles").get(0);

        assertFalse(text.contains("\\u"), "no \\u escapes: " + text);
        assertTrue(text.contains("\"headline\": \"" + multilingual.headline() + "\""), text);
        assertTrue(text.contains("\uD83D\uDE80"), "the dek's rocket as itself");
        assertEquals(multilingual.headline(), article.get("headline").asText());
        assertEquals(multilingual.dek(), article.get("dek").asText());
        assertEquals(multilingual.body().plainText(), article.get("body").get("text").asText());
    }

    /**
     * The export's word count is the one the editor's counts line and the ninjs export show
     * (BodyStats), no longer a whitespace split: "well-known" is one word, a lone dash or emoji none.
     */
    @Test
    void countsWordsAsTheEditorDoes() throws IOException {
        Article counted = new Article(UUID.randomUUID(), "Counts", "", "", "", null, List.of(),
                com.copydesk.article.ArticleStatus.DRAFT, new com.copydesk.body.BodyDocument(List.of(
                        com.copydesk.body.Block.paragraph("A well-known fact — 3.5 per cent 🙂"),
                        com.copydesk.body.Block.paragraph("word—word"))), T0, T0);
        store.save(counted);
        Path target = exports.resolve("counts.json");

        exporter.export(List.of(counted.id()), target);

        JsonNode body = new ObjectMapper().readTree(target.toFile()).get("articles").get(0).get("body");
        assertEquals(BodyStats.of(counted.body()).words(), body.get("wordCount").asInt());
        assertEquals(8, body.get("wordCount").asInt(), "a whitespace split would say 9");
    }

    @Test
    void writesNullForAMissingPublishDateAndZeroWordsForAnEmptyBody() throws IOException {
        Path target = exports.resolve("empty.json");
        exporter.export(List.of(empty.id()), target);

        JsonNode article = new ObjectMapper().readTree(target.toFile()).get("articles").get(0);

        assertTrue(article.get("publishDate").isNull());
        assertEquals(0, article.get("categories").size());
        assertEquals(0, article.get("body").get("wordCount").asInt());
        assertEquals("", article.get("body").get("text").asText());
    }

    @Test
    void anEmptyDatabaseExportsAnEmptyList() {
        store.forEach(List.of(), article -> store.delete(article.id()));
        Path target = exports.resolve("none.json");

        assertEquals(0, exporter.export(List.of(), target));
        assertEquals(List.of(), new JsonImporter().read(target));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = Files.writeString(exports.resolve("old.json"), "old content");

        exporter.export(List.of(), target);

        assertEquals(3, new JsonImporter().read(target).size());
    }

    /** The temporary file's name was the target's plus 42 characters: "File name too long" from 214 on. */
    @Test
    void exportsToTheLongestNameTheFileSystemTakesAndLeavesNoTemporaryFile() {
        // 255 bytes, the most ext4, APFS and NTFS take; the second in two-byte letters.
        List<String> names = List.of("a".repeat(250) + ".json", "\u00E9".repeat(125) + ".json");

        for (String name : names) {
            exporter.export(List.of(), exports.resolve(name));

            assertEquals(3, new JsonImporter().read(exports.resolve(name)).size());
        }
        assertEquals(names.stream().sorted().toList(), namesIn(exports));
    }

    @Test
    void aMissingFolderIsReportedAndNothingIsWritten() {
        Path folder = exports.resolve("no-such-folder");
        Path target = folder.resolve("out.json");

        ExchangeException e = assertThrows(ExchangeException.class, () -> exporter.export(List.of(), target));

        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(folder));
        assertEquals(List.of(), namesIn(exports));
    }

    @Test
    void aFolderThatIsReallyAFileIsReportedAndLeftUntouched() throws IOException {
        Path notAFolder = Files.writeString(exports.resolve("notes.txt"), "keep me");
        Path target = notAFolder.resolve("out.json");

        ExchangeException e = assertThrows(ExchangeException.class, () -> exporter.export(List.of(), target));

        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("keep me", Files.readString(notAFolder));
        assertEquals(List.of("notes.txt"), namesIn(exports));
    }

    @Test
    void aTargetThatIsAFolderIsReported() throws IOException {
        Path target = Files.createDirectory(exports.resolve("export.json"));

        ExchangeException e = assertThrows(ExchangeException.class, () -> exporter.export(List.of(), target));

        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void aFailureHalfwayLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(exports.resolve("previous.json"), "the previous export");
        byte[] before = Files.readAllBytes(target);
        db.close();

        ExchangeException e = assertThrows(ExchangeException.class, () -> exporter.export(List.of(), target));

        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of("previous.json"), namesIn(exports));
    }

    /** A body changed by another tool to bytes that are not UTF-8 still exports as a file the importer reads. */
    @Test
    void aBodyThatIsNotUtf8InTheDatabaseExportsWithReplacementCharacters() throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             Statement statement = raw.createStatement()) {
            // "Caf" + a lone 0xE9 (Latin-1 é) + "!" and an overlong "/" (0xC0 0xAF)
            statement.executeUpdate("UPDATE articles SET body_text = CAST(X'436166E921C0AF' AS TEXT), "
                    + "body_html = CAST(X'3C703E436166E9213C2F703E' AS TEXT) WHERE id = '" + empty.id() + "'");
        }
        Path target = exports.resolve("damaged.json");

        exporter.export(List.of(empty.id()), target);

        byte[] bytes = Files.readAllBytes(target);
        java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
        strict.decode(java.nio.ByteBuffer.wrap(bytes)); // throws on malformed input
        JsonNode body = new ObjectMapper().readTree(bytes).get("articles").get(0).get("body");
        assertEquals("Caf\uFFFD!\uFFFD\uFFFD", body.get("text").asText());
        assertEquals("<p>Caf\uFFFD!</p>", body.get("html").asText());
    }

    @Test
    void anUnreadableArticleMidwayLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(exports.resolve("previous.json"), "the previous export");
        // The oldest article is exported last, after the others are already in the temporary file.
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             Statement statement = raw.createStatement()) {
            statement.executeUpdate("UPDATE articles SET publish_date = 'someday' WHERE id = '" + empty.id() + "'");
        }

        ExchangeException e = assertThrows(ExchangeException.class, () -> exporter.export(List.of(), target));

        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(empty.id().toString()), e.getMessage());
        assertEquals("the previous export", Files.readString(target));
        assertEquals(List.of("previous.json"), namesIn(exports));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> namesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
