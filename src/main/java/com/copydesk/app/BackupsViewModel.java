package com.copydesk.app;

import com.copydesk.store.Backup;
import com.copydesk.store.Backups;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final MainViewModel window;
    private final ObservableList<Backup> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper(this, "restoring", false);

    /**
     * {@code executor} is the storage thread; {@code dailyBackup} a thread of its own, so that a large
     * database's backup (seconds) does not hold up the storage work of the day's first start.
     * {@code window} saves pending edits before a restore and shows the restored articles after it.
     */
    BackupsViewModel(Backups backups, BackgroundExecutor executor, BackgroundExecutor dailyBackup, Clock clock,
                     MainViewModel window) {
        this.backups = Objects.requireNonNull(backups);
        this.executor = Objects.requireNonNull(executor);
        this.dailyBackup = Objects.requireNonNull(dailyBackup);
        this.clock = Objects.requireNonNull(clock);
        this.window = Objects.requireNonNull(window);
    }

    ObservableList<Backup> items() { return items; }
    ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** True from Restore until the backup is back, or not restored after all. */
    ReadOnlyBooleanProperty restoringProperty() { return restoring.getReadOnlyProperty(); }

    /** True while a backup or a version (History) is being restored and the editor takes no typing. */
    ReadOnlyBooleanProperty restoreUnderWayProperty() { return window.restoringProperty(); }

    void refresh() {
        refreshAfter("");
    }

    /** Lists the backups again; their count follows {@code outcome}, the news of what was just done, rather than replacing it. */
    private void refreshAfter(String outcome) {
        executor.submit(backups::list, rows -> {
            items.setAll(rows);
            message.set(outcome + (rows.isEmpty() ? "No backups yet. They are kept in " + backups.folder() + "."
                    : rows.size() + " backups in " + backups.folder() + "."));
        }, failure -> message.set(outcome + failure.getMessage()));
    }

    /** Makes the first start of the day's backup, quietly unless it fails. */
    void makeDailyBackup(java.util.function.Consumer<String> onFailure) {
        dailyBackup.submit(() -> backups.makeDailyIfNeeded(clock.instant()), made -> { },
                failure -> onFailure.accept("The daily backup failed: " + failure.getMessage()));
    }

    /** Restores {@code backup} once the edits made so far are saved; while it runs, the editor takes no typing. */
    void restore(Backup backup) {
        if (window.restoringProperty().get()) { // the first to finish would let the editor take typing while the other runs
            message.set("Not restored: a restore is under way. Try again once it is done.");
            return;
        }
        restoring.set(true);
        message.set("Saving your edits first…");
        window.saveAllBeforeReplacing(() -> {
            message.set("Restoring… The editor takes no typing until it is done.");
            executor.run(() -> backups.restore(backup.file(), clock.instant()), () -> {
                window.reloadAll();
                restoring.set(false);
                String restored = "Restored " + backup.file().getFileName() + ". The previous state was backed up first.";
                message.set(restored);
                refreshAfter(restored + " ");
            }, failure -> {
                window.restoreFailed(failure.getMessage());
                restoring.set(false);
                message.set("Could not restore: " + failure.getMessage());
            });
        }, whyNot -> {
            restoring.set(false);
            message.set("Not restored, so that your latest edits are not lost. " + whyNot);
        });
    }
}
