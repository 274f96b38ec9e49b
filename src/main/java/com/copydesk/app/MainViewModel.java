package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.CategoryRename;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.article.ui.ArticleListViewModel;
import com.copydesk.article.ui.HistoryViewModel;
import com.copydesk.article.ui.TrashViewModel;
import com.copydesk.article.ui.NotesViewModel;
import com.copydesk.article.ui.InlineCommentsViewModel;
import com.copydesk.article.ui.CategoriesViewModel;
import com.copydesk.article.ui.DeskFilterViewModel;
import com.copydesk.article.ui.SaveState;
import com.copydesk.article.ui.TagsViewModel;
import com.copydesk.article.ui.WorkflowViewModel;
import com.copydesk.exchange.ArticleExporter;
import com.copydesk.exchange.ArticleImporter;
import com.copydesk.exchange.ConflictPolicy;
import com.copydesk.exchange.ExportFormat;
import com.copydesk.exchange.ImportBatch;
import com.copydesk.exchange.JsonExporter;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.ui.PreviewViewModel;
import com.copydesk.page.ui.PublicationSettingsViewModel;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.BulkStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.DeskStore;
import com.copydesk.store.NoteStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.store.SavedViewStore;
import com.copydesk.store.TagStore;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.Scheduler;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** State and actions of the main window, joining the list, the editor and the preview. */
public final class MainViewModel {

