package com.copydesk.article.ui;

import com.copydesk.article.NoteAnchor;
import com.copydesk.article.NoteDraft;
import com.copydesk.article.ReviewNote;
import com.copydesk.store.NoteStore;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.Debouncer;
import com.copydesk.task.Scheduler;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Takes the notes being typed to the store, one draft per article: shortly after typing stops, as
 * the editor's autosave does, and at once on {@link #saveNow()}. A draft stays here until the store
 * has it; a failed save is retried, so the text is never lost while Copydesk runs.
 */
final class NoteDraftKeeper {

    /**
     * What the note field holds for an article: the text, and the note it answers or the words it
     * comments on (as {@link NoteDraft} has them), or neither for a new thread.
     */
    record Draft(String text, ReviewNote replyTo, NoteAnchor anchor) {

        static final Draft NONE = new Draft("", null, null);

        Draft {
            text = text == null ? "" : text;
            if (replyTo != null && anchor != null) {
                throw new IllegalArgumentException("the note field answers a note or comments on words, not both");
            }
        }

        /** An empty field is no draft, whatever note it was about to answer or words it was about. */
        boolean isEmpty() {
            return text.isBlank();
        }

        /** A reply or a comment was started, whether or not anything is typed yet. */
        boolean isStarted() {
            return replyTo != null || anchor != null;
        }
    }

    private final NoteStore store;
    private final BackgroundExecutor executor;
    private final Debouncer save;
    private final Debouncer retry;
    private final BiConsumer<UUID, Throwable> onFailure;
    private final Consumer<UUID> onStored;
    /** For each article, the latest draft typed that the store does not have yet ({@link Draft#NONE}: emptied). */
    private final Map<UUID, Draft> unsaved = new LinkedHashMap<>();
    /** For each article, the latest draft handed to the store and not yet answered. */
    private final Map<UUID, Draft> submitted = new HashMap<>();
    /**
     * For each article, a reply or comment started with nothing typed yet: no draft for the store,
     * but shown again when the user comes back to the article while Copydesk runs.
     */
    private final Map<UUID, Draft> started = new HashMap<>();

    NoteDraftKeeper(NoteStore store, BackgroundExecutor executor, Scheduler scheduler,
                    BiConsumer<UUID, Throwable> onFailure, Consumer<UUID> onStored) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.onFailure = Objects.requireNonNull(onFailure);
        this.onStored = Objects.requireNonNull(onStored);
        this.save = new Debouncer(scheduler, ArticleEditorViewModel.AUTOSAVE_DELAY, this::saveNow);
        this.retry = new Debouncer(scheduler, ArticleEditorViewModel.RETRY_DELAY, this::saveNow);
    }

    /** The user changed the article's note field: it is stored once typing pauses. */
    void typed(UUID articleId, Draft draft) {
        unsaved.put(articleId, draft);
        if (draft.isEmpty() && draft.isStarted()) {
            started.put(articleId, draft);
        } else {
            started.remove(articleId);
        }
        save.trigger();
    }

    /** What to show in the article's note field when it is opened again, before the store is read. */
    Optional<Draft> shown(UUID articleId) {
        return unsaved(articleId).or(() -> Optional.ofNullable(started.get(articleId)));
    }

    /** The draft typed for the article that the store does not have yet, if any: it is newer than the store's. */
    Optional<Draft> unsaved(UUID articleId) {
        return Optional.ofNullable(unsaved.get(articleId));
    }

    boolean hasUnsaved() {
        return !unsaved.isEmpty();
    }

    /**
     * The draft is being added as a note, whose transaction deletes it from the store: it is no
     * longer saved, or it would come back. If the note cannot be added, {@link #typed} keeps it again.
     */
    void withdraw(UUID articleId, Draft sent) {
        unsaved.remove(articleId, sent);
    }

    /** Hands every draft the store does not have yet to it now. */
    void saveNow() {
        save.cancel();
        retry.cancel();
        for (Map.Entry<UUID, Draft> waiting : List.copyOf(unsaved.entrySet())) {
            if (!waiting.getValue().equals(submitted.get(waiting.getKey()))) {
                submit(waiting.getKey(), waiting.getValue());
            }
        }
    }

    /** Runs {@code then} once the store has answered every draft handed to it so far. */
    void afterSaves(Runnable then) {
        executor.run(() -> { }, then, failure -> then.run());
    }

    /** Drops every draft not yet stored, without saving it: for when the database's content was replaced. */
    void forget() {
        save.cancel();
        retry.cancel();
        unsaved.clear();
        submitted.clear();
        started.clear();
    }

    private void submit(UUID articleId, Draft draft) {
        submitted.put(articleId, draft);
        executor.run(() -> {
            if (draft.isEmpty()) {
                store.deleteDraft(articleId);
            } else {
                store.saveDraft(new NoteDraft(articleId, draft.text(),
                        draft.replyTo() == null ? null : draft.replyTo().id(), draft.anchor()));
            }
        }, () -> stored(articleId, draft), failure -> failed(articleId, draft, failure));
    }

    private void stored(UUID articleId, Draft draft) {
        submitted.remove(articleId, draft);
        if (unsaved.remove(articleId, draft)) {
            onStored.accept(articleId);
        }
    }

    private void failed(UUID articleId, Draft draft, Throwable failure) {
        submitted.remove(articleId, draft);
        if (unsaved.containsKey(articleId)) {
            onFailure.accept(articleId, failure);
            retry.trigger();
        }
    }
}
