package com.copydesk.store;

import java.util.List;

/** Every schema migration this version of Copydesk knows, oldest first. Add new ones at the end. */
final class Migrations {

    static final List<Migration> ALL = List.of(
            Migration.named("V1__initial.sql"),
            Migration.named("V2__search_revisions_trash.sql"),
            Migration.named("V3__desk.sql"),
            Migration.named("V4__article_word_count.sql"));

    static {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).version() != i + 1) {
                throw new ExceptionInInitializerError("migrations must be numbered 1, 2, 3... without gaps");
            }
        }
    }

    private Migrations() {
    }

    static int latestVersion() {
        return ALL.size();
    }
}
