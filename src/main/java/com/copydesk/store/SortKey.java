package com.copydesk.store;

import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskSort;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One term of the desk list's order: an expression over a row, the same expression over a bound
 * value, and that value as a list row holds it. The terms of a sort end in modification time and
 * id, which make every position unique, so a page can start right after a given row (a keyset).
 */
record SortKey(String column, String parameter, boolean ascending, Function<ArticleSummary, Object> value) {

    private static final String STATUS_RANK = "CASE %s WHEN 'DRAFT' THEN 0 WHEN 'CHANGES_REQUESTED' THEN 1 "
            + "WHEN 'IN_REVIEW' THEN 2 WHEN 'READY' THEN 3 WHEN 'PUBLISHED' THEN 4 ELSE 5 END";

    static List<SortKey> of(DeskSort sort) {
        boolean up = sort.ascending();
        List<SortKey> keys = new ArrayList<>();
        switch (sort.column()) {
            case HEADLINE -> keys.add(new SortKey("a.headline COLLATE NOCASE", "?", up, ArticleSummary::headline));
            case STATUS -> keys.add(new SortKey(String.format(STATUS_RANK, "a.status"), String.format(STATUS_RANK, "?"),
                    up, row -> row.status().name()));
            // Articles without a category or byline come last either way (see V8__sort_keys.sql).
            case CATEGORY -> keys.add(lastWhenEmpty("a.primary_category", up, ArticleSummary::primaryCategory));
            case BYLINE -> keys.add(lastWhenEmpty("trim(a.byline)", up, row -> sqliteTrim(row.byline())));
            case WORDS -> keys.add(new SortKey("a.word_count", "?", up, ArticleSummary::words));
            case CHANGED -> keys.add(new SortKey("a.modified_at", "?", up, row -> row.modified().toEpochMilli()));
        }
        if (sort.column() != DeskSort.Column.CHANGED) {
            keys.add(new SortKey("a.modified_at", "?", false, row -> row.modified().toEpochMilli()));
        }
        keys.add(new SortKey("a.id", "?", true, row -> row.id().toString()));
        return keys;
    }

    /**
     * A text key, case folded, under which empty values sort after all others in both directions:
     * going up they become an empty blob (SQLite sorts blobs after text), going down 0 (before text).
     * The expressions are those of the V8 indexes, so that SQLite walks an index for the order.
     */
    private static SortKey lastWhenEmpty(String text, boolean up, Function<ArticleSummary, String> value) {
        Object empty = up ? new byte[0] : 0;
        String column = "(CASE " + text + " WHEN '' THEN " + (up ? "x''" : "0") + " ELSE " + text + " END) COLLATE NOCASE";
        return new SortKey(column, "?", up, row -> {
            String v = value.apply(row);
            return v.isEmpty() ? empty : v;
        });
    }

    /** SQLite's trim(): spaces only, unlike {@link String#strip()}. */
    private static String sqliteTrim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    static String orderBy(List<SortKey> keys) {
        return keys.stream().map(key -> key.column + (key.ascending ? " ASC" : " DESC")).collect(Collectors.joining(", "));
    }

    /**
     * The condition "comes after {@code last}" in the order of {@code keys}, adding the values it binds
     * to {@code values}: the first key at most as far as last's (which lets SQLite read an index from
     * there), then last's values equal up to one key that comes after.
     */
    static String after(List<SortKey> keys, ArticleSummary last, List<Object> values) {
        SortKey first = keys.get(0);
        StringBuilder sql = new StringBuilder(first.column + (first.ascending ? " >= " : " <= ") + first.parameter);
        values.add(first.value.apply(last));
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(keys.get(j).column + " = " + keys.get(j).parameter);
                values.add(keys.get(j).value.apply(last));
            }
            SortKey key = keys.get(i);
            terms.add(key.column + (key.ascending ? " > " : " < ") + key.parameter);
            values.add(key.value.apply(last));
            alternatives.add("(" + String.join(" AND ", terms) + ")");
        }
        return sql.append(" AND (").append(String.join(" OR ", alternatives)).append(")").toString();
    }

    /**
     * The rows after {@code last} in the order of {@code keys} as one range of an index per key:
     * keys before it equal to last's, this key strictly after. {@link #after} as a single condition
     * makes SQLite seek on the first key only and test every row from there, computing the key's
     * expression for each (tens of milliseconds inside a category of 11,000 articles); each range
     * here is a seek. Every range's rows come in the order of the remaining keys.
     */
    static List<Range> ranges(List<SortKey> keys, ArticleSummary last) {
        List<Range> ranges = new ArrayList<>();
        for (int i = keys.size() - 1; i >= 0; i--) {
            List<String> terms = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(keys.get(j).column + " = " + keys.get(j).parameter);
                values.add(keys.get(j).value.apply(last));
            }
            SortKey key = keys.get(i);
            terms.add(key.column + (key.ascending ? " > " : " < ") + key.parameter);
            values.add(key.value.apply(last));
            ranges.add(new Range(String.join(" AND ", terms), values, orderBy(keys.subList(i, keys.size()))));
        }
        return ranges;
    }

    /** One range of {@link #ranges}: its condition, the values that condition binds, its order. */
    record Range(String condition, List<Object> values, String orderBy) {
    }
}
