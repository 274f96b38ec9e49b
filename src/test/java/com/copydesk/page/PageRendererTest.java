package com.copydesk.page;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.SampleArticles;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRendererTest {

    private static final Instant NOW = Instant.parse("2025-07-05T09:30:00Z");
    private static final LocalDate JULY_4 = LocalDate.of(2025, 7, 4);
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    private final PageRenderer renderer = new PageRenderer();

    private static Article article(String headline, String dek, String byline, String dateline,
                                   LocalDate date, List<String> categories, BodyDocument body) {
        return new Article(UUID.nameUUIDFromBytes(headline.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                headline, dek, byline, dateline, date, categories, ArticleStatus.DRAFT, body, NOW, NOW);
    }

    private static BodyDocument richBody() {
        return BodyDocument.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("The mayor spoke "), Run.of("firmly", Mark.BOLD),
                        Run.plain(" and "), Run.of("briefly", Mark.ITALIC), Run.plain(".")),
                Block.of(BlockType.HEADING2, Run.plain("What comes next")),
                Block.of(BlockType.HEADING3, Run.plain("Costs")),
                Block.of(BlockType.QUOTE, Run.plain("“We will see,” she said.")),
                Block.paragraph("Second paragraph."));
    }

    private static Article full() {
        return article("Bridge reopens after repairs", "Traffic returns to the river crossing.", "Jane Doe",
                "KYIV", JULY_4, List.of("Local", "Politics"), richBody());
    }

    private Document render(Article article) {
        return render(article, Publication.DEFAULT);
    }

    private Document render(Article article, Publication publication) {
        return Jsoup.parse(renderer.render(article, publication));
    }

    private static int position(Document doc, String selector) {
        Element element = doc.selectFirst(selector);
        assertNotNull(element, selector);
        return doc.getAllElements().indexOf(element);
    }

    @Test
    void partsComeInTheOrderOfThePublishedPage() {
        Document doc = render(full());
        String[] order = {".masthead .publication-name", ".masthead .edition", ".masthead .tagline",
                "article h1", "article .dek", "article .byline", "article time", "article .categories",
                "article #story-body", "footer.site-footer"};
        for (int i = 1; i < order.length; i++) {
            assertTrue(position(doc, order[i - 1]) < position(doc, order[i]), order[i - 1] + " before " + order[i]);
        }
        assertEquals("The Copydesk Chronicle Metro", doc.selectFirst(".masthead-title").text());
        assertEquals("Metro", doc.selectFirst(".edition").text());
        assertEquals("Reported with care. Edited with rigor.", doc.selectFirst(".tagline").text());
        assertEquals("Bridge reopens after repairs", doc.selectFirst("h1").text());
        assertEquals("Traffic returns to the river crossing.", doc.selectFirst(".dek").text());
        assertEquals("By Jane Doe", doc.selectFirst(".byline").text());
        assertEquals("Categories: Local, Politics", doc.selectFirst(".categories").text());
        assertEquals("The Copydesk Chronicle © 2025", doc.selectFirst("footer").text());
        assertEquals("Bridge reopens after repairs — The Copydesk Chronicle Metro", doc.title());
        assertEquals("html", doc.child(0).tagName());
        assertTrue(renderer.render(full(), Publication.DEFAULT).startsWith("<!DOCTYPE html>"));
        assertNotNull(doc.selectFirst("head meta[charset=utf-8]"));
        assertNotNull(doc.selectFirst("head meta[name=viewport]"));
    }

    @Test
    void exactlyOneH1EvenWithBodyHeadingsOrNoHeadline() {
        assertEquals(1, render(full()).select("h1").size());
        Article untitled = article("  ", "", "", "", null, List.of(), richBody());
        Document doc = render(untitled);
        Elements h1 = doc.select("h1");
        assertEquals(1, h1.size());
        assertTrue(h1.first().hasClass("placeholder"));
        assertEquals("Untitled", h1.first().text());
        assertFalse(render(full()).selectFirst("h1").hasClass("placeholder"));
    }

    @Test
    void bodyMarkupIsKept() {
        Element body = render(full()).getElementById("story-body");
        assertNotNull(body);
        assertEquals("firmly", body.selectFirst("p strong").text());
        assertEquals("briefly", body.selectFirst("p em").text());
        assertEquals("What comes next", body.selectFirst("h2").text());
        assertEquals("Costs", body.selectFirst("h3").text());
        assertEquals("“We will see,” she said.", body.selectFirst("blockquote > p").text());
        assertEquals(3, body.select("p").size());
    }

    @Test
    void datelineRunsInAtTheStartOfTheFirstParagraph() {
        Element body = render(full()).getElementById("story-body");
        Element first = body.selectFirst("p");
        Element dateline = first.child(0);
        assertTrue(dateline.hasClass("dateline"));
        assertEquals("KYIV —", dateline.text());
        assertTrue(first.text().startsWith("KYIV — The mayor spoke firmly"), first.text());
        assertEquals(1, body.select(".dateline").size());

        // A typed dash is not doubled; a quote at the top does not take the dateline.
        BodyDocument quoteFirst = BodyDocument.of(Block.of(BlockType.QUOTE, Run.plain("Quoted.")),
                Block.paragraph("Then the story."));
        Element b2 = render(article("H", "", "", "LVIV --", null, List.of(), quoteFirst)).getElementById("story-body");
        assertTrue(b2.selectFirst("blockquote .dateline") == null);
        assertEquals("LVIV — Then the story.", b2.select("> p").first().text());

        // A body without any paragraph gets one for the dateline.
        BodyDocument headingOnly = BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Only a subhead")));
        Element b3 = render(article("H", "", "", "ODESA", null, List.of(), headingOnly)).getElementById("story-body");
        assertEquals("ODESA —", b3.selectFirst(".dateline").text());
    }

    @Test
    void blankPartsAreLeftOut() {
        Article bare = article("Headline only", " ", "", "  ", null, List.of(), BodyDocument.empty());
        Document doc = render(bare, new Publication("The Ledger", "", "", Locale.US));
        assertNull(doc.selectFirst(".dek"));
        assertNull(doc.selectFirst(".byline"));
        assertNull(doc.selectFirst(".dateline"));
        assertNull(doc.selectFirst(".categories"));
        assertNull(doc.selectFirst("time"));
        assertNull(doc.selectFirst(".edition"));
        assertNull(doc.selectFirst(".tagline"));
        assertFalse(doc.text().contains("Categories"));
        assertFalse(doc.text().contains("By "));
        assertEquals("The Ledger", doc.selectFirst(".masthead-title").text());
        assertNotNull(doc.getElementById("story-body"));
        assertEquals("The Ledger © 2025", doc.selectFirst("footer").text());
        assertNull(doc.selectFirst(".story-meta"), "no empty byline/date line");
    }

    @Test
    void bylineIsNotPrefixedTwice() {
        Article a = article("H", "", "by Sam Lee", "", null, List.of(), BodyDocument.empty());
        assertEquals("by Sam Lee", render(a).selectFirst(".byline").text());
    }

    @Test
    void dateIsWrittenOutInThePublicationLocale() {
        Element us = render(full()).selectFirst("time");
        assertEquals("July 4, 2025", us.text());
        assertEquals("2025-07-04", us.attr("datetime"));

        Publication german = new Publication("Der Kurier", "Stadt", "Jeden Tag.", Locale.GERMANY);
        Document de = render(full(), german);
        assertEquals("4. Juli 2025", de.selectFirst("time").text());
        assertEquals("2025-07-04", de.selectFirst("time").attr("datetime"));
        assertEquals("de-DE", de.selectFirst("html").attr("lang"));
    }

    @Test
    void languageAndDirectionComeFromTheLocale() {
        assertEquals("en-US", render(full()).selectFirst("html").attr("lang"));
        assertEquals("ltr", render(full()).selectFirst("html").attr("dir"));
        Publication arabic = new Publication("الصحيفة", "", "", Locale.forLanguageTag("ar-EG"));
        Document doc = render(full(), arabic);
        assertEquals("ar-EG", doc.selectFirst("html").attr("lang"));
        assertEquals("rtl", doc.selectFirst("html").attr("dir"));
        assertEquals("الصحيفة", doc.selectFirst(".publication-name").text());
    }

    @Test
    void everyFieldIsEscaped() {
        String hostile = SCRIPT + IMG + " & 'x'";
        BodyDocument body = BodyDocument.of(Block.paragraph(SCRIPT), Block.of(BlockType.HEADING2, Run.plain(IMG)));
        Article a = article(hostile, hostile, hostile, hostile, JULY_4, List.of(SCRIPT, IMG), body);
        Publication pub = new Publication(hostile, IMG, SCRIPT, Locale.US);
        String html = renderer.render(a, pub);
        assertFalse(html.contains("<script"), "no script tag");
        assertFalse(html.contains("<img"), "no img tag");

        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, img, iframe, object, embed").isEmpty());
        for (Element e : doc.getAllElements()) {
            for (Attribute attribute : e.attributes()) {
                assertFalse(attribute.getKey().startsWith("on"), "event handler " + attribute.getKey());
            }
        }
        assertEquals(hostile, doc.selectFirst("h1").text());
        assertEquals(hostile, doc.selectFirst(".dek").text());
        assertEquals("By " + hostile, doc.selectFirst(".byline").text());
        assertEquals(hostile, doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals(hostile + " — " + pub.masthead(), doc.title());
        assertEquals(hostile, doc.selectFirst(".publication-name").text());
        assertEquals(IMG, doc.selectFirst(".edition").text());
        assertEquals(SCRIPT, doc.selectFirst(".tagline").text());
        assertEquals("Categories: " + SCRIPT + ", " + IMG, doc.selectFirst(".categories").text());
        assertEquals(SCRIPT + IMG + " & 'x' —", doc.selectFirst(".dateline").text());
        assertEquals(IMG, doc.selectFirst("#story-body h2").text());
    }

    @Test
    void templateSlotsInTextStayText() {
        Article a = article("{{style}} and {{body}}", "{{headline}}", "", "", null, List.of(), BodyDocument.empty());
        Document doc = render(a);
        assertEquals("{{style}} and {{body}}", doc.selectFirst("h1").text());
        assertEquals("{{headline}}", doc.selectFirst(".dek").text());
        assertEquals(1, doc.select("style").size());
    }

    @Test
    void pageIsStandaloneWithoutScriptsOrExternalResources() {
        BodyDocument body = BodyDocument.of(Block.paragraph("See http://example.invalid/page for more."));
        String html = renderer.render(article("H", "", "", "", JULY_4, List.of(), body), Publication.DEFAULT);
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, link, img, iframe, object, embed, base").isEmpty());
        for (Element e : doc.select("[src], [href]")) {
            boolean inBody = e.closest("#story-body") != null;
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertTrue(inBody || !url.toLowerCase(Locale.ROOT).contains("http"), "external URL " + url);
        }
        String css = doc.selectFirst("style").data();
        assertTrue(css.contains("font-family"), "stylesheet is inlined");
        assertFalse(css.contains("url("), "no resources from CSS");
        assertFalse(css.contains("@import"));
        assertFalse(css.contains("@font-face"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"));
        // Text in the body is plain text, not a link.
        assertTrue(doc.getElementById("story-body").text().contains("http://example.invalid/page"));
    }

    @Test
    void logoIsPrintedOverTheMastheadAsADataUriNamedAfterThePublication() {
        Logo logo = TestImages.pngLogo(240, 60);
        Publication publication = new Publication("Tom & Jerry's \"Gazette\"", "", "", Locale.US).withLogo(logo);
        String html = renderer.render(full(), publication);
        Document doc = Jsoup.parse(html);

        Elements images = doc.select("img");
        assertEquals(1, images.size());
        Element img = images.first();
        assertNotNull(img.closest("header.masthead"), "logo in the masthead");
        assertTrue(position(doc, "img.logo") < position(doc, ".masthead-title"), "logo over the name");
        assertEquals(logo.dataUri(), img.attr("src"));
        assertEquals("Tom & Jerry's \"Gazette\"", img.attr("alt"));
        assertEquals("240", img.attr("width"));
        assertEquals("60", img.attr("height"));
        assertTrue(html.contains("alt=\"Tom &amp; Jerry&#39;s &quot;Gazette&quot;\""), "alt is escaped");
        RenderedPages.assertSafe(html);
    }

    @Test
    void noLogoNoImage() {
        Document doc = render(full());
        assertTrue(doc.select("img").isEmpty());
    }

    @Test
    void veryLongHeadlineIsKeptWhole() {
        String longHeadline = "Long".repeat(2_500);
        assertEquals(10_000, longHeadline.length());
        Document doc = render(article(longHeadline, "", "", "", null, List.of(), BodyDocument.empty()));
        assertEquals(longHeadline, doc.selectFirst("h1").text());
    }

    @Test
    void emojiAndRightToLeftTextSurvive() {
        String headline = "Festival opens 🎉🇺🇦 with שלום and مرحبا";
        String dek = "Zoë Ångström — 東京 👩🏽‍🔬";
        Article a = article(headline, dek, "Łukasz Żółć", "SÃO PAULO", JULY_4, List.of("Culture", "العالم"),
                BodyDocument.of(Block.paragraph("نص عربي 😀 inside")));
        Document doc = render(a);
        assertEquals(headline, doc.selectFirst("h1").text());
        assertEquals(dek, doc.selectFirst(".dek").text());
        assertEquals("By Łukasz Żółć", doc.selectFirst(".byline").text());
        assertEquals("Categories: Culture, العالم", doc.selectFirst(".categories").text());
        assertEquals("SÃO PAULO — نص عربي 😀 inside", doc.selectFirst("#story-body p").text());
        assertEquals("auto", doc.selectFirst("h1").attr("dir"));
    }

    @Test
    void charactersBeyondTheBasicPlaneAreWrittenAsReferences() {
        // JavaFX's WebEngine.loadContent mangles raw supplementary characters; references survive.
        Article a = article("Party 🎉 time", "", "", "", null, List.of(),
                BodyDocument.of(Block.paragraph("Smile 😀, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 𠀋")));
        String html = renderer.render(a, Publication.DEFAULT);
        assertTrue(html.contains("Party &#x1f389; time"), "emoji as a reference");
        assertTrue(html.contains("&#x2000b;"));
        assertTrue(html.codePoints().noneMatch(Character::isSupplementaryCodePoint), "no raw supplementary characters");
        Document doc = Jsoup.parse(html);
        assertEquals("Party 🎉 time", doc.selectFirst("h1").text());
        assertEquals("Smile 😀, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 𠀋", doc.selectFirst("#story-body p").text());
        assertEquals("Party 🎉 time — The Copydesk Chronicle Metro", doc.title());
    }

    @Test
    void rendersEverySampleArticle() {
        for (Article sample : SampleArticles.create(NOW)) {
            Document doc = render(sample);
            assertEquals(sample.headline(), doc.selectFirst("h1").text());
            assertEquals(sample.dateline() + " —", doc.selectFirst("#story-body .dateline").text());
            assertFalse(doc.select("#story-body h2").isEmpty());
            assertFalse(doc.select("#story-body blockquote").isEmpty());
        }
    }

    @Test
    void rendererIsReusable() {
        String first = renderer.render(full(), Publication.DEFAULT);
        assertEquals(first, renderer.render(full(), Publication.DEFAULT));
        assertEquals(first, new PageRenderer().render(full(), Publication.DEFAULT));
    }

    @Test
    void everyBodyBlockCarriesItsIndexForTheEditor() {
        Document doc = render(full());
        Elements blocks = doc.select("#story-body [data-block]");
        assertEquals(List.of("p", "h2", "h3", "p", "p"), blocks.stream().map(Element::tagName).toList());
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(String.valueOf(i), blocks.get(i).attr("data-block"));
        }
        assertEquals("blockquote", blocks.get(3).parent().tagName());
        assertTrue(blocks.get(0).text().startsWith("KYIV —"), "dateline runs into block 0");
    }

    @Test
    void listItemsPullQuotesAndRulesAreNumberedLikeEveryOtherBlock() {
        BodyDocument body = BodyDocument.of(
                Block.paragraph("Intro"),
                Block.of(BlockType.BULLET_ITEM, Run.plain("one")),
                Block.of(BlockType.BULLET_ITEM, Run.plain("two")),
                Block.rule(),
                Block.of(BlockType.PULLQUOTE, Run.plain("Said it")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("first")),
                Block.paragraph("After"));
        Document doc = render(article("H", "", "", "", JULY_4, List.of(), body));
        Elements blocks = doc.select("#story-body [data-block]");
        assertEquals(List.of("p", "li", "li", "hr", "p", "li", "p"), blocks.stream().map(Element::tagName).toList());
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(String.valueOf(i), blocks.get(i).attr("data-block"));
        }
        assertEquals(body.blocks().size(), blocks.size());
    }

    @Test
    void datelineOfAnArticleWithoutParagraphsIsNotABodyBlock() {
        Document doc = render(article("H", "", "", "KYIV", JULY_4, List.of(),
                BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Only a subhead")))));
        assertEquals(1, doc.select("[data-block]").size());
        assertEquals("h2", doc.selectFirst("[data-block=0]").tagName());
        assertNotNull(doc.selectFirst("p.dateline-only"));
    }

    @Test
    void navigationLineListsTheSectionsAndMarksTheStorysOwn() {
        assertNull(render(full()).selectFirst("nav"), "no sections, no navigation line");
        Document doc = render(full(), Publication.DEFAULT.withSections(List.of("World", " local ", "Politics")));
        Elements items = doc.select("nav.sections li");
        assertEquals(List.of("World", "local", "Politics"), items.eachText());
        assertEquals(List.of("local"), doc.select("nav.sections li.current").eachText());
        assertTrue(doc.select("nav a").isEmpty(), "sections are labels, not links");
    }

    @Test
    void sectionsDifferingOnlyInCaseAreListedOnceAndMarkedCurrentOnce() {
        Document doc = render(full(), Publication.DEFAULT.withSections(List.of("Local", "local", "World", "LOCAL")));

        assertEquals(List.of("Local", "World"), doc.select("nav.sections li").eachText());
        assertEquals(List.of("Local"), doc.select("nav.sections li.current").eachText());
    }

    @Test
    void pageForbidsLoadingAnythingAndCarriesTheAccentColor() {
        Document doc = render(full(), Publication.DEFAULT.withAccentColor("#0A3D62"));
        Element policy = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(policy);
        assertTrue(policy.attr("content").startsWith("default-src 'none';"));
        assertTrue(doc.selectFirst("style").data().contains(":root { --accent: #0a3d62; }"));
    }
}
