package com.copydesk.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clipboard HTML as Google Docs, Word, LibreOffice and Chrome put it there, and hostile HTML. */
class PasteCleanerTest {

    /**
     * Half of a surrogate pair alone is no character: SQLite's driver would store it as "?". HTML
     * makes a character reference to one U+FFFD; a broken clipboard's lone half becomes the same.
     */
    @Test
    void halfOfASurrogatePairAloneBecomesTheReplacementCharacterWhetherWrittenAsAReferenceOrRaw() {
        BodyDocument referenced = PasteCleaner.fromHtml("<p>a &#xD800; b &#55296; c &#xdfff d</p>");
        BodyDocument raw = PasteCleaner.fromHtml("<p>e \uDC00 f \uD83D\uDE00 g</p>");

        assertThat(referenced.plainText()).isEqualTo("a \uFFFD b \uFFFD c \uFFFD d");
        assertThat(raw.plainText()).isEqualTo("e \uFFFD f \uD83D\uDE00 g");
        assertThat(PasteCleaner.plainTextParagraphs("x\uDC00y \uD83D\uDE00")).containsExactly("x\uFFFDy \uD83D\uDE00");
        BodyDocument linked = PasteCleaner.fromHtml("<p><a href=\"https://example.org/&#xD800;\">link</a></p>");
        assertThat(linked.plainText()).isEqualTo("link");
        assertThat(String.valueOf(linked.blocks().get(0).runs().get(0).link())).doesNotContain("\uD800");
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = PasteCleanerTest.class.getResourceAsStream("clipboard/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Block p(Run... runs) {
        return Block.of(BlockType.PARAGRAPH, runs);
    }

    @Test
    void googleDocsWrapperDoesNotMakeEverythingBoldAndStylesBecomeMarks() throws IOException {
        BodyDocument doc = PasteCleaner.fromHtml(sample("google-docs-chrome.html"));
        assertEquals(List.of(
                Block.of(BlockType.HEADING2, Run.plain("Council approves harbour plan")),
                p(Run.plain("The council voted "), Run.of("7 to 2", Mark.BOLD), Run.plain(" on Tuesday to "),
                        Run.of("rebuild", Mark.ITALIC), Run.plain(" the old pier.")),
                p(Run.plain("Critics said the "), Run.link("report", "https://example.org/report?id=7&lang=en"),
                        Run.plain(" was "), Run.of("rushed", Mark.UNDERLINE), Run.plain(".")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("Cost: €4m")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("Start: spring")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("Tender")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("Build"), Run.of("1", Mark.SUPERSCRIPT))), doc.blocks());
    }

    @Test
    void wordListParagraphsBecomeListsWithoutTheirMarkers() throws IOException {
        BodyDocument doc = PasteCleaner.fromHtml(sample("word-windows.html"));
        assertEquals(List.of(
                Block.of(BlockType.HEADING2, Run.plain("Flood defences")),
                p(Run.plain("The river rose "), Run.of("two metres", Mark.BOLD), Run.plain(" overnight, and "),
                        Run.of("residents", Mark.ITALIC), Run.plain(" were told to "),
                        Run.of("leave at once", Mark.UNDERLINE), Run.plain(".")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("Sandbags at the town hall")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("Shelter at the "), Run.of("school", Mark.BOLD)),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("Call 112")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("Stay upstairs")),
                Block.of(BlockType.QUOTE, Run.plain("“We have never seen it this high,” said the mayor.")),
                p(Run.plain("More at "), Run.link("example.gov", "https://example.gov/floods"), Run.plain(".  "),
                        Run.of("Bold end", Mark.BOLD), Run.plain(", H"), Run.of("2", Mark.SUBSCRIPT),
                        Run.plain("O and x"), Run.of("2", Mark.SUPERSCRIPT), Run.plain("."))), doc.blocks());
    }

