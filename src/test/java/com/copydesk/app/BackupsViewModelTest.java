package com.copydesk.app;

import com.copydesk.store.Backup;
import com.copydesk.store.Backups;
import com.copydesk.store.Database;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class BackupsViewModelTest {

    @TempDir
    Path dir;

    /** Storage work that waits its turn behind a long job: queued, not run. */
    private static final class BusyStorage implements BackgroundExecutor {
        final List<Callable<?>> queued = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            queued.add(work);
        }
    }

    @Test
    void theDailyBackupIsMadeWithoutWaitingForTheStorageThread() {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            Backups backups = new Backups(db);
            BusyStorage storage = new BusyStorage();
            List<String> failures = new ArrayList<>();
            BackupsViewModel model = new BackupsViewModel(backups, storage, new SameThreadExecutor(),
                    Clock.fixed(Instant.parse("2026-11-02T07:30:00Z"), ZoneOffset.UTC), () -> { }, () -> { });

            model.makeDailyBackup(failures::add);

            assertThat(failures).isEmpty();
            assertThat(storage.queued).isEmpty();
            assertThat(backups.list()).singleElement().extracting(Backup::kind).isEqualTo(Backup.Kind.DAILY);
        }
    }
}
