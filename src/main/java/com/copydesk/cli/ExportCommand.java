package com.copydesk.cli;

import com.copydesk.exchange.ArticleExporter;
import com.copydesk.exchange.ExportFormat;
import com.copydesk.exchange.Progress;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.PublicationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export articles to a file (or standard output with --out -).",
                "One article as html gives its page; several give a folder of pages with an index.html."})
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    ArticleFilter filter = new ArticleFilter();

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "copydesk, ninjs, html, text or markdown")
    ExportFormat format;

    @Option(names = "--id", arity = "1..*", paramLabel = "ID", description = "only these articles")
    List<UUID> ids = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file (or folder) to write; - for standard output")
    String out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--with-revisions",
            description = "copydesk format only: include every article's saved versions (a full archive)")
    boolean withRevisions;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (withRevisions && format != ExportFormat.COPYDESK) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--with-revisions works only with --format copydesk");
        }
        try (Database db = context.openForReading(database.file)) {
            ArticleStore store = new ArticleStore(db);
            List<UUID> selected = select(store);
            ArticleExporter exporter = new ArticleExporter(store, new PublicationStore(db), context.clock());
            if (out.equals("-")) {
                exporter.write(format, selected, context.out(), withRevisions);
                context.out().flush();
            } else {
                Path target = Path.of(out).toAbsolutePath().normalize();
                int written = exporter.export(format, selected, target, Progress.NONE, withRevisions);
                context.err().println("Exported " + written + (written == 1 ? " article" : " articles") + " as "
                        + format.label() + " to " + target);
            }
        }
        return CopydeskCli.OK;
    }

    /** The ids to export; empty means all. Filters and ids that select nothing are an error, not "all". */
    private List<UUID> select(ArticleStore store) {
        if (ids.isEmpty() && filter.isEmpty()) {
            return List.of();
        }
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        List<UUID> selected = new ArrayList<>();
        store.forEach(List.copyOf(wanted), article -> {
            if (filter.accepts(article)) {
                selected.add(article.id());
            }
        });
        if (!wanted.isEmpty()) {
            List<UUID> missing = new ArrayList<>(wanted);
            missing.removeAll(selected);
            if (filter.isEmpty() && !missing.isEmpty()) {
                throw new BadInputException("there is no article with the id " + missing.get(0));
            }
        }
        if (selected.isEmpty()) {
            throw new BadInputException("no article matches the given --id, --status and --category");
        }
        return selected;
    }
}
