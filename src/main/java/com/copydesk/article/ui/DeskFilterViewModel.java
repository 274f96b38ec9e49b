package com.copydesk.article.ui;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.CategoryRename;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskQuery;
import com.copydesk.article.SavedView;
import com.copydesk.article.UserProfile;
import com.copydesk.store.DeskStore;
import com.copydesk.store.SavedViewStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The desk's filters over the article list: statuses, categories, author, tag, last-change range
 * and "mine" (combined with the text search), the active filters as removable chips, and the
 * saved views with their counts: the built-in ones and those the user saved under a name.
 */
public final class DeskFilterViewModel {

    private static final String USER_VIEW = "user-";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A saved view as the sidebar shows it; {@code userDefined} ones can be renamed and deleted. */
    public record ViewCount(String id, String name, int count, boolean userDefined) {
        public ViewCount(String id, String name, int count) {
            this(id, name, count, false);
        }

        public String label() {
            return name + " (" + String.format("%,d", count) + ")";
        }
    }

    /** One active filter the user can remove. */
    public record Chip(String label, Runnable remove) {
    }

    private final DeskStore desk;
    private final SavedViewStore savedViews;
    private final ArticleListViewModel list;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ObservableValue<UserProfile> profile;
    private final Consumer<String> onProblem;
    private final ObservableSet<ArticleStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(ArticleStatus.class));
    private final ObservableSet<String> categories = FXCollections.observableSet(new TreeSet<>());
    private final BooleanProperty mine = new SimpleBooleanProperty(this, "mine", false);
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final ObjectProperty<LocalDate> changedFrom = new SimpleObjectProperty<>(this, "changedFrom");
    private final ObjectProperty<LocalDate> changedTo = new SimpleObjectProperty<>(this, "changedTo");
    private final ObjectProperty<Instant> publishedSince = new SimpleObjectProperty<>(this, "publishedSince");
    private final ObservableList<Chip> chips = FXCollections.observableArrayList();
    private final ObservableList<ViewCount> views = FXCollections.observableArrayList();
    private final Map<String, View> definitions = new LinkedHashMap<>();
    private List<SavedView> userViews = List.of();
    private boolean applying;
    private long latestCounts;

    public DeskFilterViewModel(DeskStore desk, ArticleListViewModel list, BackgroundExecutor executor, Clock clock,
                               ObservableValue<UserProfile> profile, Consumer<String> onProblem) {
        this(desk, null, list, executor, clock, profile, onProblem);
    }

    /** With {@code savedViews}, the user can save the current filters as views of their own. */
    public DeskFilterViewModel(DeskStore desk, SavedViewStore savedViews, ArticleListViewModel list,
                               BackgroundExecutor executor, Clock clock, ObservableValue<UserProfile> profile,
                               Consumer<String> onProblem) {
        this.desk = Objects.requireNonNull(desk);
        this.savedViews = savedViews;
        this.list = Objects.requireNonNull(list);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.profile = Objects.requireNonNull(profile);
        this.onProblem = Objects.requireNonNull(onProblem);
        define("myDrafts", "My drafts", () -> new DeskFilter(
                EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED), Set.of(), myName(), null));
        define("needsReview", "Needs review", () -> only(ArticleStatus.IN_REVIEW, null));
        define("ready", "Ready", () -> only(ArticleStatus.READY, null));
        define("publishedToday", "Published today", () -> only(ArticleStatus.PUBLISHED, startOfToday()));
        define("spiked", "Spiked", () -> only(ArticleStatus.SPIKED, null));
        statuses.addListener((SetChangeListener<ArticleStatus>) change -> changed());
        categories.addListener((SetChangeListener<String>) change -> changed());
        mine.addListener((obs, old, now) -> changed());
        author.addListener((obs, old, now) -> changed());
        tag.addListener((obs, old, now) -> changed());
        changedFrom.addListener((obs, old, now) -> changed());
        changedTo.addListener((obs, old, now) -> changed());
        publishedSince.addListener((obs, old, now) -> changed());
        profile.addListener((obs, old, now) -> {
            if (mine.get()) {
                changed();
            } else {
                refreshCounts();
            }
        });
        views.setAll(definitions.values().stream().map(view -> new ViewCount(view.id, view.name, 0)).toList());
        if (savedViews != null) {
            executor.submit(savedViews::all, this::showUserViews,
                    failure -> onProblem.accept("Could not read the saved views: " + failure.getMessage()));
        } else {
            refreshCounts();
        }
    }

    public ObservableSet<ArticleStatus> statuses() { return statuses; }
    public ObservableSet<String> categories() { return categories; }
    public BooleanProperty mineProperty() { return mine; }
    /** Part of the byline, ignoring case; empty for every author. */
    public StringProperty authorProperty() { return author; }
    /** One tag, ignoring case; empty for any. */
    public StringProperty tagProperty() { return tag; }
    /** First day of the last-change range (included); null for no lower bound. */
    public ObjectProperty<LocalDate> changedFromProperty() { return changedFrom; }
    /** Last day of the last-change range (included); null for no upper bound. */
    public ObjectProperty<LocalDate> changedToProperty() { return changedTo; }
    public ObservableList<Chip> chips() { return chips; }
    public ObservableList<ViewCount> views() { return views; }

    /** The filter now applied to the list. */
    public DeskFilter filter() {
        DeskFilter range = query().filter(myName(), clock.getZone());
        return new DeskFilter(statuses, categories, range.byline(), range.author(), range.tag(), range.changedSince(),
                range.changedBefore(), publishedSince.get());
    }

    /** The filters and the search text as they would be saved in a view. */
    public DeskQuery query() {
        LocalDate from = changedFrom.get();
        LocalDate to = changedTo.get();
        if (from != null && to != null && to.isBefore(from)) {
            // Read a reversed range the way it was meant rather than showing nothing.
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        return new DeskQuery(statuses, categories, mine.get(), text(author.get()), text(tag.get()), from, to,
                text(list.searchTextProperty().get()));
    }

    /** Shows the saved view {@code id}: a built-in one ("myDrafts", "needsReview", …) or one the user saved. */
    public void apply(String id) {
        if (id.startsWith(USER_VIEW)) {
            applyQuery(userView(id).query());
            return;
        }
        View view = definitions.get(id);
        if (view == null) {
            throw new IllegalArgumentException("no saved view " + id);
        }
        DeskFilter filter = view.filter.get();
        set(() -> {
            clearFields();
            statuses.addAll(filter.statuses());
            mine.set(!filter.byline().isEmpty());
            publishedSince.set(filter.publishedSince());
        });
    }

    /** Removes every filter (the text search stays). */
    public void clear() {
        set(this::clearFields);
    }

    /** Saves the current filters and search text as a view called {@code name}; a clash is told, not saved. */
    public void saveView(String name) {
        if (savedViews == null) {
            return;
        }
        String clean = acceptableViewName(name);
        if (clean == null) {
            return;
        }
        DeskQuery query = query();
        executor.submit(() -> {
            savedViews.create(clean, query);
            return savedViews.all();
        }, this::showUserViews, failure -> onProblem.accept(failure.getMessage()));
    }

    /** {@code name} cleaned for a user's view, or null (and the problem told) when it cannot be one. */
    private String acceptableViewName(String name) {
        String clean;
        try {
            clean = SavedView.cleanName(name);
        } catch (IllegalArgumentException bad) {
            onProblem.accept(bad.getMessage());
            return null;
        }
        if (isBuiltInName(clean)) {
            onProblem.accept("“" + clean + "” is one of the built-in views; choose another name.");
            return null;
        }
        return clean;
    }

    /** Renames the user's view {@code id} (as listed in {@link #views()}). */
    public void renameView(String id, String name) {
        SavedView view = userView(id);
        String clean = acceptableViewName(name);
        if (clean == null) {
            return;
        }
        executor.submit(() -> {
            savedViews.rename(view.id(), clean);
            return savedViews.all();
        }, this::showUserViews, failure -> onProblem.accept(failure.getMessage()));
    }

    /** Deletes the user's view {@code id}; the articles it showed are not touched. */
    public void deleteView(String id) {
        SavedView view = userView(id);
        executor.submit(() -> {
            savedViews.delete(view.id());
            return savedViews.all();
        }, this::showUserViews, failure -> onProblem.accept(failure.getMessage()));
    }

    /**
     * A category was renamed, merged into another or deleted: the active filter follows it to its new
     * name, or drops it, and the saved views are read again (the store made them follow it).
     */
    public void categoryChanged(CategoryRename rename) {
        List<String> filtered = List.copyOf(categories);
        List<String> followed = rename.applyTo(filtered);
        if (!followed.equals(filtered)) {
            set(() -> {
                categories.clear();
                categories.addAll(followed);
            });
        }
        if (savedViews != null) {
            executor.submit(savedViews::all, this::showUserViews,
                    failure -> onProblem.accept("Could not read the saved views: " + failure.getMessage()));
        }
    }

    /** Asks the store for the saved views' counts again; late answers to older requests are dropped. */
    public void refreshCounts() {
        long request = ++latestCounts;
        List<ViewCount> shown = new ArrayList<>();
        List<Supplier<Integer>> counts = new ArrayList<>();
        for (View view : definitions.values()) {
            DeskFilter filter = view.filter.get();
            shown.add(new ViewCount(view.id, view.name, 0));
            counts.add(() -> desk.count(filter));
        }
        for (SavedView view : userViews) {
            DeskFilter filter = view.query().filter(myName(), clock.getZone());
            shown.add(new ViewCount(USER_VIEW + view.id(), view.name(), 0, true));
            counts.add(() -> desk.count(view.query().search(), filter));
        }
        executor.submit(() -> counts.stream().map(Supplier::get).toList(), numbers -> {
            if (request != latestCounts) {
                return;
            }
            List<ViewCount> counted = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                ViewCount view = shown.get(i);
                counted.add(new ViewCount(view.id(), view.name(), numbers.get(i), view.userDefined()));
            }
            views.setAll(counted);
        }, failure -> onProblem.accept("Could not count the articles: " + failure.getMessage()));
    }

    private void showUserViews(List<SavedView> all) {
        userViews = List.copyOf(all);
        refreshCounts();
    }

    private SavedView userView(String id) {
        return userViews.stream().filter(view -> (USER_VIEW + view.id()).equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no saved view " + id));
    }

    private boolean isBuiltInName(String name) {
        return definitions.values().stream().anyMatch(view -> view.name.equalsIgnoreCase(name));
    }

    private void applyQuery(DeskQuery query) {
        set(() -> {
            clearFields();
            statuses.addAll(query.statuses());
            categories.addAll(query.categories());
            mine.set(query.mine());
            author.set(query.author());
            tag.set(query.tag());
            changedFrom.set(query.changedFrom());
            changedTo.set(query.changedTo());
            list.searchTextProperty().set(query.search());
        });
    }

    private void clearFields() {
        statuses.clear();
        categories.clear();
        mine.set(false);
        author.set("");
        tag.set("");
        changedFrom.set(null);
        changedTo.set(null);
        publishedSince.set(null);
    }

    /** Makes several changes and applies the result once. */
    private void set(Runnable changes) {
        applying = true;
        try {
            changes.run();
        } finally {
            applying = false;
        }
        changed();
    }

    private void changed() {
        if (applying) {
            return;
        }
        showChips();
        list.filterProperty().set(filter());
        refreshCounts();
    }

    private void showChips() {
        List<Chip> shown = new ArrayList<>();
        for (ArticleStatus status : List.copyOf(statuses)) {
            shown.add(new Chip("Status: " + status.label(), () -> statuses.remove(status)));
        }
        for (String category : List.copyOf(categories)) {
            shown.add(new Chip("Category: " + category, () -> categories.remove(category)));
        }
        if (mine.get()) {
            shown.add(new Chip("Mine: " + myName(), () -> mine.set(false)));
        }
        if (!text(author.get()).isEmpty()) {
            shown.add(new Chip("Author: " + text(author.get()), () -> author.set("")));
        }
        if (!text(tag.get()).isEmpty()) {
            shown.add(new Chip("Tag: " + text(tag.get()), () -> tag.set("")));
        }
        DeskQuery range = query();
        if (range.changedFrom() != null || range.changedTo() != null) {
            shown.add(new Chip(rangeLabel(range.changedFrom(), range.changedTo()), () -> set(() -> {
                changedFrom.set(null);
                changedTo.set(null);
            })));
        }
        if (publishedSince.get() != null) {
            shown.add(new Chip("Published today", () -> publishedSince.set(null)));
        }
        chips.setAll(shown);
    }

    private static String rangeLabel(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return from.equals(to) ? "Last change: " + DAY.format(from)
                    : "Last change: " + DAY.format(from) + " – " + DAY.format(to);
        }
        return from != null ? "Last change: since " + DAY.format(from) : "Last change: until " + DAY.format(to);
    }

    private void define(String id, String name, Supplier<DeskFilter> filter) {
        definitions.put(id, new View(id, name, filter));
    }

    private DeskFilter only(ArticleStatus status, Instant since) {
        return new DeskFilter(Set.of(status), Set.of(), "", since);
    }

    private String myName() {
        return profile.getValue() == null ? "" : profile.getValue().name();
    }

    private Instant startOfToday() {
        return LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private record View(String id, String name, Supplier<DeskFilter> filter) {
    }
}
