package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.SampleArticles;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.StoreException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Opening the database before the window exists, with sample articles on the very first run. */
final class Startup {

    private Startup() {
    }

    static Database openAndSeed(Path file) {
        return openAndSeed(file, () -> SampleArticles.create(Instant.now()));
    }

    /**
     * {@code samples} are asked for only when the file is new, and saved all in one transaction.
     * When they cannot be, the database is closed again (its lock released) and left empty, and the
     * start fails with the reason: the next start opens it without samples rather than with some.
     */
    static Database openAndSeed(Path file, Supplier<List<Article>> samples) {
        Database database = Database.open(file);
        if (!database.createdNow()) {
            return database;
        }
        try {
            new ArticleStore(database).saveAll(samples.get());
            return database;
        } catch (StoreException failure) {
            closeAfter(database, failure);
            throw new StoreException(failure.problem(), "Cannot set up the new database " + database.file()
                    + " with its sample articles: " + failure.getMessage()
                    + " None of them was kept; the next start opens it empty.", failure);
        } catch (RuntimeException | Error failure) {
            closeAfter(database, failure);
            throw failure;
        }
    }

    private static void closeAfter(Database database, Throwable failure) {
        try {
            database.close();
        } catch (RuntimeException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
