package com.copydesk.cli;

import com.copydesk.article.ArticleSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Find articles whose headline, dek, byline or body contains QUERY (ignoring case).")
final class SearchCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Parameters(paramLabel = "QUERY", description = "the words to look for")
    String query;

    @Option(names = "--json", description = "print a JSON array instead of a table")
    boolean json;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (query.isBlank()) {
            throw new BadInputException("the search query is empty");
        }
        List<ArticleSummary> rows;
        try (Database db = context.openForReading(database.file)) {
            rows = new ArticleStore(db).list(query, Integer.MAX_VALUE);
        }
        SummaryPrinter.print(rows, json, context.out());
        return CopydeskCli.OK;
    }
}
