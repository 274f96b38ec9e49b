package com.copydesk.page;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.SampleArticles;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.HtmlCodec;
import com.copydesk.body.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rendered page passes the W3C Nu HTML Checker (run offline, in process) without an error. */
class W3cValidityTest {

    private static final Instant NOW = Instant.parse("2025-07-04T15:00:00Z");
    private final PageRenderer renderer = new PageRenderer();

    static List<Article> samples() {
        return SampleArticles.create(NOW);
    }

    static List<String> vectors() {
        return HostileVectors.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplePageHasNoErrors(Article sample) throws Exception {
        Publication withSections = Publication.DEFAULT.withSections(List.of("World", "Local", "Politics", "Culture"))
                .withLogo(new Logo(Logo.JPEG, TestImages.image("jpg", 200, 50)));
        assertThat(errors(renderer.render(sample, withSections))).isEmpty();
        assertThat(errors(renderer.render(sample, Publication.DEFAULT))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hostilePageHasNoErrors(String vector) throws Exception {
        BodyDocument body = BodyDocument.of(Block.paragraph(vector), Block.of(BlockType.HEADING2, Run.plain(vector)),
                Block.of(BlockType.QUOTE, Run.plain(vector)));
        body = BodyDocument.of(concat(body, HtmlCodec.fromHtml(vector)));
        String text = vector.replace("\0", "");
        Article article = new Article(UUID.randomUUID(), text, text, text, text, LocalDate.of(2025, 7, 4),
                List.of(vector), ArticleStatus.DRAFT, body, NOW, NOW);
        Publication publication = new Publication(vector, vector, vector, Locale.US, "#123456", List.of(vector))
                .withLogo(TestImages.pngLogo(40, 10));
        assertThat(errors(renderer.render(article, publication))).isEmpty();
    }

    @Test
    void emptyArticleAndRightToLeftPublicationHaveNoErrors() throws Exception {
        Article empty = Article.newDraft(UUID.randomUUID(), "", NOW);
        assertThat(errors(renderer.render(empty, Publication.DEFAULT))).isEmpty();
        Publication arabic = new Publication("الصحيفة", "", "", Locale.forLanguageTag("ar-EG"));
        assertThat(errors(renderer.render(samples().get(0), arabic))).isEmpty();
    }

    @Test
    void checkerReportsABrokenPage() throws Exception {
        String broken = renderer.render(samples().get(0), Publication.DEFAULT).replace("</title>", "</title><h1>x</h1>");
        assertThat(errors(broken)).isNotEmpty();
    }

    private static Block[] concat(BodyDocument first, BodyDocument second) {
        List<Block> all = new ArrayList<>(first.blocks());
        all.addAll(second.blocks());
        return all.toArray(Block[]::new);
    }

    /** The checker's error messages for {@code html}, each with its line and column. */
    static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String json = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(json).path("messages")) {
            if (!"info".equals(message.path("type").asText())) {
                errors.add(message.path("lastLine").asText() + ":" + message.path("firstColumn").asText() + " "
                        + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
            }
        }
        return errors;
    }
}
