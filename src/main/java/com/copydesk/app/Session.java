package com.copydesk.app;

import com.copydesk.article.UserProfile;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Backups;
import com.copydesk.store.BulkStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.store.NoteStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.SavedViewStore;
import com.copydesk.store.TagStore;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.FxBackgroundExecutor;
import com.copydesk.task.FxScheduler;
import javafx.stage.Stage;

import java.time.Clock;

/**
 * Everything that belongs to one open database: its storage thread, the stores, the view models
 * and the window's content. Switching databases closes one session and builds the next; what
 * belongs to the person (profile, settings, the stage) stays in {@link Copydesk}.
 */
final class Session {

    final Database database;
    final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    /** The daily backup reads the file on a connection of its own for seconds: off the storage thread. */
    private final FxBackgroundExecutor dailyBackup = FxBackgroundExecutor.droppable("copydesk-daily-backup");
    /** Exports read a snapshot on a connection of their own: an export of the whole archive holds nothing up. */
    private final FxBackgroundExecutor exports = FxBackgroundExecutor.ofThread("copydesk-export");
    final MainViewModel model;
    final BackupsViewModel backups;
    final MainWindow window;

    Session(Stage stage, Database database, Dialogs dialogs, Clock clock, UserProfile profile) {
        this.database = database;
        this.model = new MainViewModel(new ArticleStore(database), new CategoryStore(database),
                new PublicationStore(database), new RevisionStore(database), new WorkflowStore(database),
                new NoteStore(database), new TagStore(database), new DeskStore(database),
                new BulkStore(database), new CategoryAdminStore(database), new SavedViewStore(database), executor,
                exports, new FxScheduler(), clock);
        model.profileProperty().set(profile);
        this.backups = new BackupsViewModel(new Backups(database), executor, dailyBackup, clock, model);
        this.window = new MainWindow(model, stage, dialogs, clock);
        window.setBackups(backups);
    }

    /** "Copydesk — news.copydesk", marked when the file is open read-only. */
    String title() {
        return "Copydesk — " + database.file().getFileName() + (database.readOnly() ? " (read-only)" : "");
    }

    /** Saves what is being edited, lets the storage thread finish its queue, then closes the database. */
    void close() {
        model.saveNow();
        dailyBackup.closeWithoutWaiting(); // an unfinished one is made again at the next start
        exports.close();
        executor.close();
        database.close();
    }
}
