package com.copydesk.exchange;

import java.nio.file.Path;
import java.util.Objects;

/** What one imported file brought in. */
public record ImportSummary(Path file, String format, int added, int replaced, int copied, int skipped) {

    public ImportSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }

    public int total() {
        return added + replaced + copied + skipped;
    }

    /** E.g. "news.json (ninjs): 3 added, 1 replaced, 0 copied, 2 skipped". */
    public String describe() {
        return file.getFileName() + " (" + format + "): " + added + " added, " + replaced + " replaced, "
                + copied + " copied, " + skipped + " skipped";
    }
}
