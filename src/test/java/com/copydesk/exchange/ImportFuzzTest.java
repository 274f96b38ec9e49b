package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds 10,000+ damaged versions of valid export files (our JSON and ninjs) to the importer.
 * Each must either import completely or fail with an ExchangeException whose message names
 * the file, leaving the database exactly as it was.
 */
class ImportFuzzTest {

    private static final int MUTANTS_PER_SEED = 2_100;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] SNIPPETS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999",
            "\"status\"", "\"id\"", "\"articles\"", "\"format\"", "\"body\"", "\"html\"", "\\u0000", "\\ud800",
            "\"\"", "[[[[[[", "{\"x\":", "9999999999999999999999", "\"LATE\"", "\"2024-13-45T99:00:00Z\"",
            "\"replyTo\"", "\"number\"", "\"notes\"", "\"tags\"", "\"statusHistory\"", "\"revisions\"", "0", "2"};

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;
    private ArticleImporter importer;
    private Article original;

    private Path work;

    @BeforeEach
    void open() throws IOException {
        // Ten thousand transactions: on a RAM disk where there is one, so that fsync costs nothing.
        Path shm = Path.of("/dev/shm");
        work = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "copydesk-fuzz") : dir;
        db = Database.open(work.resolve("target.copydesk"));
        store = new ArticleStore(db);
        importer = new ArticleImporter(store);
        // Existing articles make conflicts happen: replace must also leave them alone on failure.
        original = SampleArticles.simple("Already here", T0);
        store.save(original);
    }

    @AfterEach
    void close() throws IOException {
        db.close();
        if (!work.equals(dir)) {
            try (var files = Files.walk(work)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void damagedFilesImportCompletelyOrNotAtAll() throws IOException {
        List<byte[]> seeds = List.of(copydeskExport(), ninjsExport(), ninjsTwoStyle(), copydeskOfOne(), fullArchive());
        Random random = new Random(20261125L);
        Path file = work.resolve("mutant.json");
        int failures = 0;
        int imports = 0;
        for (byte[] seed : seeds) {
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                byte[] mutant = mutate(seed, random);
                Files.write(file, mutant);
                // Summaries (no body decoding) keep 10,000 rounds fast; every 250th round compares whole articles.
                boolean thorough = i % 250 == 0;
                List<?> before = thorough ? everything() : summaries();
                List<Long> rowsBefore = rowCounts();
                int categoriesBefore = new CategoryStore(db).all().size();
                try {
                    importer.importFile(file, ConflictPolicy.values()[i % 3]);
                    imports++;
                    removeAllBut(original);
                } catch (ExchangeException expected) {
                    failures++;
                    assertThat(expected.getMessage()).as("message for mutant %d", i).contains(file.toString());
                    assertThat(thorough ? everything() : summaries()).as("database after failed mutant %d", i)
                            .isEqualTo(before);
                    assertThat(new CategoryStore(db).all()).hasSize(categoriesBefore);
                    assertThat(rowCounts()).as("tags, timeline, notes, revisions after failed mutant %d", i)
                            .isEqualTo(rowsBefore);
                } catch (RuntimeException | StackOverflowError unexpected) {
                    fail("mutant %d of seed %d threw %s:%n%s", i, seeds.indexOf(seed), unexpected,
                            new String(mutant, StandardCharsets.UTF_8), unexpected);
                }
            }
        }
        assertThat(failures + imports).isGreaterThanOrEqualTo(10_000);
        assertThat(failures).as("most mutants are broken").isGreaterThan(imports);
        assertThat(imports).as("some mutants still import").isPositive();
    }

    /** Rows of everything that comes with an article, read through a second connection. */
    private List<Long> rowCounts() {
        try (java.sql.Connection reader = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
             java.sql.Statement statement = reader.createStatement()) {
            List<Long> counts = new ArrayList<>();
            for (String table : List.of("article_tags", "status_history", "review_notes", "revisions")) {
                try (java.sql.ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    row.next();
                    counts.add(row.getLong(1));
                }
            }
            return counts;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** An export with tags, a timeline, a thread of notes (one resolved) and revisions. */
    private byte[] fullArchive() throws IOException {
        Path folder = Files.createTempDirectory(dir, "archive");
        try (Database source = Database.open(folder.resolve("seed.copydesk"))) {
            ArticleStore sourceStore = new ArticleStore(source);
            Article article = SampleArticles.formatted(T0);
            sourceStore.save(article);
            sourceStore.save(article.withModified(T0.plusSeconds(600)).withPublishDate(java.time.LocalDate.of(2024, 6, 1)));
            com.copydesk.article.UserProfile ed = new com.copydesk.article.UserProfile("Ed", "E",
                    com.copydesk.article.UserProfile.Role.EDITOR);
            new com.copydesk.store.TagStore(source).setTags(article.id(), List.of("budget", "Café"));
            new com.copydesk.store.WorkflowStore(source).apply(article.id(),
                    com.copydesk.article.WorkflowAction.REQUEST_CHANGES, ed, T0.plusSeconds(700), "numbers?");
            com.copydesk.store.NoteStore notes = new com.copydesk.store.NoteStore(source);
            com.copydesk.article.ReviewNote note = notes.add(article.id(), null, ed, T0.plusSeconds(800), "Check");
            notes.add(article.id(), note.id(), ed, T0.plusSeconds(900), "Checked");
            notes.setResolved(note.id(), true, ed, T0.plusSeconds(950));
            Path file = folder.resolve("seed.json");
            new JsonExporter(sourceStore, CLOCK).export(List.of(), file, Progress.NONE, true);
            return Files.readAllBytes(file);
        }
    }

    /** Keeps the database small, so that each round costs the same. */
    private void removeAllBut(Article kept) {
        summaries().stream().map(ArticleSummary::id).filter(id -> !id.equals(kept.id())).forEach(store::delete);
        store.save(kept);
    }

    private List<ArticleSummary> summaries() {
        return store.list("", Integer.MAX_VALUE);
    }

    private List<Article> everything() {
        List<Article> all = new ArrayList<>();
        store.forEach(List.of(), all::add);
        return all;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            bytes = mutateOnce(bytes, random);
        }
        return bytes;
    }

    private static byte[] mutateOnce(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[]{'{'};
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(7)) {
            case 0 -> { // flip bits of one byte, possibly breaking UTF-8
                byte[] copy = bytes.clone();
                copy[at] ^= (byte) (1 << random.nextInt(8));
                yield copy;
            }
            case 1 -> cut(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(16)));
            case 2 -> insert(bytes, at, SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
            case 3 -> java.util.Arrays.copyOf(bytes, at); // truncate
            case 4 -> { // repeat a slice, e.g. a field, giving duplicate keys
                int end = Math.min(bytes.length, at + 1 + random.nextInt(60));
                yield insert(bytes, end, java.util.Arrays.copyOfRange(bytes, at, end));
            }
            case 5 -> insert(bytes, at, new byte[]{(byte) (0x80 + random.nextInt(0x80))});
            default -> { // replace a byte with a structural or quote character
                byte[] copy = bytes.clone();
                String chars = "{}[],:\"\\0 a";
                copy[at] = (byte) chars.charAt(random.nextInt(chars.length()));
                yield copy;
            }
        };
    }

    private static byte[] cut(byte[] bytes, int from, int to) {
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        byte[] out = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
        return out;
    }

    private byte[] copydeskExport() throws IOException {
        return exported(List.of(SampleArticles.formatted(T0.plusSeconds(1)), SampleArticles.multilingual(T0.plusSeconds(2)),
                SampleArticles.simple("Plain", T0.plusSeconds(3), "Local")));
    }

    private byte[] copydeskOfOne() throws IOException {
        return exported(List.of(SampleArticles.simple("Only one", T0, "Politics")));
    }

    private byte[] exported(List<Article> articles) throws IOException {
        Path folder = Files.createTempDirectory(dir, "seed");
        try (Database source = Database.open(folder.resolve("seed.copydesk"))) {
            ArticleStore sourceStore = new ArticleStore(source);
            articles.forEach(sourceStore::save);
            Path file = folder.resolve("seed.json");
            new JsonExporter(sourceStore, CLOCK).export(List.of(), file);
            return Files.readAllBytes(file);
        }
    }

    private static byte[] ninjsExport() {
        return """
                {"uri": "urn:example:agency:item:2024-0042", "type": "text", "version": "2",
                 "standard": {"name": "ninjs", "version": "3.1"},
                 "firstCreated": "2024-05-01T08:00:00Z", "versionCreated": "2024-05-01T09:15:00+02:00",
                 "pubStatus": "usable", "language": "en",
                 "headlines": [{"role": "main", "value": "Storm closes port"}, {"role": "sub", "value": "Ferries cancelled"}],
                 "by": "Agency Staff", "located": "DOVER",
                 "subjects": [{"name": "Weather", "uri": "http://cv.iptc.org/newscodes/mediatopic/17000000"}],
                 "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>The <b>port</b> closed.</p><script>x()</script>"}]}
                """.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ninjsTwoStyle() {
        return """
                [{"uri": "http://example.com/items/77", "type": "text", "versioncreated": "2023-11-02T10:00:00Z",
                  "headline": "Rates held", "byline": "Desk", "body_text": "First.\\n\\nSecond.",
                  "subject": [{"name": "Economy"}]},
                 {"uri": "http://example.com/items/78", "headline": "Second item", "body_html": "<p>Two</p>"}]
                """.getBytes(StandardCharsets.UTF_8);
    }
}
