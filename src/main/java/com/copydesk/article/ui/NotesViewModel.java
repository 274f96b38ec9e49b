package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.NoteDraft;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.article.ui.InlineCommentsViewModel.Target;
import com.copydesk.article.ui.NoteDraftKeeper.Draft;
import com.copydesk.store.NoteStore;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.Scheduler;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The review notes of the open article: reading, adding, replying (one level) and resolving. The
 * note being typed is the article's draft: it is kept in the store shortly after typing stops and at
 * once when the user opens another article or quits, and shown again when the article is reopened,
 * with the note it answers or the words of the body it comments on (see {@link InlineCommentsViewModel}).
 */
public final class NotesViewModel {

    private static final String NOT_ADDED_WHILE_PAUSED = "Not added: a restore is under way. Add it once it is done.";

    private final NoteStore store;
    private final ArticleEditorViewModel editor;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ObservableValue<UserProfile> profile;
    private final Consumer<String> onProblem;
    private final NoteDraftKeeper drafts;
    private final ObservableList<ReviewNote> notes = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<ReviewNote> replyTo = new SimpleObjectProperty<>(this, "replyTo");
    private final ObjectProperty<Target> commentOn = new SimpleObjectProperty<>(this, "commentOn");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final IntegerBinding openCount =
            Bindings.createIntegerBinding(() -> (int) notes.stream().filter(n -> !n.isResolved()).count(), notes);
    private long latestLoad;
    /** The article whose draft the note field holds; null when none is open. */
    private UUID showing;
    /** Counts the articles shown, so that a stored draft read for one is never shown for a later one. */
    private long visit;
    /** True while the field is filled from a draft rather than typed into. */
    private boolean filling;
    /** Why the last save of a note being typed failed; cleared once every draft is stored. */
    private String draftProblem = "";

    /** An article's notes and the draft stored for it, read together. */
    private record Read(List<ReviewNote> notes, Optional<NoteDraft> draft) {
    }

