package com.copydesk.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every rendered page must be, whatever went into it. */
final class RenderedPages {

    /** Every element the page template and the body codec can write. */
    static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "div", "header",
            "nav", "ul", "ol", "li", "main", "article", "h1", "h2", "h3", "p", "span", "blockquote", "aside", "hr",
            "strong", "em", "u", "s", "sup", "sub", "a", "time", "footer", "img");

    /**
     * Every attribute they use: none can fetch anything or run code. The one URL a page may hold
     * is a story's own link ({@code a href}, http, https or mailto): following it is the reader's
     * choice, loading nothing by itself, and the preview never follows it.
     */
    static final Set<String> ATTRIBUTES = Set.of("lang", "dir", "charset", "name", "content", "http-equiv",
            "class", "id", "datetime", "aria-label", "data-block", "alt", "width", "height");

    private RenderedPages() {
    }

    /** Parses the page the way a browser would and checks it holds only our own markup. */
    static Document assertSafe(String html) {
        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            if (element == page) {
                continue;
            }
            assertThat(ELEMENTS).as("element <%s> in the page", element.tagName()).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("src")) {
                    assertThat(element.tagName()).as("src outside the logo").isEqualTo("img");
                    assertThat(element.hasClass("logo") && element.closest("header.masthead") != null)
                            .as("the only image is the masthead logo").isTrue();
                    assertThat(attribute.getValue()).as("logo address").matches("data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+");
                    continue;
                }
                if (attribute.getKey().equals("href")) {
                    assertThat(element.tagName()).as("href outside a link").isEqualTo("a");
                    assertThat(attribute.getValue()).as("link address").matches("(?i)(https?://|mailto:)\\S+");
                    continue;
                }
                assertThat(ATTRIBUTES).as("attribute %s on <%s>", attribute.getKey(), element.tagName())
                        .contains(attribute.getKey());
            }
        }
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("meta[http-equiv]")).hasSize(1);
        assertThat(page.selectFirst("meta[http-equiv]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        String style = page.selectFirst("style").data();
        assertThat(style).doesNotContainIgnoringCase("expression(").doesNotContain("@import").doesNotContain("url(");
        return page;
    }
}
