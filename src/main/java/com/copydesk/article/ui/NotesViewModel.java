package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.store.NoteStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/** The review notes of the open article: reading, adding, replying (one level) and resolving. */
public final class NotesViewModel {

    private final NoteStore store;
    private final ArticleEditorViewModel editor;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ObservableValue<UserProfile> profile;
    private final Consumer<String> onProblem;
    private final ObservableList<ReviewNote> notes = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<ReviewNote> replyTo = new SimpleObjectProperty<>(this, "replyTo");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final IntegerBinding openCount =
            Bindings.createIntegerBinding(() -> (int) notes.stream().filter(n -> !n.isResolved()).count(), notes);
    private long latestLoad;

    public NotesViewModel(NoteStore store, ArticleEditorViewModel editor, BackgroundExecutor executor, Clock clock,
                          ObservableValue<UserProfile> profile, Consumer<String> onProblem) {
        this.store = Objects.requireNonNull(store);
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.profile = Objects.requireNonNull(profile);
        this.onProblem = Objects.requireNonNull(onProblem);
        editor.loadedProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                text.set("");
                replyTo.set(null);
                problem.set("");
                load(now == null ? null : now.id());
            }
        });
        text.addListener((obs, old, now) -> problem.set(""));
    }

    /** Notes in reading order: each note followed by its replies. */
    public ObservableList<ReviewNote> notes() { return notes; }

    /** What is being typed into the note field. */
    public StringProperty textProperty() { return text; }

    /** The note the next one answers; null for a new thread. */
    public ObjectProperty<ReviewNote> replyToProperty() { return replyTo; }

    /** True while editing is paused (a backup is being restored): the note field takes no typing then. */
    public javafx.beans.property.ReadOnlyBooleanProperty pausedProperty() { return editor.pausedProperty(); }

    /** Why the last note could not be added, for the user; empty when all is well. */
    public StringProperty problemProperty() { return problem; }

    public IntegerBinding openCountProperty() { return openCount; }

    /** Starts a reply to {@code note} (to its thread's first note when it is itself a reply). */
    public void replyTo(ReviewNote note) {
        if (note.isReply()) {
            notes.stream().filter(n -> n.id() == note.parentId()).findFirst().ifPresent(replyTo::set);
        } else {
            replyTo.set(note);
        }
    }

    /** Adds the typed text as a note (or reply) by the current user; empty or overlong text is refused with a sentence. */
    public void add() {
        Article open = editor.currentProperty().get();
        if (open == null) {
            return;
        }
        String checked;
        try {
            checked = ReviewNote.checkedText(text.get() == null ? "" : text.get());
        } catch (IllegalArgumentException bad) {
            problem.set(bad.getMessage());
            return;
        }
        UUID id = open.id();
        Long parent = replyTo.get() == null ? null : replyTo.get().id();
        UserProfile who = profile.getValue();
        executor.submit(() -> {
            store.add(id, parent, who, clock.instant(), checked);
            return store.notes(id);
        }, all -> {
            text.set("");
            replyTo.set(null);
            show(id, all);
        }, failure -> problem.set(failure.getMessage()));
    }

    public void setResolved(ReviewNote note, boolean resolved) {
        UserProfile who = profile.getValue();
        executor.submit(() -> {
            store.setResolved(note.id(), resolved, who, clock.instant());
            return store.notes(note.articleId());
        }, all -> show(note.articleId(), all), failure -> onProblem.accept(failure.getMessage()));
    }

    /** Reads the open article's notes again (after a note was added elsewhere, such as an inline comment). */
    public void reload() {
        Article open = editor.currentProperty().get();
        load(open == null ? null : open.id());
    }

    private void show(UUID articleId, List<ReviewNote> all) {
        Article open = editor.currentProperty().get();
        if (open != null && open.id().equals(articleId)) {
            notes.setAll(all);
        }
    }

    private void load(UUID articleId) {
        long request = ++latestLoad;
        if (articleId == null) {
            notes.clear();
            return;
        }
        executor.submit(() -> store.notes(articleId), all -> {
            if (request == latestLoad) {
                notes.setAll(all);
            }
        }, failure -> onProblem.accept("Could not read the article's notes: " + failure.getMessage()));
    }
}