    public NotesViewModel(NoteStore store, ArticleEditorViewModel editor, BackgroundExecutor executor,
                          Scheduler scheduler, Clock clock, ObservableValue<UserProfile> profile,
                          Consumer<String> onProblem) {
        this.store = Objects.requireNonNull(store);
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.profile = Objects.requireNonNull(profile);
        this.onProblem = Objects.requireNonNull(onProblem);
        this.drafts = new NoteDraftKeeper(store, executor, scheduler, this::draftFailed, this::draftStored);
        editor.loadedProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                opened(now);
            }
        });
        text.addListener((obs, old, now) -> {
            problem.set("");
            typed();
        });
        editor.pausedProperty().addListener((obs, was, paused) -> {
            if (!paused && NOT_ADDED_WHILE_PAUSED.equals(problem.get())) {
                problem.set(""); // the restore is done: it can be added now
            }
        });
        replyTo.addListener((obs, old, now) -> {
            if (now != null) {
                commentOn.set(null);
            }
            typed();
        });
        commentOn.addListener((obs, old, now) -> {
            if (now != null) {
                replyTo.set(null);
            }
            typed();
        });
    }

    /** Notes in reading order: each note followed by its replies. */
    public ObservableList<ReviewNote> notes() { return notes; }

    /** What is being typed into the note field. */
    public StringProperty textProperty() { return text; }

    /** The note the next one answers; null for a new thread. */
    public ObjectProperty<ReviewNote> replyToProperty() { return replyTo; }

    /** The words of the body the note being typed comments on; null for a note or a reply. */
    ObjectProperty<Target> commentOnProperty() { return commentOn; }

    /** True while editing is paused (a backup is being restored): the note field takes no typing then. */
    public javafx.beans.property.ReadOnlyBooleanProperty pausedProperty() { return editor.pausedProperty(); }

    /** Why the last note could not be added, or the one being typed not saved, for the user; empty when all is well. */
    public StringProperty problemProperty() { return problem; }

    public IntegerBinding openCountProperty() { return openCount; }

    /** Stores the notes being typed now (switching databases, quitting), without waiting for typing to pause. */
    public void saveDraftsNow() {
        drafts.saveNow();
    }

    /** Runs {@code then} once every note being typed handed to the store so far is stored or has failed. */
    public void afterDraftSaves(Runnable then) {
        drafts.afterSaves(then);
    }

    /** True while a note being typed is not in the store, e.g. after its save failed; it is being retried. */
    public boolean hasUnsavedDraft() {
        return drafts.hasUnsaved();
    }

    /** Why the last save of a note being typed failed, while {@link #hasUnsavedDraft()}; empty otherwise. */
    public String draftProblem() {
        return hasUnsavedDraft() ? draftProblem : "";
    }

    /** Forgets the notes being typed without saving them: the database's content was replaced (a backup restored). */
    public void discard() {
        drafts.forget();
        visit++;
        showing = null;
        fill(Draft.NONE);
    }

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
        if (open == null || refusedWhilePaused()) {
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
        Runnable notAdded = sending(id);
        executor.submit(() -> {
            store.add(id, parent, who, clock.instant(), checked);
            return store.notes(id);
        }, all -> {
            added(id, sent, answered, false);
            showNotes(id, all);
        }, failure -> {
            problem.set(failure.getMessage());
            notAdded.run();
        });
    }

    /**
     * While editing is paused (a restore runs) nothing is added, as nothing is typed: Enter still
     * reaches the note field, and a note stored then would go into the content being replaced (a
     * backup's). The text stays in the field; says so and answers true.
     */
    boolean refusedWhilePaused() {
        if (editor.pausedProperty().get()) {
            problem.set(NOT_ADDED_WHILE_PAUSED);
            return true;
        }
        return false;
    }

    /**
     * The typed note is being added to article {@code id} (here or as an inline comment) in a
     * transaction that deletes its draft: the draft is no longer saved, or it would come back after
     * it. Returns what to run if the note is not added, to keep it as a draft again.
     */
    Runnable sending(UUID id) {
        Draft draft = typedDraft();
        drafts.withdraw(id, draft);
        return () -> {
            if (drafts.unsaved(id).isEmpty()) {
                drafts.typed(id, draft);
            }
        };
    }

    /**
     * Clears the field of the note just added, unless more was typed meanwhile (or the user moved
     * on). A reply or comment started since it was sent stays started.
     */
    void added(UUID id, String sent, ReviewNote answered, boolean comment) {
        if (!id.equals(showing)) {
            return;
        }
        if (Objects.equals(text.get(), sent)) {
            boolean typedSince = drafts.unsaved(id).isPresent(); // and typed back to what was sent
            fill("", replyTo.get() == answered ? null : replyTo.get(), comment ? null : commentOn.get());
            if (typedSince) {
                drafts.typed(id, typedDraft());
            } // else its draft went with the note's transaction
        } else if (comment) {
            commentOn.set(null); // what was typed since is a new thread
        } else if (replyTo.get() == answered) {
            replyTo.set(null);
        }
    }

    public void setResolved(ReviewNote note, boolean resolved) {
        UserProfile who = profile.getValue();
        executor.submit(() -> {
            store.setResolved(note.id(), resolved, who, clock.instant());
            return store.notes(note.articleId());
        }, all -> showNotes(note.articleId(), all), failure -> onProblem.accept(failure.getMessage()));
    }

    /** Reads the open article's notes again (after a note was added elsewhere, such as an inline comment). */
    public void reload() {
        load(showing, false);
    }

    /** Another article (or none) is open: the draft of the one left goes to the store at once. */
    private void opened(Article now) {
        drafts.saveNow();
        visit++;
        showing = now == null ? null : now.id();
        Optional<Draft> unsaved = showing == null ? Optional.empty() : drafts.unsaved(showing);
        fill(showing == null ? Draft.NONE : drafts.shown(showing).orElse(Draft.NONE));
        problem.set("");
        load(showing, unsaved.isEmpty());
    }

    /**
     * The words the comment being typed is on were changed where they are (its span is the same):
     * its draft keeps the words there now, or it would be looked for by the old ones, maybe elsewhere.
     */
    void commentWordsEdited() {
        typed();
    }

    private void typed() {
        if (!filling && showing != null) {
            drafts.typed(showing, typedDraft());
        }
    }

    /** What the note field holds now, with the words it comments on where they are in the body now. */
    private Draft typedDraft() {
        Target on = commentOn.get();
        return new Draft(text.get(), replyTo.get(), on == null ? null : on.anchorIn(editor.bodyProperty().get()));
    }

    /** Shows {@code draft}; the words it comments on are looked for in the body as it is now. */
    private void fill(Draft draft) {
        fill(draft.text(), draft.replyTo(),
                draft.anchor() == null ? null : Target.of(draft.anchor(), editor.bodyProperty().get()));
    }

    private void fill(String typed, ReviewNote answering, Target about) {
        filling = true;
        try {
            text.set(typed);
            replyTo.set(answering);
            commentOn.set(about);
        } finally {
            filling = false;
        }
    }

    /**
     * Shows the draft read from the store. Text typed before it arrived (or sent as a note, which
     * deleted the stored draft) goes after it: neither is lost, and the two are stored together.
     */
    private void showStored(NoteDraft stored, List<ReviewNote> all) {
        ReviewNote answered = all.stream().filter(n -> Long.valueOf(n.id()).equals(stored.replyTo()))
                .findFirst().orElse(null);
        String typed = text.get() == null ? "" : text.get();
        boolean untouched = typed.isEmpty() && drafts.unsaved(showing).isEmpty();
        boolean started = replyTo.get() != null || commentOn.get() != null; // by the user, before the read
        String both = typed.isBlank() ? stored.text() : stored.text() + " " + typed;
        if (started) {
            fill(both, replyTo.get(), commentOn.get());
        } else {
            fill(new Draft(both, answered, stored.anchor()));
        }
        if (!untouched) {
            drafts.typed(showing, typedDraft());
        }
    }

    private void draftFailed(UUID articleId, Throwable failure) {
        draftProblem = "Not saved: " + failure.getMessage() + " Your note is kept; retrying…";
        if (articleId.equals(showing)) {
            problem.set(draftProblem);
        } else {
            onProblem.accept("The note you were typing for another article is not saved: " + failure.getMessage()
                    + " It is kept; retrying…");
        }
    }

    private void draftStored(UUID articleId) {
        if (articleId.equals(showing) && !draftProblem.isEmpty() && draftProblem.equals(problem.get())) {
            problem.set("");
        }
        if (!drafts.hasUnsaved()) {
            draftProblem = "";
        }
    }

    private void showNotes(UUID articleId, List<ReviewNote> all) {
        if (articleId.equals(showing)) {
            notes.setAll(all);
        }
    }

    /** Reads the article's notes and, with {@code withDraft}, the draft stored for it. */
    private void load(UUID articleId, boolean withDraft) {
        long request = ++latestLoad;
        if (articleId == null) {
            notes.clear();
            return;
        }
        long readFor = visit;
        executor.submit(() -> new Read(store.notes(articleId), withDraft ? store.draft(articleId) : Optional.empty()),
                read -> {
                    if (request == latestLoad) {
                        notes.setAll(read.notes());
                    }
                    if (readFor == visit) {
                        read.draft().ifPresent(draft -> showStored(draft, read.notes()));
                    }
                }, failure -> onProblem.accept("Could not read the article's notes: " + failure.getMessage()));
    }
}
