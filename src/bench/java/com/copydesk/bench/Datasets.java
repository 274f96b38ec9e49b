package com.copydesk.bench;

import com.copydesk.article.Article;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Copydesk databases of generated articles, written through the real store and kept under
 * target/bench/data so that later runs reuse them. A database of N articles always holds the
 * same articles (fixed seed).
 */
public final class Datasets {

    private static final int BATCH = 500;
    private static final String VERSION = "v3"; // v2: 2-4 letter prefix index; v3: stored word counts

    private final Path dir;

    Datasets(Path dir) {
        this.dir = dir;
    }

    /** A database with the first {@code count} articles of the standard sequence, made if missing. */
    public synchronized Path articles(int count) throws IOException {
        Path file = dir.resolve("articles-" + count + "-seed" + DatasetGenerator.SEED + "-" + VERSION + ".copydesk");
        if (Files.exists(file)) {
            return file;
        }
        Path partial = dir.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.deleteIfExists(Path.of(partial + "-wal"));
        Files.deleteIfExists(Path.of(partial + "-shm"));
        long start = System.nanoTime();
        DatasetGenerator generator = DatasetGenerator.standard();
        try (Database database = Database.open(partial)) {
            ArticleStore store = new ArticleStore(database);
            List<Article> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < count; i++) {
                batch.add(generator.next());
                if (batch.size() == BATCH || i == count - 1) {
                    store.saveAll(batch);
                    batch.clear();
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("  generated %,d articles in %.1f s (%,d MB): %s%n", count, (System.nanoTime() - start) / 1e9,
                Files.size(file) >> 20, file);
        return file;
    }
}
