package com.copydesk.article;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the desk's list shows besides the text search: any of {@code statuses} (all when empty),
 * any of {@code categories} (all when empty), only bylines equal to {@code byline} ignoring case
 * (everyone's when empty: "mine" sets it to the user's name), and only articles marked published
 * at or after {@code publishedSince} (when not null).
 */
public record DeskFilter(Set<ArticleStatus> statuses, Set<String> categories, String byline, Instant publishedSince) {

    public static final DeskFilter ALL = new DeskFilter(Set.of(), Set.of(), "", null);

    public DeskFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        categories.forEach(name -> names.add(Objects.requireNonNull(name, "category").strip()));
        names.remove("");
        categories = Set.copyOf(names);
        byline = Objects.requireNonNull(byline, "byline").strip();
    }

    public boolean isAll() {
        return statuses.isEmpty() && categories.isEmpty() && byline.isEmpty() && publishedSince == null;
    }
}