    @Test
    void wordSmartTagsAndContentControlsKeepTheirTextWhileOfficeDataAndDrawingsGo() {
        String html = "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head>"
                + "<o:SmartTagType namespaceuri=\"urn:schemas-microsoft-com:office:smarttags\" name=\"place\"/>"
                + "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head><body>"
                // Word 2003-2007 smart tags
                + "<p class=MsoNormal>Flooding in <st1:City w:st=\"on\"><st1:place w:st=\"on\">London</st1:place></st1:City>"
                + " today<o:p></o:p></p>"
                // Word 2013+ content controls, inline and around a paragraph
                + "<p class=MsoNormal>Reporter: <w:Sdt ShowingPlcHdr=\"t\" DocPart=\"x\" ID=\"1\"><b>Jane Doe</b></w:Sdt></p>"
                + "<w:Sdt DocPart=\"DefaultPlaceholder_22675703\" Text=\"t\" ID=\"15075750\"><p class=MsoNormal>Filed at noon"
                + "<w:sdtPr></w:sdtPr></p></w:Sdt>"
                // an image's VML in its conditional comment and outside one, data islands, settings and properties outside one
                + "<p class=MsoNormal><!--[if gte vml 1]><v:shape id=\"Picture_x0020_1\"><v:imagedata src=\"file:///C:/clip_image001.png\""
                + " o:title=\"\"/></v:shape><![endif]--><![if !vml]><img src=\"file:///C:/clip_image002.png\"><![endif]>"
                + "<v:shape id=\"Picture_x0020_2\" style='width:100pt;height:80pt'>"
                + "<v:imagedata src=\"file:///C:/clip_image003.png\" o:title=\"Flood map\"/></v:shape>Map above<o:p></o:p></p>"
                + "<xml><o:DocumentProperties><o:Author>Jane Doe</o:Author></o:DocumentProperties></xml>"
                + "<w:WordDocument><w:View>Normal</w:View></w:WordDocument>"
                + "<o:DocumentProperties><o:Company>Gazette</o:Company></o:DocumentProperties>"
                + "<x:script>alert(1)</x:script><x:style>p {}</x:style></body></html>";
        assertEquals(List.of(Block.paragraph("Flooding in London today"),
                        p(Run.plain("Reporter: "), Run.of("Jane Doe", Mark.BOLD)),
                        Block.paragraph("Filed at noon"),
                        Block.paragraph("Map above")),
                PasteCleaner.fromHtml(html).blocks());
    }

    @Test
    void libreOfficeKeepsStructureAndDropsFontsAndColours() throws IOException {
        BodyDocument doc = PasteCleaner.fromHtml(sample("libreoffice-writer.html"));
        assertEquals(List.of(
                Block.of(BlockType.HEADING2, Run.plain("Market day returns")),
                p(Run.plain("Stalls opened at "), Run.of("dawn", Mark.BOLD), Run.plain(", with "),
                        Run.of("fresh", Mark.ITALIC), Run.plain(" bread and "), Run.of("cheap", Mark.UNDERLINE),
                        Run.plain(" fish.")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("Fruit")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("Cheese")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("Open daily")),
                Block.of(BlockType.QUOTE, Run.plain("A stall holder said it was the busiest day in years.")),
                p(Run.of("Closed Mondays", Mark.STRIKE), Run.plain(" until further notice: "),
                        Run.link("market@example.org", "mailto:market@example.org")),
                Block.rule(),
                p(Run.of("Red bold", Mark.BOLD), Run.plain(" stays bold, loses red."))), doc.blocks());
    }

    @Test
    void webPageLosesImagesScriptsAdsAndRelativeLinks() throws IOException {
        BodyDocument doc = PasteCleaner.fromHtml(sample("chrome-news-page.html"));
        assertEquals(List.of(
                Block.of(BlockType.HEADING2, Run.plain("Storm hits the coast")),
                p(Run.plain("Winds reached "), Run.of("120 km/h", Mark.BOLD), Run.plain(" on "),
                        Run.link("Sunday", "https://news.example.com/weather/sunday"), Run.plain(", the "),
                        Run.of("worst", Mark.ITALIC), Run.plain(" since 1987.")),
                Block.paragraph("Waves broke over the pier."),
                Block.of(BlockType.PULLQUOTE, Run.plain("“It was terrifying,” one resident said.")),
                p(Run.plain("Power was restored by "), Run.of("Monday", Mark.BOLD), Run.plain(".")),
                p(Run.plain("Read the warnings page or write to "),
                        Run.link("tips@news.example.com", "mailto:tips@news.example.com"), Run.plain("."))), doc.blocks());
    }

    private static final Set<String> ALLOWED_TAGS = Set.of("html", "head", "body", "p", "h2", "h3", "blockquote",
            "aside", "ul", "ol", "li", "hr", "strong", "em", "u", "s", "sup", "sub", "a");

