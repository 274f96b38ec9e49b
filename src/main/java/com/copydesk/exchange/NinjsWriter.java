package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyStats;
import com.copydesk.body.HtmlCodec;
import com.copydesk.page.Publication;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.Locale;

/** Writes one article as an IPTC ninjs 3.1 news item; the mapping is documented in src/docs/ninjs.md. */
final class NinjsWriter {

    private static final int SLUG_WORDS = 5;

    private final JsonGenerator json;
    private final Publication publication;

    NinjsWriter(JsonGenerator json, Publication publication) {
        this.json = json;
        this.publication = publication;
    }

    void write(Article article) throws IOException {
        json.writeStartObject();
        json.writeStringField("uri", uri(article));
        json.writeStringField("type", "text");
        json.writeStringField("representationType", "full");
        json.writeStringField("version", Long.toString(article.modified().toEpochMilli()));
        json.writeStringField("firstCreated", ArticleJsonWriter.timestamp(article.created()));
        json.writeStringField("versionCreated", ArticleJsonWriter.timestamp(article.modified()));
        json.writeStringField("contentCreated", ArticleJsonWriter.timestamp(article.created()));
        json.writeStringField("pubStatus", pubStatus(article.status()));
        String language = language(publication.locale());
        if (!language.isEmpty()) {
            json.writeStringField("language", language);
        }
        json.writeStringField("copyrightNotice", "© " + copyrightYear(article) + " " + publication.name().strip());
        writeHeadlines(article);
        writeDescriptions(article);
        writeIfPresent("by", article.byline());
        writeIfPresent("located", article.dateline());
        String slug = slugline(article.headline());
        writeIfPresent("slugline", slug);
        writeSubjects(article);
        writeBodies(article);
        json.writeObjectFieldStart("standard");
        json.writeStringField("name", NinjsFields.STANDARD_NAME);
        json.writeStringField("version", NinjsFields.STANDARD_VERSION);
        json.writeStringField("schema", NinjsFields.STANDARD_SCHEMA);
        json.writeEndObject();
        json.writeEndObject();
    }

    static String uri(Article article) {
        return NinjsFields.URN_PREFIX + article.id();
    }

    /** Only a published story may be used by whoever receives it. */
    static String pubStatus(ArticleStatus status) {
        return switch (status) {
            case PUBLISHED -> "usable";
            case SPIKED -> "canceled";
            case DRAFT, IN_REVIEW, CHANGES_REQUESTED, READY -> "withheld";
        };
    }

    /** Lower-case words of the headline joined by hyphens, at most five words, accents removed: "council-approves-budget". */
    static String slugline(String headline) {
        String folded = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        int words = 0;
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (words == SLUG_WORDS) {
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word);
            words++;
        }
        return slug.toString();
    }

    private void writeHeadlines(Article article) throws IOException {
        String headline = article.headline().strip();
        String dek = article.dek().strip();
        if (headline.isEmpty() && dek.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("headlines");
        if (!headline.isEmpty()) {
            textEntry("main", headline);
        }
        if (!dek.isEmpty()) {
            textEntry("sub", dek);
        }
        json.writeEndArray();
    }

    private void writeDescriptions(Article article) throws IOException {
        String dek = article.dek().strip();
        if (dek.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("descriptions");
        textEntry("summary", dek);
        json.writeEndArray();
    }

    private void textEntry(String role, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", role);
        json.writeStringField("contentType", "text/plain");
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    private void writeSubjects(Article article) throws IOException {
        if (article.categories().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("subjects");
        for (int i = 0; i < article.categories().size(); i++) {
            json.writeStartObject();
            json.writeStringField("name", article.categories().get(i));
            // The first category is the story's section; the others are further subjects.
            json.writeStringField("rel", i == 0 ? "section" : "category");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeBodies(Article article) throws IOException {
        BodyStats stats = BodyStats.of(article.body());
        json.writeArrayFieldStart("bodies");
        body("text/html", HtmlCodec.toHtml(article.body()), stats);
        body("text/plain", article.body().plainText(), stats);
        json.writeEndArray();
    }

    private void body(String contentType, String value, BodyStats stats) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", "main");
        json.writeStringField("contentType", contentType);
        json.writeNumberField("wordCount", stats.words());
        json.writeNumberField("charCount", stats.characters());
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    private void writeIfPresent(String field, String value) throws IOException {
        String text = value.strip();
        if (!text.isEmpty()) {
            json.writeStringField(field, text);
        }
    }

    private static String language(Locale locale) {
        String tag = locale.toLanguageTag();
        return tag.equals("und") ? "" : tag;
    }

    private static int copyrightYear(Article article) {
        return article.publishDate() != null ? article.publishDate().getYear()
                : article.modified().atZone(ZoneOffset.UTC).getYear();
    }
}
