package com.copydesk.article;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.Mark;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleArticlesTest {

    private static final Instant NOW = Instant.parse("2025-07-04T15:00:00Z");
    private static final Set<String> SECTIONS =
            Set.of("Politics", "Business", "Science", "Culture", "Sports", "Local", "World");

    private final List<Article> samples = SampleArticles.create(NOW);

    @Test
    void fourCompleteDistinctStories() {
        assertEquals(4, samples.size());
        assertEquals(4, samples.stream().map(Article::id).distinct().count());
        assertEquals(4, samples.stream().map(Article::headline).distinct().count());
        assertEquals(4, samples.stream().map(Article::byline).distinct().count());
        assertEquals(4, samples.stream().map(Article::categories).distinct().count());
        assertEquals(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.READY, ArticleStatus.PUBLISHED),
                samples.stream().map(Article::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(ArticleStatus.class))));
        Pattern capsCity = Pattern.compile("[A-Z][A-Z .'-]*");
        for (Article a : samples) {
            assertFalse(a.headline().isBlank(), "headline");
            assertFalse(a.dek().isBlank(), "dek");
            assertFalse(a.byline().isBlank(), "byline");
            assertTrue(capsCity.matcher(a.dateline()).matches(), a.dateline());
            assertTrue(a.publishDate() != null, "publish date");
            assertFalse(a.categories().isEmpty());
            assertTrue(SECTIONS.containsAll(a.categories()), a.categories().toString());
            int words = a.body().plainText().split("\\s+").length;
            assertTrue(words >= 250 && words <= 450, a.headline() + ": " + words + " words");
        }
        assertTrue(samples.stream().anyMatch(a -> a.categories().size() == 2));
    }

    @Test
    void bodiesUseTheWholeHouseStyle() {
        for (Article a : samples) {
            List<Block> blocks = a.body().blocks();
            assertTrue(blocks.stream().anyMatch(b -> b.type() == BlockType.HEADING2), a.headline());
            assertTrue(blocks.stream().anyMatch(b -> b.type() == BlockType.QUOTE), a.headline());
            assertTrue(a.body().plainText().contains("“"), "curly quotes in " + a.headline());
            assertFalse(a.body().plainText().contains("\""), "straight quotes in " + a.headline());
        }
        Set<Mark> marks = new HashSet<>();
        samples.forEach(a -> a.body().blocks().forEach(b -> b.runs().forEach(r -> marks.addAll(r.marks()))));
        assertTrue(marks.containsAll(EnumSet.of(Mark.BOLD, Mark.ITALIC)), marks.toString());
        assertTrue(samples.stream().anyMatch(a -> a.body().blocks().stream().anyMatch(b -> b.type() == BlockType.HEADING3)));
        assertTrue(samples.stream().anyMatch(a -> a.body().plainText().contains("Zoë Ångström")));
    }

    @Test
    void deterministicAndRecentlyModified() {
        List<Article> again = SampleArticles.create(NOW);
        for (int i = 0; i < samples.size(); i++) {
            assertTrue(samples.get(i).sameContentAs(again.get(i)));
            assertEquals(samples.get(i), again.get(i));
        }
        assertEquals(samples.stream().map(Article::id).toList(),
                SampleArticles.create(NOW.plus(Duration.ofDays(30))).stream().map(Article::id).toList());
        for (Article a : samples) {
            assertTrue(a.modified().isBefore(NOW), "modified before now");
            assertTrue(a.modified().isAfter(NOW.minus(Duration.ofDays(7))), "modified in the last week");
            assertFalse(a.created().isAfter(a.modified()), "created before modified");
        }
        assertEquals(4, samples.stream().map(Article::modified).distinct().count());
    }
}