    @Test
    void hostileHtmlYieldsOnlySafeContent() throws IOException {
        BodyDocument doc = PasteCleaner.fromHtml(sample("hostile.html"));
        String html = HtmlCodec.toHtml(doc);
        for (Element element : Jsoup.parse(html).getAllElements()) {
            if (element.parent() == null) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as(html).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                boolean href = element.normalName().equals("a") && attribute.getKey().equals("href")
                        && attribute.getValue().matches("(https?|mailto):.+");
                boolean pullquote = element.normalName().equals("aside") && attribute.getKey().equals("class")
                        && attribute.getValue().equals("pullquote");
                assertThat(href || pullquote).as(attribute + " in " + html).isTrue();
            }
        }
        assertThat(html.toLowerCase()).doesNotContain("alert", "script", "javascript", "data:", "expression", "iframe",
                "svg", "onload", "onclick", "typed value", "area text", "template text", "object text");
        assertThat(doc.plainText()).contains("Safe text", "js link", "styled div", "Unclosed bold both", "next after",
                "summary text", "last");
        // the unclosed <i> above makes the rest italic, as in a browser
        assertThat(doc.blocks()).contains(p(Run.link("ok link", "https://ok.example/?q=1", Mark.ITALIC)));
        assertThat(html).contains("<strong><em>bold span</em></strong>");
    }

    @Test
    void noEmptyParagraphsAndBlocksAreTrimmed() {
        assertEquals(List.of(Block.paragraph("one"), Block.paragraph("two"), Block.paragraph("three")),
                PasteCleaner.fromHtml("<p>one</p><p></p><p>&nbsp;</p><br><br><p>  two&nbsp; </p>\n\n<div><br></div><p>three</p>").blocks());
        assertEquals(BodyDocument.empty(), PasteCleaner.fromHtml("<p> </p><script>x</script>"));
        assertEquals(BodyDocument.empty(), PasteCleaner.fromHtml(null));
    }

    @Test
    void htmlInTheCodecsOwnFormIsReadExactlyWithItsEdgeSpacesAndEmptyParagraphs() {
        // what the body editor's copy puts on the clipboard: every space and empty paragraph is the writer's
        BodyDocument copied = BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain(" the "), Run.of("bold", Mark.BOLD)),
                Block.paragraph(""), Block.of(BlockType.HEADING3, Run.plain("Head ")), Block.rule());
        assertEquals(copied, PasteCleaner.fromHtml(HtmlCodec.toHtml(copied)));
    }

    @Test
    void aSinglePieceKeepsOneSpaceAtEachEdgeToGoBetweenWordsButParagraphsAreStripped() {
        assertEquals(List.of("word "), PasteCleaner.plainTextParagraphs("word ")); // a double-clicked word on Windows
        assertEquals(List.of(" two words "), PasteCleaner.plainTextParagraphs(" \ttwo\nwords \n"));
        assertEquals(List.of("a", "b"), PasteCleaner.plainTextParagraphs(" a \n\n b "));
        assertEquals(List.of(), PasteCleaner.plainTextParagraphs(" \t "));
        assertEquals(List.of(Block.paragraph("word ")),
                PasteCleaner.fromHtml("<html><body><!--StartFragment--><span>word&nbsp;</span><!--EndFragment--></body></html>").blocks());
        assertEquals(List.of(p(Run.of(" ", Mark.BOLD), Run.link("link", "https://example.org/", Mark.BOLD), Run.plain(" "))),
                PasteCleaner.fromHtml("<b>  <a href=\"https://example.org/\">link</a></b>\t ").blocks());
        assertEquals(List.of(Block.paragraph("whole paragraph")), PasteCleaner.fromHtml("<p> whole paragraph </p>").blocks());
        assertEquals(BodyDocument.empty(), PasteCleaner.fromHtml("<span> &nbsp;</span>"));
    }

    @Test
    void plainTextSplitsParagraphsOnBlankLines() {
        assertEquals(List.of("First line of a hard-wrapped paragraph.", "Second paragraph.", "Third"),
                PasteCleaner.plainTextParagraphs("First line of a\r\nhard-wrapped paragraph.\r\n\r\n  \nSecond paragraph.\n \t\nThird\n\n\n"));
        assertEquals(List.of(), PasteCleaner.plainTextParagraphs("\n \n"));
        assertEquals(BodyDocument.of(Block.paragraph("a b"), Block.paragraph("c")), PasteCleaner.fromPlainText("a\nb\n\nc"));
    }
}
