package com.copydesk.app;

import com.copydesk.article.SampleArticles;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;

import java.nio.file.Path;
import java.time.Instant;

/** Opening the database before the window exists, with sample articles on the very first run. */
final class Startup {

    private Startup() {
    }

    static Database openAndSeed(Path file) {
        Database database = Database.open(file);
        if (database.createdNow()) {
            ArticleStore articles = new ArticleStore(database);
            SampleArticles.create(Instant.now()).forEach(articles::save);
        }
        return database;
    }
}
