package com.copydesk.cli;

import com.copydesk.article.ArticleSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List articles, newest first.")
final class ListCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    ArticleFilter filter = new ArticleFilter();

    @Option(names = "--json", description = "print a JSON array instead of a table")
    boolean json;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<ArticleSummary> rows = new ArrayList<>();
        try (Database db = context.openForReading(database.file)) {
            new ArticleStore(db).forEach(List.of(), article -> {
                if (filter.accepts(article)) {
                    rows.add(ArticleSummary.of(article));
                }
            });
        }
        SummaryPrinter.print(rows, json, context.out());
        return CopydeskCli.OK;
    }
}
