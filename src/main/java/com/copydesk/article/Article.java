package com.copydesk.article;

import com.copydesk.body.BodyDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One story with all its fields. Text fields are never null (empty means unset);
 * {@code publishDate} may be null. Categories are names, the first one is primary.
 * {@code targetLength} is the length the desk wants, in words, or null for none of its own
 * (the primary category's default then applies).
 */
public record Article(
        UUID id,
        String headline,
        String dek,
        String byline,
        String dateline,
        LocalDate publishDate,
        List<String> categories,
        ArticleStatus status,
        BodyDocument body,
        Instant created,
        Instant modified,
        Integer targetLength) {

    /** The longest target length accepted, in words. */
    public static final int MAX_TARGET_LENGTH = 100_000;

    public Article {
        Objects.requireNonNull(id, "id");
        headline = requireText(headline, "headline");
        dek = requireText(dek, "dek");
        byline = requireText(byline, "byline");
        dateline = requireText(dateline, "dateline");
        categories = cleanCategories(categories);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        checkTargetLength(targetLength);
    }

    /** An article without a target length of its own. */
    public Article(UUID id, String headline, String dek, String byline, String dateline, LocalDate publishDate,
                   List<String> categories, ArticleStatus status, BodyDocument body, Instant created, Instant modified) {
        this(id, headline, dek, byline, dateline, publishDate, categories, status, body, created, modified, null);
    }

    /** {@code words} itself; refused unless null or 1 to {@link #MAX_TARGET_LENGTH}. */
    public static Integer checkTargetLength(Integer words) {
        if (words != null && (words < 1 || words > MAX_TARGET_LENGTH)) {
            throw new IllegalArgumentException("the target length must be 1 to " + MAX_TARGET_LENGTH + " words, not " + words);
        }
        return words;
    }

    /** An empty draft, created now. */
    public static Article newDraft(UUID id, String byline, Instant now) {
        return new Article(id, "", "", byline, "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), now, now);
    }

    public Optional<String> primaryCategory() {
        return categories.isEmpty() ? Optional.empty() : Optional.of(categories.get(0));
    }

    public Article withModified(Instant when) {
        return new Article(id, headline, dek, byline, dateline, publishDate, categories, status, body, created, when,
                targetLength);
    }

    public Article withPublishDate(LocalDate date) {
        return new Article(id, headline, dek, byline, dateline, date, categories, status, body, created, modified,
                targetLength);
    }

    public Article withStatus(ArticleStatus newStatus) {
        return new Article(id, headline, dek, byline, dateline, publishDate, categories, newStatus, body, created, modified,
                targetLength);
    }

    public Article withCategories(List<String> names) {
        return new Article(id, headline, dek, byline, dateline, publishDate, names, status, body, created, modified,
                targetLength);
    }

    public Article withTargetLength(Integer words) {
        return new Article(id, headline, dek, byline, dateline, publishDate, categories, status, body, created, modified,
                words);
    }

    /** True when both describe the same content, ignoring the timestamps. */
    public boolean sameContentAs(Article other) {
        return other != null
                && id.equals(other.id)
                && headline.equals(other.headline)
                && dek.equals(other.dek)
                && byline.equals(other.byline)
                && dateline.equals(other.dateline)
                && Objects.equals(publishDate, other.publishDate)
                && categories.equals(other.categories)
                && status == other.status
                && body.equals(other.body)
                && Objects.equals(targetLength, other.targetLength);
    }

    /**
     * This version, as stored, with each field that {@code edited} changed from {@code base} taken
     * from {@code edited}: for text typed while the article was read from the store again, where
     * the typing is newer than the read and the read's other changes (a bulk step) stand too.
     */
    public Article withEditsSince(Article base, Article edited) {
        return new Article(id, newer(base.headline, edited.headline, headline), newer(base.dek, edited.dek, dek),
                newer(base.byline, edited.byline, byline), newer(base.dateline, edited.dateline, dateline),
                newer(base.publishDate, edited.publishDate, publishDate),
                newer(base.categories, edited.categories, categories), newer(base.status, edited.status, status),
                newer(base.body, edited.body, body), created, modified,
                newer(base.targetLength, edited.targetLength, targetLength));
    }

    private static <T> T newer(T base, T edited, T stored) {
        return Objects.equals(base, edited) ? stored : edited;
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " contains a NUL character");
        }
        return value;
    }

    /** Each name {@link Category#normalize}d, once: of names that are one category ({@link Category#key}) the first is kept. */
    private static List<String> cleanCategories(List<String> names) {
        Objects.requireNonNull(names, "categories");
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            String clean = Category.normalize(Objects.requireNonNull(name, "category"));
            if (clean.isEmpty()) {
                throw new IllegalArgumentException("a category name is blank");
            }
            byKey.putIfAbsent(Category.key(clean), clean);
        }
        return List.copyOf(byKey.values());
    }
}
