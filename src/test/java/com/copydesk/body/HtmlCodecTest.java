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
                Block.paragraph("one"),
                Block.of(BlockType.PARAGRAPH, Run.of("two", Mark.BOLD)),
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
                        Block.of(BlockType.QUOTE, Run.plain("li")), Block.paragraph("after")),
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
