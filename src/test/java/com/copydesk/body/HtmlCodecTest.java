package com.copydesk.body;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlCodecTest {

    private static void assertRoundTrip(BodyDocument doc) {
        String html = HtmlCodec.toHtml(doc);
        assertEquals(doc, HtmlCodec.fromHtml(html), html);
        assertEquals(html, HtmlCodec.toHtml(HtmlCodec.fromHtml(html)));
    }

    @Test
    void canonicalOutput() {
        BodyDocument doc = BodyDocument.of(
                Block.of(BlockType.HEADING2, Run.plain("Title")),
                Block.of(BlockType.PARAGRAPH, Run.plain("A "), Run.of("bold", Mark.BOLD), Run.plain(" and "),
                        Run.of("both", Mark.ITALIC, Mark.BOLD)),
                Block.of(BlockType.QUOTE, Run.plain("q1")),
                Block.of(BlockType.QUOTE, Run.plain("q2")),
                Block.of(BlockType.HEADING3, Run.plain("Minor")));
        assertEquals("<h2>Title</h2>\n<p>A <strong>bold</strong> and <strong><em>both</em></strong></p>\n"
                + "<blockquote><p>q1</p><p>q2</p></blockquote>\n<h3>Minor</h3>\n", HtmlCodec.toHtml(doc));
        assertRoundTrip(doc);
    }

    @Test
    void canonicalOutputOfListsQuotesRulesMarksAndLinks() {
        BodyDocument doc = BodyDocument.of(
                Block.of(BlockType.PULLQUOTE, Run.plain("Pulled")),
                Block.of(BlockType.PULLQUOTE, Run.plain("twice")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("one")),
                Block.of(BlockType.BULLET_ITEM, Run.of("two", Mark.UNDERLINE)),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("first")),
                Block.rule(),
                Block.of(BlockType.PARAGRAPH, Run.plain("H"), Run.of("2", Mark.SUBSCRIPT), Run.plain("O E=mc"),
                        Run.of("2", Mark.SUPERSCRIPT), Run.plain(" "), Run.of("old", Mark.STRIKE), Run.plain(" "),
                        Run.link("see", "https://example.com/?a=1&b='2'", Mark.BOLD, Mark.ITALIC),
                        Run.link(" here", "mailto:desk@example.com")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("new list")));
        assertEquals("<aside class=\"pullquote\"><p>Pulled</p><p>twice</p></aside>\n"
                + "<ul><li>one</li><li><u>two</u></li></ul>\n"
                + "<ol><li>first</li></ol>\n"
                + "<hr>\n"
                + "<p>H<sub>2</sub>O E=mc<sup>2</sup> <s>old</s> "
                + "<a href=\"https://example.com/?a=1&amp;b='2'\"><strong><em>see</em></strong></a>"
                + "<a href=\"mailto:desk@example.com\"> here</a></p>\n"
                + "<ol><li>new list</li></ol>\n", HtmlCodec.toHtml(doc));
        assertRoundTrip(doc);
    }

    @Test
    void onlyWebAndMailLinksAreKept() {
        BodyDocument doc = HtmlCodec.fromHtml("<p><a href=\"javascript:alert(1)\">a</a><a href=\"data:text/html,x\">b</a>"
                + "<a href=\"/relative\">c</a><a href=\"vbscript:x\">d</a><a href=\"https://ok.example\">e</a>"
                + "<a href=\"&#106;avascript:x\">f</a></p>");
        assertEquals(List.of(Block.of(BlockType.PARAGRAPH, Run.plain("abcd"), Run.link("e", "https://ok.example"),
                Run.plain("f"))), doc.blocks());
    }

    @Test
    void runsRefuseUnsafeLinksAndRulesRefuseText() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Run.link("x", "javascript:alert(1)"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Run.link("x", "https://a b"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Block.of(BlockType.RULE, Run.plain("x")));
        assertEquals(List.of(Run.link("ab", "https://a.b")),
                Block.of(BlockType.PARAGRAPH, Run.link("a", "https://a.b"), Run.link("b", "https://a.b")).runs());
        assertEquals(2, Block.of(BlockType.PARAGRAPH, Run.link("a", "https://a.b"), Run.link("b", "https://c.d")).runs().size());
    }

    @Test
    void listItemsFollowTheirList() {
        assertEquals(List.of(Block.of(BlockType.NUMBERED_ITEM, Run.plain("a")), Block.of(BlockType.NUMBERED_ITEM, Run.plain("b")),
                        Block.of(BlockType.BULLET_ITEM, Run.plain("c")), Block.of(BlockType.BULLET_ITEM, Run.plain("orphan"))),
                HtmlCodec.fromHtml("<ol><li><p>a</p></li><li>b<ul><li>c</li></ul></li></ol><li>orphan</li>").blocks());
        assertEquals(List.of(Block.paragraph("x"), Block.rule(), Block.rule(), Block.paragraph("y")),
                HtmlCodec.fromHtml("<p>x<hr>y</p>".replace("<hr>", "<hr><hr/>")).blocks().subList(0, 4));
    }

    @Test
    void trickyTextSurvives() {
        assertRoundTrip(BodyDocument.of(
                Block.paragraph("  lead and trail  "),
                Block.paragraph("a   b\t\tc"),
                Block.paragraph("<script>alert('x')</script> & \"quotes\" &amp; &nbsp;"),
                Block.paragraph("nbsp\u00A0\u00A0here"),
                Block.paragraph("emoji 😀👍🏽 👨‍👩‍👧 🇩🇪"),
                Block.paragraph("RTL שלום עולם مرحبا"),
                Block.paragraph(" "),
                Block.paragraph("\t")));
    }

    @Test
    void emptyBlocksAndQuotes() {
        assertRoundTrip(BodyDocument.empty());
        assertRoundTrip(BodyDocument.of(Block.paragraph(""), Block.paragraph("")));
        assertRoundTrip(BodyDocument.of(
                Block.of(BlockType.QUOTE), Block.of(BlockType.QUOTE, Run.plain("x")), Block.of(BlockType.QUOTE),
                Block.paragraph("between"),
                Block.of(BlockType.QUOTE, Run.plain("again")),
                Block.of(BlockType.HEADING2), Block.of(BlockType.HEADING3)));
    }

    @Test
    void nulBecomesReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD", Run.plain("a\u0000b\uFFFF").text());
        assertEquals(List.of(Block.paragraph("a\uFFFDb"), Block.paragraph("c")), HtmlCodec.fromHtml("<p>a\uFFFFb</p><p>c</p>").blocks());
        assertRoundTrip(BodyDocument.of(Block.paragraph("a\u0000b")));
    }

    @Test
    void foreignHtmlIsMapped() {
        BodyDocument doc = HtmlCodec.fromHtml("""
                <h1 class="x" onclick="evil()">Big</h1>
                <h4>Small</h4><h6>Tiny</h6>
                <ul><li>one</li><li><b>two</b></li></ul>
                <div><section>in <i>section</i></section></div>
                <script>var a = "<p>no</p>";</script><style>p { color: red }</style>
                <iframe src="x">frame text</iframe><object>obj</object>
                <p>text <span style="color:red" onmouseover="x()">span</span> <a href="javascript:x">link</a></p>
                """);
        assertEquals(List.of(
                Block.of(BlockType.HEADING2, Run.plain("Big")),
                Block.of(BlockType.HEADING3, Run.plain("Small")),
                Block.of(BlockType.HEADING3, Run.plain("Tiny")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("one")),
                Block.of(BlockType.BULLET_ITEM, Run.of("two", Mark.BOLD)),
                Block.of(BlockType.PARAGRAPH, Run.plain("in "), Run.of("section", Mark.ITALIC)),
                Block.paragraph("text span link")), doc.blocks());
        String html = HtmlCodec.toHtml(doc);
        assertEquals(false, html.contains("onclick") || html.contains("script") || html.contains("color"));
    }

    @Test
    void brSplitsIntoBlocksOfTheSameType() {
        assertEquals(List.of(Block.paragraph("a"), Block.paragraph("b")),
                HtmlCodec.fromHtml("<p>a<br>b</p>").blocks());
        assertEquals(List.of(Block.paragraph("a"), Block.paragraph(""), Block.paragraph("b")),
                HtmlCodec.fromHtml("<p>a<br><br>b</p>").blocks());
        assertEquals(List.of(Block.paragraph("a")), HtmlCodec.fromHtml("<p>a<br></p>").blocks());
        assertEquals(List.of(Block.of(BlockType.HEADING2, Run.plain("x")), Block.of(BlockType.HEADING2, Run.plain("y"))),
                HtmlCodec.fromHtml("<h2>x<br/>y</h2>").blocks());
        assertEquals(List.of(Block.of(BlockType.QUOTE, Run.of("x", Mark.BOLD)), Block.of(BlockType.QUOTE, Run.of("y", Mark.BOLD))),
                HtmlCodec.fromHtml("<blockquote><b>x<br>y</b></blockquote>").blocks());
    }

    @Test
    void nestedBlocksFlattenInOrder() {
        assertEquals(List.of(Block.paragraph("before"), Block.of(BlockType.QUOTE, Run.plain("inner")),
                        Block.of(BlockType.BULLET_ITEM, Run.plain("li")), Block.paragraph("after")),
                HtmlCodec.fromHtml("<div>before<blockquote><div>inner</div><ul><li>li</li></ul></blockquote>after</div>").blocks());
    }

    @Test
    void prettyPrintedWhitespaceCollapses() {
        assertEquals(List.of(Block.paragraph("Hello world, again"), Block.paragraph("x")),
                HtmlCodec.fromHtml("<p>\n   Hello\n   world,\n   <b></b>again\n</p>\n\n  <p>x</p>\n").blocks());
        assertEquals(List.of(Block.paragraph("line 1"), Block.paragraph("  line 2")),
                HtmlCodec.fromHtml("<pre>line 1\n  line 2</pre>").blocks());
        assertEquals(List.of(Block.paragraph("a"), Block.paragraph("b")), HtmlCodec.fromHtml("<p>a</p> <p>b</p>").blocks());
    }

    @Test
    void plainTextAndGarbageNeverThrow() {
        assertEquals(List.of(Block.paragraph("just text")), HtmlCodec.fromHtml("just text").blocks());
        assertEquals(BodyDocument.empty(), HtmlCodec.fromHtml(null));
        assertEquals(BodyDocument.empty(), HtmlCodec.fromHtml(""));
        HtmlCodec.fromHtml("<<<>>></p></b><b><i><p>x</b>y</i>&#0;&bogus;&#xD800;<!-- c --><![CDATA[z]]>\u0000");
        HtmlCodec.fromHtml("<b>".repeat(20_000) + "deep" + "<div>".repeat(20_000));
        HtmlCodec.fromHtml("<table><tr><td>cell<td>cell2</table><svg><text>t</text></svg><math><mi>x</mi></math>");
    }
}
