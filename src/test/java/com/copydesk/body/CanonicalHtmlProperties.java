package com.copydesk.body;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The one-pass reader of canonical bodies reads what it accepts exactly as the full parse does. */
class CanonicalHtmlProperties {

    private final HtmlCodecProperties generators = new HtmlCodecProperties();

    @Provide
    Arbitrary<BodyDocument> documents() {
        return generators.documents();
    }

    @Property(tries = 3000)
    void everyBodyTheCodecWritesIsReadWithoutTheParse(@ForAll("documents") BodyDocument doc) {
        String html = HtmlCodec.toHtml(doc);
        BodyDocument read = CanonicalHtml.read(html);
        BodyDocument parsed = HtmlCodec.parse(html);
        if (read == null) {
            // Declined only for what the codec writes but a parser reads otherwise (blank blocks, controls).
            assertEquals(parsed, HtmlCodec.fromHtml(html), html);
            return;
        }
        assertEquals(parsed, read, html);
    }

    @Property(tries = 3000)
    void aMutatedBodyIsDeclinedOrReadAsTheParseReadsIt(@ForAll("mutatedBodies") String html) {
        BodyDocument read = CanonicalHtml.read(html);
        if (read != null) {
            assertEquals(HtmlCodec.parse(html), read, html);
        }
    }

    @Property(tries = 1000)
    void tagSoupIsDeclinedOrReadAsTheParseReadsIt(@ForAll("tagSoup") String html) {
        BodyDocument read = CanonicalHtml.read(html);
        if (read != null) {
            assertEquals(HtmlCodec.parse(html), read, html);
        }
    }

    @Property(tries = 500)
    void mostGeneratedBodiesTakeTheFastWay(@ForAll("plainDocuments") BodyDocument doc) {
        assertNotNull(CanonicalHtml.read(HtmlCodec.toHtml(doc)), HtmlCodec.toHtml(doc));
    }

    @Provide
    Arbitrary<String> tagSoup() {
        return generators.tagSoup();
    }

    /** Bodies of ordinary words: the codec's output for them must never need the parse. */
    @Provide
    Arbitrary<BodyDocument> plainDocuments() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars(" ,.&<>\"'é\u00A0")
                .ofMinLength(1).ofMaxLength(30).map(text -> text.replace("q", "😀")) // whole surrogate pairs
                .filter(text -> !text.isBlank());
        Arbitrary<Run> run = Combinators.combine(words, Arbitraries.of(Mark.class).set().ofMaxSize(3),
                Arbitraries.of("https://example.com/a?b=1&c=2", "mailto:desk@example.com").injectNull(0.7))
                .as(Run::new);
        Arbitrary<Block> block = Combinators.combine(Arbitraries.of(BlockType.class), run.list().ofMaxSize(4))
                .as((type, runs) -> type == BlockType.RULE ? Block.rule() : new Block(type, runs));
        return block.list().ofMaxSize(8).map(BodyDocument::new);
    }

    private static final List<String> INSERTS = List.of("<p>", "</p>", "\n", "<ul>", "</ul>", "<li>", "</li>",
            "<strong>", "</strong>", "<em>", "</em>", "<a href=\"https://x.y\">", "<a href=\"javascript:x\">", "</a>",
            "&amp;", "&", "&quot;", "&#65;", "<", ">", " ", "\t", "\r", "<hr>", "<br>", "</blockquote>",
            "<blockquote>", "<aside class=\"pullquote\">", "</aside>", "<h2>", "</h3>", "<sub>", "</sup>", "\u0000",
            "\uD800", "\uFFFF", "<p class=\"x\">", "<P>", "<!-- c -->", "<script>x</script>");

    /** The codec's output for a generated body with one to three random edits. */
    @Provide
    Arbitrary<String> mutatedBodies() {
        Arbitrary<String> canonical = documents().map(HtmlCodec::toHtml);
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Combinators.combine(
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 3),
                Arbitraries.of(INSERTS)).as(Tuple::of);
        return Combinators.combine(canonical, edit.list().ofMinSize(1).ofMaxSize(3)).as((html, edits) -> {
            StringBuilder text = new StringBuilder(html);
            for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
                int at = text.length() == 0 ? 0 : e.get1() % (text.length() + 1);
                switch (e.get2()) {
                    case 0 -> text.insert(at, e.get3());
                    case 1 -> text.delete(at, Math.min(text.length(), at + 1 + e.get1() % 7));
                    case 2 -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + e.get1() % 11)));
                    default -> text.replace(at, Math.min(text.length(), at + 1), e.get3());
                }
            }
            return text.toString();
        });
    }
}
