package com.copydesk.exchange;

import com.copydesk.store.ArticleBundle;

import java.util.Iterator;

/**
 * Articles with their tags, timeline, notes and revisions, read from one import file one at a
 * time; fails as {@link ArticleSource} does. Read completely and correctly only once
 * {@code hasNext()} returned false.
 */
interface BundleSource extends Iterator<ArticleBundle>, AutoCloseable {

    @Override
    void close();

    /** The articles of {@code source}, with nothing else. */
    static BundleSource of(ArticleSource source) {
        return new BundleSource() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public ArticleBundle next() {
                return ArticleBundle.of(source.next());
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }
}
