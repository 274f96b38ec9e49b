package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.body.HtmlCodec;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes one article as a JSON object in the Copydesk format. */
final class ArticleJsonWriter {

    private final JsonGenerator json;

    ArticleJsonWriter(JsonGenerator json) {
        this.json = json;
    }

    void write(Article article) throws IOException {
        json.writeStartObject();
        json.writeStringField(JsonFields.ID, article.id().toString());
        json.writeStringField(JsonFields.HEADLINE, article.headline());
        json.writeStringField(JsonFields.DEK, article.dek());
        json.writeStringField(JsonFields.BYLINE, article.byline());
        json.writeStringField(JsonFields.DATELINE, article.dateline());
        if (article.publishDate() == null) {
            json.writeNullField(JsonFields.PUBLISH_DATE);
        } else {
            json.writeStringField(JsonFields.PUBLISH_DATE, article.publishDate().toString());
        }
        json.writeStringField(JsonFields.STATUS, article.status().name());
        json.writeArrayFieldStart(JsonFields.CATEGORIES);
        for (String category : article.categories()) {
            json.writeString(category);
        }
        json.writeEndArray();
        if (article.targetLength() != null) {
            json.writeNumberField(JsonFields.TARGET_LENGTH, article.targetLength());
        }
        json.writeStringField(JsonFields.CREATED, timestamp(article.created()));
        json.writeStringField(JsonFields.MODIFIED, timestamp(article.modified()));
        writeBody(article);
        json.writeEndObject();
    }

    private void writeBody(Article article) throws IOException {
        String text = article.body().plainText();
        json.writeObjectFieldStart(JsonFields.BODY);
        json.writeStringField(JsonFields.BODY_HTML, HtmlCodec.toHtml(article.body()));
        json.writeStringField(JsonFields.BODY_TEXT, text);
        json.writeNumberField(JsonFields.BODY_WORD_COUNT, wordCount(text));
        json.writeEndObject();
    }

    static String timestamp(Instant instant) {
        return JsonFields.TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Whitespace-separated tokens; good enough until the desk needs language-aware counting. */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean space = Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            i += Character.charCount(codePoint);
        }
        return words;
    }
}
