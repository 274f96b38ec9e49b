package com.copydesk.cli;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.testdata.SampleArticles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs the command line in-process, as `copydesk COMMAND ...` would, and checks output and exit codes. */
class CopydeskCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path dbFile;
    private Article budget;
    private Article lake;
    private Article draft;

    @BeforeEach
    void fillADatabase() {
        dbFile = dir.resolve("news.copydesk");
        budget = article("Council approves budget", ArticleStatus.PUBLISHED, "Politics", T0.plusSeconds(3));
        lake = article("Lake turns over early", ArticleStatus.IN_REVIEW, "Science", T0.plusSeconds(2));
        draft = article("Unfinished draft about the lake", ArticleStatus.DRAFT, "Local", T0.plusSeconds(1));
        try (Database db = Database.open(dbFile)) {
            ArticleStore store = new ArticleStore(db);
            List.of(budget, lake, draft).forEach(store::save);
        }
    }

    @Test
    void listShowsEveryArticleNewestFirst() {
        Run run = run("list", "--db", dbFile.toString());

        assertThat(run.code).isZero();
        assertThat(run.out.lines().skip(1).limit(3)).satisfiesExactly(
                line -> assertThat(line).contains(budget.id().toString()).contains("PUBLISHED").contains("Politics")
                        .contains("Council approves budget"),
                line -> assertThat(line).contains("Lake turns over early"),
                line -> assertThat(line).contains("Unfinished draft"));
        assertThat(run.out).endsWith("3 articles\n");
        assertThat(run.err).isEmpty();
    }

    /** The app holds the file's writer lock; reading it alongside is safe, so the reading commands do so read-only. */
    @Test
    void listSearchAndExportReadTheDatabaseWhileCopydeskHasItOpen() throws Exception {
        Path out = dir.resolve("out.json");
        try (Database app = Database.open(dbFile)) {
            Run list = run("list", "--db", dbFile.toString());
            Run search = run("search", "--db", dbFile.toString(), "budget");
            Run export = run("export", "--db", dbFile.toString(), "--format", "copydesk", "--out", out.toString());
            Run importing = run("import", "--db", dbFile.toString(), out.toString());

            assertThat(list.code).as(list.err).isZero();
            assertThat(list.out).endsWith("3 articles\n");
            assertThat(search.code).as(search.err).isZero();
            assertThat(search.out).contains("Council approves budget");
            assertThat(export.code).as(export.err).isZero();
            assertThat(MAPPER.readTree(out.toFile()).toString()).contains("Lake turns over early");
            assertThat(importing.code).isNotZero();
            assertThat(importing.err).contains("Cannot write to " + dbFile.toAbsolutePath().normalize() + ": it is open in Copydesk.")
                    .doesNotContain("read-only");
        }
    }

    @Test
    void listFiltersByStatusAndCategoryAndPrintsJson() throws Exception {
        Run byStatus = run("list", "--db", dbFile.toString(), "--status", "in_review", "--json");
        Run byCategory = run("list", "--db", dbFile.toString(), "--category", "local", "--json");

        assertThat(byStatus.code).isZero();
        JsonNode rows = MAPPER.readTree(byStatus.out);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("id").asText()).isEqualTo(lake.id().toString());
        assertThat(rows.get(0).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(MAPPER.readTree(byCategory.out).findValuesAsText("headline"))
                .containsExactly("Unfinished draft about the lake");
    }

    @Test
    void searchFindsArticlesByText() throws Exception {
        Run run = run("search", "LAKE", "--db", dbFile.toString(), "--json");

        assertThat(run.code).isZero();
        assertThat(MAPPER.readTree(run.out).findValuesAsText("headline"))
                .containsExactly("Lake turns over early", "Unfinished draft about the lake");
    }

    @Test
    void exportWritesAFileInEachFormat() throws Exception {
        for (String format : List.of("copydesk", "ninjs", "html", "text", "markdown")) {
            Path out = dir.resolve("export-" + format);
            Run run = run("export", "--db", dbFile.toString(), "--format", format, "--status", "PUBLISHED",
                    "--out", out.toString());
            assertThat(run.code).as(format + ": " + run.err).isZero();
            assertThat(run.err).contains("Exported 1 article");
            assertThat(Files.readString(out)).contains("Council approves budget").doesNotContain("Lake turns");
        }
    }

    @Test
    void exportWithRevisionsCarriesEachArticlesSavedVersions() throws Exception {
        Path out = dir.resolve("archive.json");

        Run run = run("export", "--db", dbFile.toString(), "--format", "copydesk", "--with-revisions",
                "--out", out.toString());
        Run without = run("export", "--db", dbFile.toString(), "--format", "copydesk", "--out", "-");

        assertThat(run.code).as(run.err).isZero();
        JsonNode articles = MAPPER.readTree(out.toFile()).path("articles");
        assertThat(articles).hasSize(3);
        articles.forEach(article -> assertThat(article.path("revisions")).hasSize(1));
        assertThat(MAPPER.readTree(without.out).path("articles").get(0).has("revisions")).isFalse();
    }

    @Test
    void withRevisionsIsAUsageErrorForOtherFormats() {
        Run run = run("export", "--db", dbFile.toString(), "--format", "ninjs", "--with-revisions", "--out", "-");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("--with-revisions works only with --format copydesk");
        assertThat(run.out).isEmpty();
    }

    @Test
    void exportToStandardOutputWithIds() throws Exception {
        Run run = run("export", "--db", dbFile.toString(), "--format", "ninjs", "--id", lake.id().toString(),
                draft.id().toString(), "--out", "-");

        assertThat(run.code).as(run.err).isZero();
        JsonNode items = MAPPER.readTree(run.out);
        assertThat(items.findValuesAsText("uri")).containsExactly("urn:copydesk:article:" + lake.id(),
                "urn:copydesk:article:" + draft.id());
    }

    @Test
    void exportOfEverythingAsHtmlMakesAFolder() {
        Path site = dir.resolve("site");
        Run run = run("export", "--db", dbFile.toString(), "--format", "html", "--out", site.toString());

        assertThat(run.code).as(run.err).isZero();
        assertThat(site.resolve("index.html")).exists();
    }

    @Test
    void importMovesAnArchiveIntoANewDatabaseAndHonoursTheConflictRule() {
        Path archive = dir.resolve("archive.json");
        assertThat(run("export", "--db", dbFile.toString(), "--format", "copydesk", "--out", archive.toString()).code)
                .isZero();
        Path laptop = dir.resolve("laptop.copydesk");

        Run first = run("import", archive.toString(), "--db", laptop.toString());
        Run skip = run("import", archive.toString(), "--db", laptop.toString());
        Run copy = run("import", archive.toString(), "--db", laptop.toString(), "--on-conflict", "COPY");

        assertThat(first.code).as(first.err).isZero();
        assertThat(first.out).contains("archive.json (Copydesk JSON): 3 added, 0 replaced, 0 copied, 0 skipped");
        assertThat(skip.out).contains("0 added, 0 replaced, 0 copied, 3 skipped");
        assertThat(copy.out).contains("0 added, 0 replaced, 3 copied, 0 skipped");
        try (Database db = Database.open(laptop)) {
            List<Article> all = new ArrayList<>();
            new ArticleStore(db).forEach(List.of(), all::add);
            assertThat(all).hasSize(6);
            assertThat(all).filteredOn(a -> a.id().equals(budget.id())).singleElement()
                    .satisfies(a -> assertThat(a).isEqualTo(budget));
        }
    }

    @Test
    void aBrokenImportFileExitsOneWithTheReasonAndImportsNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"copydesk\", \"version\": 1, \"articles\": [{\"id\": 5}]}");

        Run run = run("import", broken.toString(), "--db", dbFile.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).startsWith("copydesk: Cannot read " + broken).contains("\"id\" must be a text string")
                .contains("line 1, column").contains("/articles/0/id");
        assertThat(run("list", "--db", dbFile.toString()).out).endsWith("3 articles\n");
    }

    /** As in the window: one bad file among many is reported, and the others still come in, each whole. */
    @Test
    void importingManyFilesImportsEachGoodOneAndNamesTheBrokenOne() throws Exception {
        Path first = dir.resolve("first.json");
        Path broken = dir.resolve("broken.json");
        Path last = dir.resolve("last.json");
        Path empty = dir.resolve("empty.copydesk");
        run("export", "--db", dbFile.toString(), "--format", "copydesk", "--id", budget.id().toString(),
                "--out", first.toString());
        run("export", "--db", dbFile.toString(), "--format", "ninjs", "--id", lake.id().toString(),
                "--out", last.toString());
        Files.writeString(broken, "{\"format\": \"copydesk\", \"version\": 1, \"articles\": [{\"id\": 5}]}");

        Run run = run("import", first.toString(), broken.toString(), last.toString(), "--db", empty.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("first.json").contains("last.json");
        assertThat(run.err).contains("copydesk: Cannot read " + broken).contains("/articles/0/id")
                .contains("1 of 3 files could not be imported");
        assertThat(run("list", "--db", empty.toString()).out).contains("Council approves budget")
                .contains("Lake turns over early").endsWith("2 articles\n");
    }

    /** Such a year overflowed the database's milliseconds: a stack trace, and the files after it not imported. */
    @Test
    void aTimeBeyondTheYear9999IsNamedAndTheFilesAfterItStillComeIn() throws Exception {
        Path far = dir.resolve("far.json");
        Path last = dir.resolve("last.json");
        Path empty = dir.resolve("empty.copydesk");
        Files.writeString(far, "{\"format\": \"copydesk\", \"version\": 1, \"articles\": [{\"id\": \""
                + UUID.randomUUID() + "\", \"headline\": \"H\", \"status\": \"READY\", "
                + "\"created\": \"+999999999-05-01T10:00:00Z\", \"modified\": \"2024-05-01T10:00:00Z\", "
                + "\"body\": {\"html\": \"<p>x</p>\"}}]}");
        run("export", "--db", dbFile.toString(), "--format", "copydesk", "--id", lake.id().toString(),
                "--out", last.toString());

        Run run = run("import", far.toString(), last.toString(), "--db", empty.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).startsWith("copydesk: Cannot read " + far).contains("\"created\" must be a date and time")
                .contains("/articles/0/created").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out).contains("last.json");
        assertThat(run("list", "--db", empty.toString()).out).contains("Lake turns over early").endsWith("1 article\n");
    }

    @Test
    void badInputExitsOne() {
        Run missingDb = run("list", "--db", dir.resolve("nowhere.copydesk").toString());
        Run unknownId = run("export", "--db", dbFile.toString(), "--format", "text", "--id", UUID.randomUUID().toString(),
                "--out", "-");
        Run nothingMatches = run("export", "--db", dbFile.toString(), "--format", "text", "--category", "Sports",
                "--out", "-");
        Run severalHtmlToStdout = run("export", "--db", dbFile.toString(), "--format", "html", "--out", "-");
        Run missingFile = run("import", dir.resolve("nope.json").toString(), "--db", dbFile.toString());

        for (Run run : List.of(missingDb, unknownId, nothingMatches, severalHtmlToStdout, missingFile)) {
            assertThat(run.code).as(run.err).isEqualTo(1);
            assertThat(run.err).startsWith("copydesk: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(missingDb.err).contains("nowhere.copydesk");
        assertThat(Files.exists(dir.resolve("nowhere.copydesk"))).isFalse();
    }

    @Test
    void usageErrorsExitTwo() {
        List<Run> runs = List.of(
                run("list", "--frobnicate"),
                run("export", "--db", dbFile.toString(), "--out", "-"),
                run("export", "--db", dbFile.toString(), "--format", "pdf", "--out", "-"),
                run("list", "--db", dbFile.toString(), "--status", "LATE"),
                run("import", "--db", dbFile.toString()),
                run("import", "x.json", "--on-conflict", "merge"),
                run("search"),
                run("export", "--db", dbFile.toString(), "--format", "text", "--id", "not-a-uuid", "--out", "-"));
        for (Run run : runs) {
            assertThat(run.code).as(run.err).isEqualTo(2);
            assertThat(run.err).isNotBlank().contains("Usage:");
        }
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("list", "--help");
        Run exportHelp = run("export", "--help");
        Run version = run("list", "--version");

        assertThat(help.code).isZero();
        assertThat(help.out).contains("Usage: copydesk list").contains("--status").contains("--json");
        assertThat(exportHelp.out).contains("--format").contains("--out");
        assertThat(version.code).isZero();
        assertThat(version.out).contains("Copydesk 9.9-test");
    }

    @Test
    void commandsAreToldApartFromWindowArguments() {
        assertThat(CopydeskCli.isCommand("list")).isTrue();
        assertThat(CopydeskCli.isCommand("--db", "x.copydesk", "export")).isTrue();
        assertThat(CopydeskCli.isCommand("--db=x.copydesk", "import", "a.json")).isTrue();
        assertThat(CopydeskCli.isCommand()).isFalse();
        assertThat(CopydeskCli.isCommand("--db", "list")).isFalse();
        assertThat(CopydeskCli.isCommand("--version")).isFalse();
        assertThat(CopydeskCli.isCommand("news.copydesk")).isFalse();
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CopydeskCli(dir.resolve("default.copydesk"), "9.9-test", CLOCK,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Article article(String headline, ArticleStatus status, String category, Instant modified) {
        return new Article(UUID.randomUUID(), headline, "", "Ada Reporter", "", LocalDate.of(2024, 5, 2),
                List.of(category), status, BodyDocument.of(Block.paragraph("Body of " + headline)), T0, modified);
    }

    private record Run(int code, String out, String err) {
    }
}
