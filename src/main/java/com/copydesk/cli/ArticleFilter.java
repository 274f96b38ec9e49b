package com.copydesk.cli;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --status} and {@code --category}, shared by list and export. */
final class ArticleFilter {

    @Option(names = "--status", paramLabel = "STATUS",
            description = "only articles in this state: ${COMPLETION-CANDIDATES}")
    ArticleStatus status;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "only articles filed under this category (any of its categories, ignoring case)")
    String category;

    boolean isEmpty() {
        return status == null && category == null;
    }

    boolean accepts(Article article) {
        if (status != null && article.status() != status) {
            return false;
        }
        if (category == null) {
            return true;
        }
        String wanted = category.strip().toLowerCase(Locale.ROOT);
        return article.categories().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
