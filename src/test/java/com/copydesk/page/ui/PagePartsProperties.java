package com.copydesk.page.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview reads title and description back out of a rendered page exactly as they went in. */
class PagePartsProperties {

    private static final Instant NOW = Instant.parse("2025-07-04T15:00:00Z");
    private final PageRenderer renderer = new PageRenderer();

    @Property(tries = 300)
    void titleAndDescriptionSurviveRendering(@ForAll("text") String headline, @ForAll("text") String dek) {
        Article article = new Article(UUID.randomUUID(), headline, dek, "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), NOW, NOW);
        String html = renderer.render(article, Publication.DEFAULT);

        String expectedHeadline = headline.strip().isEmpty() ? "Untitled" : headline.strip();
        assertThat(PageParts.title(html)).isEqualTo(expectedHeadline + " — " + Publication.DEFAULT.masthead());
        assertThat(PageParts.description(html)).isEqualTo(dek.strip());
        assertThat(PageParts.stableHead(html)).doesNotContain("<title>", "name=\"description\"");
        // The in-place update swaps what follows the masthead: together they are the whole page wrapper.
        assertThat(PageParts.body(html)).contains(PageParts.masthead(html) + PageParts.afterMasthead(html) + "</div>");
        assertThat(PageParts.masthead(html)).startsWith("<header class=\"masthead\">").endsWith("</header>");
        assertThat(PageParts.afterMasthead(html)).contains("<main", "</footer>").doesNotContain("masthead");
        assertThat(PageParts.hasMasthead(html, PageParts.masthead(html))).isTrue();
        assertThat(PageParts.hasMasthead(html, PageParts.masthead(html).replace("</header>", " </header>"))).isFalse();
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().with('&', '<', '>', '"', '\'', ';', '#', 'x', ' ', '{', '}'),
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u00a0', '\u2fff'));
        Arbitrary<String> emoji = Arbitraries.of("🎉", "𝔘", "👩‍💻");
        return Arbitraries.oneOf(chars.map(String::valueOf), emoji).list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }
}
