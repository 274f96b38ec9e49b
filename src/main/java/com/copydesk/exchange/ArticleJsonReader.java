package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.HtmlCodec;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads one article object of the Copydesk JSON format. Required: id, headline, status, created,
 * modified and body.html; dek, byline, dateline default to "", publishDate to null, categories
 * to none. Unknown fields are skipped so that files from newer minor revisions still load.
 */
final class ArticleJsonReader {

    private final JsonParser parser;
    private final JsonProblem problem;

    private UUID id;
    private String headline;
    private String dek = "";
    private String byline = "";
    private String dateline = "";
    private LocalDate publishDate;
    private ArticleStatus status;
    private List<String> categories = List.of();
    private Instant created;
    private Instant modified;
    private BodyDocument body;
    private Integer targetLength;

    ArticleJsonReader(JsonParser parser, JsonProblem problem) {
        this.parser = parser;
        this.problem = problem;
    }

    /** Reads the article object the parser is positioned on (its START_OBJECT token). */
    Article read(int number) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        JsonPointer pointer = JsonProblem.pointer(parser);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem.at(parser, "article " + number + " must be an object, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            readField(field);
        }
        String name = "article " + number;
        require(id, JsonFields.ID, name, start, pointer);
        require(headline, JsonFields.HEADLINE, name, start, pointer);
        require(status, JsonFields.STATUS, name, start, pointer);
        require(created, JsonFields.CREATED, name, start, pointer);
        require(modified, JsonFields.MODIFIED, name, start, pointer);
        require(body, JsonFields.BODY, name, start, pointer);
        try {
            return new Article(id, headline, dek, byline, dateline, publishDate, categories, status, body,
                    created, modified, targetLength);
        } catch (IllegalArgumentException e) {
            throw problem.at(start, pointer, name + " is not valid: " + e.getMessage());
        }
    }

    private void readField(String field) throws IOException {
        switch (field) {
            case JsonFields.ID -> id = uuid(field);
            case JsonFields.HEADLINE -> headline = text(field);
            case JsonFields.DEK -> dek = text(field);
            case JsonFields.BYLINE -> byline = text(field);
            case JsonFields.DATELINE -> dateline = text(field);
            case JsonFields.PUBLISH_DATE -> publishDate = optionalDate(field);
            case JsonFields.STATUS -> status = status(field);
            case JsonFields.CATEGORIES -> categories = textList(field);
            case JsonFields.TARGET_LENGTH -> targetLength = optionalWords(field);
            case JsonFields.CREATED -> created = instant(field);
            case JsonFields.MODIFIED -> modified = instant(field);
            case JsonFields.BODY -> body = body();
            default -> parser.skipChildren();
        }
    }

    private String text(String field) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw problem.at(parser, "\"" + field + "\" must be a text string, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        String value = parser.getText();
        if (value.indexOf('\0') >= 0) {
            throw problem.at(parser, "\"" + field + "\" contains a NUL character");
        }
        return value;
    }

    private UUID uuid(String field) throws IOException {
        String value = text(field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw problem.at(parser, "\"" + field + "\" must be an id like 123e4567-e89b-12d3-a456-426614174000, not \""
                    + value + "\"");
        }
    }

    private LocalDate optionalDate(String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String value = text(field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem.at(parser, "\"" + field + "\" must be a date like 2024-05-31 or null, not \"" + value + "\"");
        }
    }

    private Integer optionalWords(String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getValueAsLong(0) < 1
                || parser.getValueAsLong(0) > Article.MAX_TARGET_LENGTH) {
            throw problem.at(parser, "\"" + field + "\" must be a whole number of words from 1 to "
                    + Article.MAX_TARGET_LENGTH + " or null, not " + JsonProblem.describe(parser.currentToken())
                    + (parser.currentToken().isNumeric() ? " " + parser.getText() : ""));
        }
        return parser.getIntValue();
    }

    private Instant instant(String field) throws IOException {
        String value = text(field);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw problem.at(parser, "\"" + field + "\" must be a date and time like 2024-05-31T09:30:00Z, not \""
                    + value + "\"");
        }
    }

    private ArticleStatus status(String field) throws IOException {
        String value = text(field);
        try {
            return ArticleStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(ArticleStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw problem.at(parser, "\"" + field + "\" must be one of " + allowed + ", not \"" + value + "\"");
        }
    }

    private List<String> textList(String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw problem.at(parser, "\"" + field + "\" must be a list of text strings, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String value = text(field);
            if (value.isBlank()) {
                throw problem.at(parser, "\"" + field + "\" contains a blank name");
            }
            values.add(value);
        }
        return values;
    }

    private BodyDocument body() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem.at(parser, "\"" + JsonFields.BODY + "\" must be an object, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        JsonLocation start = parser.currentTokenLocation();
        String html = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals(JsonFields.BODY_HTML)) {
                html = text(JsonFields.BODY + "." + field);
            } else {
                // "text" and "wordCount" are derived from the HTML, so they are not read back.
                parser.skipChildren();
            }
        }
        if (html == null) {
            throw problem.at(start, "\"" + JsonFields.BODY + "\" has no \"" + JsonFields.BODY_HTML + "\"");
        }
        return HtmlCodec.fromHtml(html);
    }

    private void require(Object value, String field, String article, JsonLocation start, JsonPointer pointer) {
        if (value == null) {
            throw problem.at(start, pointer, article + " has no \"" + field + "\"");
        }
    }
}