    private final ArticleStore articles;
    private final BackgroundExecutor executor;
    /** Where exports run: the storage executor, or a thread of their own (see {@link #exportAfterPendingSaves}). */
    private final BackgroundExecutor exports;
    private final Clock clock;
    private final PublicationStore publications;
    // Made on the first export or import: Jackson and the exchange formats stay off the start-up path.
    private JsonExporter exporter;
    private ArticleExporter formats;
    private ArticleImporter importer;
    private final CategoryStore categories;
    private final ExchangeProgress progress;
    private final ArticleListViewModel list;
    private final ArticleEditorViewModel editor;
    private final PreviewViewModel preview;
    private final HistoryViewModel history;
    private final TrashViewModel trash;
    private final PublicationSettingsViewModel publicationSettings;
    private final ObservableList<String> categoryNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Path> exportedFolder =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "exportedFolder");
    private final ObjectProperty<UserProfile> profile =
            new SimpleObjectProperty<>(this, "profile", new UserProfile("Reporter", "", UserProfile.Role.REPORTER));
    private WorkflowViewModel workflow;
    private NotesViewModel notes;
    private InlineCommentsViewModel inlineComments;
    private TagsViewModel tags;
    private DeskFilterViewModel desk;
    private BulkStore bulk;
    private CategoriesViewModel categoryManager;

    public MainViewModel(ArticleStore articles, CategoryStore categories, PublicationStore publications,
                         RevisionStore revisions, BackgroundExecutor executor, Scheduler scheduler, Clock clock) {
        this(articles, categories, publications, revisions, executor, executor, scheduler, clock);
    }

    private MainViewModel(ArticleStore articles, CategoryStore categories, PublicationStore publications,
                          RevisionStore revisions, BackgroundExecutor executor, BackgroundExecutor exports,
                          Scheduler scheduler, Clock clock) {
        this.articles = articles;
        this.executor = executor;
        this.exports = exports;
        this.clock = clock;
        this.publications = publications;
        this.categories = categories;
        this.progress = new ExchangeProgress();
        this.list = new ArticleListViewModel(articles, executor, this::tell);
        this.editor = new ArticleEditorViewModel(articles, executor, scheduler, clock, list::show);
        this.preview = new PreviewViewModel(new PageRenderer(), editor.currentProperty(), scheduler);
        this.history = new HistoryViewModel(revisions, editor, executor, clock, this::showRestored);
        this.trash = new TrashViewModel(articles, executor, editor.pausedProperty(), list::refresh);
        this.publicationSettings = new PublicationSettingsViewModel(executor, publications::save, preview.publicationProperty());
        preview.messageProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                tell(text);
                preview.messageProperty().set("");
            }
        });
        list.selectedIdProperty().addListener((obs, old, id) -> openIfOther(id));
        executor.submit(() -> categories.all().stream().map(c -> c.name()).toList(), categoryNames::setAll,
                failure -> tell("Could not read the categories: " + failure.getMessage()));
        loadCategoryTargets();
        executor.submit(publications::load, preview.publicationProperty()::set,
                failure -> tell("Could not read the publication settings: " + failure.getMessage()));
        list.refresh();
    }

    /** Adds the desk (issue #6): workflow steps with their timeline, as the current {@link #profileProperty()}. */
    public MainViewModel(ArticleStore articles, CategoryStore categories, PublicationStore publications,
                         RevisionStore revisions, WorkflowStore workflowStore, NoteStore noteStore, TagStore tagStore,
                         DeskStore deskStore, BulkStore bulkStore, CategoryAdminStore categoryAdmin,
                         BackgroundExecutor executor, Scheduler scheduler, Clock clock) {
        this(articles, categories, publications, revisions, workflowStore, noteStore, tagStore, deskStore, bulkStore,
                categoryAdmin, null, executor, executor, scheduler, clock);
    }

    /** The desk with the user's own saved views kept in {@code savedViews}. */
    public MainViewModel(ArticleStore articles, CategoryStore categories, PublicationStore publications,
                         RevisionStore revisions, WorkflowStore workflowStore, NoteStore noteStore, TagStore tagStore,
                         DeskStore deskStore, BulkStore bulkStore, CategoryAdminStore categoryAdmin,
                         SavedViewStore savedViews, BackgroundExecutor executor, BackgroundExecutor exports,
                         Scheduler scheduler, Clock clock) {
        this(articles, categories, publications, revisions, executor, exports, scheduler, clock);
        this.categoryManager = new CategoriesViewModel(categoryAdmin, executor, new CategoriesViewModel.Followers() {
            @Override
            public void beforeChange() {
                editor.holdSavesForCategoryChange();
            }

            @Override
            public void changed(CategoryRename rename) {
                categoriesChanged(rename);
            }

            @Override
            public void notChanged() {
                editor.categoryChangeFailed();
            }
        });
        this.bulk = bulkStore;
        list.useDesk(deskStore);
        this.desk = new DeskFilterViewModel(deskStore, savedViews, list, executor, clock, profile, this::tell);
        this.workflow = new WorkflowViewModel(workflowStore, editor, executor, clock, profile, this::stepTaken,
                this::tell);
        this.notes = new NotesViewModel(noteStore, editor, executor, scheduler, clock, profile, this::tell);
        this.inlineComments = new InlineCommentsViewModel(noteStore, editor, notes, executor, clock, profile, this::tell);
        this.tags = new TagsViewModel(tagStore, editor, executor, this::tell);
    }

    /** The category manager (Edit → Categories…); null when this model was built without it. */
    public CategoriesViewModel categoryManager() { return categoryManager; }

    /**
     * Categories were renamed, merged or deleted: the editor's choices and unsaved edits, the list's
     * rows and its filters follow, and the open article is read again.
     */
    private void categoriesChanged(CategoryRename rename) {
        reloadCategories();
        list.refresh();
        if (desk != null && rename != null) {
            desk.categoryChanged(rename);
        }
        editor.categoryChanged(rename);
        UUID open = editor.openArticleId();
        if (open != null) {
            editor.open(open);
        }
    }

    /**
     * True while a backup or an earlier version is being restored. Workflow steps, filings and moves
     * to the Trash wait until it is done (the window disables them): stored before the restore, its
     * result would undo them, or show a trashed article again.
     */
    public ReadOnlyBooleanProperty restoringProperty() { return editor.pausedProperty(); }

    /** Refuses {@code what} with a sentence while a restore runs (see {@link #restoringProperty()}). */
    boolean refusedWhileRestoring(String what) {
        if (restoringProperty().get()) {
            tell(what + ": not now, a restore is under way. Try again once it is done.");
            return true;
        }
        return false;
    }

    /** Takes the workflow step on all {@code ids} at once, or on none when it is not allowed for all. */
    public void stepSelected(List<UUID> ids, WorkflowAction action) {
        if (ids.isEmpty() || bulk == null || refusedWhileRestoring(action.label())) {
            return;
        }
        editor.saveNow();
        UserProfile who = profile.get();
        tell(action.label() + ": " + plural(ids.size(), "article") + "…");
        executor.submit(() -> bulk.applyStep(ids, action, who, clock.instant(), ""), count -> {
            tell(action.label() + ": done for " + plural(count, "article") + ".");
            afterBulkChange(ids);
        }, failure -> tell(failure.getMessage()));
    }

    /** Makes {@code category} the primary category of all {@code ids}, in one transaction. */
    public void setCategoryOfSelected(List<UUID> ids, String category) {
        if (ids.isEmpty() || bulk == null || refusedWhileRestoring("Set category")) {
            return;
        }
        editor.saveNow();
        tell("Setting the category of " + plural(ids.size(), "article") + "…");
        com.copydesk.exchange.Progress followed = progress.start("Filing", ids.size());
        executor.submit(() -> bulk.setPrimaryCategory(ids, category, clock.instant(),
                done -> followed.step(done, "Filing")), filed -> {
            progress.finish();
            String stored = filed.category().name();
            tell("Filed " + plural(filed.articles(), "article") + " under " + stored + ".");
            if (!categoryNames.contains(stored)) {
                categoryNames.add(stored);
            }
            afterBulkChange(ids);
        }, failure -> {
            progress.finish();
            tell("Could not set the category: " + failure.getMessage());
        });
    }

    /** Adds {@code tag} to all {@code ids} in one transaction, with progress and Cancel in the status bar. */
    public void addTagToSelected(List<UUID> ids, String tag) {
        changeTagOfSelected(ids, tag, true);
    }

    /** Takes {@code tag} off all {@code ids} in one transaction. */
    public void removeTagFromSelected(List<UUID> ids, String tag) {
        changeTagOfSelected(ids, tag, false);
    }

    private void changeTagOfSelected(List<UUID> ids, String tag, boolean adding) {
        if (ids.isEmpty() || bulk == null) {
            return;
        }
        String verb = adding ? "Tagging" : "Untagging";
        try {
            com.copydesk.article.TagName.clean(tag);
        } catch (IllegalArgumentException bad) {
            tell(bad.getMessage());
            return;
        }
        editor.saveNow();
        com.copydesk.exchange.Progress followed = progress.start(verb, ids.size());
        executor.submit(() -> adding
                ? bulk.addTag(ids, tag, clock.instant(), done -> followed.step(done, verb))
                : bulk.removeTag(ids, tag, clock.instant(), done -> followed.step(done, verb)), count -> {
            progress.finish();
            String name = com.copydesk.article.TagName.clean(tag);
            tell(adding ? "Tagged " + plural(count, "article") + " “" + name + "”."
                    : "Took “" + name + "” off " + plural(count, "article") + ".");
            if (tags != null) {
                tags.reloadKnown();
            }
            afterBulkChange(ids);
        }, failure -> {
            progress.finish();
            tell("Could not change the tags: " + failure.getMessage());
        });
    }

    private void afterBulkChange(List<UUID> ids) {
        list.refresh();
        if (desk != null) {
            desk.refreshCounts();
        }
        UUID open = editor.openArticleId();
        if (open != null && ids.contains(open)) {
            editor.open(open);
        }
    }

    /** After a workflow step: the article may have left (or joined) the filtered list, and the counts changed. */
    private void stepTaken(ArticleSummary summary) {
        list.show(summary);
        if (desk != null) {
            if (!list.filterProperty().get().isAll()) {
                list.refresh();
            }
            desk.refreshCounts();
        }
    }

    public ArticleListViewModel list() { return list; }
    /** The open article's workflow; null when this model was built without a workflow store. */
    public WorkflowViewModel workflow() { return workflow; }
    /** The open article's review notes; null when this model was built without a note store. */
    public NotesViewModel notes() { return notes; }

    /** The open article's inline comments; null when this model was built without a note store. */
    public InlineCommentsViewModel inlineComments() { return inlineComments; }
    /** The open article's tags; null when this model was built without a tag store. */
    public TagsViewModel tags() { return tags; }
    /** The list's desk filters and saved views; null when this model was built without a desk store. */
    public DeskFilterViewModel desk() { return desk; }
    /** Who is using Copydesk: the byline of new articles and the name on status changes. */
    public ObjectProperty<UserProfile> profileProperty() { return profile; }
    public ArticleEditorViewModel editor() { return editor; }
    public PreviewViewModel preview() { return preview; }
    public PublicationSettingsViewModel publicationSettings() { return publicationSettings; }
    public ObservableList<String> categoryNames() { return categoryNames; }
    public HistoryViewModel history() { return history; }
    public TrashViewModel trash() { return trash; }

    /** The latest outcome worth telling the user (exports, errors); empty when there is none. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** "Saved", "Saving…" or why saving failed. */
    public StringBinding saveStatus() {
        return Bindings.createStringBinding(() -> {
            SaveState state = editor.saveStateProperty().get();
            return state == SaveState.FAILED ? editor.problemProperty().get() : state.label();
        }, editor.saveStateProperty(), editor.problemProperty());
    }

    /** Creates an empty draft, shows it in the list and opens it; {@code then} runs once it is open. */
    public void newArticle(Runnable then) {
        editor.saveNow();
        Article draft = Article.newDraft(UUID.randomUUID(), profile.get().name(), clock.instant())
                .withPublishDate(LocalDate.now(clock));
        executor.run(() -> articles.save(draft), () -> {
            editor.load(draft);
            list.searchTextProperty().set("");
            if (desk != null) {
                desk.clear();
            }
            list.show(ArticleSummary.of(draft));
            list.selectedIdProperty().set(draft.id());
            then.run();
        }, failure -> tell("Could not create an article: " + failure.getMessage()));
    }

    public void delete(List<UUID> ids) {
        if (ids.isEmpty() || refusedWhileRestoring("Delete")) {
            return;
        }
        Article open = editor.currentProperty().get();
        if (open != null && ids.contains(open.id())) {
            editor.close(); // saves first, queued before the move: the Trash keeps the last words typed
        }
        int firstIndex = list.indexOf(ids.get(0));
        executor.run(() -> ids.forEach(articles::delete), () -> {
            ids.forEach(list::remove);
            tell(ids.size() == 1 ? "Moved to Trash." : ids.size() + " articles moved to Trash.");
            selectNear(firstIndex);
        }, failure -> tell("Could not delete: " + failure.getMessage()));
    }

    /** Saves what is being edited, then writes the given articles (all when empty) to {@code target}. */
    public void export(List<UUID> ids, Path target) {
        export(ids, target, false);
    }

    /** As {@link #export(List, Path)}; with {@code withRevisions} each article carries its saved versions. */
    public void export(List<UUID> ids, Path target, boolean withRevisions) {
        editor.saveNow();
        tell("Exporting…");
        com.copydesk.exchange.Progress followed = progress.start("Exporting", ids.size());
        JsonExporter json = exporter();
        exportAfterPendingSaves(() -> json.export(ids, target, followed, withRevisions),
                count -> {
                    progress.finish();
                    tell("Exported " + count + (count == 1 ? " article" : " articles") + " to " + target + ".");
                    exported(target);
                },
                failure -> {
                    progress.finish();
                    tell("Export failed: " + failure.getMessage());
                });
    }

    /** Saves what is being edited, then writes the given articles (all when empty) in {@code format}. */
    public void exportAs(ExportFormat format, List<UUID> ids, Path target) {
        editor.saveNow();
        tell("Exporting…");
        com.copydesk.exchange.Progress followed = progress.start("Exporting", ids.size());
        ArticleExporter exporting = formats();
        exportAfterPendingSaves(() -> exporting.export(format, ids, target, followed),
                count -> {
                    progress.finish();
                    tell("Exported " + count + (count == 1 ? " article" : " articles") + " as "
                            + format.label() + " to " + target + ".");
                    exported(target);
                },
                failure -> {
                    progress.finish();
                    tell("Export failed: " + failure.getMessage());
                });
    }

    /**
     * Runs an export (or a saved copy of the database) on its own thread, where it reads a snapshot on
     * a connection of its own, so a long one holds up no save, list or search; once the storage
     * thread has done the work queued before it: the save of what is being edited, which the export
     * must include.
     */
    <T> void exportAfterPendingSaves(java.util.concurrent.Callable<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onFailure) {
        executor.run(() -> { }, () -> exports.submit(work, onSuccess, onFailure), onFailure);
    }

    /**
     * Imports each file in one transaction (all of it or nothing), then shows the new articles.
     * {@code onFailures} receives the messages of the files that could not be imported.
     */
    public void importFiles(List<Path> files, ConflictPolicy policy, Consumer<List<String>> onFailures) {
        if (files.isEmpty() || refusedWhileRestoring("Import")) {
            return;
        }
        editor.saveNow();
        tell("Importing…");
        com.copydesk.exchange.Progress followed = progress.start("Importing", 0);
        ArticleImporter importing = importer();
        executor.submit(() -> importing.importEach(files, policy, followed), (ImportBatch batch) -> {
            progress.finish();
            tell(batch.describe());
            list.refresh();
            reloadCategories();
            if (tags != null) {
                // The open article's tags may have been replaced: adding one must not write the old ones back.
                tags.reloadKnown();
            }
            UUID open = editor.openArticleId();
            if (open != null && policy == ConflictPolicy.REPLACE) {
                editor.open(open);
            }
            if (!batch.failures().isEmpty()) {
                onFailures.accept(batch.failures());
            }
        }, failure -> {
            progress.finish();
            tell("Import failed: " + failure.getMessage());
            onFailures.accept(List.of(failure.getMessage()));
        });
    }

    private JsonExporter exporter() {
        if (exporter == null) {
            exporter = new JsonExporter(articles, clock);
        }
        return exporter;
    }

    private ArticleExporter formats() {
        if (formats == null) {
            formats = new ArticleExporter(articles, publications, clock);
        }
        return formats;
    }

    private ArticleImporter importer() {
        if (importer == null) {
            importer = new ArticleImporter(articles);
        }
        return importer;
    }

    /** True while an export or import runs. */
    public ReadOnlyBooleanProperty exchangeRunningProperty() { return progress.runningProperty(); }

    /** How far the running export or import is, 0 to 1, or -1 when the total is not known. */
    public ReadOnlyDoubleProperty exchangeProgressProperty() { return progress.fractionProperty(); }

    /** E.g. "Exporting 1,200 of 5,000…". */
    public ReadOnlyStringProperty exchangeCountProperty() { return progress.countProperty(); }

    /** Stops the running export or import; it then leaves nothing behind. */
    public void cancelExchange() {
        progress.cancel();
    }

    private void reloadCategories() {
        executor.submit(() -> categories.all().stream().map(c -> c.name()).toList(), categoryNames::setAll,
                failure -> tell("Could not read the categories: " + failure.getMessage()));
        loadCategoryTargets();
    }

    /** The categories' default target lengths, for the editor's counts line. */
    private void loadCategoryTargets() {
        executor.submit(categories::defaultTargetLengths, editor.categoryTargetsProperty()::set,
                failure -> tell("Could not read the categories' target lengths: " + failure.getMessage()));
    }

    public void saveNow() {
        editor.saveNow();
        if (inlineComments != null) {
            inlineComments.saveNow();
        }
        if (notes != null) {
            notes.saveDraftsNow();
        }
    }

    /**
     * Saves pending work now and runs {@code then} once the editor's saves and those of the notes
     * being typed have finished, stored or failed.
     */
    public void saveNowThen(Runnable then) {
        if (inlineComments != null) {
            inlineComments.saveNow();
        }
        if (notes == null) {
            editor.saveNowThen(then);
            return;
        }
        notes.saveDraftsNow();
        editor.saveNowThen(() -> notes.afterDraftSaves(then));
    }

    /** True when something typed is not in the store: an edit of an article, or a note being typed. */
    private boolean hasUnsavedWork() {
        return editor.hasUnsavedChanges() || (notes != null && notes.hasUnsavedDraft());
    }

    /**
     * Before a backup replaces the database's content, every article's: the editor stops taking
     * typing, and {@code restore} runs once all pending edits (of any article, and notes being typed)
     * are saved. When one cannot be, nothing is restored over it: editing goes on and
     * {@code notRestored} gets why. (An earlier version of one article is restored after saving only
     * that article's edits: {@link ArticleEditorViewModel#saveBeforeReplacing}.)
     */
    public void saveAllBeforeReplacing(Runnable restore, Consumer<String> notRestored) {
        editor.pauseEditing();
        tell("Restoring the backup… The editor takes no typing until it is done.");
        saveNowThen(() -> {
            // Unsaved edits, not the state: a failed read of an article also shows FAILED, with nothing to lose.
            if (hasUnsavedWork()) {
                editor.resumeEditing();
                tell("The backup was not restored: your latest edits could not be saved first.");
                String why = editor.hasUnsavedChanges() ? editor.problemProperty().get() : notes.draftProblem();
                notRestored.accept(why.isEmpty() ? "They could not be saved first." : why);
            } else {
                restore.run();
            }
        });
    }

    /** After the database's content was replaced (a backup restored): show it afresh, and take typing again. */
    public void reloadAll() {
        if (notes != null) {
            notes.discard(); // first: the editor closing would save the note being typed into the restored content
        }
        editor.discard();
        editor.resumeEditing();
        list.selectedIdProperty().set(null);
        list.refresh();
        tell("Backup restored.");
    }

    /** The backup could not be restored: the articles are as they were, and the editor takes typing again. */
    public void restoreFailed(String why) {
        editor.resumeEditing();
        tell("Could not restore the backup: " + why);
    }

    /** Shows the restored version in the editor only if it is still on that article: the user may have moved on meanwhile. */
    private void showRestored(Article restored) {
        if (restored.id().equals(editor.openArticleId())) {
            editor.load(restored);
        }
        list.show(ArticleSummary.of(restored));
    }

    private void openIfOther(UUID id) {
        Article open = editor.currentProperty().get();
        if (id != null && (open == null || !open.id().equals(id))) {
            editor.open(id);
        }
    }

    private void selectNear(int index) {
        if (list.items().isEmpty()) {
            list.selectedIdProperty().set(null);
            return;
        }
        int near = Math.max(0, Math.min(index, list.items().size() - 1));
        list.selectedIdProperty().set(list.items().get(near).id());
    }

    private static String plural(int count, String noun) {
        return String.format("%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    /** Shows {@code text} in the status bar, e.g. the outcome of a File menu command. */
    public void showMessage(String text) {
        tell(text);
    }

    /**
     * The folder holding the last export, while the message about it shows ("Show in folder");
     * null otherwise.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<Path> exportedFolderProperty() {
        return exportedFolder.getReadOnlyProperty();
    }

    private void exported(Path target) {
        // HTML of several articles is a folder of its own: show that one.
        exportedFolder.set(java.nio.file.Files.isDirectory(target) ? target : target.toAbsolutePath().getParent());
    }

    private void tell(String text) {
        exportedFolder.set(null);
        message.set(text);
    }
}
