package com.copydesk.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One backup copy of the database in the backups folder. */
public record Backup(Path file, Kind kind, Instant made, long bytes) {

    public enum Kind {
        /** Made on the first start of a day; the last seven are kept. */
        DAILY("Daily"),
        /** Made before the schema was upgraded; kept for good. */
        BEFORE_UPGRADE("Before upgrade"),
        /** Made before another backup was restored over the database; kept for good. */
        BEFORE_RESTORE("Before restore");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(made, "made");
    }
}
