package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.Category;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.HtmlCodec;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Random articles → export → import into an empty database → the same articles. */
class ExportImportRoundTripProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.ofHours(-5));
    private static final SchemaCheck SCHEMA = SchemaCheck.of(SchemaCheck.COPYDESK);

    @Property(tries = 60)
    void anExportImportsBackUnchanged(@ForAll("articleLists") List<Article> articles) throws IOException {
        Path dir = Files.createTempDirectory("copydesk-roundtrip");
        try {
            List<Article> saved;
            Path file = dir.resolve("export.json");
            try (Database source = Database.open(dir.resolve("source.copydesk"))) {
                ArticleStore store = new ArticleStore(source);
                articles.forEach(store::save);
                saved = all(store);
                new JsonExporter(store, CLOCK).export(List.of(), file);
            }
            assertThat(SCHEMA.errors(file)).isEmpty();
            try (Database target = Database.open(dir.resolve("target.copydesk"))) {
                ArticleStore store = new ArticleStore(target);
                ImportSummary summary = new ArticleImporter(store).importFile(file, ConflictPolicy.SKIP);
                assertThat(summary.added()).isEqualTo(saved.size());
                assertThat(all(store)).isEqualTo(saved);
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<Article> all(ArticleStore store) {
        List<Article> all = new ArrayList<>();
        store.forEach(List.of(), all::add);
        return all;
    }

    @Provide
    Arbitrary<List<Article>> articleLists() {
        return article().list().ofMaxSize(6);
    }

    private Arbitrary<Article> article() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60_000)
                .map(days -> LocalDate.of(1970, 1, 1).plusDays(days)).injectNull(0.3);
        Arbitrary<List<String>> categories = Arbitraries.oneOf(Arbitraries.of("Politics", "politics", "Local", "World"),
                text().filter(s -> !Category.normalize(s).isEmpty())).list().ofMaxSize(4);
        return Combinators.combine(
                Combinators.combine(Arbitraries.create(UUID::randomUUID), text(), text(), text(), text())
                        .as(Tuple::of),
                dates, categories, Arbitraries.of(ArticleStatus.class), bodies(), instants, instants)
                .as((texts, date, cats, status, body, created, modified) -> new Article(texts.get1(), texts.get2(),
                        texts.get3(), texts.get4(), texts.get5(), date, cats, status, body, created, modified));
    }

    private Arbitrary<String> text() {
        Arbitrary<String> tokens = Arbitraries.of(" ", "&", "<p>", "\"", "\\", "\u00A0", "😀", "👨‍👩‍👧", "שלום",
                "مرحبا", "\u202E", "Übermäßig", "\t", "\n", "\u2028", "</script>", "{\"a\":1}").list().ofMaxSize(4)
                .map(list -> String.join("", list));
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(20);
        return Arbitraries.frequencyOf(Tuple.of(3, plain), Tuple.of(3, tokens), Tuple.of(1, Arbitraries.just("")));
    }

    private Arbitrary<BodyDocument> bodies() {
        Arbitrary<Set<Mark>> marks = Arbitraries.of(Mark.class).set().ofMaxSize(2);
        Arbitrary<String> runText = text().map(s -> s.replace('\n', ' ').replace('\r', ' ').replace('\u2028', ' '));
        Arbitrary<Run> run = Combinators.combine(runText, marks).as(Run::new);
        Arbitrary<Block> block = Combinators.combine(Arbitraries.of(BlockType.class), run.list().ofMaxSize(4))
                .as((type, runs) -> type == BlockType.RULE ? Block.rule() : new Block(type, runs));
        // The store keeps bodies as canonical HTML, so the generated body is put in that form first.
        return block.list().ofMaxSize(6).map(BodyDocument::new).map(doc -> HtmlCodec.fromHtml(HtmlCodec.toHtml(doc)));
    }
}
