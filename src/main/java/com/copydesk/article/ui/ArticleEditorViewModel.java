package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.Category;
import com.copydesk.article.CategoryRename;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.Debouncer;
import com.copydesk.task.Scheduler;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The article being edited: its fields as properties, and autosave. An edit reaches the store
 * about a second after typing pauses, and at once on {@link #saveNow()} (switching articles,
 * closing the window, Ctrl+S). A failed save keeps the edit here and is retried.
 */
public final class ArticleEditorViewModel {

    static final Duration AUTOSAVE_DELAY = Duration.ofMillis(800);
    static final Duration RETRY_DELAY = Duration.ofSeconds(5);

    private final ArticleStore store;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Consumer<ArticleSummary> onSaved;
    private final Debouncer autosave;
    private final Debouncer retry;

    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty dek = new SimpleStringProperty(this, "dek", "");
    private final StringProperty byline = new SimpleStringProperty(this, "byline", "");
    private final StringProperty dateline = new SimpleStringProperty(this, "dateline", "");
    private final ObjectProperty<LocalDate> publishDate = new SimpleObjectProperty<>(this, "publishDate");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleStatus> status = new SimpleObjectProperty<>(this, "status", ArticleStatus.DRAFT);
    private final ObjectProperty<BodyDocument> body = new SimpleObjectProperty<>(this, "body", BodyDocument.empty());
    private final StringProperty targetLengthText = new SimpleStringProperty(this, "targetLengthText", "");
    private final ReadOnlyStringWrapper targetLengthProblem = new ReadOnlyStringWrapper(this, "targetLengthProblem", "");
    private final ObjectProperty<Map<String, Integer>> categoryTargets =
            new SimpleObjectProperty<>(this, "categoryTargets", Map.of());
    private final ReadOnlyObjectWrapper<Integer> effectiveTarget = new ReadOnlyObjectWrapper<>(this, "effectiveTarget");
    private final ReadOnlyStringWrapper targetHint = new ReadOnlyStringWrapper(this, "targetHint", "");
    /** The article's own target length as last typed correctly; null for none. */
    private Integer targetLength;

