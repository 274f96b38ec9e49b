package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.store.ArticleBundle;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports Copydesk JSON exports and ninjs items into the database. Each file is one
 * transaction: it is imported completely or, on any problem, not at all.
 */
public final class ArticleImporter {

    private final ArticleStore store;
    private final JsonImporter copydesk = new JsonImporter();
    private final NinjsImporter ninjs = new NinjsImporter();

    public ArticleImporter(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Imports one file in one transaction.
     *
     * @throws ExchangeException naming the file, the position and the field when it cannot be imported;
     *                           the database is then unchanged
     */
    public ImportSummary importFile(Path file, ConflictPolicy policy) {
        return importFile(file, policy, Progress.NONE);
    }

    /** As {@link #importFile(Path, ConflictPolicy)}, telling {@code progress} after each article read. */
    public ImportSummary importFile(Path file, ConflictPolicy policy, Progress progress) {
        Objects.requireNonNull(policy, "policy");
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new ExchangeException("Cannot read " + path + ": " + (Files.isDirectory(path)
                    ? "it is a folder, not an export file." : "there is no such file."));
        }
        ImportFormat format = ImportFormat.of(path);
        Tally tally = new Tally();
        try (BundleSource source = format == ImportFormat.NINJS ? BundleSource.of(ninjs.open(path))
                : copydesk.open(path)) {
            store.archive().saveAll(new Followed(source, progress, path),
                    (incoming, exists) -> tally.resolve(incoming, exists, policy));
        } catch (StoreException e) {
            throw new ExchangeException("Cannot import " + path + ": " + e.getMessage(), e);
        }
        return new ImportSummary(path, format.label(), tally.added, tally.replaced, tally.copied, tally.skipped);
    }

    /** Imports each file in its own transaction, stopping at the first that fails (earlier ones stay imported). */
    public List<ImportSummary> importFiles(List<Path> files, ConflictPolicy policy) {
        List<ImportSummary> summaries = new ArrayList<>();
        for (Path file : files) {
            summaries.add(importFile(file, policy));
        }
        return summaries;
    }

    /**
     * Imports each file in its own transaction and goes on after a file that fails; the failures
     * are reported with their messages, and those files left nothing behind.
     */
    public ImportBatch importEach(List<Path> files, ConflictPolicy policy) {
        return importEach(files, policy, Progress.NONE);
    }

    /** As {@link #importEach(List, ConflictPolicy)}; after a cancel the remaining files are not read. */
    public ImportBatch importEach(List<Path> files, ConflictPolicy policy, Progress progress) {
        List<ImportSummary> imported = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            if (progress.cancelled()) {
                failures.add("The import of " + file + " was cancelled: nothing of it was imported.");
                continue;
            }
            try {
                imported.add(importFile(file, policy, progress));
            } catch (ExchangeException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                // A defect of ours must not cost the other files of the batch; the transaction rolled back.
                failures.add(unexpected(file, e));
            }
        }
        return new ImportBatch(imported, failures);
    }

    /** The user's sentence for a failure of ours; its stack goes to the log, once, for the report. */
    private static String unexpected(Path file, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        String message = "Cannot import " + file.toAbsolutePath().normalize() + ": it failed unexpectedly (" + reason
                + "), so nothing of it was imported.";
        System.getLogger(ArticleImporter.class.getName()).log(System.Logger.Level.ERROR, message, e);
        return message;
    }

    /** The articles of a file, counted for {@code progress}; a cancel stops the reading and so the transaction. */
    private static final class Followed implements java.util.Iterator<ArticleBundle> {
        private final BundleSource source;
        private final Progress progress;
        private final Path file;
        private int read;

        Followed(BundleSource source, Progress progress, Path file) {
            this.source = source;
            this.progress = progress;
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public ArticleBundle next() {
            ArticleBundle article = source.next();
            read++;
            if (progress.cancelled()) {
                throw new ExchangeException("The import of " + file + " was cancelled: nothing of it was imported.");
            }
            progress.advanced(read);
            return article;
        }
    }

    private static final class Tally {
        int added;
        int replaced;
        int copied;
        int skipped;

        Article resolve(Article incoming, boolean exists, ConflictPolicy policy) {
            if (!exists) {
                added++;
                return incoming;
            }
            return switch (policy) {
                case SKIP -> {
                    skipped++;
                    yield null;
                }
                case REPLACE -> {
                    replaced++;
                    yield incoming;
                }
                case COPY -> {
                    copied++;
                    yield withId(incoming, UUID.randomUUID());
                }
            };
        }

        private static Article withId(Article a, UUID id) {
            return new Article(id, a.headline(), a.dek(), a.byline(), a.dateline(), a.publishDate(), a.categories(),
                    a.status(), a.body(), a.created(), a.modified(), a.targetLength());
        }
    }
}
