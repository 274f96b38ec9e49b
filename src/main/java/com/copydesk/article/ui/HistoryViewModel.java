package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.Revision;
import com.copydesk.article.WordDiff;
import com.copydesk.store.RevisionStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The History panel of one article: its revisions, newest first; the selected one compared word
 * by word with the text in the editor; and Restore, which makes it the current version.
 */
public final class HistoryViewModel {

    private final RevisionStore revisions;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ArticleEditorViewModel editor;
    private final Consumer<Article> onRestored;
    private final RelativeTimeFormat times;
    private final ObservableList<Revision> items = FXCollections.observableArrayList();
    private final ObjectProperty<Revision> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<WordDiff.Part> diff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private UUID articleId;

    /**
     * @param editor     whose article's history is shown; its pending edits are saved before the history
     *                   is read and before a restore, so a restore never loses them (they become a revision)
     * @param onRestored receives the restored article to show in the editor and the list
     */
    public HistoryViewModel(RevisionStore revisions, ArticleEditorViewModel editor, BackgroundExecutor executor,
                            Clock clock, Consumer<Article> onRestored) {
        this.revisions = Objects.requireNonNull(revisions);
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.onRestored = Objects.requireNonNull(onRestored);
        this.times = new RelativeTimeFormat(clock);
        selected.addListener((obs, old, now) -> compare(now));
    }

    public ObservableList<Revision> items() { return items; }
    public ObjectProperty<Revision> selectedProperty() { return selected; }
    /** The selected revision's text against the editor's: REMOVED words are only in the revision, ADDED only in the editor. */
    public ObservableList<WordDiff.Part> diff() { return diff; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** True while a version or a backup is being restored: Restore this version waits until it is done. */
    public ReadOnlyBooleanProperty restoringProperty() { return editor.pausedProperty(); }

    /** Loads the history of the article open in the editor (after saving its pending edits). */
    public void showCurrentArticle() {
        Article article = editor.currentProperty().get();
        selected.set(null);
        items.clear();
        diff.clear();
        if (article == null) {
            articleId = null;
            message.set("Open an article to see its history.");
            return;
        }
        articleId = article.id();
        editor.saveNow();
        reloadAfter("");
    }

    /** One line for a revision in the list: when, who, words and the change in words. */
    public String describe(Revision revision) {
        StringBuilder text = new StringBuilder(times.format(revision.saved()));
        if (!revision.author().isBlank()) {
            text.append(" · ").append(revision.author());
        }
        text.append(" · ").append(revision.words()).append(revision.words() == 1 ? " word" : " words");
        if (revision.wordDelta() != 0) {
            text.append(String.format(" (%+d)", revision.wordDelta()));
        }
        if (revision.restoredFrom() != null) {
            text.append(" · restored from ").append(times.format(revision.restoredFrom()));
        }
        return text.toString();
    }

    /**
     * Makes the selected version the current one, once the editor's pending edits are saved (they
     * become a version of their own). When those of this article cannot be saved nothing is restored,
     * so that the restore neither loses them nor has them put back on top of it when they are saved
     * later. Another article's failed save does not stop it: that one is not replaced.
     */
    public void restoreSelected() {
        Revision revision = selected.get();
        if (revision == null) {
            return;
        }
        if (editor.pausedProperty().get()) { // the first to finish would let the editor take typing while the other runs
            message.set("Not restored: a restore is under way. Try again once it is done.");
            return;
        }
        message.set("Saving your edits first…");
        editor.saveBeforeReplacing(revision.articleId(), () -> {
            message.set("Restoring…");
            executor.submit(() -> revisions.restore(revision.id(), clock.instant()), restored -> {
                editor.resumeEditing();
                onRestored.accept(restored);
                String outcome = "Restored the version of " + times.format(revision.saved()) + ".";
                message.set(outcome);
                reloadAfter(outcome + " ");
            }, failure -> {
                editor.resumeEditing();
                message.set("Could not restore: " + failure.getMessage());
            });
        }, whyNot -> message.set("Not restored, so that your latest edits are not lost. " + whyNot));
    }

    /** Reads the versions again; their count follows {@code outcome}, the news of what was just done, rather than replacing it. */
    private void reloadAfter(String outcome) {
        UUID id = articleId;
        executor.submit(() -> revisions.list(id), rows -> {
            if (id.equals(articleId)) {
                items.setAll(rows);
                message.set(outcome + (rows.size() == 1 ? "1 version" : rows.size() + " versions"));
            }
        }, failure -> message.set(outcome + "Could not read the history: " + failure.getMessage()));
    }

    private void compare(Revision revision) {
        diff.clear();
        if (revision == null) {
            return;
        }
        executor.submit(() -> revisions.content(revision.id()), found -> {
            Article now = editor.currentProperty().get();
            if (found.isPresent() && revision.equals(selected.get()) && now != null) {
                diff.setAll(WordDiff.between(text(found.get()), text(now)));
            }
        }, failure -> message.set("Could not read that version: " + failure.getMessage()));
    }

    private static String text(Article article) {
        return article.headline() + "\n\n" + article.dek() + "\n\n" + article.body().plainText();
    }
}
