package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyStats;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import com.copydesk.page.Publication;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.PublicationStore;
import com.copydesk.testdata.SampleArticles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NinjsTest {

    private static final SchemaCheck NINJS_3 = SchemaCheck.of(SchemaCheck.NINJS_3_1);
    private static final SchemaCheck NINJS_2 = SchemaCheck.of(SchemaCheck.NINJS_2_1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;
    private ArticleExporter exporter;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("newsroom.copydesk"));
        store = new ArticleStore(db);
        PublicationStore publications = new PublicationStore(db);
        publications.save(new Publication("The Harbour Herald", "Late", "", Locale.UK));
        exporter = new ArticleExporter(store, publications, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyExportValidatesAgainstTheIptcSchemaWithFormatChecks() throws IOException {
        List<Article> articles = new ArrayList<>(com.copydesk.article.SampleArticles.create(T0));
        articles.add(SampleArticles.formatted(T0.plusSeconds(1)));
        articles.add(SampleArticles.multilingual(T0.plusSeconds(2)));
        articles.add(new Article(UUID.randomUUID(), "", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), T0, T0));
        articles.forEach(store::save);

        Path all = dir.resolve("all.json");
        assertThat(exporter.export(ExportFormat.NINJS, List.of(), all)).isEqualTo(articles.size());
        JsonNode array = MAPPER.readTree(all.toFile());
        assertThat(array.isArray()).isTrue();
        for (JsonNode item : array) {
            assertThat(NINJS_3.errors(item.toString())).as(item.toString()).isEmpty();
        }
        for (Article article : articles) {
            Path one = dir.resolve(article.id() + ".json");
            exporter.export(ExportFormat.NINJS, List.of(article.id()), one);
            assertThat(NINJS_3.errors(one)).as(Files.readString(one)).isEmpty();
        }
    }

    @Test
    void theSchemaCheckHasTeeth() {
        assertThat(NINJS_3.errors("{\"uri\": \"not a uri\"}")).isNotEmpty();
        assertThat(NINJS_3.errors("{\"uri\": \"urn:x:y\", \"versionCreated\": \"yesterday\"}")).isNotEmpty();
        assertThat(NINJS_3.errors("{\"uri\": \"urn:x:y\", \"keywords\": [\"a\"]}")).isNotEmpty();
    }

    @Test
    void oneArticleIsMappedField_by_field() throws IOException {
        Article article = SampleArticles.formatted(T0.plusSeconds(1));
        Article published = new Article(article.id(), article.headline(), article.dek(), article.byline(),
                article.dateline(), article.publishDate(), article.categories(), ArticleStatus.PUBLISHED,
                article.body(), article.created(), article.modified());
        store.save(published);
        Path file = dir.resolve("one.json");

        exporter.export(ExportFormat.NINJS, List.of(article.id()), file);

        JsonNode item = MAPPER.readTree(file.toFile());
        assertThat(item.path("uri").asText()).isEqualTo("urn:copydesk:article:" + article.id());
        assertThat(item.path("type").asText()).isEqualTo("text");
        assertThat(item.path("version").asText()).isEqualTo(Long.toString(article.modified().toEpochMilli()));
        assertThat(item.path("firstCreated").asText()).isEqualTo("2024-05-01T08:30:00.123Z");
        assertThat(item.path("versionCreated").asText()).isEqualTo("2024-05-01T09:30:01.123Z");
        assertThat(item.path("pubStatus").asText()).isEqualTo("usable");
        assertThat(item.path("language").asText()).isEqualTo("en-GB");
        assertThat(item.path("headlines").get(0).path("role").asText()).isEqualTo("main");
        assertThat(item.path("headlines").get(0).path("value").asText()).isEqualTo("Council approves budget");
        assertThat(item.path("headlines").get(1).path("role").asText()).isEqualTo("sub");
        assertThat(item.path("descriptions").get(0).path("value").asText()).isEqualTo("The vote was 7-2");
        assertThat(item.path("by").asText()).isEqualTo("Sam Editor");
        assertThat(item.path("located").asText()).isEqualTo("MANCHESTER");
        assertThat(item.path("slugline").asText()).isEqualTo("council-approves-budget");
        assertThat(item.path("subjects").findValuesAsText("name")).containsExactly("Local", "Politics");
        JsonNode html = item.path("bodies").get(0);
        JsonNode text = item.path("bodies").get(1);
        BodyStats stats = BodyStats.of(article.body());
        assertThat(html.path("contentType").asText()).isEqualTo("text/html");
        assertThat(html.path("value").asText()).contains("<strong>bold</strong>");
        assertThat(text.path("contentType").asText()).isEqualTo("text/plain");
        assertThat(text.path("value").asText()).isEqualTo(article.body().plainText());
        assertThat(html.path("wordCount").asInt()).isEqualTo(stats.words());
        assertThat(text.path("charCount").asInt()).isEqualTo(stats.characters());
        assertThat(item.path("standard").path("name").asText()).isEqualTo("ninjs");
        assertThat(item.path("standard").path("version").asText()).isEqualTo("3.1");
    }

    @Test
    void unpublishedArticlesAreWithheld() throws IOException {
        Article draft = SampleArticles.simple("Draft", T0);
        store.save(draft);
        Path file = dir.resolve("draft.json");
        exporter.export(ExportFormat.NINJS, List.of(draft.id()), file);
        assertThat(MAPPER.readTree(file.toFile()).path("pubStatus").asText()).isEqualTo("withheld");
    }

    @Test
    void aSpikedArticleIsCanceledAndStillValid() throws Exception {
        Article spiked = SampleArticles.simple("Killed", T0).withStatus(ArticleStatus.SPIKED);
        store.save(spiked);
        Path file = dir.resolve("spiked.json");
        exporter.export(ExportFormat.NINJS, List.of(spiked.id()), file);
        assertThat(MAPPER.readTree(file.toFile()).path("pubStatus").asText()).isEqualTo("canceled");
    }

    @Test
    void ourOwnNinjsImportsBackUnderTheSameId() {
        Article article = SampleArticles.formatted(T0.plusSeconds(1));
        store.save(article);
        Path file = dir.resolve("own.json");
        exporter.export(ExportFormat.NINJS, List.of(article.id()), file);

        Article read = new NinjsImporter().read(file).get(0);

        assertThat(read.id()).isEqualTo(article.id());
        assertThat(read.headline()).isEqualTo(article.headline());
        assertThat(read.dek()).isEqualTo(article.dek());
        assertThat(read.byline()).isEqualTo(article.byline());
        assertThat(read.dateline()).isEqualTo(article.dateline());
        assertThat(read.categories()).isEqualTo(article.categories());
        assertThat(read.body()).isEqualTo(article.body());
        assertThat(read.created()).isEqualTo(article.created());
        assertThat(read.modified()).isEqualTo(article.modified());
    }

    @Test
    void readsAnAgencyItemInNinjs1Style() throws IOException {
        Article article = new NinjsImporter().read(sample("agency-1x.json")).get(0);

        assertThat(article.headline()).isEqualTo("Fire breaks out in harbour warehouse");
        assertThat(article.byline()).isEqualTo("By Wire Staff");
        assertThat(article.dateline()).isEqualTo("PORTSMOUTH");
        assertThat(article.dek()).isEqualTo("No one was hurt, the fire service said.");
        assertThat(article.categories()).containsExactly("Disaster and accident");
        assertThat(article.modified()).isEqualTo(Instant.parse("2014-03-12T18:20:00Z"));
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.body()).isEqualTo(BodyDocument.of(
                Block.paragraph("A fire broke out in a harbour warehouse on Wednesday."),
                Block.paragraph("Crews had it under control by early evening.")));
    }

    @Test
    void readsAValidNinjs2ItemAndCleansItsHtml() throws IOException {
        Path file = sample("agency-2x.json");
        assertThat(NINJS_2.errors(file)).isEmpty();

        Article article = new NinjsImporter().read(file).get(0);

        assertThat(article.headline()).isEqualTo("Central bank holds rates at 5.25%");
        assertThat(article.dek()).isEqualTo("Markets had expected a pause");
        assertThat(article.byline()).isEqualTo("Jo Economist");
        assertThat(article.categories()).containsExactly("Economy", "Banking");
        assertThat(article.created()).isEqualTo(Instant.parse("2023-11-02T09:00:00Z"));
        assertThat(article.modified()).isEqualTo(Instant.parse("2023-11-02T09:15:00Z"));
        assertThat(article.body()).isEqualTo(BodyDocument.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("The bank "), Run.of("held", Mark.BOLD), Run.plain(" rates.")),
                Block.paragraph("Analysts agreed.")));
    }

    @Test
    void readsAListOfNinjs3ItemsPreferringTheHtmlBody() throws IOException {
        List<Article> articles = new NinjsImporter().read(sample("agency-3x-list.json"));

        assertThat(articles).extracting(Article::headline).containsExactly("Storm closes port", "Second item");
        Article first = articles.get(0);
        assertThat(first.dek()).isEqualTo("Ferries cancelled until Friday");
        assertThat(first.body().blocks()).extracting(Block::type)
                .containsExactly(BlockType.PARAGRAPH, BlockType.HEADING2, BlockType.PARAGRAPH);
        assertThat(articles.get(1).body()).isEqualTo(BodyDocument.empty());
    }

    @Test
    void reImportingAnAgencyItemUpdatesInsteadOfDuplicating() throws IOException {
        Path file = sample("agency-2x.json");
        ArticleImporter importer = new ArticleImporter(store);

        ImportSummary first = importer.importFile(file, ConflictPolicy.REPLACE);
        ImportSummary second = importer.importFile(file, ConflictPolicy.REPLACE);

        assertThat(first.format()).isEqualTo("ninjs");
        assertThat(first.added()).isEqualTo(1);
        assertThat(second.replaced()).isEqualTo(1);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void wrongTypesAreNamedByPointer() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[{\"uri\": \"urn:a:b\"}, {\"uri\": \"urn:a:c\", \"bodies\": [{\"value\": 42}]}]");

        assertThatThrownBy(() -> new ArticleImporter(store).importFile(file, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("\"value\" must be a text string, not a number")
                .hasMessageContaining("at /1/bodies/0/value");
        assertThat(store.count()).isZero();
    }

    /** Skip dropped the second item without a word, and replace let it win over the first. */
    @Test
    void aUriTwiceInOneFileRefusesTheWholeFile() throws IOException {
        Path file = dir.resolve("twice.json");
        Files.writeString(file, "[{\"uri\": \"urn:x:1\", \"headline\": \"First\"}, {\"uri\": \"urn:x:2\"}, "
                + "{\"uri\": \"urn:x:1\", \"headline\": \"Second\"}]");
        Path byGuid = dir.resolve("twice-guid.json");
        Files.writeString(byGuid, "[{\"guid\": \"g-1\", \"headline\": \"First\"}, {\"guid\": \"g-1\"}]");
        ArticleImporter importer = new ArticleImporter(store);

        for (ConflictPolicy policy : ConflictPolicy.values()) {
            assertThatThrownBy(() -> importer.importFile(file, policy))
                    .as(policy.name())
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("items 1 and 3 have the same \"uri\" urn:x:1")
                    .hasMessageContaining("at /2");
        }
        assertThatThrownBy(() -> importer.importFile(byGuid, ConflictPolicy.REPLACE))
                .hasMessageContaining("items 1 and 2 have the same \"guid\" g-1");
        assertThat(store.count()).isZero();
    }

    /** The database driver turned such a half into "?" without a word. */
    @Test
    void halfOfASurrogatePairAloneIsRefusedNamingTheField() throws IOException {
        Path file = dir.resolve("half.json");
        Files.writeString(file, "[{\"uri\": \"urn:a:b\", \"headline\": \"Caf\\ud83d\\ude00\"}, {\"uri\": \"urn:a:c\", "
                + "\"subjects\": [{\"name\": \"Sp\\udc00rt\"}]}]");

        assertThatThrownBy(() -> new ArticleImporter(store).importFile(file, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("\"name\" contains \\uDC00 at character 3, half of a character whose other half is missing")
                .hasMessageContaining("at /1/subjects/0/name");
        assertThat(store.count()).isZero();
    }

    /** A character reference can write half a pair in HTML, which the store turned into "?" without a word. */
    @Test
    void halfOfASurrogatePairWrittenAsACharacterReferenceInHtmlIsRefusedNamingTheField() throws IOException {
        Path body = dir.resolve("half-body.json");
        Files.writeString(body, "[{\"uri\": \"urn:a:b\"}, {\"uri\": \"urn:a:c\", \"bodies\": [{\"role\": \"main\", "
                + "\"contentType\": \"text/html\", \"value\": \"<p>Caf&#xD83D;</p>\"}]}]");
        Path headline = dir.resolve("half-headline.json");
        Files.writeString(headline, "{\"uri\": \"urn:a:b\", \"headlines\": [{\"role\": \"main\", "
                + "\"contentType\": \"text/html\", \"value\": \"<b>&#xDE00;</b> news\"}]}");
        Path oldBody = dir.resolve("half-body-html.json");
        Files.writeString(oldBody, "{\"guid\": \"x\", \"body_html\": \"<p>&#55357;</p>\"}");
        ArticleImporter importer = new ArticleImporter(store);

        assertThatThrownBy(() -> importer.importFile(body, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(body.toString())
                .hasMessageContaining("\"value\" contains \\uD83D at character 4, half of a character whose other half is missing")
                .hasMessageContaining("at /1/bodies/0/value");
        assertThatThrownBy(() -> importer.importFile(headline, ConflictPolicy.SKIP))
                .hasMessageContaining("\"value\" contains \\uDE00 at character 1")
                .hasMessageContaining("at /headlines/0/value");
        assertThatThrownBy(() -> importer.importFile(oldBody, ConflictPolicy.SKIP))
                .hasMessageContaining("\"body_html\" contains \\uD83D")
                .hasMessageContaining("at /body_html");
        assertThat(store.count()).isZero();
    }

    /** A plain-text description without a summary role was read as HTML: "&amp;" became "&" and "<b>" vanished. */
    @Test
    void aPlainTextDescriptionWithoutARoleKeepsItsTextAsWritten() throws IOException {
        Path file = dir.resolve("plain-description.json");
        Files.writeString(file, "{\"uri\": \"urn:a:b\", \"headline\": \"H\", \"descriptions\": [{\"contentType\": "
                + "\"text/plain\", \"value\": \"Fish &amp; chips: why <b> tags and 3 < 4 stay\"}]}");
        Path html = dir.resolve("html-description.json");
        Files.writeString(html, "{\"uri\": \"urn:a:c\", \"headline\": \"H\", \"descriptions\": [{\"contentType\": "
                + "\"text/html\", \"value\": \"<p>Fish &amp; <b>chips</b></p>\"}]}");

        assertThat(new NinjsImporter().read(file).get(0).dek()).isEqualTo("Fish &amp; chips: why <b> tags and 3 < 4 stay");
        assertThat(new NinjsImporter().read(html).get(0).dek()).isEqualTo("Fish & chips");
    }

    /** The store counts milliseconds in a long, which such a year overflowed; ninjs itself has four-digit years. */
    @Test
    void aTimeOutsideTheYears0001To9999IsRefusedNamingTheField() throws IOException {
        Path one = dir.resolve("far.json");
        Files.writeString(one, "{\"uri\": \"urn:a:b\", \"versionCreated\": \"+999999999-01-01T00:00:00Z\"}");
        Path list = dir.resolve("far-list.json");
        Files.writeString(list, "[{\"uri\": \"urn:a:b\"}, {\"uri\": \"urn:a:c\", \"firstcreated\": \"+10000-01-01T00:00:00\"}]");
        ArticleImporter importer = new ArticleImporter(store);

        assertThatThrownBy(() -> importer.importFile(one, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining(one.toString())
                .hasMessageContaining("\"versionCreated\" must be a date and time like 2024-05-31T09:30:00Z in the years "
                        + "0001 to 9999 (UTC), not \"+999999999-01-01T00:00:00Z\"")
                .hasMessageContaining("at /versionCreated");
        assertThatThrownBy(() -> importer.importFile(list, ConflictPolicy.SKIP))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining("\"firstcreated\" must be a date and time")
                .hasMessageContaining("at /1/firstcreated");
        assertThat(store.count()).isZero();
    }

    /** A Copydesk JSON import took "+10000-01-01T00:00:00Z", and the ninjs export of it then failed the schema. */
    @Test
    void theFirstAndLastMomentsOfTheYears0001To9999ComeInAndExportAsValidNinjs() throws IOException {
        String id = "6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b";
        Path file = dir.resolve("edges.json");
        Files.writeString(file, """
                {"format": "copydesk", "version": 1, "articles": [
                  {"id": "%s", "headline": "H", "status": "READY", "created": "0001-01-01T00:00:00Z",
                   "modified": "9999-12-31T23:59:59.999Z", "publishDate": "9999-12-31", "body": {"html": "<p>x</p>"}}]}
                """.formatted(id));
        new ArticleImporter(store).importFile(file, ConflictPolicy.SKIP);
        Path out = dir.resolve("edges-ninjs.json");

        exporter.export(ExportFormat.NINJS, List.of(UUID.fromString(id)), out);

        assertThat(NINJS_3.errors(out)).as(Files.readString(out)).isEmpty();
        assertThat(new NinjsImporter().read(out).get(0).modified()).isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
    }

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = NinjsTest.class.getResourceAsStream("ninjs/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
