package com.copydesk.exchange;

import com.copydesk.article.Article;

import java.util.Iterator;

/**
 * Articles read from one import file, one at a time. {@link #hasNext()} and {@link #next()} throw
 * {@link ExchangeException} naming the file and the position when the content is wrong; the
 * source has been read completely and correctly only once {@code hasNext()} returned false.
 */
interface ArticleSource extends Iterator<Article>, AutoCloseable {

    @Override
    void close();
}
