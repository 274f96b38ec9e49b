package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.CategoryInfo;
import com.copydesk.article.UserProfile;
import com.copydesk.article.WorkflowAction;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.article.ui.ArticleListViewModel;
import com.copydesk.article.ui.NotesViewModel;
import com.copydesk.article.ui.CategoriesViewModel;
import com.copydesk.article.ui.DeskFilterViewModel;
import com.copydesk.article.ui.SaveState;
import com.copydesk.article.ui.TagsViewModel;
import com.copydesk.article.ui.WorkflowViewModel;
import com.copydesk.body.BodyStats;
import com.copydesk.exchange.JsonExporter;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.ui.PreviewViewModel;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.BulkStore;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.store.CategoryStore;
import com.copydesk.store.DeskStore;
import com.copydesk.store.NoteStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.TagStore;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.Scheduler;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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

/** State and actions of the main window, joining the list, the editor and the preview. */
public final class MainViewModel {

    private final ArticleStore articles;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final JsonExporter exporter;
    private final ArticleListViewModel list;
    private final ArticleEditorViewModel editor;
    private final PreviewViewModel preview;
    private final ObservableList<String> categoryNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<UserProfile> profile =
            new SimpleObjectProperty<>(this, "profile", new UserProfile("Reporter", "", UserProfile.Role.REPORTER));
    private WorkflowViewModel workflow;
    private NotesViewModel notes;
    private TagsViewModel tags;
    private DeskFilterViewModel desk;
    private BulkStore bulk;
    private CategoriesViewModel categoryManager;

    public MainViewModel(ArticleStore articles, CategoryStore categories, PublicationStore publications,
                         BackgroundExecutor executor, Scheduler scheduler, Clock clock) {
        this.articles = articles;
        this.executor = executor;
        this.clock = clock;
        this.exporter = new JsonExporter(articles, clock);
        this.list = new ArticleListViewModel(articles, executor, this::tell);
        this.editor = new ArticleEditorViewModel(articles, executor, scheduler, clock, list::show);
        this.preview = new PreviewViewModel(new PageRenderer(), editor.currentProperty(), scheduler);
        list.selectedIdProperty().addListener((obs, old, id) -> openIfOther(id));
        executor.submit(() -> categories.all().stream().map(c -> c.name()).toList(), categoryNames::setAll,
                failure -> tell("Could not read the categories: " + failure.getMessage()));
        executor.submit(publications::load, preview.publicationProperty()::set,
                failure -> tell("Could not read the publication settings: " + failure.getMessage()));
        list.refresh();
    }

    /** Adds the desk (issue #6): workflow steps with their timeline, as the current {@link #profileProperty()}. */
    public MainViewModel(ArticleStore articles, CategoryStore categories, PublicationStore publications,
                         WorkflowStore workflowStore, NoteStore noteStore, TagStore tagStore, DeskStore deskStore,
                         BulkStore bulkStore, CategoryAdminStore categoryAdmin, BackgroundExecutor executor,
                         Scheduler scheduler, Clock clock) {
        this(articles, categories, publications, executor, scheduler, clock);
        this.categoryManager = new CategoriesViewModel(categoryAdmin, executor, editor::saveNow,
                this::categoriesChanged);
        this.bulk = bulkStore;
        list.useDesk(deskStore);
        this.desk = new DeskFilterViewModel(deskStore, list, executor, clock, profile, this::tell);
        this.workflow = new WorkflowViewModel(workflowStore, editor, executor, clock, profile, this::stepTaken,
                this::tell);
        this.notes = new NotesViewModel(noteStore, editor, executor, clock, profile, this::tell);
        this.tags = new TagsViewModel(tagStore, editor, executor, this::tell);
    }

    /** The category manager (Edit → Categories…); null when this model was built without it. */
    public CategoriesViewModel categoryManager() { return categoryManager; }

    /** Categories were renamed, merged or deleted: the editor's choices and the list's rows follow. */
    private void categoriesChanged(List<CategoryInfo> all) {
        categoryNames.setAll(all.stream().map(CategoryInfo::name).toList());
        list.refresh();
        Article open = editor.currentProperty().get();
        if (open != null) {
            editor.open(open.id());
        }
    }

    /** Takes the workflow step on all {@code ids} at once, or on none when it is not allowed for all. */
    public void stepSelected(List<UUID> ids, WorkflowAction action) {
        if (ids.isEmpty() || bulk == null) {
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
        if (ids.isEmpty() || bulk == null) {
            return;
        }
        editor.saveNow();
        tell("Setting the category of " + plural(ids.size(), "article") + "…");
        executor.submit(() -> bulk.setPrimaryCategory(ids, category, clock.instant()), count -> {
            tell("Filed " + plural(count, "article") + " under " + category.strip() + ".");
            if (!categoryNames.contains(category.strip())) {
                categoryNames.add(category.strip());
            }
            afterBulkChange(ids);
        }, failure -> tell("Could not set the category: " + failure.getMessage()));
    }

    private void afterBulkChange(List<UUID> ids) {
        list.refresh();
        if (desk != null) {
            desk.refreshCounts();
        }
        Article open = editor.currentProperty().get();
        if (open != null && ids.contains(open.id())) {
            editor.open(open.id());
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
    /** The open article's tags; null when this model was built without a tag store. */
    public TagsViewModel tags() { return tags; }
    /** The list's desk filters and saved views; null when this model was built without a desk store. */
    public DeskFilterViewModel desk() { return desk; }
    /** Who is using Copydesk: the byline of new articles and the name on status changes. */
    public ObjectProperty<UserProfile> profileProperty() { return profile; }
    public ArticleEditorViewModel editor() { return editor; }
    public PreviewViewModel preview() { return preview; }
    public ObservableList<String> categoryNames() { return categoryNames; }

    /** The latest outcome worth telling the user (exports, errors); empty when there is none. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** "Saved", "Saving…" or why saving failed. */
    public StringBinding saveStatus() {
        return Bindings.createStringBinding(() -> {
            SaveState state = editor.saveStateProperty().get();
            return state == SaveState.FAILED ? editor.problemProperty().get() : state.label();
        }, editor.saveStateProperty(), editor.problemProperty());
    }

    public StringBinding counts() {
        return Bindings.createStringBinding(() -> {
            Article article = editor.currentProperty().get();
            if (article == null) {
                return "";
            }
            BodyStats stats = BodyStats.of(article.body());
            return plural(stats.words(), "word") + " · " + plural(stats.characters(), "character");
        }, editor.currentProperty());
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
        if (ids.isEmpty()) {
            return;
        }
        Article open = editor.currentProperty().get();
        if (open != null && ids.contains(open.id())) {
            editor.discard();
        }
        int firstIndex = list.indexOf(ids.get(0));
        executor.run(() -> ids.forEach(articles::delete), () -> {
            ids.forEach(list::remove);
            tell(ids.size() == 1 ? "Article deleted." : ids.size() + " articles deleted.");
            selectNear(firstIndex);
        }, failure -> tell("Could not delete: " + failure.getMessage()));
    }

    /** Saves what is being edited, then writes the given articles (all when empty) to {@code target}. */
    public void export(List<UUID> ids, Path target) {
        editor.saveNow();
        tell("Exporting…");
        executor.submit(() -> exporter.export(ids, target),
                count -> tell("Exported " + count + (count == 1 ? " article" : " articles") + " to " + target + "."),
                failure -> tell("Export failed: " + failure.getMessage()));
    }

    public void saveNow() {
        editor.saveNow();
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

    private void tell(String text) {
        message.set(text);
    }
}
