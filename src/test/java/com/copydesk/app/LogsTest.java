package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LogsTest {

    @TempDir
    Path folder;

    @Test
    void anUncaughtFailureLeavesAReadableReportThatIsOfferedOnce() throws Exception {
        Logs logs = new Logs(folder, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
        Path report = logs.report("JavaFX Application Thread", new IllegalStateException("list cell broke"));

        assertThat(report).exists();
        assertThat(Files.readString(report))
                .contains("Copydesk").contains("2026-11-25T12:00:00Z")
                .contains("IllegalStateException: list cell broke").contains("JavaFX Application Thread");
        assertThat(logs.unseenReports()).containsExactly(report);

        Path seen = logs.markSeen(report);
        assertThat(seen).exists();
        assertThat(logs.unseenReports()).isEmpty();
    }

    @Test
    void noFolderMeansNoReports() {
        assertThat(new Logs(folder.resolve("missing"), Clock.systemUTC()).unseenReports()).isEmpty();
    }
}
