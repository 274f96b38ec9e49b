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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Notes being typed for articles the user has since left, until they come back to them (this session only). */
    private final Map<UUID, Draft> drafts = new HashMap<>();

    private record Draft(String text, ReviewNote replyTo) {
        static final Draft NONE = new Draft("", null);
    }

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
                keepDraft(old);
                Draft draft = now == null ? Draft.NONE : drafts.getOrDefault(now.id(), Draft.NONE);
                text.set(draft.text());
                replyTo.set(draft.replyTo());
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
        String sent = text.get();
        ReviewNote answered = replyTo.get();
        executor.submit(() -> {
            store.add(id, parent, who, clock.instant(), checked);
            return store.notes(id);
        }, all -> {
            added(id, sent, answered);
            show(id, all);
        }, failure -> problem.set(failure.getMessage()));
    }

    /** Clears the field of the note just added, unless more was typed meanwhile (or the user moved on). */
    private void added(UUID id, String sent, ReviewNote answered) {
        Article open = editor.currentProperty().get();
        if (open != null && open.id().equals(id)) {
            if (Objects.equals(text.get(), sent)) {
                text.set("");
            }
            if (replyTo.get() == answered) {
                replyTo.set(null);
            }
        } else {
            drafts.computeIfPresent(id, (key, draft) -> Objects.equals(draft.text(), sent) ? null : draft);
        }
    }

    private void keepDraft(Article left) {
        if (left == null) {
            return;
        }
        String typed = text.get() == null ? "" : text.get();
        if (typed.isBlank() && replyTo.get() == null) {
            drafts.remove(left.id());
        } else {
            drafts.put(left.id(), new Draft(typed, replyTo.get()));
        }
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
