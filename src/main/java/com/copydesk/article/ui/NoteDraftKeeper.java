package com.copydesk.article.ui;

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

    /** What the note field holds for an article: the text and the note it answers (null for a new thread). */
    record Draft(String text, ReviewNote replyTo) {

        static final Draft NONE = new Draft("", null);

        Draft {
            text = text == null ? "" : text;
        }

        /** An empty field is no draft, whatever note it was about to answer. */
        boolean isEmpty() {
            return text.isBlank();
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
        save.trigger();
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
    }

    private void submit(UUID articleId, Draft draft) {
        submitted.put(articleId, draft);
        executor.run(() -> {
            if (draft.isEmpty()) {
                store.deleteDraft(articleId);
            } else {
                store.saveDraft(new NoteDraft(articleId, draft.text(),
                        draft.replyTo() == null ? null : draft.replyTo().id()));
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
