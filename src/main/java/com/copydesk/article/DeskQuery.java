package com.copydesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A desk view as the user set it up, to be saved under a name: the filters and the search text.
 * Unlike a {@link DeskFilter} it keeps "mine" as a flag (so it follows whoever uses it) and the
 * last-change range as calendar days, {@code changedFrom} and {@code changedTo} both included.
 */
public record DeskQuery(Set<ArticleStatus> statuses, Set<String> categories, boolean mine, String author, String tag,
                        LocalDate changedFrom, LocalDate changedTo, String search) {

    public DeskQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        categories.forEach(name -> names.add(Objects.requireNonNull(name, "category").strip()));
        names.remove("");
        categories = Set.copyOf(names);
        author = Objects.requireNonNull(author, "author").strip();
        tag = Objects.requireNonNull(tag, "tag").strip();
        search = Objects.requireNonNull(search, "search").strip();
        if (changedFrom != null && changedTo != null && changedTo.isBefore(changedFrom)) {
            throw new IllegalArgumentException("The last-change range ends (" + changedTo + ") before it starts ("
                    + changedFrom + ").");
        }
    }

    /** The filter this query means for the person named {@code myName}, with days in {@code zone}. */
    public DeskFilter filter(String myName, ZoneId zone) {
        Instant since = changedFrom == null ? null : changedFrom.atStartOfDay(zone).toInstant();
        Instant before = changedTo == null ? null : changedTo.plusDays(1).atStartOfDay(zone).toInstant();
        return new DeskFilter(statuses, categories, mine ? myName : "", author, tag, since, before, null);
    }
}
