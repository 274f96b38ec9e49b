package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.PublicationStore;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore store;
    private ArticleExporter exporter;
    private Path out;

    @BeforeEach
    void open() throws IOException {
        db = Database.open(dir.resolve("newsroom.copydesk"));
        store = new ArticleStore(db);
        exporter = new ArticleExporter(store, new PublicationStore(db), CLOCK);
        for (int i = 0; i < 5; i++) {
            store.save(SampleArticles.simple("Story " + i, T0.plusSeconds(i)));
        }
        out = Files.createDirectory(dir.resolve("out"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyFormatReportsEachArticle() {
        for (ExportFormat format : ExportFormat.values()) {
            Recorder recorder = new Recorder(Integer.MAX_VALUE);
            exporter.export(format, List.of(), out.resolve("all-" + format.cliName()), recorder);
            assertThat(recorder.seen).as(format.label()).containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            Path target = out.resolve("cancelled-" + format.cliName());
            assertThatThrownBy(() -> exporter.export(format, List.of(), target, new Recorder(2)))
                    .as(format.label()).isInstanceOf(ExchangeException.class).hasMessageContaining("cancelled");
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aCancelledImportImportsNothingOfTheFileAndSkipsTheRest() {
        Path first = out.resolve("first.json");
        new JsonExporter(store, CLOCK).export(List.of(), first);
        Path second = out.resolve("second.json");
        new JsonExporter(store, CLOCK).export(List.of(), second);
        db.close();
        db = Database.open(dir.resolve("empty.copydesk"));
        store = new ArticleStore(db);

        ImportBatch batch = new ArticleImporter(store).importEach(List.of(first, second), ConflictPolicy.SKIP,
                new Recorder(3));

        assertThat(batch.imported()).isEmpty();
        assertThat(batch.failures()).hasSize(2).allSatisfy(message -> assertThat(message).contains("cancelled"));
        assertThat(store.count()).isZero();
    }

    /** Records the counts it is told and cancels once it has seen {@code cancelAfter} articles. */
    private static final class Recorder implements Progress {
        final List<Integer> seen = new ArrayList<>();
        final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void advanced(int articlesDone) {
            seen.add(articlesDone);
        }

        @Override
        public boolean cancelled() {
            return seen.size() >= cancelAfter;
        }
    }
}
