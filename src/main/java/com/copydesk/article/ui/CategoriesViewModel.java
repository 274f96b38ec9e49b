package com.copydesk.article.ui;

import com.copydesk.article.CategoryInfo;
import com.copydesk.article.CategoryRename;
import com.copydesk.store.CategoryAdminStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.concurrent.Callable;

/** The category manager: the categories with counts, and create/rename/recolor/reorder/merge/delete. */
public final class CategoriesViewModel {

    private final CategoryAdminStore store;
    private final BackgroundExecutor executor;
    private final Followers followers;
    private final ObservableList<CategoryInfo> categories = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty targetText = new SimpleStringProperty(this, "targetText", "");

    /**
     * Whoever holds category names that a change must not leave behind: the editor, whose unsaved
     * edits would otherwise write a renamed or deleted category's old name back.
     */
    public interface Followers {
        /** Before each change is queued. */
        void beforeChange();

        /** The change is stored: {@code rename} says what it made of a name (null when it changed none). */
        void changed(CategoryRename rename);

        /** The change was refused or failed: nothing changed. */
        void notChanged();
    }

    public CategoriesViewModel(CategoryAdminStore store, BackgroundExecutor executor, Followers followers) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.followers = Objects.requireNonNull(followers);
        selected.addListener((obs, old, now) -> {
            problem.set("");
            if (now != null && (old == null || old.id() != now.id())) {
                name.set(now.name());
                targetText.set(now.defaultTargetLength() == null ? "" : now.defaultTargetLength().toString());
            }
        });
    }

    public ObservableList<CategoryInfo> categories() { return categories; }
    public ObjectProperty<CategoryInfo> selectedProperty() { return selected; }
    /** The name typed for "Add" and "Rename". */
    public StringProperty nameProperty() { return name; }
    /** Why the last change was refused, in words for the user; empty when all is well. */
    public StringProperty problemProperty() { return problem; }
    /** The default target length in words typed for "Set target"; empty for none. */
    public StringProperty targetTextProperty() { return targetText; }

    public void load() {
        executor.submit(store::overview, categories::setAll, failure -> problem.set(failure.getMessage()));
    }

    public void create() {
        String typed = name.get();
        change(() -> {
            store.create(typed);
            return null;
        });
    }

    public void renameSelected() {
        CategoryInfo category = selected.get();
        String typed = name.get();
        if (category != null) {
            change(() -> {
                store.rename(category.id(), typed);
                return new CategoryRename(category.name(), CategoryInfo.cleanName(typed));
            });
        }
    }

    public void recolorSelected(String color) {
        CategoryInfo category = selected.get();
        if (category != null) {
            change(() -> {
                store.recolor(category.id(), color);
                return null;
            });
        }
    }

    /** Sets the selected category's default target length from {@link #targetTextProperty()}; bad input is refused with a sentence. */
    public void setTargetOfSelected() {
        CategoryInfo category = selected.get();
        if (category == null) {
            return;
        }
        String typed = targetText.get() == null ? "" : targetText.get().strip();
        String clean = typed.replace(",", "");
        Integer words;
        if (clean.isEmpty()) {
            words = null;
        } else if (!clean.matches("[0-9]{1,9}") || Long.parseLong(clean) < 1
                || Long.parseLong(clean) > com.copydesk.article.Article.MAX_TARGET_LENGTH) {
            problem.set("Target length: “" + typed + "” is not a number of words from 1 to "
                    + String.format(java.util.Locale.ROOT, "%,d", com.copydesk.article.Article.MAX_TARGET_LENGTH)
                    + ". Type one such as 800, or leave it empty for none. Not saved.");
            return;
        } else {
            words = Integer.parseInt(clean);
        }
        change(() -> {
            store.setDefaultTargetLength(category.id(), words);
            return null;
        });
    }

    public void moveSelected(int delta) {
        CategoryInfo category = selected.get();
        if (category != null) {
            change(() -> {
                store.move(category.id(), delta);
                return null;
            });
        }
    }

    /** Files the selected category's articles under {@code target} and removes the selected one. */
    public void mergeSelectedInto(CategoryInfo target) {
        CategoryInfo category = selected.get();
        if (category == null || target == null) {
            problem.set("Choose the category to merge into.");
            return;
        }
        change(() -> {
            store.merge(category.id(), target.id());
            return new CategoryRename(category.name(), target.name());
        });
    }

    /** Deletes the selected category; its articles go to {@code moveTo} (needed when it is in use). */
    public void deleteSelected(CategoryInfo moveTo) {
        CategoryInfo category = selected.get();
        if (category != null) {
            change(() -> {
                store.delete(category.id(), moveTo == null ? null : moveTo.id());
                return moveTo == null ? CategoryRename.deleted(category.name())
                        : new CategoryRename(category.name(), moveTo.name());
            });
        }
    }

    /**
     * {@code work} changes the categories and tells what it made of a name, or null when it changed
     * none. The followers hear of it as soon as it is stored, even should reading the list again fail.
     */
    private void change(Callable<CategoryRename> work) {
        problem.set("");
        followers.beforeChange();
        Long keep = selected.get() == null ? null : selected.get().id();
        executor.submit(work, rename -> {
            followers.changed(rename);
            executor.submit(store::overview, all -> {
                categories.setAll(all);
                selected.set(all.stream().filter(c -> keep != null && c.id() == keep).findFirst().orElse(null));
            }, failure -> problem.set(failure.getMessage()));
        }, failure -> {
            problem.set(failure.getMessage());
            followers.notChanged();
        });
    }
}
