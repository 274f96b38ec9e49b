package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.UserProfile;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyText;
import com.copydesk.body.TextAnchor;
import com.copydesk.store.NoteStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Inline comments of the open article: review notes anchored to a span of its body. Keeps each
 * anchor over the same text while the body is edited ({@link #textEdited}), detaches it when all
 * its text is deleted, stores where anchors are whenever the article is saved, and finds them
 * again by their text when the article is opened (see {@link NoteAnchor#locateIn}).
 *
 * <p>Offsets are those of {@link BodyText}: the editor's own. The comment's text is typed into the
 * notes field of {@link NotesViewModel}; this model only adds the anchor.
 */
public final class InlineCommentsViewModel {

    /**
     * What a comment is being typed about: a span of the body and the words it was started on. The
     * span is null (detached) when those words are no longer in the body: the comment is then added
     * detached, as a comment whose words were deleted is, and never put on other words.
     */
    public record Target(TextAnchor span, String quote) {
        public Target {
            Objects.requireNonNull(quote, "quote");
            if (quote.isBlank()) {
                throw new IllegalArgumentException("a comment is on some words");
            }
        }

        public boolean isDetached() {
            return span == null;
        }

        /** Where the draft of the comment keeps these words, the body being {@code body}. */
        NoteAnchor anchorIn(BodyDocument body) {
            String text = BodyText.of(body);
            if (isDetached() || span.end() > text.length()) {
                return NoteAnchor.detached(0, quote, quote);
            }
            return NoteAnchor.at(0, body, text, span, quote);
        }

        /** The words a draft comments on, found in {@code body} as a stored comment's are (else detached). */
        static Target of(NoteAnchor anchor, BodyDocument body) {
            return new Target(anchor.locateIn(body, BodyText.of(body)).orElse(null), anchor.quote());
        }
    }

    /** A tracked comment: its span now (null when detached), its text when last known, its quote. */
    private record Tracked(TextAnchor span, String text, String quote) {
    }

    /** A comment on its way to the store; edits made meanwhile still move its span. */
    private static final class Pending {
        TextAnchor span;

        Pending(TextAnchor span) {
            this.span = span;
        }
    }

    /** The key of the highlight on the words a comment is being typed about (notes' ids start at 1). */
    public static final long BEING_TYPED = 0L;

    private final NoteStore store;
    private final ArticleEditorViewModel editor;
    private final NotesViewModel notes;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ObservableValue<UserProfile> profile;
    private final Consumer<String> onProblem;

    private final Map<Long, Tracked> tracked = new LinkedHashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final ObservableMap<Long, TextAnchor> highlights = FXCollections.observableHashMap();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Target> target;
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ReadOnlyIntegerWrapper starts = new ReadOnlyIntegerWrapper(this, "starts");
    private Consumer<TextAnchor> onReveal = span -> { };

    private UUID articleId;
    private BodyDocument body;
    private boolean dirty;
    private long latestLoad;

    public InlineCommentsViewModel(NoteStore store, ArticleEditorViewModel editor, NotesViewModel notes,
                                   BackgroundExecutor executor, Clock clock, ObservableValue<UserProfile> profile,
                                   Consumer<String> onProblem) {
        this.store = Objects.requireNonNull(store);
        this.editor = Objects.requireNonNull(editor);
        this.notes = Objects.requireNonNull(notes);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.profile = Objects.requireNonNull(profile);
        this.onProblem = Objects.requireNonNull(onProblem);
        this.target = notes.commentOnProperty();
        editor.loadedProperty().addListener((obs, old, now) -> loaded(now));
        editor.currentProperty().addListener((obs, old, now) -> {
            if (now != null && now.id().equals(articleId)) {
                body = now.body();
            }
        });
        editor.saveStateProperty().addListener((obs, old, now) -> {
            if (now == SaveState.SAVING || now == SaveState.SAVED) {
                saveNow();
            }
        });
        notes.notes().addListener((ListChangeListener<ReviewNote>) change -> updateHighlights());
        target.addListener((obs, old, now) -> updateHighlights());
    }

    /**
     * Spans the editor shows highlighted, by note id: open, attached inline comments, and under
     * {@link #BEING_TYPED} the words of the comment being typed.
     */
    public ObservableMap<Long, TextAnchor> highlights() { return highlights; }

    /** The comment selected in the side panel (caret or pointer in its span, or clicked); null for none. */
    public ObjectProperty<Long> selectedProperty() { return selected; }

    /**
     * The span the note being typed will comment on; null while typing an ordinary note. Kept with
     * the note's draft (see {@link NotesViewModel}), so it comes back with it.
     */
    public ObjectProperty<Target> targetProperty() { return target; }

    /** Counts changes a list of comments shows (a comment added, detached or re-anchored). */
    public ReadOnlyIntegerProperty changesProperty() { return changes.getReadOnlyProperty(); }

    /**
     * Counts comments the user started on selected words; a comment coming back with its draft
     * is not counted: the user is only taken to the note field when they asked for a comment.
     */
    public ReadOnlyIntegerProperty startsProperty() { return starts.getReadOnlyProperty(); }

    /** Whether the note is an inline comment (anchored, or detached from its text). */
    public boolean isInline(ReviewNote note) {
        return tracked.containsKey(note.id());
    }

    public boolean isDetached(ReviewNote note) {
        Tracked comment = tracked.get(note.id());
        return comment != null && comment.span() == null;
    }

    /** The words the comment was made on; empty for an ordinary note. */
    public Optional<String> quoteOf(ReviewNote note) {
        return Optional.ofNullable(tracked.get(note.id())).map(Tracked::quote);
    }

    /** The comment's span now; empty for ordinary notes and detached comments. */
    public Optional<TextAnchor> spanOf(long noteId) {
        return Optional.ofNullable(tracked.get(noteId)).map(Tracked::span);
    }

    /** The open comment whose highlighted span holds {@code offset} (a caret or the pointer), or null. */
    public Long commentAt(int offset) {
        Long best = null;
        for (Map.Entry<Long, TextAnchor> highlight : highlights.entrySet()) {
            TextAnchor span = highlight.getValue();
            boolean aComment = highlight.getKey() != BEING_TYPED;
            if (aComment && span.touches(offset) && (best == null || span.length() < highlights.get(best).length())) {
                best = highlight.getKey(); // the innermost of nested comments
            }
        }
        return best;
    }

    /** Who shows a span in the body when a comment is clicked in the panel. */
    public void setOnReveal(Consumer<TextAnchor> onReveal) {
        this.onReveal = Objects.requireNonNull(onReveal);
    }

    /** The comment was clicked in the panel: select it, and its span in the body if it still has one. */
    public void reveal(ReviewNote note) {
        selected.set(note.id());
        spanOf(note.id()).ifPresent(onReveal);
    }

    /**
     * Starts a comment on the selected span {@code [start, end)} of the body: the next note typed is
     * anchored there. Without a selection, says what to do instead.
     */
    public void startComment(int start, int end, String quote) {
        if (editor.currentProperty().get() == null) {
            return;
        }
        if (end <= start || quote.isBlank()) {
            notes.problemProperty().set("Select the words in the body you want to comment on, then choose Comment.");
            return;
        }
        notes.problemProperty().set("");
        target.set(new Target(new TextAnchor(start, end), quote));
        starts.set(starts.get() + 1);
    }

    public void cancelComment() {
        target.set(null);
    }

    /** Adds the note being typed as a comment on the {@linkplain #targetProperty() target} span. */
    public void add() {
        Article open = editor.currentProperty().get();
        Target on = target.get();
        if (open == null || on == null || !open.id().equals(articleId) || notes.refusedWhilePaused()) {
            return;
        }
        String checked;
        try {
            checked = ReviewNote.checkedText(notes.textProperty().get() == null ? "" : notes.textProperty().get());
        } catch (IllegalArgumentException bad) {
            notes.problemProperty().set(bad.getMessage());
            return;
        }
        BodyDocument now = open.body();
        String text = BodyText.of(now);
        if (!on.isDetached() && on.span().end() > text.length()) {
            notes.problemProperty().set("The words you selected have changed; select them again.");
            target.set(null);
            return;
        }
        NoteAnchor anchor = on.anchorIn(now);
        Pending adding = new Pending(on.span());
        pending.add(adding);
        UUID id = open.id();
        UserProfile who = profile.getValue();
        String sent = notes.textProperty().get();
        Runnable notAdded = notes.sending(id);
        executor.submit(() -> store.addComment(id, who, clock.instant(), checked, anchor), note -> {
            pending.remove(adding);
            if (id.equals(articleId)) {
                tracked.put(note.id(), adding.span == null
                        ? new Tracked(null, anchor.text(), anchor.quote())
                        : new Tracked(adding.span, anchor.text(), anchor.quote()));
                dirty |= adding.span == null || !adding.span.equals(on.span());
                changed();
                selected.set(note.id());
            }
            notes.added(id, sent, null, true);
            notes.reload();
        }, failure -> {
            pending.remove(adding);
            notes.problemProperty().set(failure.getMessage());
            notAdded.run();
        });
    }

    /**
     * The body's text changed: {@code removed} characters at {@code position} were replaced by
     * {@code inserted} ones. Moves, resizes or detaches every anchor accordingly.
     */
    public void textEdited(int position, int removed, int inserted) {
        Article loadedNow = editor.loadedProperty().get();
        if (loadedNow == null || !loadedNow.id().equals(articleId)) {
            return;
        }
        boolean detachedAny = false;
        for (Map.Entry<Long, Tracked> entry : tracked.entrySet()) {
            Tracked comment = entry.getValue();
            if (comment.span() != null) {
                Optional<TextAnchor> moved = comment.span().afterEdit(position, removed, inserted);
                entry.setValue(new Tracked(moved.orElse(null), comment.text(), comment.quote()));
                detachedAny |= moved.isEmpty();
                dirty = true;
            }
        }
        for (Pending adding : pending) {
            adding.span = adding.span == null ? null : adding.span.afterEdit(position, removed, inserted).orElse(null);
        }
        Target on = target.get();
        if (on != null && !on.isDetached()) { // all its words deleted: still a comment, detached
            Target moved = new Target(on.span().afterEdit(position, removed, inserted).orElse(null), on.quote());
            if (!moved.equals(on)) {
                target.set(moved);
            } else if (position < on.span().end() && position + removed > on.span().start()) {
                notes.commentWordsEdited(); // typed over in place: the draft keeps the words there now
            }
        }
        updateHighlights();
        if (detachedAny) {
            changes.set(changes.get() + 1);
        }
    }

    /** Stores where the anchors are now, if they moved since they were last stored. */
    public void saveNow() {
        if (!dirty || articleId == null || body == null) {
            return;
        }
        String text = BodyText.of(body);
        List<NoteAnchor> anchors = new ArrayList<>();
        for (Map.Entry<Long, Tracked> entry : tracked.entrySet()) {
            Tracked comment = entry.getValue();
            if (comment.span() == null) {
                anchors.add(NoteAnchor.detached(entry.getKey(), comment.text(), comment.quote()));
            } else if (comment.span().end() <= text.length()) {
                NoteAnchor anchor = NoteAnchor.at(entry.getKey(), body, text, comment.span(), comment.quote());
                anchors.add(anchor);
                entry.setValue(new Tracked(comment.span(), anchor.text(), comment.quote()));
            }
        }
        dirty = false;
        executor.run(() -> store.moveAnchors(anchors), () -> { },
                failure -> onProblem.accept("Could not save where the comments are: " + failure.getMessage()));
    }

    private void loaded(Article now) {
        if (now != null && now.id().equals(articleId)) {
            String before = body == null ? "" : BodyText.of(body);
            body = now.body(); // the same article with a body from elsewhere (a restored revision)
            reanchorByText(before);
            return;
        }
        saveNow();
        tracked.clear();
        pending.clear();
        selected.set(null); // the note field, comment target included, is the notes' (their draft)
        dirty = false;
        articleId = now == null ? null : now.id();
        body = now == null ? null : now.body();
        changed();
        long request = ++latestLoad;
        if (now != null) {
            UUID id = now.id();
            executor.submit(() -> store.anchors(id), anchors -> {
                if (request == latestLoad && id.equals(articleId)) {
                    place(anchors);
                }
            }, failure -> onProblem.accept("Could not read where the comments are: " + failure.getMessage()));
        }
    }

    /** Puts stored anchors on the body as it is now; any that moved or detached are stored again. */
    private void place(List<NoteAnchor> anchors) {
        String text = BodyText.of(body);
        for (NoteAnchor anchor : anchors) {
            if (tracked.containsKey(anchor.noteId())) {
                continue;
            }
            Optional<TextAnchor> span = anchor.locateIn(body, text);
            tracked.put(anchor.noteId(), new Tracked(span.orElse(null), anchor.text(), anchor.quote()));
            boolean unchanged = anchor.isDetached() || (span.isPresent()
                    && anchor.equals(NoteAnchor.at(anchor.noteId(), body, text, span.get(), anchor.quote())));
            dirty |= !unchanged;
        }
        changed();
        saveNow();
    }

    /** Finds each comment, and the one being typed, in the body by its words; {@code before} is the text it replaced. */
    private void reanchorByText(String before) {
        String text = BodyText.of(body);
        for (Map.Entry<Long, Tracked> entry : tracked.entrySet()) {
            Tracked comment = entry.getValue();
            if (comment.span() != null) {
                Optional<TextAnchor> span = BodyText.locate(text, comment.span(), comment.text())
                        .or(() -> BodyText.locate(text, comment.span(), comment.quote()));
                entry.setValue(new Tracked(span.orElse(null), comment.text(), comment.quote()));
                dirty = true;
            }
        }
        Target on = target.get();
        if (on != null && !on.isDetached()) {
            target.set(new Target(relocated(on, before, text).orElse(null), on.quote()));
        }
        changed();
        saveNow();
    }

    /**
     * Where the words of the comment being typed are in {@code text}: found by those at its span in
     * {@code before} (perhaps corrected since it was started), else by those it was started on.
     */
    private static Optional<TextAnchor> relocated(Target on, String before, String text) {
        TextAnchor span = on.span();
        Optional<TextAnchor> byWordsNow = span.end() <= before.length()
                ? BodyText.locate(text, span, before.substring(span.start(), span.end())) : Optional.empty();
        return byWordsNow.or(() -> BodyText.locate(text, span, on.quote()));
    }

    private void changed() {
        updateHighlights();
        changes.set(changes.get() + 1);
    }

    private void updateHighlights() {
        Map<Long, TextAnchor> shown = new HashMap<>();
        for (ReviewNote note : notes.notes()) {
            Tracked comment = tracked.get(note.id());
            if (comment != null && comment.span() != null && !note.isResolved() && !note.isReply()) {
                shown.put(note.id(), comment.span());
            }
        }
        Target typing = target.get();
        if (typing != null && !typing.isDetached()) {
            shown.put(BEING_TYPED, typing.span());
        }
        highlights.keySet().retainAll(shown.keySet());
        highlights.putAll(shown);
    }
}
