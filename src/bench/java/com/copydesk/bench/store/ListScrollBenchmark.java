package com.copydesk.bench.store;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskFilter;
import com.copydesk.article.DeskSort;
import com.copydesk.article.ui.ArticleListViewModel;
import com.copydesk.bench.BenchContext;
import com.copydesk.bench.Benchmark;
import com.copydesk.bench.HeapGrowth;
import com.copydesk.bench.Result;
import com.copydesk.bench.Samples;
import com.copydesk.bench.Target;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.DeskStore;
import com.copydesk.task.SameThreadExecutor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The list view model scrolled to the end of a large archive: the heap holding every row it read,
 * and, for the desk's column sorts, a page deep in the list read by the keyset after the last row
 * shown, beside the same page read with OFFSET.
 */
public final class ListScrollBenchmark implements Benchmark {

    private static final int PAGE = 500;
    private static final int RUNS = 3;
    private static final String COLUMNS = "a.id, a.headline, a.status, a.modified_at, a.byline, a.word_count, "
            + "a.primary_category";
    private static final String STATUS_RANK = "CASE a.status WHEN 'DRAFT' THEN 0 WHEN 'CHANGES_REQUESTED' THEN 1 "
            + "WHEN 'IN_REVIEW' THEN 2 WHEN 'READY' THEN 3 WHEN 'PUBLISHED' THEN 4 ELSE 5 END";

    @Override
    public String name() {
        return "listscroll";
    }

    @Override
    public List<Result> run(BenchContext context) throws Exception {
        int count = BenchContext.size("bench.list.articles", 100_000);
        Path file = context.datasets().articles(count);
        List<Result> results = new ArrayList<>();
        results.add(heap(file, count));
        int depth = count * 9 / 10;
        // The baselines' ORDER BY is the store's (SortKey), read with OFFSET instead of after the last row.
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.HEADLINE, true), "a.headline COLLATE NOCASE ASC"));
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.HEADLINE, false), "a.headline COLLATE NOCASE DESC"));
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.CATEGORY, true),
                "(CASE a.primary_category WHEN '' THEN x'' ELSE a.primary_category END) COLLATE NOCASE ASC"));
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.CATEGORY, false),
                "(CASE a.primary_category WHEN '' THEN 0 ELSE a.primary_category END) COLLATE NOCASE DESC"));
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.STATUS, true), STATUS_RANK + " ASC"));
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.STATUS, false), STATUS_RANK + " DESC"));
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.BYLINE, true),
                "(CASE trim(a.byline) WHEN '' THEN x'' ELSE trim(a.byline) END) COLLATE NOCASE ASC"));
        results.add(deepPage(file, depth, new DeskSort(DeskSort.Column.WORDS, false), "a.word_count DESC"));
        results.add(deepPage(file, depth, DeskSort.DEFAULT, null));
        return results;
    }

    /** The view model as the list uses it, scrolled row by row to the end, every row kept. */
    private static Result heap(Path file, int count) throws Exception {
        List<Object> kept = new ArrayList<>();
        int[] rows = new int[1];
        long ours = HeapGrowth.during(() -> {
            Database database = Database.open(file);
            try {
                ArticleListViewModel list = new ArticleListViewModel(new ArticleStore(database), new SameThreadExecutor(),
                        problem -> { throw new IllegalStateException(problem); });
                list.useDesk(new DeskStore(database));
                list.refresh();
                while (list.hasMore()) {
                    list.rowShown(list.items().size() - 1);
                }
                rows[0] = list.items().size();
                kept.add(list);
            } finally {
                database.close();
            }
        });
        if (rows[0] != count) {
            throw new IllegalStateException("scrolling reached " + rows[0] + " of " + count + " articles");
        }
        kept.clear();
        long bare = HeapGrowth.during(() -> {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                         + " FROM articles a WHERE a.deleted_at IS NULL ORDER BY a.modified_at DESC, a.id")) {
                kept.add(rows(select));
            }
        });
        kept.clear();
        return new Result(String.format("Heap after scrolling the list view model to its end (%,d rows kept)", rows[0]),
                "MiB", ours / 1048576.0, bare / 1048576.0, "bare JDBC, all rows at once as String[]", Target.atMost(300),
                "live heap growth; pages of " + PAGE + " read as the last row is shown");
    }

    /**
     * The page after the row at {@code depth} in {@code sort}: ours by keyset ({@link DeskStore#listAfter}),
     * the baseline the same ORDER BY with OFFSET. {@code orderBy} null: the plain list's own keyset query.
     */
    private static Result deepPage(Path file, int depth, DeskSort sort, String orderBy) throws Exception {
        String order = (orderBy == null ? "" : orderBy + ", ") + "a.modified_at DESC, a.id";
        String offsetSql = "SELECT " + COLUMNS + " FROM articles a WHERE a.deleted_at IS NULL ORDER BY " + order
                + " LIMIT ? OFFSET ?";
        try (Database database = Database.open(file);
             Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement select = connection.prepareStatement(offsetSql)) {
            DeskStore desk = new DeskStore(database);
            ArticleStore store = new ArticleStore(database);
            select.setInt(1, 1);
            select.setInt(2, depth - 1);
            ArticleSummary last = summary(rows(select).get(0));
            List<ArticleSummary>[] page = new List[1];
            double ours = Samples.medianMillis(1, RUNS, () -> page[0] = orderBy == null
                    ? store.listAfter(last, PAGE) : desk.listAfter("", DeskFilter.ALL, sort, last, PAGE));
            List<String[]>[] barePage = new List[1];
            double bare = Samples.medianMillis(1, RUNS, () -> {
                select.setInt(1, PAGE);
                select.setInt(2, depth);
                barePage[0] = rows(select);
            });
            if (!page[0].get(0).id().toString().equals(barePage[0].get(0)[0])) {
                throw new IllegalStateException("keyset and OFFSET pages differ for " + sort.encode());
            }
            return new Result(String.format("Next page of %d at row %,d, sorted by %s", PAGE, depth,
                    sort.equals(DeskSort.DEFAULT) ? "last change (plain list)" : sort.encode()), "ms", ours, bare,
                    "same ORDER BY with OFFSET " + depth + ", bare JDBC", Target.reportOnly(),
                    "median of " + RUNS + "; read on the storage thread while 100 rows are still below the view");
        }
    }

    private static ArticleSummary summary(String[] row) {
        return new ArticleSummary(UUID.fromString(row[0]), row[1], ArticleStatus.valueOf(row[2]), row[6],
                Instant.ofEpochMilli(Long.parseLong(row[3])), "", row[4], Integer.parseInt(row[5]));
    }

    private static List<String[]> rows(PreparedStatement select) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                String[] row = new String[7];
                for (int i = 0; i < row.length; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