    private final ReadOnlyObjectWrapper<Article> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<Article> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<SaveState> saveState =
            new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.NOTHING_OPEN);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding open = loaded.isNotNull();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused", false);

    /** The last version the store acknowledged; edits are compared against it. */
    private Article lastSaved;
    /** The last version handed to the store, acknowledged or not, so the same content is not queued twice. */
    private Article lastSubmitted;
    private boolean loading;
    /** The article last asked for with {@link #open}, while it is read; null once it is shown. */
    private UUID opening;
    private int savesInFlight;
    /** Run once no save is under way (see {@link #saveNowThen}). */
    private final List<Runnable> afterSaves = new ArrayList<>();
    /** Retried until they reach the store. */
    private final FailedSaves failedSaves = new FailedSaves();
    /** Saves asked for while a change to the categories is under way (see {@link #holdSavesForCategoryChange}). */
    private final HeldSaves heldSaves = new HeldSaves();

    public ArticleEditorViewModel(ArticleStore store, BackgroundExecutor executor, Scheduler scheduler,
                                  Clock clock, Consumer<ArticleSummary> onSaved) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.onSaved = Objects.requireNonNull(onSaved);
        this.autosave = new Debouncer(scheduler, AUTOSAVE_DELAY, this::saveNow);
        this.retry = new Debouncer(scheduler, RETRY_DELAY, this::saveNow);
        // Change listeners, not invalidation listeners: those stay silent until someone reads the value again.
        for (ObservableValue<?> field : List.of(headline, dek, byline, dateline, publishDate, status, body)) {
            field.addListener((obs, old, now) -> onEdit());
        }
        categories.addListener((ListChangeListener<String>) change -> onEdit());
        targetLengthText.addListener((obs, old, now) -> targetLengthTyped(now));
        categories.addListener((ListChangeListener<String>) change -> updateEffectiveTarget());
        categoryTargets.addListener((obs, old, now) -> updateEffectiveTarget());
        updateEffectiveTarget();
    }

    public StringProperty headlineProperty() { return headline; }
    public StringProperty dekProperty() { return dek; }
    public StringProperty bylineProperty() { return byline; }
    public StringProperty datelineProperty() { return dateline; }
    public ObjectProperty<LocalDate> publishDateProperty() { return publishDate; }
    public ObservableList<String> categories() { return categories; }
    public ObjectProperty<ArticleStatus> statusProperty() { return status; }
    public ObjectProperty<BodyDocument> bodyProperty() { return body; }

    /** The article's own target length in words as typed; empty for none (the primary category's default applies). */
    public StringProperty targetLengthTextProperty() { return targetLengthText; }

    /** Why the typed target length was not taken, in words for the user; empty when it was. */
    public ReadOnlyStringProperty targetLengthProblemProperty() { return targetLengthProblem.getReadOnlyProperty(); }

    /** Default target lengths in words by category name (ignoring case), from the category manager. */
    public ObjectProperty<Map<String, Integer>> categoryTargetsProperty() { return categoryTargets; }

    /** The target the counts line measures against: the article's own, else its primary category's; null for none. */
    public ReadOnlyObjectProperty<Integer> effectiveTargetProperty() { return effectiveTarget.getReadOnlyProperty(); }

    /** What the empty target field stands for, e.g. "Politics default: 800" or "none". */
    public ReadOnlyStringProperty targetHintProperty() { return targetHint.getReadOnlyProperty(); }

    /** The article as last opened; changes only when another article is opened (the body editor reloads then). */
    public ReadOnlyObjectProperty<Article> loadedProperty() { return loaded.getReadOnlyProperty(); }

    /** The article as it stands in the editor right now, after every edit; null when nothing is open. */
    public ReadOnlyObjectProperty<Article> currentProperty() { return current.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return saveState.getReadOnlyProperty(); }

    /** Why the last save failed, in words for the user; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    public BooleanBinding openProperty() { return open; }

    /** True while editing is paused (a backup or an earlier version is being restored): the view takes no typing then. */
    public ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }

    /** Stops the view taking typing until {@link #resumeEditing()}, e.g. while the database's content is replaced. */
    public void pauseEditing() {
        paused.set(true);
    }

    public void resumeEditing() {
        paused.set(false);
    }

    /** True when an edit of any article is not in the store: the one shown, or one whose save failed. */
    public boolean hasUnsavedChanges() {
        Article now = current.get();
        return !failedSaves.isEmpty() || (now != null && !now.sameContentAs(lastSaved));
    }

    /** True when an edit of article {@code id} is not in the store: shown, or kept after its save failed. */
    public boolean hasUnsavedChanges(UUID id) {
        Article now = current.get();
        return failedSaves.holds(id) || (now != null && now.id().equals(id) && !now.sameContentAs(lastSaved));
    }

    /**
     * Shows {@code article} for editing; pending edits of the previous article are saved first.
     * When an earlier save of this article failed and is still being retried, the editor shows that
     * unsaved text rather than the stored one, and goes on trying to save it.
     */
    public void load(Article article) {
        saveNow();
        show(article, failedSaves.shownOver(article));
    }

    /**
     * The article shown, or the one asked for instead and still being read: the one to read again
     * after a change in the store. Null when there is none.
     */
    public UUID openArticleId() {
        return opening != null ? opening : current.get() == null ? null : current.get().id();
    }

    /** Shows {@code shown} for editing, {@code stored} being the article as the store has it. */
    private void show(Article stored, Article shown) {
        if (stored.id().equals(opening)) {
            opening = null;
        }
        loading = true;
        try {
            lastSaved = stored;
            lastSubmitted = stored;
            headline.set(shown.headline());
            dek.set(shown.dek());
            byline.set(shown.byline());
            dateline.set(shown.dateline());
            publishDate.set(shown.publishDate());
            categories.setAll(shown.categories());
            status.set(shown.status());
            body.set(shown.body());
            targetLength = shown.targetLength();
            targetLengthText.set(targetLength == null ? "" : targetLength.toString());
            targetLengthProblem.set("");
            updateEffectiveTarget();
            loaded.set(shown);
            current.set(shown);
            if (!failedSaves.isEmpty()) {
                setState(SaveState.FAILED, problem.get());
                retry.trigger();
            } else if (shown.sameContentAs(stored)) {
                setState(SaveState.SAVED, "");
            } else {
                if (saveState.get() != SaveState.SAVING) {
                    setState(SaveState.EDITED, "");
                }
                autosave.trigger();
            }
        } finally {
            loading = false;
        }
    }

    /** Saves pending edits, then reads the article from the store and shows it. */
    public void open(UUID id) {
        saveNow();
        opening = id;
        executor.submit(() -> store.find(id), found -> found.ifPresent(this::opened),
                failure -> setState(SaveState.FAILED, "Could not open the article: " + failure.getMessage()));
    }

    /**
     * Text typed into the open article and not yet stored (typed while it was read again, or whose
     * save failed) is newer than the read: it is kept, with what changed in the store meanwhile (a
     * bulk step) in the fields not typed in, and saved. What is not stored is told by comparing with
     * {@link #lastSaved}, what the editor knows the store to hold.
     */
    private void opened(Article stored) {
        Article now = current.get();
        boolean unsaved = now != null && lastSaved != null && now.id().equals(stored.id())
                && lastSaved.id().equals(stored.id()) && !now.sameContentAs(lastSaved);
        if (unsaved) {
            show(stored, stored.withEditsSince(lastSaved, now));
        } else {
            load(stored);
        }
    }

    /** Closes the editor (after saving), e.g. when its article was deleted. */
    public void close() {
        saveNow();
        opening = null;
        loading = true;
        try {
            lastSaved = null;
            loaded.set(null);
            current.set(null);
            headline.set("");
            dek.set("");
            byline.set("");
            dateline.set("");
            publishDate.set(null);
            categories.clear();
            status.set(ArticleStatus.DRAFT);
            body.set(BodyDocument.empty());
            targetLength = null;
            targetLengthText.set("");
            targetLengthProblem.set("");
            updateEffectiveTarget();
            setState(SaveState.NOTHING_OPEN, "");
        } finally {
            loading = false;
        }
    }

    /** Closes the editor without saving: for when the database's content was replaced (a backup restored). */
    public void discard() {
        lastSaved = current.get();
        lastSubmitted = current.get();
        autosave.cancel();
        retry.cancel();
        close();
    }

    /**
     * Shows a status the store has already recorded (a workflow step) without treating it as an
     * edit, so the next autosave carries the new status instead of writing the old one back.
     */
    public void statusRecorded(UUID id, ArticleStatus recorded) {
        Article now = current.get();
        if (now == null || !now.id().equals(id)) {
            return;
        }
        loading = true;
        try {
            status.set(recorded);
            current.set(now.withStatus(recorded));
            lastSaved = lastSaved == null ? null : lastSaved.withStatus(recorded);
            lastSubmitted = lastSubmitted == null ? null : lastSubmitted.withStatus(recorded);
            failedSaves.statusRecorded(id, recorded);
        } finally {
            loading = false;
        }
    }

    /**
     * Before a category is renamed, merged or deleted: saves pending edits now, and holds later saves
     * until {@link #categoryChanged} or {@link #categoryChangeFailed}, so that none reaches the store
     * behind the change with the old name and files the article under it again.
     */
    public void holdSavesForCategoryChange() {
        saveNow();
        heldSaves.changeQueued();
    }

    /**
     * A change to the categories is stored: the edits not yet stored (shown, failed or held) follow
     * what it made of a category's name ({@code rename}; null when it changed none), then the held
     * saves go ahead.
     */
    public void categoryChanged(CategoryRename rename) {
        if (rename != null) {
            follow(rename);
        }
        releaseHeldSaves();
    }

    /** The change to the categories was refused or failed: the held saves go ahead as they are. */
    public void categoryChangeFailed() {
        releaseHeldSaves();
    }

    private void follow(CategoryRename rename) {
        loading = true;
        try {
            current.set(rename.applyTo(current.get()));
            if (current.get() != null && !categories.equals(current.get().categories())) {
                categories.setAll(current.get().categories());
            }
            lastSaved = rename.applyTo(lastSaved);
            lastSubmitted = rename.applyTo(lastSubmitted);
            failedSaves.follow(rename);
            heldSaves.follow(rename);
        } finally {
            loading = false;
        }
    }

    private void releaseHeldSaves() {
        heldSaves.changeDone().forEach(this::queue);
    }

    /** Writes the current state to the store now if it differs from what was last saved. */
    public void saveNow() {
        autosave.cancel();
        retry.cancel();
        Article edited = current.get();
        failedSaves.toRetry(edited == null ? null : edited.id()).forEach(this::submit);
        if (edited == null || edited.sameContentAs(lastSaved) || edited.sameContentAs(lastSubmitted)) {
            return;
        }
        Article toSave = edited.withModified(clock.instant());
        Article base = lastSubmitted != null ? lastSubmitted : lastSaved;
        lastSubmitted = toSave;
        submit(new PendingSave(toSave, base));
    }

    /**
     * Saves pending edits now, then runs {@code then} on this thread once no save is under way; the
     * save state then tells whether everything was stored ({@link SaveState#FAILED} if not).
     */
    public void saveNowThen(Runnable then) {
        Objects.requireNonNull(then, "then");
        saveNow();
        if (savesInFlight == 0) {
            then.run();
        } else {
            afterSaves.add(then);
        }
    }

    /**
     * Before the stored text of article {@code articleId} is replaced (an earlier version restored):
     * stops taking typing and saves pending edits, then runs {@code replace} once that article's are
     * stored. When they cannot be, nothing may be replaced over them: typing goes on and
     * {@code notReplaced} gets why. Failed saves of other articles do not stop it: they are not
     * replaced, and go on being retried. After {@code replace}, whoever replaced the text calls
     * {@link #resumeEditing()}.
     */
    public void saveBeforeReplacing(UUID articleId, Runnable replace, Consumer<String> notReplaced) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(replace, "replace");
        Objects.requireNonNull(notReplaced, "notReplaced");
        pauseEditing();
        saveNowThen(() -> {
            // Unsaved edits, not the state: a failed read of an article also shows FAILED, with nothing to lose.
            if (hasUnsavedChanges(articleId)) {
                resumeEditing();
                String why = problem.get();
                notReplaced.accept(why.isEmpty() ? "They could not be saved first." : why);
            } else {
                replace.run();
            }
        });
    }

    private void submit(PendingSave save) {
        savesInFlight++;
        setState(SaveState.SAVING, "");
        if (heldSaves.holding()) {
            heldSaves.hold(save);
        } else {
            queue(save);
        }
    }

    private void queue(PendingSave save) {
        Article toSave = save.toSave();
        Article base = save.base();
        executor.submit(() -> base == null ? saveWhole(toSave) : store.saveEdits(base, toSave), stored -> {
            if (stored) {
                saved(toSave, base);
            } else {
                gone(toSave);
            }
        }, failure -> saveFailed(toSave, base, failure));
    }

    private boolean saveWhole(Article article) {
        store.save(article);
        return true;
    }

    /**
     * {@code base} non-null: only the fields {@code article} changed from it were stored. When the
     * save of {@code base} itself failed (it was queued behind), the store lacks that save's edits:
     * what it holds is then worked out from {@link #lastSaved}, and the rest is saved again.
     */
    private void saved(Article article, Article base) {
        savesInFlight--;
        failedSaves.stored(article, isCurrent(article));
        if (isCurrent(article)) {
            lastSaved = base == null || lastSaved == null ? article
                    : lastSaved.withEditsSince(base, article).withModified(article.modified());
            if (!lastSaved.sameContentAs(article)) {
                lastSubmitted = null; // not all of it reached the store: the next save sends what is missing
            }
        }
        onSaved.accept(ArticleSummary.of(article));
        settle();
        runAfterSaves();
    }

    /**
     * The article was deleted for good before its edits could be saved (the Trash emptied meanwhile):
     * they go with it, rather than bring it back.
     */
    private void gone(Article article) {
        savesInFlight--;
        failedSaves.forget(article.id());
        if (isCurrent(article)) {
            lastSaved = current.get(); // nothing left to save it to
            lastSubmitted = lastSaved;
        }
        settle();
        runAfterSaves();
    }

    /** Once no save is under way: the state tells whether everything reached the store. */
    private void settle() {
        if (savesInFlight > 0) {
            return;
        }
        if (!failedSaves.isEmpty()) {
            setState(SaveState.FAILED, problem.get());
        } else if (hasUnsavedChanges()) {
            setState(SaveState.EDITED, "");
            autosave.trigger();
        } else {
            setState(SaveState.SAVED, "");
        }
    }

    private void saveFailed(Article article, Article base, Throwable failure) {
        savesInFlight--;
        boolean knownStored = isCurrent(article) && lastSaved != null && lastSaved.id().equals(article.id());
        failedSaves.add(article, base, knownStored ? lastSaved : null);
        if (isCurrent(article)) {
            lastSubmitted = null;
        }
        setState(SaveState.FAILED, "Not saved: " + failure.getMessage() + " Your text is kept; retrying…");
        retry.trigger();
        runAfterSaves();
    }

    private void runAfterSaves() {
        if (savesInFlight > 0 || afterSaves.isEmpty()) {
            return;
        }
        List<Runnable> due = List.copyOf(afterSaves);
        afterSaves.clear();
        due.forEach(Runnable::run);
    }

    private boolean isCurrent(Article article) {
        return current.get() != null && current.get().id().equals(article.id());
    }

    private void onEdit() {
        if (loading || loaded.get() == null) {
            return;
        }
        Article base = loaded.get();
        current.set(new Article(base.id(), text(headline), text(dek), text(byline), text(dateline),
                publishDate.get(), List.copyOf(categories), status.get(), body.get(), base.created(),
                current.get() == null ? base.modified() : current.get().modified(), targetLength));
        if (hasUnsavedChanges()) {
            if (saveState.get() != SaveState.FAILED) {
                setState(SaveState.EDITED, "");
            }
            autosave.trigger();
        }
    }

    /** Takes a correct target length (or none) as an edit; anything else is refused with a sentence and not saved. */
    private void targetLengthTyped(String typed) {
        if (loading) {
            updateEffectiveTarget();
            return;
        }
        String clean = typed == null ? "" : typed.strip().replace(",", "");
        if (clean.isEmpty()) {
            accept(null);
        } else if (!clean.matches("[+-]?[0-9]{1,9}")) {
            targetLengthProblem.set("Target length: “" + typed.strip() + "” is not a number of words. Type a whole "
                    + "number such as 800, or leave it empty for the category's default. Not saved.");
        } else if (Long.parseLong(clean) < 1) {
            targetLengthProblem.set("Target length must be at least 1 word, not " + clean + ". Not saved.");
        } else if (Long.parseLong(clean) > Article.MAX_TARGET_LENGTH) {
            targetLengthProblem.set(String.format(java.util.Locale.ROOT,
                    "Target length can be at most %,d words. Not saved.", Article.MAX_TARGET_LENGTH));
        } else {
            accept(Integer.parseInt(clean.replace("+", "")));
        }
    }

    private void accept(Integer words) {
        targetLengthProblem.set("");
        targetLength = words;
        updateEffectiveTarget();
        onEdit();
    }

    private void updateEffectiveTarget() {
        String primary = categories.isEmpty() ? null : Category.normalize(categories.get(0));
        Integer categoryDefault = primary == null ? null : categoryTargets.get().entrySet().stream()
                .filter(entry -> Category.key(entry.getKey()).equals(Category.key(primary)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        effectiveTarget.set(targetLength != null ? targetLength : categoryDefault);
        targetHint.set(categoryDefault == null ? "none" : primary + " default: " + categoryDefault);
    }

    private static String text(StringProperty property) {
        String value = property.get();
        return value == null ? "" : value.replace("\0", "");
    }

    private void setState(SaveState state, String message) {
        problem.set(message); // first: whoever follows the state reads the problem that goes with it
        saveState.set(state);
    }

}
