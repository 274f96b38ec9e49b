package com.copydesk.article.ui;

import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskSort;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.DeskStore;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * State of the article list: what the search shows, newest first, and which article is selected.
 * Rows are read a page at a time: the first page on each query, and the next one (after the last row
 * read, in the same search, filters and sort) when the view shows a row near the end, so a large
 * archive is reachable by scrolling without reading it all. A ranked text search (default order) is
 * one page: its best {@value #PAGE_SIZE} matches.
 */
public final class ArticleListViewModel {

    static final int PAGE_SIZE = 500;
    /** How close to the end a shown row must be for the next page to be read. */
    static final int PREFETCH_ROWS = 100;

    private final ArticleStore store;
    private final BackgroundExecutor executor;
    private final Consumer<String> onError;
    private final ObservableList<ArticleSummary> items = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<UUID> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ObjectProperty<DeskFilter> filter = new SimpleObjectProperty<>(this, "filter", DeskFilter.ALL);
    private final ObjectProperty<DeskSort> sort = new SimpleObjectProperty<>(this, "sort", DeskSort.DEFAULT);
    private boolean restoringSort;
    private DeskStore desk;
    private long latestQuery;
    /** The last row read from the store for the current query: where the next page starts. */
    private ArticleSummary lastRead;
    private boolean morePages;
    private boolean readingPage;

    public ArticleListViewModel(ArticleStore store, BackgroundExecutor executor, Consumer<String> onError) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.onError = Objects.requireNonNull(onError);
        searchText.addListener((obs, old, now) -> refresh());
        filter.addListener((obs, old, now) -> refresh());
        sort.addListener((obs, old, now) -> sortChanged(now));
    }

    /**
     * From now on applies the desk's {@link #filterProperty() filters} and {@link #sortProperty() sort}
     * through {@code deskStore}, starting with the sort remembered there.
     */
    public void useDesk(DeskStore deskStore) {
        this.desk = Objects.requireNonNull(deskStore);
        executor.submit(deskStore::savedSort, saved -> saved.ifPresent(remembered -> {
            restoringSort = true;
            try {
                sort.set(remembered);
            } finally {
                restoringSort = false;
            }
        }), failure -> onError.accept("Could not read the list's sort order: " + failure.getMessage()));
    }

    /** The list's order; the default, newest change first, lets a text search rank by relevance. */
    public ObjectProperty<DeskSort> sortProperty() {
        return sort;
    }

    /** A click on a column's header: sorts by it, or turns the direction when it already sorts. */
    public void sortBy(DeskSort.Column column) {
        sort.set(sort.get().clicked(column));
    }

    private void sortChanged(DeskSort now) {
        refresh();
        if (desk != null && !restoringSort) {
            DeskStore store = desk;
            executor.run(() -> store.saveSort(now), () -> { },
                    failure -> onError.accept("Could not remember the sort order: " + failure.getMessage()));
        }
    }

    private boolean isPlainList() {
        return filter.get().isAll() && sort.get().isDefault();
    }

    /** The desk's filters, combined with the search text; {@link DeskFilter#ALL} shows everything. */
    public ObjectProperty<DeskFilter> filterProperty() {
        return filter;
    }

    public ObservableList<ArticleSummary> items() {
        return items;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<UUID> selectedIdProperty() {
        return selectedId;
    }

    /** True once the first query has come back, so the list shows real content. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Queries the store again; answers to older queries that arrive late are dropped. */
    public void refresh() {
        long query = ++latestQuery;
        String text = searchText.get() == null ? "" : searchText.get().strip();
        DeskFilter narrowed = filter.get();
        DeskSort order = sort.get();
        DeskStore deskStore = desk;
        boolean plain = isPlainList();
        lastRead = null;
        morePages = false;
        readingPage = false;
        executor.submit(() -> deskStore == null || plain ? store.list(text, PAGE_SIZE)
                : deskStore.list(text, narrowed, order, PAGE_SIZE), rows -> {
            if (query == latestQuery) {
                items.setAll(rows);
                lastRead = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                morePages = rows.size() == PAGE_SIZE && isPaged(text, plain, deskStore);
                loaded.set(true);
            }
        }, failure -> onError.accept("Could not read the article list: " + failure.getMessage()));
    }

    /** A ranked search (plain list with text) is one page by design; everything else pages on. */
    private static boolean isPaged(String text, boolean plain, DeskStore deskStore) {
        return text.isEmpty() || (deskStore != null && !plain);
    }

    /** The view shows the row at {@code index}: near the end, the next page is read. */
    public void rowShown(int index) {
        if (index >= items.size() - PREFETCH_ROWS) {
            loadMore();
        }
    }

    /** True while rows may follow the ones in {@link #items()} (the next page has not come back empty). */
    public boolean hasMore() {
        return morePages;
    }

    /**
     * Reads the page after the last row read, in the current search, filters and sort, and appends it;
     * rows already shown (saved meanwhile and moved up) are not repeated. Does nothing while a page is
     * being read or when the list is complete.
     */
    public void loadMore() {
        if (!morePages || readingPage || lastRead == null) {
            return;
        }
        readingPage = true;
        long query = latestQuery;
        ArticleSummary after = lastRead;
        String text = searchText.get() == null ? "" : searchText.get().strip();
        DeskFilter narrowed = filter.get();
        DeskSort order = sort.get();
        DeskStore deskStore = desk;
        boolean plain = deskStore == null || isPlainList();
        executor.submit(() -> plain ? store.listAfter(after, PAGE_SIZE)
                : deskStore.listAfter(text, narrowed, order, after, PAGE_SIZE), rows -> {
            if (query == latestQuery) {
                readingPage = false;
                append(rows);
            }
        }, failure -> {
            if (query == latestQuery) {
                readingPage = false;
                morePages = false;
            }
            onError.accept("Could not read more of the article list: " + failure.getMessage());
        });
    }

    private void append(java.util.List<ArticleSummary> rows) {
        morePages = rows.size() == PAGE_SIZE;
        if (rows.isEmpty()) {
            return;
        }
        lastRead = rows.get(rows.size() - 1);
        java.util.Set<UUID> shown = new java.util.HashSet<>();
        items.forEach(row -> shown.add(row.id()));
        items.addAll(rows.stream().filter(row -> !shown.contains(row.id())).toList());
    }

    /** Puts a freshly saved article in its place (newest first) without a round trip to the store. */
    public void show(ArticleSummary summary) {
        if (!isPlainList()) {
            // Whether a new or changed article belongs in a filtered list is for the store to say, on the
            // next refresh (see MainViewModel's workflow steps); until then only rows shown are updated.
            int shown = indexOf(summary.id());
            if (shown >= 0) {
                items.set(shown, summary);
            } else if (filter.get().isAll() && matchesSearch(summary)) {
                // Sorted by a column but not filtered: a new article belongs in the list; where, SQLite says.
                refresh();
            }
            return;
        }
        int index = indexOf(summary.id());
        if (index >= 0) {
            // Keep the search snippet: the saved summary has none; search results stay in ranked order.
            String snippet = items.get(index).snippet();
            items.set(index, summary.withSnippet(snippet));
            if (!snippet.isEmpty()) {
                return;
            }
        } else if (matchesSearch(summary)) {
            items.add(summary);
        }
        if (!isSorted()) {
            items.sort(Comparator.comparing(ArticleSummary::modified).reversed());
        }
    }

    public void remove(UUID id) {
        int index = indexOf(id);
        if (index >= 0) {
            items.remove(index);
        }
    }

    public int indexOf(UUID id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesSearch(ArticleSummary summary) {
        String text = searchText.get() == null ? "" : searchText.get().strip();
        return text.isEmpty() || summary.headline().toLowerCase().contains(text.toLowerCase());
    }

    private boolean isSorted() {
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).modified().isBefore(items.get(i).modified())) {
                return false;
            }
        }
        return true;
    }
}
