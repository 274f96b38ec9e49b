package com.copydesk.cli;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.Category;
import picocli.CommandLine.Option;


/** {@code --status} and {@code --category}, shared by list and export. */
final class ArticleFilter {

    @Option(names = "--status", paramLabel = "STATUS",
            description = "only articles in this state: ${COMPLETION-CANDIDATES}")
    ArticleStatus status;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "only articles filed under this category (any of its categories; case, accent encoding and spacing do not matter)")
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
        String wanted = Category.key(category);
        return article.categories().stream().anyMatch(name -> Category.key(name).equals(wanted));
    }
}
