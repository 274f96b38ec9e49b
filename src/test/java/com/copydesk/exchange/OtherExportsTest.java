package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import com.copydesk.page.Logo;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.page.TestImages;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.PublicationStore;
import com.copydesk.testdata.SampleArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtherExportsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;
    private PublicationStore publications;
    private ArticleExporter exporter;
    private Path out;

    @BeforeEach
    void open() throws IOException {
        db = Database.open(dir.resolve("newsroom.copydesk"));
        store = new ArticleStore(db);
        publications = new PublicationStore(db);
        exporter = new ArticleExporter(store, publications, CLOCK);
        out = Files.createDirectory(dir.resolve("out"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A note typed and not yet added is the user's working state: no export carries it, not even the full archive. */
    @Test
    void noExportCarriesTheNoteBeingTyped() {
        Article article = SampleArticles.simple("Harbor cranes return", T0);
        store.save(article);
        com.copydesk.store.NoteStore notes = new com.copydesk.store.NoteStore(db);
        notes.add(article.id(), null, new com.copydesk.article.UserProfile("Jon Berg", "",
                com.copydesk.article.UserProfile.Role.EDITOR), T0, "An added note");
        notes.saveDraft(new com.copydesk.article.NoteDraft(article.id(), "Half a thought", null));

        for (ExportFormat format : List.of(ExportFormat.COPYDESK, ExportFormat.NINJS, ExportFormat.TEXT,
                ExportFormat.MARKDOWN, ExportFormat.HTML)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.write(format, List.of(article.id()), bytes, true);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).as(format.label())
                    .contains("Harbor cranes return").doesNotContain("Half a thought");
            if (format == ExportFormat.COPYDESK) {
                assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("An added note");
            }
        }
    }

    @Test
    void oneArticleAsHtmlIsThePublishedPageOfThePreview() throws IOException {
        Article article = SampleArticles.formatted(T0);
        store.save(article);
        Path page = out.resolve("page.html");

        assertThat(exporter.export(ExportFormat.HTML, List.of(article.id()), page)).isEqualTo(1);

        assertThat(Files.readString(page)).isEqualTo(new PageRenderer().render(article, publications.load()));
    }

    @Test
    void htmlExportCarriesTheStoredLogoInsideThePage() throws IOException {
        Logo logo = TestImages.pngLogo(240, 60);
        publications.save(Publication.DEFAULT.withLogo(logo));
        Article article = SampleArticles.formatted(T0);
        store.save(article);
        Path page = out.resolve("page.html");

        exporter.export(ExportFormat.HTML, List.of(article.id()), page);

        String html = Files.readString(page);
        assertThat(html).contains("<img class=\"logo\" src=\"" + logo.dataUri() + "\" alt=\"The Copydesk Chronicle\"");
        assertThat(html).isEqualTo(new PageRenderer().render(article, Publication.DEFAULT.withLogo(logo)));
    }

    @Test
    void severalArticlesAsHtmlMakeAFolderWithAnEscapedIndexAndNoScripts() throws IOException {
        Article hostile = new Article(UUID.randomUUID(), "<script>alert('x')</script> & more", "", "", "", null,
                List.of(), ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("<img src=x onerror=alert(1)>")),
                T0, T0);
        store.save(hostile);
        store.save(SampleArticles.simple("Second story", T0.plusSeconds(1)));
        Path folder = out.resolve("site");

        assertThat(exporter.export(ExportFormat.HTML, List.of(), folder)).isEqualTo(2);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(3).contains("index.html")
                    .anyMatch(name -> name.startsWith("second-story-"))
                    .anyMatch(name -> name.startsWith("script-alert-x-script-more-"));
        }
        Document index = Jsoup.parse(folder.resolve("index.html").toFile());
        assertThat(index.select("script")).isEmpty();
        assertThat(index.select("a")).extracting(a -> a.text())
                .containsExactly("Second story", "<script>alert('x')</script> & more");
        for (var link : index.select("a")) {
            Path page = folder.resolve(link.attr("href"));
            assertThat(page).exists();
            Document parsed = Jsoup.parse(page.toFile());
            assertThat(parsed.select("script, img, [onerror]")).isEmpty();
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(folder);
        }
    }

    @Test
    void pagesOfVeryLongHeadlinesGetFileNamesTheFileSystemTakes() throws IOException {
        // One word of 300 letters, and a Chinese headline (3 bytes a character, no spaces to split at).
        Article longWord = SampleArticles.simple("Breaking " + "a".repeat(300), T0);
        Article chinese = SampleArticles.simple("\u5E02\u8B70\u6703".repeat(40) + "\uD83D\uDCF0", T0.plusSeconds(1));
        store.save(longWord);
        store.save(chinese);
        Path folder = out.resolve("site");

        assertThat(exporter.export(ExportFormat.HTML, List.of(), folder)).isEqualTo(2);

        List<String> names = pageNames(folder);
        assertThat(names).hasSize(2).allSatisfy(name -> {
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(name).endsWith(".html").doesNotContain("--");
        });
        assertThat(names).anyMatch(name -> name.startsWith("breaking-aaaa"))
                .anyMatch(name -> name.startsWith("\u5E02\u8B70\u6703"));
        assertIndexLinksEveryPage(folder, longWord.headline(), chinese.headline());
    }

    /** The temporary file or folder was named the target's name plus 42 characters: "File name too long". */
    @Test
    void exportsGoToTheLongestNameTheFileSystemTakes() throws IOException {
        Article one = SampleArticles.simple("One", T0);
        store.save(one);
        store.save(SampleArticles.simple("Two", T0.plusSeconds(1)));
        // 255 bytes, the most ext4, APFS and NTFS take.
        Path folder = out.resolve("s".repeat(255));
        Path page = out.resolve("p".repeat(250) + ".html");
        Path item = out.resolve("\u5E02".repeat(83) + ".json");

        assertThat(exporter.export(ExportFormat.HTML, List.of(), folder)).isEqualTo(2);
        exporter.export(ExportFormat.HTML, List.of(one.id()), page);
        exporter.export(ExportFormat.NINJS, List.of(one.id()), item);

        assertThat(pageNames(folder)).hasSize(2);
        assertThat(Files.readString(page)).contains("One");
        assertThat(Files.readString(item)).contains(one.id().toString());
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactlyInAnyOrder(folder, page, item);
        }
    }

    @Test
    void slashesAndDotsInHeadlinesNeverLeaveTheFolder() throws IOException {
        Article up = SampleArticles.simple("../../outside", T0);
        Article dots = SampleArticles.simple("..", T0.plusSeconds(1));
        Article slashes = SampleArticles.simple("/etc/passwd \\ C:\\Windows", T0.plusSeconds(2));
        Article hidden = SampleArticles.simple(".hidden", T0.plusSeconds(3));
        List.of(up, dots, slashes, hidden).forEach(store::save);
        Path folder = out.resolve("site");

        assertThat(exporter.export(ExportFormat.HTML, List.of(), folder)).isEqualTo(4);

        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(folder);
        }
        List<String> names = pageNames(folder);
        assertThat(names).hasSize(4).allSatisfy(name ->
                assertThat(name).matches("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\.html"));
        assertIndexLinksEveryPage(folder, up.headline(), dots.headline(), slashes.headline(), hidden.headline());
    }

    @Test
    void articlesWithTheSameHeadlineGetPagesOfTheirOwn() throws IOException {
        UUID first = UUID.fromString("0badcafe-0000-4000-8000-000000000001");
        UUID second = UUID.fromString("0badcafe-0000-4000-8000-000000000002");
        for (UUID id : List.of(first, second)) {
            store.save(new Article(id, "Same headline", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                    BodyDocument.of(Block.paragraph("Story " + id)), T0, T0));
        }
        store.save(SampleArticles.simple("Same headline", T0.plusSeconds(1)));
        Path folder = out.resolve("site");

        assertThat(exporter.export(ExportFormat.HTML, List.of(), folder)).isEqualTo(3);

        assertThat(pageNames(folder)).hasSize(3).doesNotHaveDuplicates();
        Document index = Jsoup.parse(folder.resolve("index.html").toFile());
        List<String> bodies = index.select("a").stream()
                .map(link -> readQuietly(folder.resolve(link.attr("href")))).toList();
        assertThat(bodies).filteredOn(page -> page.contains("Story " + first)).hasSize(1);
        assertThat(bodies).filteredOn(page -> page.contains("Story " + second)).hasSize(1);
    }

    @Test
    void aScriptInTheHeadlineIsTextInThePageTitleAndHeading() throws IOException {
        Article hostile = SampleArticles.simple("</title><script>alert(1)</script>", T0);
        store.save(hostile);
        store.save(SampleArticles.simple("Other", T0.plusSeconds(1)));
        Path folder = out.resolve("site");

        exporter.export(ExportFormat.HTML, List.of(), folder);

        for (String name : pageNames(folder)) {
            Document page = Jsoup.parse(folder.resolve(name).toFile());
            assertThat(page.select("script")).isEmpty();
            if (page.title().contains("alert")) {
                assertThat(page.title()).contains("</title><script>alert(1)</script>");
            }
        }
    }

    @Test
    void lineBreaksInHeadlineDekAndBylineStayOnTheirLineInText() throws IOException {
        Article article = new Article(UUID.randomUUID(), "Storm\nhits coast", "Ferries\r\nstop", "Ann\nLee",
                "DOVER", null, List.of(), ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph("Body.")), T0, T0);
        store.save(article);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        exporter.write(ExportFormat.TEXT, List.of(article.id()), bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("""
                Storm hits coast
                Ferries stop

                By Ann Lee
                DOVER
                """);
    }

    @Test
    void markdownKeepsHostileTextAsText() throws IOException {
        Article article = new Article(UUID.randomUUID(), "<script>alert(1)</script>\n=====", "Dek\n# not a heading",
                "===", "", null, List.of(), ArticleStatus.DRAFT, BodyDocument.of(
                Block.paragraph("    indented like code"),
                Block.paragraph("\tTabbed <b>x</b>"),
                Block.paragraph("1. not a list")), T0, T0);
        store.save(article);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        exporter.write(ExportFormat.MARKDOWN, List.of(article.id()), bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                # \\<script\\>alert\\(1\\)\\</script\\> \\=\\=\\=\\=\\=

                *Dek \\# not a heading*

                By \\=\\=\\= \s
                Status: Draft

                indented like code

                Tabbed \\<b\\>x\\</b\\>

                1\\. not a list
                """);
    }

    @Test
    void htmlOfSeveralArticlesRefusesAFolderThatHasFiles() throws IOException {
        store.save(SampleArticles.simple("One", T0));
        Path folder = Files.createDirectory(out.resolve("taken"));
        Files.writeString(folder.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> exporter.export(ExportFormat.HTML, List.of(), folder))
                .isInstanceOf(ExchangeException.class).hasMessageContaining(folder.toString())
                .hasMessageContaining("not a new or empty folder");
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void plainTextHasHeadlineAndMetadataOnTop() throws IOException {
        Article article = SampleArticles.formatted(T0);
        store.save(article);
        Path file = out.resolve("story.txt");

        exporter.export(ExportFormat.TEXT, List.of(article.id()), file);

        assertThat(Files.readString(file)).isEqualTo("""
                Council approves budget
                The vote was 7-2

                By Sam Editor
                MANCHESTER, 2024-12-31
                Categories: Local, Politics
                Status: In review

                Lead with bold and italic and both & <tags> \u00A0non-breaking.

                A SUBHEAD

                    \u201CQuoted,\u201D she said.

                    Second quote paragraph.

                MINOR SUBHEAD

                Closing   paragraph\twith tab.
                """);
    }

    @Test
    void markdownMarksUpTheBodyAndEscapesTheText() throws IOException {
        Article article = new Article(UUID.randomUUID(), "Rates *up* #1", "Dek [x]", "Ann", "", LocalDate.of(2024, 5, 2),
                List.of("Business"), ArticleStatus.READY, BodyDocument.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("Plain "), Run.of("bold ", Mark.BOLD), Run.of("it", Mark.ITALIC),
                        Run.plain(" 5 * 3")),
                Block.of(BlockType.HEADING2, Run.plain("Sub")),
                Block.of(BlockType.QUOTE, Run.plain("One")),
                Block.of(BlockType.QUOTE, Run.plain("Two")),
                Block.of(BlockType.HEADING3, Run.plain("Minor")),
                Block.paragraph("- not a list")), T0, T0);
        store.save(article);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        exporter.write(ExportFormat.MARKDOWN, List.of(article.id()), bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                # Rates \\*up\\* \\#1

                *Dek \\[x\\]*

                By Ann \s
                2024\\-05\\-02 \s
                Categories: Business \s
                Status: Ready

                Plain **bold** *it* 5 \\* 3

                ## Sub

                > One
                >
                > Two

                ### Minor

                \\- not a list
                """);
    }

    @Test
    void severalArticlesInTextAreSeparatedByARule() {
        store.save(SampleArticles.simple("First", T0));
        store.save(SampleArticles.simple("Second", T0.plusSeconds(1)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        assertThat(exporter.write(ExportFormat.TEXT, List.of(), bytes)).isEqualTo(2);

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("Second\n").contains("\n" + "=".repeat(72) + "\n\nFirst\n");
    }

    @Test
    void htmlOfSeveralArticlesCannotGoToAStream() {
        assertThatThrownBy(() -> exporter.write(ExportFormat.HTML, List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("folder");
    }

    @Test
    void anUnknownSingleIdIsReported() {
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> exporter.export(ExportFormat.TEXT, List.of(missing), out.resolve("x.txt")))
                .hasMessageContaining(missing.toString());
        assertThat(out.resolve("x.txt")).doesNotExist();
    }

    private static List<String> pageNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("index.html")).toList();
        }
    }

    private static void assertIndexLinksEveryPage(Path folder, String... headlines) throws IOException {
        Document index = Jsoup.parse(folder.resolve("index.html").toFile());
        assertThat(index.select("a")).extracting(a -> a.text())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(headlines).map(String::strip).toArray(String[]::new));
        for (var link : index.select("a")) {
            Path page = folder.resolve(link.attr("href")).normalize();
            assertThat(page.getParent()).isEqualTo(folder);
            assertThat(page).isRegularFile();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
