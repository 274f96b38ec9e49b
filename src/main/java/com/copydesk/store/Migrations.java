package com.copydesk.store;

import java.util.List;

/** Every schema migration this version of Copydesk knows, oldest first. Add new ones at the end. */
final class Migrations {

    static final List<Migration> ALL = List.of(
            Migration.named("V1__initial.sql"),
            Migration.named("V2__search_revisions_trash.sql"),
            Migration.named("V3__desk.sql"),
            Migration.named("V4__target_length.sql"),
            Migration.named("V5__inline_comments.sql"),
            Migration.named("V6__list_indexes.sql"),
            Migration.named("V7__saved_views.sql"),
            Migration.named("V8__sort_keys.sql"),
            Migration.named("V9__one_category_per_key.sql"),
            Migration.named("V10__note_drafts.sql"),
            Migration.named("V11__inline_comment_drafts.sql"),
            Migration.named("V12__category_aliases.sql"));

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
