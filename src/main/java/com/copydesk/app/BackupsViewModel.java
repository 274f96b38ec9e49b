package com.copydesk.app;

import com.copydesk.store.Backup;
import com.copydesk.store.Backups;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.Objects;

/** File → Backups…: the backup copies of the database, and restoring one in place. */
final class BackupsViewModel {

    private final Backups backups;
    private final BackgroundExecutor executor;
    private final BackgroundExecutor dailyBackup;
    private final Clock clock;
    private final Runnable beforeRestore;
    private final Runnable afterRestore;
    private final ObservableList<Backup> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * {@code executor} is the storage thread; {@code dailyBackup} a thread of its own, so that a large
     * database's backup (seconds) does not hold up the storage work of the day's first start.
     * {@code beforeRestore} saves pending edits; {@code afterRestore} reloads everything shown.
     */
    BackupsViewModel(Backups backups, BackgroundExecutor executor, BackgroundExecutor dailyBackup, Clock clock,
                     Runnable beforeRestore, Runnable afterRestore) {
        this.backups = Objects.requireNonNull(backups);
        this.executor = Objects.requireNonNull(executor);
        this.dailyBackup = Objects.requireNonNull(dailyBackup);
        this.clock = Objects.requireNonNull(clock);
        this.beforeRestore = Objects.requireNonNull(beforeRestore);
        this.afterRestore = Objects.requireNonNull(afterRestore);
    }

    ObservableList<Backup> items() { return items; }
    ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    void refresh() {
        executor.submit(backups::list, rows -> {
            items.setAll(rows);
            message.set(rows.isEmpty() ? "No backups yet. They are kept in " + backups.folder() + "."
                    : rows.size() + " backups in " + backups.folder() + ".");
        }, failure -> message.set(failure.getMessage()));
    }

    /** Makes the first start of the day's backup, quietly unless it fails. */
    void makeDailyBackup(java.util.function.Consumer<String> onFailure) {
        dailyBackup.submit(() -> backups.makeDailyIfNeeded(clock.instant()), made -> { },
                failure -> onFailure.accept("The daily backup failed: " + failure.getMessage()));
    }

    void restore(Backup backup) {
        beforeRestore.run();
        message.set("Restoring…");
        executor.run(() -> backups.restore(backup.file(), clock.instant()), () -> {
            afterRestore.run();
            message.set("Restored " + backup.file().getFileName() + ". The previous state was backed up first.");
            refresh();
        }, failure -> message.set("Could not restore: " + failure.getMessage()));
    }
}
