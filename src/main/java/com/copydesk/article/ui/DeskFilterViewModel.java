package com.copydesk.article.ui;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.UserProfile;
import com.copydesk.store.DeskStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The desk's filters over the article list: statuses, categories and "mine" (combined with the
 * text search), the active filters as removable chips, and the saved views with their counts.
 */
public final class DeskFilterViewModel {

    /** A saved view as the sidebar shows it. */
    public record ViewCount(String id, String name, int count) {
        public String label() {
            return name + " (" + count + ")";
        }
    }

    /** One active filter the user can remove. */
    public record Chip(String label, Runnable remove) {
    }

    private final DeskStore desk;
    private final ArticleListViewModel list;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ObservableValue<UserProfile> profile;
    private final Consumer<String> onProblem;
    private final ObservableSet<ArticleStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(ArticleStatus.class));
    private final ObservableSet<String> categories = FXCollections.observableSet(new java.util.TreeSet<>());
    private final BooleanProperty mine = new SimpleBooleanProperty(this, "mine", false);
    private final ObjectProperty<Instant> publishedSince = new SimpleObjectProperty<>(this, "publishedSince");
    private final ObservableList<Chip> chips = FXCollections.observableArrayList();
    private final ObservableList<ViewCount> views = FXCollections.observableArrayList();
    private final Map<String, View> definitions = new LinkedHashMap<>();
    private boolean applying;
    private long latestCounts;

    public DeskFilterViewModel(DeskStore desk, ArticleListViewModel list, BackgroundExecutor executor, Clock clock,
                               ObservableValue<UserProfile> profile, Consumer<String> onProblem) {
        this.desk = Objects.requireNonNull(desk);
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
        publishedSince.addListener((obs, old, now) -> changed());
        profile.addListener((obs, old, now) -> {
            if (mine.get()) {
                changed();
            } else {
                refreshCounts();
            }
        });
        views.setAll(definitions.values().stream().map(view -> new ViewCount(view.id, view.name, 0)).toList());
        refreshCounts();
    }

    public ObservableSet<ArticleStatus> statuses() { return statuses; }
    public ObservableSet<String> categories() { return categories; }
    public BooleanProperty mineProperty() { return mine; }
    public ObservableList<Chip> chips() { return chips; }
    public ObservableList<ViewCount> views() { return views; }

    /** The filter now applied to the list. */
    public DeskFilter filter() {
        return new DeskFilter(statuses, categories, mine.get() ? myName() : "", publishedSince.get());
    }

    /** Shows the saved view {@code id} ("myDrafts", "needsReview", "ready", "publishedToday", "spiked"). */
    public void apply(String id) {
        View view = definitions.get(id);
        if (view == null) {
            throw new IllegalArgumentException("no saved view " + id);
        }
        DeskFilter filter = view.filter.get();
        applying = true;
        try {
            statuses.clear();
            statuses.addAll(filter.statuses());
            categories.clear();
            mine.set(!filter.byline().isEmpty());
            publishedSince.set(filter.publishedSince());
        } finally {
            applying = false;
        }
        changed();
    }

    /** Removes every filter (the text search stays). */
    public void clear() {
        applying = true;
        try {
            statuses.clear();
            categories.clear();
            mine.set(false);
            publishedSince.set(null);
        } finally {
            applying = false;
        }
        changed();
    }

    /** Asks the store for the saved views' counts again; late answers to older requests are dropped. */
    public void refreshCounts() {
        long request = ++latestCounts;
        List<View> all = List.copyOf(definitions.values());
        List<DeskFilter> filters = all.stream().map(view -> view.filter.get()).toList();
        executor.submit(() -> filters.stream().map(desk::count).toList(), counts -> {
            if (request != latestCounts) {
                return;
            }
            List<ViewCount> shown = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                shown.add(new ViewCount(all.get(i).id, all.get(i).name, counts.get(i)));
            }
            views.setAll(shown);
        }, failure -> onProblem.accept("Could not count the articles: " + failure.getMessage()));
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
        if (publishedSince.get() != null) {
            shown.add(new Chip("Published today", () -> publishedSince.set(null)));
        }
        chips.setAll(shown);
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

    private record View(String id, String name, Supplier<DeskFilter> filter) {
    }
}
