package com.copydesk.article.ui;

import com.copydesk.article.ArticleSummary;
import com.copydesk.store.ArticleStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The Trash: deleted ("spiked") articles, which can be restored until the trash is emptied. */
public final class TrashViewModel {

    static final int LIMIT = 5000;

    private final ArticleStore store;
    private final BackgroundExecutor executor;
    private final Runnable onChanged;
    private final ObservableBooleanValue restoring;
    private final ObservableList<ArticleSummary> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * {@code onChanged} runs after articles came back from the trash, so the article list can reload.
     * While {@code restoring} holds (a backup or a version is being restored) the trash is not
     * emptied: emptied after a backup came back, it would delete for good what that backup's trash
     * holds, which the user never saw.
     */
    public TrashViewModel(ArticleStore store, BackgroundExecutor executor, ObservableBooleanValue restoring,
                          Runnable onChanged) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.restoring = Objects.requireNonNull(restoring);
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    public ObservableList<ArticleSummary> items() { return items; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** True while a restore runs: Empty Trash waits until it is done. */
    public ObservableBooleanValue restoringProperty() { return restoring; }

    public void refresh() {
        refreshAfter("");
    }

    /** Reads the trash again; its count follows {@code outcome}, the news of what was just done, rather than replacing it. */
    private void refreshAfter(String outcome) {
        executor.submit(() -> store.trashed(LIMIT), rows -> {
            items.setAll(rows);
            message.set(outcome + (rows.isEmpty() ? "The trash is empty." : plural(rows.size()) + " in the trash."));
        }, failure -> message.set(outcome + "Could not read the trash: " + failure.getMessage()));
    }

    public void restore(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> restoring = List.copyOf(ids);
        executor.run(() -> restoring.forEach(store::restore), () -> {
            onChanged.run();
            String restored = "Restored " + plural(restoring.size()) + ".";
            message.set(restored);
            refreshAfter(restored + " ");
        }, failure -> message.set("Could not restore: " + failure.getMessage()));
    }

    /** Deletes everything in the trash for good; ask the user first. */
    public void emptyTrash() {
        if (restoring.get()) {
            message.set("Not emptied: a restore is under way. Try again once it is done.");
            return;
        }
        executor.submit(store::emptyTrash, count -> {
            items.clear();
            message.set("Deleted " + plural(count) + " for good.");
        }, failure -> message.set("Could not empty the trash: " + failure.getMessage()));
    }

    private static String plural(int count) {
        return count + (count == 1 ? " article" : " articles");
    }
}
