package com.copydesk.body;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlCodecProperties {

    private static final String TRICKY_CHARS = " \t<>&\"'\u00A0/=;#abcXYZ019.-—\u200B\u200F\u202E\uFEFF\u0301\u0000\f";
    private static final List<String> TOKENS = List.of(
            " ", "  ", "\t", "&", "&amp;", "&nbsp;", "<", ">", "<p>", "</em>", "<!--", "-->", "\"", "'",
            "\u00A0", "😀", "👍🏽", "👨‍👩‍👧", "🇩🇪", "שלום", "مرحبا", "\u202Eevil", "word", "Übermäßig", "3.5",
            "\uD800", "\uDC00", "\uFFFF", "\u0000", "\u0085", "\u2028", "\u0007", "]]>", "<![CDATA[");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars(TRICKY_CHARS).ofMaxLength(12);
        Arbitrary<String> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(5).map(list -> String.join("", list));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8)
                .map(s -> s.replace('\n', ' ').replace('\r', ' '));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, tricky), net.jqwik.api.Tuple.of(4, tokens),
                net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    private static final List<String> URLS = List.of(
            "https://example.com", "http://example.com/a?b=1&c=2#top", "https://ex.org/a%20b/\u00FCber?x='y'",
            "mailto:desk@example.com", "MAILTO:a.b@ex.org?subject=Hi&body=x", "HTTPS://EX.COM:8443/&amp;",
            "https://x.y/--!&#", "https://x.y/q?a=&lt;p&gt;", "https://x.y/😀");

    @Provide
    Arbitrary<BodyDocument> documents() {
        Arbitrary<Set<Mark>> marks = Arbitraries.of(Mark.class).set().ofMaxSize(4);
        Arbitrary<String> link = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(URLS)));
        Arbitrary<Run> run = Combinators.combine(texts(), marks, link).as(Run::new);
        Arbitrary<BlockType> types = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, BlockType.PARAGRAPH), net.jqwik.api.Tuple.of(1, BlockType.HEADING2),
                net.jqwik.api.Tuple.of(1, BlockType.HEADING3), net.jqwik.api.Tuple.of(2, BlockType.QUOTE),
                net.jqwik.api.Tuple.of(2, BlockType.PULLQUOTE), net.jqwik.api.Tuple.of(2, BlockType.BULLET_ITEM),
                net.jqwik.api.Tuple.of(2, BlockType.NUMBERED_ITEM), net.jqwik.api.Tuple.of(1, BlockType.RULE));
        Arbitrary<Block> block = Combinators.combine(types, run.list().ofMaxSize(5))
                .as((type, runs) -> type == BlockType.RULE ? Block.rule() : new Block(type, runs));
        return block.list().ofMaxSize(10).map(BodyDocument::new);
    }

    @Property(tries = 2500)
    void documentSurvivesHtml(@ForAll("documents") BodyDocument doc) {
        String html = HtmlCodec.toHtml(doc);
        BodyDocument decoded = HtmlCodec.fromHtml(html);
        assertEquals(doc, decoded, html);
        assertEquals(html, HtmlCodec.toHtml(decoded));
    }

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> tags = Arbitraries.of("p", "div", "span", "b", "strong", "i", "em", "li", "ul", "h1",
                "h2", "h3", "h5", "blockquote", "section", "a", "u", "pre", "br", "script", "style", "iframe",
                "table", "td", "tr", "textarea", "title", "svg", "hr", "ol", "aside", "s", "sup", "sub", "del", "ins");
        Arbitrary<String> piece = Arbitraries.oneOf(
                tags.map(t -> "<" + t + ">"), tags.map(t -> "</" + t + ">"),
                tags.map(t -> "<" + t + " onclick=\"x()\" style='a'>"),
                Arbitraries.of("<a href=\"https://x.y/?a=1&amp;b=2\">", "<a href=\"javascript:alert(1)\">",
                        "<a href='mailto:a@b.c'>", "<a href=\" https://pad.ded \">", "<aside class=\"pullquote x\">",
                        "<a href=\"data:text/html,<script>x</script>\">", "<hr/>"),
                texts(), Arbitraries.of("\n", "\r\n  ", "<!-- c -->", "&#0;", "&#x1F600;", "&bogus", "<", "<br/>"));
        return piece.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Property(tries = 2000)
    void anyInputDecodesToAStableDocument(@ForAll("tagSoup") String html) {
        BodyDocument doc = HtmlCodec.fromHtml(html);
        String canonical = HtmlCodec.toHtml(doc);
        assertEquals(doc, HtmlCodec.fromHtml(canonical));
        assertEquals(canonical, HtmlCodec.toHtml(HtmlCodec.fromHtml(canonical)));
    }

    @Property(tries = 500)
    void arbitraryStringsNeverThrow(@ForAll String anything) {
        HtmlCodec.fromHtml(anything);
    }

    /** Visible text of harmless markup is never lost, and stays in order. */
    @Property(tries = 1000)
    void visibleTextIsKept(@ForAll("visibleTrees") List<String> parts) {
        StringBuilder html = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (String part : parts) {
            html.append(part);
            if (!part.startsWith("<")) {
                expected.append(part);
            }
        }
        String actual = HtmlCodec.fromHtml(html.toString()).blocks().stream().map(Block::text)
                .reduce("", String::concat);
        assertEquals(expected.toString().replaceAll("\\s", ""), actual.replaceAll("\\s", ""), html.toString());
    }

    @Provide
    Arbitrary<List<String>> visibleTrees() {
        Arbitrary<String> tags = Arbitraries.of("p", "div", "span", "b", "i", "em", "strong", "li", "h1", "h4",
                "blockquote", "section", "a", "u");
        Arbitrary<String> open = tags.map(t -> "<" + t + " class=\"c\">");
        Arbitrary<String> close = tags.map(t -> "</" + t + ">");
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                .map(w -> w + " ");
        return Arbitraries.oneOf(open, close, word, word, Arbitraries.just("<br>")).list().ofMaxSize(20)
                .map(ArrayList::new);
    }

}
