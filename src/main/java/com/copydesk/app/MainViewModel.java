package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.ui.ArticleEditorViewModel;
import com.copydesk.article.ui.ArticleListViewModel;
import com.copydesk.article.ui.HistoryViewModel;
import com.copydesk.article.ui.TrashViewModel;
import com.copydesk.article.ui.SaveState;
import com.copydesk.body.BodyStats;
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
import com.copydesk.store.CategoryStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.RevisionStore;
import com.copydesk.task.BackgroundExecutor;
import com.copydesk.task.Scheduler;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
    private final Clock clock;
    private final JsonExporter exporter;
    private final ArticleExporter formats;
    private final ArticleImporter importer;
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

    public MainViewModel(ArticleStore articles, CategoryStore categories, PublicationStore publications,
                         RevisionStore revisions, BackgroundExecutor executor, Scheduler scheduler, Clock clock) {
        this.articles = articles;
        this.executor = executor;
        this.clock = clock;
        this.exporter = new JsonExporter(articles, clock);
        this.formats = new ArticleExporter(articles, publications, clock);
        this.importer = new ArticleImporter(articles);
        this.categories = categories;
        this.progress = new ExchangeProgress();
        this.list = new ArticleListViewModel(articles, executor, this::tell);
        this.editor = new ArticleEditorViewModel(articles, executor, scheduler, clock, list::show);
        this.preview = new PreviewViewModel(new PageRenderer(), editor.currentProperty(), scheduler);
        this.history = new HistoryViewModel(revisions, executor, clock, editor.currentProperty()::get, editor::saveNow,
                this::showRestored);
        this.trash = new TrashViewModel(articles, executor, list::refresh);
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
        executor.submit(publications::load, preview.publicationProperty()::set,
                failure -> tell("Could not read the publication settings: " + failure.getMessage()));
        list.refresh();
    }

    public ArticleListViewModel list() { return list; }
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
        Article draft = Article.newDraft(UUID.randomUUID(), "", clock.instant()).withPublishDate(LocalDate.now(clock));
        executor.run(() -> articles.save(draft), () -> {
            editor.load(draft);
            list.searchTextProperty().set("");
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
            tell(ids.size() == 1 ? "Moved to Trash." : ids.size() + " articles moved to Trash.");
            selectNear(firstIndex);
        }, failure -> tell("Could not delete: " + failure.getMessage()));
    }

    /** Saves what is being edited, then writes the given articles (all when empty) to {@code target}. */
    public void export(List<UUID> ids, Path target) {
        editor.saveNow();
        tell("Exporting…");
        com.copydesk.exchange.Progress followed = progress.start("Exporting", ids.size());
        executor.submit(() -> exporter.export(ids, target, followed),
                count -> {
                    progress.finish();
                    tell("Exported " + count + (count == 1 ? " article" : " articles") + " to " + target + ".");
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
        executor.submit(() -> formats.export(format, ids, target, followed),
                count -> {
                    progress.finish();
                    tell("Exported " + count + (count == 1 ? " article" : " articles") + " as "
                            + format.label() + " to " + target + ".");
                },
                failure -> {
                    progress.finish();
                    tell("Export failed: " + failure.getMessage());
                });
    }

    /**
     * Imports each file in one transaction (all of it or nothing), then shows the new articles.
     * {@code onFailures} receives the messages of the files that could not be imported.
     */
    public void importFiles(List<Path> files, ConflictPolicy policy, Consumer<List<String>> onFailures) {
        if (files.isEmpty()) {
            return;
        }
        editor.saveNow();
        tell("Importing…");
        com.copydesk.exchange.Progress followed = progress.start("Importing", 0);
        executor.submit(() -> importer.importEach(files, policy, followed), (ImportBatch batch) -> {
            progress.finish();
            tell(batch.describe());
            list.refresh();
            reloadCategories();
            Article open = editor.currentProperty().get();
            if (open != null && policy == ConflictPolicy.REPLACE) {
                editor.open(open.id());
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
    }

    public void saveNow() {
        editor.saveNow();
    }

    /** After the database's content was replaced (a backup restored): show it afresh. */
    public void reloadAll() {
        editor.discard();
        list.selectedIdProperty().set(null);
        list.refresh();
        tell("Backup restored.");
    }

    private void showRestored(Article restored) {
        editor.load(restored);
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

    private void tell(String text) {
        message.set(text);
    }
}
