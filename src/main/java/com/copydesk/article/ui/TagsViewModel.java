package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.TagName;
import com.copydesk.store.TagStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** The open article's tags, the known tags for autocompletion, and adding/removing (saved at once). */
public final class TagsViewModel {

    static final int MAX_SUGGESTIONS = 10;

    private final TagStore store;
    private final ArticleEditorViewModel editor;
    private final BackgroundExecutor executor;
    private final Consumer<String> onProblem;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> known = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private long latestLoad;

    public TagsViewModel(TagStore store, ArticleEditorViewModel editor, BackgroundExecutor executor,
                         Consumer<String> onProblem) {
        this.store = Objects.requireNonNull(store);
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
        this.onProblem = Objects.requireNonNull(onProblem);
        editor.loadedProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                input.set("");
                problem.set("");
                load(now);
            }
        });
        input.addListener((obs, old, now) -> problem.set(""));
        executor.submit(store::all, known::setAll, failure -> onProblem.accept("Could not read the tags: " + failure.getMessage()));
    }

    public ObservableList<String> tags() { return tags; }

    /** Reads the known tags and the open article's tags again (after a change to many articles at once). */
    public void reloadKnown() {
        executor.submit(store::all, known::setAll, failure -> onProblem.accept("Could not read the tags: " + failure.getMessage()));
        load(editor.currentProperty().get());
    }

    /** Every tag known in this database. */
    public ObservableList<String> known() { return known; }

    public StringProperty inputProperty() { return input; }

    public StringProperty problemProperty() { return problem; }

    /** Known tags not on the article that contain {@code typed} (ignoring case), those starting with it first. */
    public List<String> suggestions(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String tag : known) {
            String lower = tag.toLowerCase(Locale.ROOT);
            if (tags.stream().anyMatch(tag::equalsIgnoreCase)) {
                continue;
            }
            if (lower.startsWith(needle)) {
                starting.add(tag);
            } else if (lower.contains(needle)) {
                containing.add(tag);
            }
        }
        starting.addAll(containing);
        return starting.subList(0, Math.min(MAX_SUGGESTIONS, starting.size()));
    }

    /** Adds the typed tag; a bad name is refused with a sentence and the input is kept. */
    public void addInput() {
        String typed = input.get() == null ? "" : input.get();
        try {
            String name = TagName.clean(typed);
            change(id -> store.addTag(id, name), () -> input.set(""));
        } catch (IllegalArgumentException bad) {
            problem.set(bad.getMessage());
        }
    }

    public void remove(String tag) {
        change(id -> store.removeTag(id, tag), () -> { });
    }

    /**
     * Stores one tag added or taken off, not the list shown: a list read before a change queued
     * ahead of this one (a tag step on the selection) would undo that change.
     */
    private void change(Function<UUID, List<String>> oneTag, Runnable then) {
        Article open = editor.currentProperty().get();
        if (open == null) {
            return;
        }
        UUID id = open.id();
        executor.submit(() -> new Saved(oneTag.apply(id), store.all()), saved -> {
            known.setAll(saved.known());
            Article now = editor.currentProperty().get();
            if (now != null && now.id().equals(id)) {
                tags.setAll(saved.tags());
                then.run();
            }
        }, failure -> problem.set(failure.getMessage()));
    }

    private void load(Article article) {
        long request = ++latestLoad;
        if (article == null) {
            tags.clear();
            return;
        }
        executor.submit(() -> store.tagsOf(article.id()), found -> {
            if (request == latestLoad) {
                tags.setAll(found);
            }
        }, failure -> onProblem.accept("Could not read the article's tags: " + failure.getMessage()));
    }

    private record Saved(List<String> tags, List<String> known) {
    }
}
