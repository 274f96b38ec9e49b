package com.copydesk.page;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.Category;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.HtmlCodec;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile vector, put into every text field of the article and of the publication at
 * once, comes out of the renderer as text: no script, no event handler, no URL, and the
 * reader sees the characters that were typed.
 */
class HostileContentTest {

    private static final Instant NOW = Instant.parse("2025-07-05T09:30:00Z");
    private static final Logo LOGO = TestImages.pngLogo(40, 10);
    private final PageRenderer renderer = new PageRenderer();

    static List<String> vectors() {
        return HostileVectors.all();
    }

    @Test
    void thereAreAtLeastFortyVectors() {
        assertThat(HostileVectors.all()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorInEveryFieldStaysText(String vector) {
        String html = renderer.render(articleFullOf(vector), publicationFullOf(vector));

        Document page = RenderedPages.assertSafe(html);
        String shown = expectedText(vector.strip());
        assertThat(page.selectFirst("h1").wholeText()).isEqualTo(shown);
        assertThat(page.selectFirst(".dek").wholeText()).isEqualTo(shown);
        assertThat(page.selectFirst(".category").wholeText()).as("in the one form category names are kept in")
                .isEqualTo(expectedText(Category.normalize(vector)));
        assertThat(page.selectFirst(".publication-name").wholeText()).isEqualTo(shown);
        assertThat(page.selectFirst(".tagline").wholeText()).isEqualTo(shown);
        assertThat(page.selectFirst(".sections li").wholeText()).isEqualTo(shown);
        assertThat(page.selectFirst(".footer-name").wholeText()).isEqualTo(shown);
        assertThat(page.selectFirst("img.logo").attr("alt")).isEqualTo(shown);
        assertThat(page.select(".story-body h2").get(0).wholeText()).isEqualTo(expectedText(vector));
        assertThat(page.title()).startsWith(shown.strip().replaceAll("\\s+", " "));
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(shown);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorPastedAsHtmlIntoTheBodyLeavesNoMarkupBehind(String vector) {
        Article article = article("Pasted", vector.replace("\0", ""), List.of(), HtmlCodec.fromHtml(vector));

        RenderedPages.assertSafe(renderer.render(article, Publication.DEFAULT));
    }

    @Test
    void accentColorIsOnlyEverAHexColor() {
        for (String vector : HostileVectors.all()) {
            assertThat(Publication.isHexColor(vector)).isFalse();
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> Publication.DEFAULT.withAccentColor(vector));
        }
        String html = renderer.render(articleFullOf("x"), Publication.DEFAULT.withAccentColor("#0A3D62"));
        assertThat(RenderedPages.assertSafe(html).selectFirst("style").data()).contains("--accent: #0a3d62;");
    }

    @Test
    void hostileLocaleTagCannotBreakOutOfTheLangAttribute() {
        Publication odd = new Publication("P", "", "", Locale.forLanguageTag("en-US-x-\"><script>"));
        Document page = RenderedPages.assertSafe(renderer.render(articleFullOf("x"), odd));
        assertThat(page.selectFirst("html").attr("lang")).matches("[A-Za-z0-9-]+");
    }

    // ---------------------------------------------------------------- helpers

    private static Article articleFullOf(String vector) {
        String noNul = vector.replace("\0", "\uFFFD");
        BodyDocument body = BodyDocument.of(
                Block.paragraph(vector),
                Block.of(BlockType.HEADING2, Run.plain(vector)),
                Block.of(BlockType.HEADING3, Run.of(vector, Mark.BOLD, Mark.ITALIC)),
                Block.of(BlockType.QUOTE, Run.of(vector, Mark.ITALIC)));
        return new Article(UUID.randomUUID(), noNul, noNul, noNul, noNul, LocalDate.of(2025, 7, 4),
                List.of(vector), ArticleStatus.DRAFT, body, NOW, NOW);
    }

    private static Article article(String headline, String dek, List<String> categories, BodyDocument body) {
        return new Article(UUID.randomUUID(), headline, dek, "", "", null, categories, ArticleStatus.DRAFT, body, NOW, NOW);
    }

    private static Publication publicationFullOf(String vector) {
        return new Publication(vector, vector, vector, Locale.US, Publication.DEFAULT_ACCENT, List.of(vector, "Local"), LOGO);
    }

    /**
     * What the reader sees for {@code text}: the same characters, except those no HTML page can
     * carry (controls, noncharacters, lone surrogates), which show as U+FFFD.
     */
    private static String expectedText(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
