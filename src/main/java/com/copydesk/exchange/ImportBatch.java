package com.copydesk.exchange;

import java.util.List;

/** The outcome of importing several files, each on its own: what came in, and why any file did not. */
public record ImportBatch(List<ImportSummary> imported, List<String> failures) {

    public ImportBatch {
        imported = List.copyOf(imported);
        failures = List.copyOf(failures);
    }

    public int articles() {
        return imported.stream().mapToInt(summary -> summary.added() + summary.replaced() + summary.copied()).sum();
    }

    /** One sentence for a status bar, e.g. "Imported 12 articles from 2 files (3 skipped)." */
    public String describe() {
        int skipped = imported.stream().mapToInt(ImportSummary::skipped).sum();
        String files = imported.size() == 1 ? imported.get(0).file().getFileName().toString()
                : imported.size() + " files";
        String text = imported.isEmpty() ? "Nothing imported."
                : "Imported " + articles() + (articles() == 1 ? " article" : " articles") + " from " + files
                + (skipped > 0 ? " (" + skipped + " already here, kept)" : "") + ".";
        return failures.isEmpty() ? text : text + " " + failures.size() + (failures.size() == 1 ? " file" : " files")
                + " could not be imported.";
    }
}
