package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.StatusChange;
import com.copydesk.article.UserProfile;
import com.copydesk.article.Workflow;
import com.copydesk.article.WorkflowAction;
import com.copydesk.store.WorkflowStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
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

/**
 * The workflow of the open article: which steps are offered now, its timeline, whether its text
 * is locked, and taking a step as the current {@link UserProfile}.
 */
public final class WorkflowViewModel {

    private final WorkflowStore store;
    private final ArticleEditorViewModel editor;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ObservableValue<UserProfile> profile;
    private final Consumer<ArticleSummary> onChanged;
    private final Consumer<String> onProblem;
    private final ObservableList<WorkflowAction> actions = FXCollections.observableArrayList();
    private final ObservableList<StatusChange> timeline = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding locked;
    private long latestTimeline;

    public WorkflowViewModel(WorkflowStore store, ArticleEditorViewModel editor, BackgroundExecutor executor,
                             Clock clock, ObservableValue<UserProfile> profile, Consumer<ArticleSummary> onChanged,
                             Consumer<String> onProblem) {
        this.store = Objects.requireNonNull(store);
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.profile = Objects.requireNonNull(profile);
        this.onChanged = Objects.requireNonNull(onChanged);
        this.onProblem = Objects.requireNonNull(onProblem);
        this.locked = Bindings.createBooleanBinding(
                () -> editor.openProperty().get() && Workflow.isLocked(editor.statusProperty().get()),
                editor.openProperty(), editor.statusProperty());
        editor.statusProperty().addListener((obs, old, now) -> showActions());
        editor.openProperty().addListener((obs, old, now) -> showActions());
        profile.addListener((obs, old, now) -> showActions());
        timeline.addListener((javafx.collections.ListChangeListener<StatusChange>) change -> showActions());
        editor.loadedProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                note.set("");
                loadTimeline(now);
            }
        });
        showActions();
    }

    /** The steps offered for the open article, in button order; empty when nothing is open. */
    public ObservableList<WorkflowAction> actions() { return actions; }

    /** The open article's status changes, oldest first. */
    public ObservableList<StatusChange> timeline() { return timeline; }

    /** An optional note recorded with the next step, then cleared. */
    public StringProperty noteProperty() { return note; }

    /** True while the open article is Published or Spiked: its fields cannot be edited. */
    public BooleanBinding lockedProperty() { return locked; }

    /**
     * True while a backup or an earlier version is being restored: no step is taken then, since the
     * restore writes the status back and would undo a step stored before it.
     */
    public ReadOnlyBooleanProperty pausedProperty() { return editor.pausedProperty(); }

    /**
     * Saves pending edits, then takes {@code action} on the open article as the current user.
     * A step that is not offered, or that someone else's step has made impossible, is refused
     * with a message and the real state is shown.
     */
    public void take(WorkflowAction action) {
        Article open = editor.currentProperty().get();
        if (open == null || !actions.contains(action) || editor.pausedProperty().get()) {
            return;
        }
        editor.saveNow();
        UUID id = open.id();
        UserProfile who = profile.getValue();
        String text = note.get() == null ? "" : note.get();
        executor.submit(() -> {
            StatusChange change = store.apply(id, action, who, clock.instant(), text);
            return new Outcome(change, store.history(id));
        }, outcome -> stepTaken(open, outcome), failure -> {
            onProblem.accept(failure.getMessage());
            editor.open(id);
        });
    }

    private void stepTaken(Article before, Outcome outcome) {
        StatusChange change = outcome.change();
        note.set("");
        editor.statusRecorded(change.articleId(), change.to());
        Article current = editor.currentProperty().get();
        if (current != null && current.id().equals(change.articleId())) {
            timeline.setAll(outcome.history());
        }
        Article changed = (current != null && current.id().equals(before.id()) ? current : before.withStatus(change.to()))
                .withModified(change.when());
        onChanged.accept(ArticleSummary.of(changed));
    }

    /** Only the steps the current user's role allows: a reporter is not offered an editor's steps. */
    private void showActions() {
        ArticleStatus status = editor.statusProperty().get();
        UserProfile who = profile.getValue();
        List<WorkflowAction> offered = editor.openProperty().get() && status != null && who != null
                ? Workflow.actionsFor(who.role(), status, statusBeforeSpike()) : List.of();
        if (!actions.equals(offered)) {
            actions.setAll(offered);
        }
    }

    /** From the timeline: the state the open article had when it was last spiked; null when unknown. */
    private ArticleStatus statusBeforeSpike() {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).to() == ArticleStatus.SPIKED) {
                return timeline.get(i).from();
            }
        }
        return null;
    }

    private void loadTimeline(Article article) {
        long request = ++latestTimeline;
        if (article == null) {
            timeline.clear();
            return;
        }
        executor.submit(() -> store.history(article.id()), history -> {
            if (request == latestTimeline) {
                timeline.setAll(history);
            }
        }, failure -> onProblem.accept("Could not read the article's timeline: " + failure.getMessage()));
    }

    private record Outcome(StatusChange change, List<StatusChange> history) {
    }
}
