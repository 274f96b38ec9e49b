package com.copydesk.article;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the desk's list shows besides the text search: any of {@code statuses} (all when empty),
 * any of {@code categories} (all when empty), only bylines equal to {@code byline} ignoring case
 * (everyone's when empty: "mine" sets it to the user's name), bylines containing {@code author}
 * ignoring case (any when empty), articles carrying the tag {@code tag} ignoring case (any when
 * empty), last changed at or after {@code changedSince} and before {@code changedBefore} (each
 * when not null), and only articles marked published at or after {@code publishedSince} (when not null).
 */
public record DeskFilter(Set<ArticleStatus> statuses, Set<String> categories, String byline, String author,
                         String tag, Instant changedSince, Instant changedBefore, Instant publishedSince) {

    public static final DeskFilter ALL = new DeskFilter(Set.of(), Set.of(), "", null);

    public DeskFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        categories.forEach(name -> names.add(Objects.requireNonNull(name, "category").strip()));
        names.remove("");
        categories = Set.copyOf(names);
        byline = Objects.requireNonNull(byline, "byline").strip();
        author = Objects.requireNonNull(author, "author").strip();
        tag = Objects.requireNonNull(tag, "tag").strip();
    }

    /** Statuses, categories, "mine" and "published since" only. */
    public DeskFilter(Set<ArticleStatus> statuses, Set<String> categories, String byline, Instant publishedSince) {
        this(statuses, categories, byline, "", "", null, null, publishedSince);
    }

    public boolean isAll() {
        return statuses.isEmpty() && categories.isEmpty() && byline.isEmpty() && author.isEmpty() && tag.isEmpty()
                && changedSince == null && changedBefore == null && publishedSince == null;
    }
}
