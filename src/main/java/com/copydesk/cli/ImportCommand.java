package com.copydesk.cli;

import com.copydesk.exchange.ArticleImporter;
import com.copydesk.exchange.ConflictPolicy;
import com.copydesk.exchange.ImportBatch;
import com.copydesk.exchange.ImportSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import Copydesk JSON exports and ninjs items. Each file is imported completely or not at all;",
                "a file that cannot be imported is reported and the others are still imported.",
                "The database is created if it does not exist yet."})
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to import")
    List<Path> files;

    @Option(names = "--on-conflict", paramLabel = "RULE",
            description = "when an article's id is already in the database: skip (keep it, the default), replace, "
                    + "or copy (import under a new id)")
    ConflictPolicy onConflict = ConflictPolicy.SKIP;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConflictPolicy policy = onConflict;
        try (Database db = context.openForWriting(database.file)) {
            ImportBatch batch = new ArticleImporter(new ArticleStore(db)).importEach(files, policy);
            for (ImportSummary summary : batch.imported()) {
                context.out().println("Imported " + summary.describe());
            }
            if (batch.failures().isEmpty()) {
                return CopydeskCli.OK;
            }
            batch.failures().forEach(failure -> context.err().println("copydesk: " + failure));
            if (files.size() > 1) {
                context.err().println("copydesk: " + batch.failures().size() + " of " + files.size()
                        + " files could not be imported; nothing of them was imported, the others were.");
            }
            return CopydeskCli.BAD_INPUT;
        }
    }
}
