package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.SampleArticles;
import com.copydesk.exchange.JsonExporter;
import com.copydesk.exchange.JsonImporter;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A check without a window, for installers and CI: store the sample articles in a fresh database
 * in a temporary folder, read them back, render their pages and export them, then clean up.
 */
final class SelfCheck {

    private SelfCheck() {
    }

    /** Returns the process exit code: 0 when every step worked. */
    static int run(PrintStream out, PrintStream err) {
        Path folder;
        try {
            folder = Files.createTempDirectory("copydesk-self-check");
        } catch (IOException e) {
            err.println("copydesk: self-check could not create a temporary folder: " + e.getMessage());
            return 1;
        }
        try {
            int articles = checkIn(folder);
            out.println("self-check ok: stored, reloaded, rendered and exported " + articles + " articles");
            return 0;
        } catch (RuntimeException failure) {
            err.println("copydesk: self-check failed: " + failure.getMessage());
            return 1;
        } finally {
            deleteQuietly(folder);
        }
    }

    private static int checkIn(Path folder) {
        List<Article> samples = SampleArticles.create(Instant.now());
        try (Database database = Database.open(folder.resolve("self-check.copydesk"))) {
            ArticleStore store = new ArticleStore(database);
            samples.forEach(store::save);
            PageRenderer renderer = new PageRenderer();
            for (Article sample : samples) {
                Article stored = store.find(sample.id())
                        .orElseThrow(() -> new IllegalStateException("article " + sample.id() + " was not stored"));
                if (!stored.sameContentAs(sample)) {
                    throw new IllegalStateException("article " + sample.id() + " came back changed");
                }
                if (!renderer.render(stored, Publication.DEFAULT).contains("<h1")) {
                    throw new IllegalStateException("the page of article " + sample.id() + " has no headline");
                }
            }
            Path export = folder.resolve("export.json");
            new JsonExporter(store, Clock.systemUTC()).export(List.of(), export);
            int read = new JsonImporter().read(export).size();
            if (read != samples.size()) {
                throw new IllegalStateException("the export held " + read + " articles instead of " + samples.size());
            }
            return read;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temporary folder is harmless; the check's result is what matters.
        }
    }
}
