package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.body.BodyText;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.NoteStore;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleImporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String ID = "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b";

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;
    private ArticleImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("newsroom.copydesk"));
        store = new ArticleStore(db);
        importer = new ArticleImporter(store);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importsAnExportIntoAnEmptyDatabase() {
        Article formatted = SampleArticles.formatted(T0.plusSeconds(1));
        Article multilingual = SampleArticles.multilingual(T0.plusSeconds(2));
        Path file = exportOf(formatted, multilingual);

        ImportSummary summary = importer.importFile(file, ConflictPolicy.SKIP);

        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.format()).isEqualTo("Copydesk JSON");
        assertThat(store.find(formatted.id())).contains(formatted);
        assertThat(store.find(multilingual.id())).contains(multilingual);
    }

    @Test
    void skipKeepsTheArticleInTheDatabase() {
        Article mine = SampleArticles.simple("Mine", T0.plusSeconds(5));
        Path file = exportOf(mine);
        Article edited = renamed(mine, "Edited since");
        store.save(edited);

        ImportSummary summary = importer.importFile(file, ConflictPolicy.SKIP);

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.added()).isZero();
        assertThat(store.find(mine.id())).contains(edited);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void replaceOverwritesTheArticleInTheDatabase() {
        Article mine = SampleArticles.simple("Mine", T0.plusSeconds(5));
        Path file = exportOf(mine);
        store.save(renamed(mine, "Edited since"));

        ImportSummary summary = importer.importFile(file, ConflictPolicy.REPLACE);

        assertThat(summary.replaced()).isEqualTo(1);
        assertThat(store.find(mine.id())).contains(mine);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void copyAddsTheArticleUnderANewId() {
        Article mine = SampleArticles.simple("Mine", T0.plusSeconds(5), "Local");
        Path file = exportOf(mine);

        importer.importFile(file, ConflictPolicy.COPY);
        ImportSummary summary = importer.importFile(file, ConflictPolicy.COPY);

        assertThat(summary.copied()).isEqualTo(1);
        assertThat(store.count()).isEqualTo(2);
        List<Article> all = new ArrayList<>();
        store.forEach(List.of(), all::add);
        assertThat(all).extracting(Article::headline).containsExactly("Mine", "Mine");
        assertThat(all).filteredOn(a -> !a.id().equals(mine.id())).singleElement()
                .satisfies(copy -> assertThat(copy.sameContentAs(mine)).isFalse())
                .satisfies(copy -> assertThat(copy.categories()).containsExactly("Local"));
    }

    @Test
    void anArticleFiledUnderADifferentlyCasedOrSpacedNameJoinsTheExistingCategory() throws IOException {
        new com.copydesk.store.CategoryStore(db).create("Économie");
        Path file = write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "Budget", "status": "READY", "categories": ["économie", "  New   York  "],
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>x</p>"}}
                ]}
                """.formatted(ID));

        importer.importFile(file, ConflictPolicy.SKIP);

        assertThat(store.find(java.util.UUID.fromString(ID)).orElseThrow().categories())
                .containsExactly("Économie", "New York");
        assertThat(new com.copydesk.store.CategoryStore(db).all()).extracting(c -> c.name())
                .containsOnlyOnce("Économie").doesNotContain("économie");
    }

    @Test
    void aBadArticleAtTheEndLeavesNothingOfTheFile() throws IOException {
        Path file = write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "Good", "status": "READY", "categories": ["New section"],
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>x</p>"}},
                  {"id": "0b7e9d52-1f3a-4c6e-8d2b-9a4f6e1c3d5a", "headline": "Bad", "status": "LATE",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": ""}}
                ]}
                """.formatted(ID));

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.REPLACE))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("\"status\" must be one of")
                .hasMessageContaining("line 4, column 79")
                .hasMessageContaining("/articles/1/status");

        assertThat(store.count()).isZero();
        assertThat(new com.copydesk.store.CategoryStore(db).all()).extracting(c -> c.name())
                .doesNotContain("New section");
    }

    /** Skip dropped the second without a word, and replace let it win over the first. */
    @Test
    void anIdTwiceInOneFileRefusesTheWholeFileWhateverTheRule() throws IOException {
        Path file = write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%1$s", "headline": "First", "status": "READY",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>x</p>"}},
                  {"id": "0b7e9d52-1f3a-4c6e-8d2b-9a4f6e1c3d5a", "headline": "Other", "status": "READY",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>x</p>"}},
                  {"id": "%1$s", "headline": "Second", "status": "READY",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>y</p>"}}
                ]}
                """.formatted(ID));

        for (ConflictPolicy policy : ConflictPolicy.values()) {
            assertThatThrownBy(() -> importer.importFile(file, policy))
                    .as(policy.name())
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("articles 1 and 3 have the same id " + ID)
                    .hasMessageContaining("line 6, column 3")
                    .hasMessageContaining("at /articles/2");
        }
        assertThat(store.count()).isZero();
    }

    @Test
    void aMissingFieldNamesTheArticleByPointer() throws IOException {
        Path file = write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "status": "READY",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": ""}}]}
                """.formatted(ID));

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining("article 1 has no \"headline\"")
                .hasMessageContaining("at /articles/0");
    }

    @Test
    void formatAfterTheArticlesIsStillRequired() throws IOException {
        Path file = write("""
                {"articles": [{"id": "%s", "headline": "H", "status": "READY",
                   "created": "2024-05-01T10:00:00Z", "modified": "2024-05-01T10:00:00Z", "body": {"html": ""}}],
                 "format": "something-else"}
                """.formatted(ID));

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining("not a Copydesk export");
        assertThat(store.count()).isZero();
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        Path file = write("{\"format\": \"copydesk\", \"format\": \"copydesk\", \"version\": 1, \"articles\": []}");

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining("Duplicate field 'format'")
                .hasMessageContaining("line 1, column");
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() throws IOException {
        byte[] start = ("{\"format\": \"copydesk\", \"version\": 1, \"articles\": [{\"id\": \"" + ID
                + "\", \"headline\": \"").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("bad-utf8.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(start);
            out.write(new byte[]{(byte) 0xC3, (byte) 0x28, '"', '}', ']', '}'});
        }

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("line 1, column");
    }

    @Test
    void deeplyNestedListsAreRefusedQuickly() throws IOException {
        Path file = write("{\"format\": \"copydesk\", \"version\": 1, \"extra\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + ", \"articles\": []}");

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining("goes beyond what an import may hold")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aHugeStringIsRefused() throws IOException {
        Path file = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("{\"format\": \"copydesk\", \"version\": 1, \"articles\": [{\"headline\": \"")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 9; i++) {
                out.write(chunk);
            }
            out.write("\"}]}".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining("goes beyond what an import may hold")
                .hasMessageContaining("String value length");
    }

    @Test
    void aLongNumberIsRefused() throws IOException {
        Path file = write("{\"format\": \"copydesk\", \"version\": " + "9".repeat(5000) + ", \"articles\": []}");

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining("goes beyond what an import may hold");
    }

    @Test
    void aFileLargerThanAnImportMayBeIsRefusedBeforeReading() throws IOException {
        Path file = sparse("huge.json", JsonLimits.MAX_EXPORT_BYTES + 1);

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("16,385 MB");
    }

    /** A whole archive exported from a big newsroom (100,000 articles are 1.3 GB) must come back in. */
    @Test
    void anImportMayBeLargerThanAWholeArchiveOfAHundredThousandArticles() {
        assertThat(JsonLimits.MAX_EXPORT_BYTES).isGreaterThan(8L << 30);
    }

    @Test
    void aTwoGigabyteFileOfJunkIsRefusedAtItsFirstByte() throws IOException {
        Path file = sparse("junk.json", 2L << 30);

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("the JSON is broken at line 1, column");
    }

    private Path sparse(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap("{".getBytes(StandardCharsets.UTF_8)), size - 1);
        }
        return file;
    }

    @Test
    void aJsonBombOfManySmallObjectsOnlyCostsTime() throws IOException {
        Path file = write("{\"format\": \"copydesk\", \"version\": 1, \"junk\": ["
                + "{\"a\": [1, 2, {\"b\": null}]},".repeat(200_000) + "0], \"articles\": [1]}");

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining("article 1 must be an object, not a number");
    }

    @Test
    void aFolderOrAMissingFileIsNamed() {
        assertThatThrownBy(() -> importer.importFile(dir, ConflictPolicy.SKIP)).hasMessageContaining("it is a folder");
        assertThatThrownBy(() -> importer.importFile(dir.resolve("nope.json"), ConflictPolicy.SKIP))
                .hasMessageContaining("no such file");
    }

    @Test
    void manyFilesImportEachInItsOwnTransaction() {
        Path first = exportOf(SampleArticles.simple("One", T0));
        Path second = exportOf(SampleArticles.simple("Two", T0));

        List<ImportSummary> summaries = importer.importFiles(List.of(first, second), ConflictPolicy.SKIP);

        assertThat(summaries).extracting(ImportSummary::added).containsExactly(1, 1);
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void importEachGoesOnAfterABrokenFileAndReportsIt() throws IOException {
        Path good = exportOf(SampleArticles.simple("One", T0));
        Path broken = write("{\"format\": \"copydesk\", \"version\": 1, \"articles\": [");
        Path alsoGood = exportOf(SampleArticles.simple("Two", T0));

        ImportBatch batch = importer.importEach(List.of(good, broken, alsoGood), ConflictPolicy.SKIP);

        assertThat(batch.imported()).hasSize(2);
        assertThat(batch.failures()).singleElement().asString().contains(broken.toString());
        assertThat(batch.describe()).isEqualTo("Imported 2 articles from 2 files. 1 file could not be imported.");
        assertThat(store.count()).isEqualTo(2);
    }

    /** The store counts milliseconds in a long, which such a year overflowed, so the whole batch stopped. */
    @Test
    void aTimeOutsideTheYears0001To9999IsRefusedNamingTheField() throws IOException {
        for (String time : List.of("+999999999-05-01T10:00:00Z", "+10000-01-01T00:00:00Z", "9999-12-31T23:00:00-05:00",
                "0000-12-31T23:59:59Z")) {
            Path file = oneArticle(time, "");

            assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("\"created\" must be a date and time like 2024-05-31T09:30:00Z in the years "
                            + "0001 to 9999 (UTC), not \"" + time + "\"")
                    .hasMessageContaining("at /articles/0/created");
        }
        assertThat(store.count()).isZero();
    }

    @Test
    void timesAndDatesOutsideTheYears0001To9999AreRefusedInEveryList() throws IOException {
        String revision = "{\"saved\": \"2024-05-01T10:00:00Z\", \"headline\": \"R\", \"status\": \"DRAFT\", "
                + "\"body\": {\"html\": \"<p>r</p>\"}";
        String note = "{\"number\": 1, \"created\": \"2024-05-01T10:00:00Z\", \"text\": \"N\"";
        String far = "\"+999999999-01-01T00:00:00Z\"";
        java.util.Map<String, String> pointers = new java.util.LinkedHashMap<>();
        pointers.put(", \"publishDate\": \"+10000-01-01\"", "/articles/0/publishDate");
        pointers.put(", \"statusHistory\": [{\"from\": \"DRAFT\", \"to\": \"IN_REVIEW\", "
                + "\"action\": \"SUBMIT_FOR_REVIEW\", \"at\": " + far + "}]", "/articles/0/statusHistory/0/at");
        pointers.put(", \"notes\": [" + note.replace("\"2024-05-01T10:00:00Z\"", far) + "}]", "/articles/0/notes/0/created");
        pointers.put(", \"notes\": [" + note + ", \"resolved\": " + far + ", \"resolvedBy\": \"E\"}]",
                "/articles/0/notes/0/resolved");
        pointers.put(", \"revisions\": [" + revision.replace("\"2024-05-01T10:00:00Z\"", far) + "}]",
                "/articles/0/revisions/0/saved");
        pointers.put(", \"revisions\": [" + revision + ", \"started\": " + far + "}]", "/articles/0/revisions/0/started");
        pointers.put(", \"revisions\": [" + revision + ", \"restoredFrom\": " + far + "}]",
                "/articles/0/revisions/0/restoredFrom");
        pointers.put(", \"revisions\": [" + revision + ", \"publishDate\": \"0000-12-31\"}]",
                "/articles/0/revisions/0/publishDate");

        for (var entry : pointers.entrySet()) {
            Path file = oneArticle("2024-05-01T10:00:00Z", entry.getKey());
            String field = entry.getValue().substring(entry.getValue().lastIndexOf('/') + 1);

            assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                    .as(entry.getKey())
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("\"" + field + "\" must be a date")
                    .hasMessageContaining("in the years 0001 to 9999")
                    .hasMessageContaining("at " + entry.getValue());
        }
        assertThat(store.count()).isZero();
    }

    /** The database driver turned such a half into "?" without a word. */
    @Test
    void halfOfASurrogatePairAloneIsRefusedNamingTheField() throws IOException {
        java.util.Map<String, String> pointers = new java.util.LinkedHashMap<>();
        pointers.put(", \"dek\": \"Caf\\ud83d\"", "/articles/0/dek");
        pointers.put(", \"byline\": \"\\ude00 and \\ud83d\\ude00\"", "/articles/0/byline");
        pointers.put(", \"categories\": [\"Local\", \"Sp\\udc00rt\"]", "/articles/0/categories/1");
        pointers.put(", \"tags\": [\"t\\udfff\\ud800\"]", "/articles/0/tags/0");
        pointers.put(", \"notes\": [{\"number\": 1, \"created\": \"2024-05-01T10:00:00Z\", \"text\": \"N\\ud800\"}]",
                "/articles/0/notes/0/text");
        pointers.put(", \"revisions\": [{\"saved\": \"2024-05-01T10:00:00Z\", \"headline\": \"\\udbff\", "
                + "\"status\": \"DRAFT\", \"body\": {\"html\": \"<p>r</p>\"}}]", "/articles/0/revisions/0/headline");

        for (var entry : pointers.entrySet()) {
            Path file = oneArticle("2024-05-01T10:00:00Z", entry.getKey());
            String field = entry.getValue().replaceAll("/\\d+$", "");
            field = field.substring(field.lastIndexOf('/') + 1);

            assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                    .as(entry.getKey())
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("\"" + field + "\" contains \\u")
                    .hasMessageContaining("half of a character whose other half is missing")
                    .hasMessageContaining("at " + entry.getValue());
        }
        Path body = write(Files.readString(oneArticle("2024-05-01T10:00:00Z", ""))
                .replace("<p>Body</p>", "<p>Bo\\udc00dy</p>"));
        assertThatThrownBy(() -> importer.importFile(body, ConflictPolicy.SKIP))
                .hasMessageContaining("\"body.html\" contains \\uDC00 at character 6")
                .hasMessageContaining("at /articles/0/body/html");
        assertThat(store.count()).isZero();
    }

    /**
     * HTML can write half a pair as a character reference, which the JSON check never sees; the
     * store turned it into "?" without a word.
     */
    @Test
    void halfOfASurrogatePairWrittenAsACharacterReferenceInTheBodyIsRefusedToo() throws IOException {
        Path text = write(Files.readString(oneArticle("2024-05-01T10:00:00Z", ""))
                .replace("<p>Body</p>", "<p>Bo&#xD800;dy</p>"));
        Path link = write(Files.readString(oneArticle("2024-05-01T10:00:00Z", ""))
                .replace("<p>Body</p>", "<p><a href=\\\"https://example.com/&#xDC00;\\\">Body</a></p>"));
        Path revision = oneArticle("2024-05-01T10:00:00Z", ", \"revisions\": [{\"saved\": \"2024-05-01T10:00:00Z\", "
                + "\"headline\": \"H\", \"status\": \"DRAFT\", \"body\": {\"html\": \"<p>&#56320;</p>\"}}]");

        assertThatThrownBy(() -> importer.importFile(text, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(text.toString())
                .hasMessageContaining("\"body.html\" contains \\uD800 at character 3, half of a character whose other half is missing")
                .hasMessageContaining("at /articles/0/body/html");
        assertThatThrownBy(() -> importer.importFile(link, ConflictPolicy.SKIP))
                .hasMessageContaining("a link of \"body.html\" contains \\uDC00")
                .hasMessageContaining("at /articles/0/body/html");
        assertThatThrownBy(() -> importer.importFile(revision, ConflictPolicy.SKIP))
                .hasMessageContaining("\"body.html\" contains \\uDC00 at character 1")
                .hasMessageContaining("at /articles/0/revisions/0/body/html");
        assertThat(store.count()).isZero();
    }

    /** A string for "categories" was taken as no categories; a string for "body" was reported as no body. */
    @Test
    void aRevisionsCategoriesOrBodyOfTheWrongTypeIsRefusedNamingTheField() throws IOException {
        String revision = ", \"revisions\": [{\"saved\": \"2024-05-01T10:00:00Z\", \"headline\": \"R\", "
                + "\"status\": \"DRAFT\", %s}]";
        java.util.Map<String, String> messages = new java.util.LinkedHashMap<>();
        messages.put("\"categories\": \"Local\", \"body\": {\"html\": \"<p>r</p>\"}",
                "\"categories\" must be a list of text strings, not a text string");
        messages.put("\"categories\": null, \"body\": {\"html\": \"<p>r</p>\"}",
                "\"categories\" must be a list of text strings, not null");
        messages.put("\"body\": \"<p>r</p>\"", "\"body\" must be an object, not a text string");

        for (var entry : messages.entrySet()) {
            Path file = oneArticle("2024-05-01T10:00:00Z", revision.formatted(entry.getKey()));
            String field = entry.getValue().substring(1, entry.getValue().indexOf('"', 1));

            assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                    .as(entry.getKey())
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining(entry.getValue())
                    .hasMessageContaining("at /articles/0/revisions/0/" + field);
        }
        assertThat(store.count()).isZero();
    }

    @Test
    void importEachReportsAnUnexpectedFailureAsThatFilesAndGoesOn() {
        Path failing = exportOf(SampleArticles.simple("One", T0));
        Path good = exportOf(SampleArticles.simple("Two", T0));
        Progress failingOnItsFirstArticle = new Progress() {
            private boolean failed;

            @Override
            public void advanced(int articlesDone) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("something nobody expected");
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        ImportBatch batch = importer.importEach(List.of(failing, good), ConflictPolicy.SKIP, failingOnItsFirstArticle);

        assertThat(batch.imported()).extracting(ImportSummary::file).containsExactly(good);
        assertThat(batch.failures()).singleElement().asString().startsWith("Cannot import " + failing + ":")
                .contains("something nobody expected");
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void inlineCommentsKeepTheirAnchorsThroughExportAndImport() throws IOException {
        Article article = SampleArticles.formatted(T0.plusSeconds(1));
        Path otherDir = Files.createDirectories(dir.resolve("commented"));
        Path file = otherDir.resolve("export.json");
        com.copydesk.article.UserProfile ed = new com.copydesk.article.UserProfile("Ed Itor", "EI",
                com.copydesk.article.UserProfile.Role.EDITOR);
        NoteAnchor anchored = new NoteAnchor(0, new BodyText.Place(0, 2), new BodyText.Place(1, 3), "span text",
                "span quote");
        NoteAnchor detached = NoteAnchor.detached(0, "", "words that went");
        try (Database source = Database.open(otherDir.resolve("source.copydesk"))) {
            new ArticleStore(source).save(article);
            NoteStore notes = new NoteStore(source);
            notes.add(article.id(), null, ed, T0.plusSeconds(10), "A plain note");
            ReviewNote comment = notes.addComment(article.id(), ed, T0.plusSeconds(20), "Check this", anchored);
            notes.add(article.id(), comment.id(), ed, T0.plusSeconds(25), "Checked");
            notes.addComment(article.id(), ed, T0.plusSeconds(30), "Where did it go?", detached);
            new JsonExporter(new ArticleStore(source), CLOCK).export(List.of(), file);
        }
        assertThat(SchemaCheck.of(SchemaCheck.COPYDESK).errors(file)).isEmpty();
        assertThat(Files.readString(file)).contains("\"anchor\"");

        importer.importFile(file, ConflictPolicy.SKIP);
        importer.importFile(file, ConflictPolicy.REPLACE);

        NoteStore imported = new NoteStore(db);
        List<ReviewNote> notes = imported.notes(article.id());
        assertThat(notes).extracting(ReviewNote::text)
                .containsExactly("A plain note", "Check this", "Checked", "Where did it go?");
        assertThat(imported.anchors(article.id())).containsExactly(
                anchored.withNoteId(notes.get(1).id()), detached.withNoteId(notes.get(3).id()));
    }

    @Test
    void aReplyWithAnAnchorIsRefusedByItsPosition() throws IOException {
        Path file = write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "H", "status": "READY", "created": "2024-05-01T10:00:00Z",
                   "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>Body</p>"}, "notes": [
                    {"number": 1, "created": "2024-05-01T10:00:00Z", "text": "Note"},
                    {"number": 2, "replyTo": 1, "created": "2024-05-01T10:00:00Z", "text": "Reply",
                     "anchor": {"start": null, "end": null, "text": "", "quote": "Body"}}]}]}
                """.formatted(ID));

        assertThatThrownBy(() -> importer.importFile(file, ConflictPolicy.SKIP))
                .hasMessageContaining("a reply cannot be an inline comment")
                .hasMessageContaining("at /articles/0/notes/1");
        assertThat(store.count()).isZero();
    }

    @Test
    void aBadAnchorNamesItsField() throws IOException {
        String article = """
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "H", "status": "READY", "created": "2024-05-01T10:00:00Z",
                   "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>Body</p>"}, "notes": [
                    {"number": 1, "created": "2024-05-01T10:00:00Z", "text": "Note", "anchor": %s}]}]}
                """;

        assertThatThrownBy(() -> importer.importFile(write(article.formatted(ID,
                "{\"start\": {\"block\": 0, \"offset\": -1}, \"end\": null, \"text\": \"\", \"quote\": \"B\"}")),
                ConflictPolicy.SKIP)).hasMessageContaining("\"anchor.start.offset\" must be a whole number from 0");
        assertThatThrownBy(() -> importer.importFile(write(article.formatted(ID,
                "{\"start\": {\"block\": 0, \"offset\": 3}, \"end\": {\"block\": 0, \"offset\": 1}, "
                        + "\"text\": \"\", \"quote\": \"B\"}")), ConflictPolicy.SKIP))
                .hasMessageContaining("\"anchor\" is not valid: an anchor's start must come before its end");
        assertThatThrownBy(() -> importer.importFile(write(article.formatted(ID,
                "{\"text\": \"Body\"}")), ConflictPolicy.SKIP))
                .hasMessageContaining("\"anchor\" has no \"quote\"");
        assertThatThrownBy(() -> importer.importFile(write(article.formatted(ID, "[1]")), ConflictPolicy.SKIP))
                .hasMessageContaining("\"anchor\" must be an object or null");
        assertThat(store.count()).isZero();
    }

    private Path exportOf(Article... articles) {
        Path otherDir = dir.resolve("source-" + System.nanoTime());
        try {
            Files.createDirectories(otherDir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Database source = Database.open(otherDir.resolve("source.copydesk"))) {
            ArticleStore sourceStore = new ArticleStore(source);
            for (Article article : articles) {
                sourceStore.save(article);
            }
            Path file = otherDir.resolve("export.json");
            new JsonExporter(sourceStore, CLOCK).export(List.of(), file);
            return file;
        }
    }

    private static Article renamed(Article article, String headline) {
        return new Article(article.id(), headline, article.dek(), article.byline(), article.dateline(),
                article.publishDate(), article.categories(), article.status(), article.body(), article.created(),
                article.modified().plusSeconds(60));
    }

    /** A file of one article with the given "created" time and {@code more} fields after the required ones. */
    private Path oneArticle(String created, String more) throws IOException {
        return write("""
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "H", "status": "READY", "created": "%s",
                   "modified": "2024-05-01T10:00:00Z", "body": {"html": "<p>Body</p>"}%s}]}
                """.formatted(ID, created, more));
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("import-" + System.nanoTime() + ".json");
        Files.writeString(file, json);
        return file;
    }
}
