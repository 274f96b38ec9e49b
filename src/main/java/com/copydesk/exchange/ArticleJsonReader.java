package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;
import com.copydesk.article.TagName;
import com.copydesk.article.WorkflowAction;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyText.Place;
import com.copydesk.store.ArticleBundle;
import com.copydesk.store.StoredRevision;
import com.copydesk.body.HtmlCodec;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads one article object of the Copydesk JSON format, with its tags, timeline, notes and
 * revisions. Required: id, headline, status, created, modified and body.html; dek, byline,
 * dateline default to "", publishDate to null, the lists to empty. Unknown fields are skipped
 * so that files from newer minor revisions still load.
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
    private List<String> tags = List.of();
    private List<StatusChange> history = List.of();
    private List<ReviewNote> notes = List.of();
    private List<StoredRevision> revisions = List.of();
    private final List<NoteAnchor> anchors = new ArrayList<>();

    ArticleJsonReader(JsonParser parser, JsonProblem problem) {
        this.parser = parser;
        this.problem = problem;
    }

    /** Reads the article object the parser is positioned on (its START_OBJECT token). */
    ArticleBundle read(int number) throws IOException {
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
            return new ArticleBundle(new Article(id, headline, dek, byline, dateline, publishDate, categories, status,
                    body, created, modified, targetLength), tags, history, notes, revisions, anchors);
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
            case JsonFields.TAGS -> tags = tags(field);
            case JsonFields.STATUS_HISTORY -> history = items(field, this::statusChange);
            case JsonFields.NOTES -> notes = notes(field);
            case JsonFields.REVISIONS -> revisions = items(field, this::revision);
            default -> parser.skipChildren();
        }
    }

    private List<String> tags(String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw problem.at(parser, "\"" + field + "\" must be a list of text strings, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String value = text(field);
            try {
                values.add(TagName.clean(value));
            } catch (IllegalArgumentException e) {
                throw problem.at(parser, "the tag \"" + value + "\" is not valid: " + e.getMessage());
            }
        }
        return values;
    }

    /** Reads the list of objects the parser is on, each with {@code reader}. */
    private <T> List<T> items(String field, ItemReader<T> reader) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw problem.at(parser, "\"" + field + "\" must be a list of objects, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        List<T> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw problem.at(parser, "each entry of \"" + field + "\" must be an object, not "
                        + JsonProblem.describe(parser.currentToken()));
            }
            Item item = readItem(field + " entry " + (values.size() + 1), field);
            values.add(reader.read(item));
        }
        return values;
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(Item item) throws IOException;
    }

    private StatusChange statusChange(Item item) {
        ArticleStatus from = item.status(JsonFields.FROM);
        ArticleStatus to = item.status(JsonFields.TO);
        WorkflowAction action = item.action(JsonFields.ACTION);
        Instant at = item.instant(JsonFields.AT);
        try {
            // The article id is the imported article's; the store files the entry under it.
            return new StatusChange(new UUID(0, 0), from, to, action, item.text(JsonFields.BY, ""),
                    item.text(JsonFields.INITIALS, ""), at, item.text(JsonFields.NOTE, ""));
        } catch (RuntimeException e) {
            throw item.invalid(e);
        }
    }

    private List<ReviewNote> notes(String field) throws IOException {
        Set<Long> topLevel = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        return items(field, item -> {
            long number = item.number(JsonFields.NOTE_NUMBER);
            if (!seen.add(number)) {
                throw item.problem("two notes have the number " + number);
            }
            Long replyTo = item.optionalNumber(JsonFields.REPLY_TO);
            if (replyTo != null && !topLevel.contains(replyTo)) {
                throw item.problem("\"" + JsonFields.REPLY_TO + "\" must be the number of an earlier note that is "
                        + "not itself a reply, not " + replyTo);
            }
            if (replyTo == null) {
                topLevel.add(number);
            }
            Instant resolved = item.optionalInstant(JsonFields.RESOLVED);
            String resolvedBy = item.optionalText(JsonFields.RESOLVED_BY);
            if (item.anchor != null) {
                if (replyTo != null) {
                    throw item.problem("a reply cannot be an inline comment, so it has no \"" + JsonFields.ANCHOR + "\"");
                }
                anchors.add(item.anchor.withNoteId(number));
            }
            try {
                return new ReviewNote(number, new UUID(0, 0), replyTo, item.text(JsonFields.AUTHOR, ""),
                        item.text(JsonFields.INITIALS, ""), item.instant(JsonFields.CREATED),
                        item.requiredText(JsonFields.TEXT), resolved, resolvedBy);
            } catch (IllegalArgumentException e) {
                throw item.invalid(e);
            }
        });
    }

    private StoredRevision revision(Item item) {
        Instant saved = item.instant(JsonFields.SAVED);
        Instant started = item.has(JsonFields.STARTED) ? item.instant(JsonFields.STARTED) : saved;
        Instant restoredFrom = item.optionalInstant(JsonFields.RESTORED_FROM);
        String publishDate = item.optionalText(JsonFields.PUBLISH_DATE);
        LocalDate date = publishDate == null ? null : ImportTimes.date(publishDate).orElseThrow(() ->
                item.problemAt(JsonFields.PUBLISH_DATE, "\"" + JsonFields.PUBLISH_DATE + "\" must be "
                        + ImportTimes.DATE_WANTED + " or null, not \"" + publishDate + "\""));
        if (item.bodyHtml == null) {
            throw item.problem(item.name + " has no \"" + JsonFields.BODY + "\" with \"" + JsonFields.BODY_HTML + "\"");
        }
        try {
            return new StoredRevision(started, saved, item.text(JsonFields.AUTHOR, ""), restoredFrom,
                    item.requiredText(JsonFields.HEADLINE), item.text(JsonFields.DEK, ""),
                    item.text(JsonFields.BYLINE, ""), item.text(JsonFields.DATELINE, ""), date,
                    item.status(JsonFields.STATUS), item.categories, item.bodyHtml);
        } catch (IllegalArgumentException e) {
            throw item.invalid(e);
        }
    }

    /**
     * Reads the fields of the object the parser is on, an entry of the list {@code list}: plain
     * values, plus "categories" and "body" of a revision and the "anchor" of a note.
     */
    private Item readItem(String name, String list) throws IOException {
        Item item = new Item(name, parser.currentTokenLocation(), JsonProblem.pointer(parser));
        boolean revision = list.equals(JsonFields.REVISIONS);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (revision && field.equals(JsonFields.CATEGORIES)) {
                item.categories = textList(field);
            } else if (revision && field.equals(JsonFields.BODY)) {
                item.bodyHtml = HtmlCodec.toHtml(body());
            } else if (list.equals(JsonFields.NOTES) && field.equals(JsonFields.ANCHOR)) {
                item.anchor = token == JsonToken.VALUE_NULL ? null : anchor();
            } else if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                item.values.put(field, new Value(token, null, parser.currentTokenLocation(),
                        JsonProblem.pointer(parser)));
                parser.skipChildren();
            } else {
                String text = token == JsonToken.VALUE_STRING ? text(field) : parser.getText();
                item.values.put(field, new Value(token, text, parser.currentTokenLocation(),
                        JsonProblem.pointer(parser)));
            }
        }
        return item;
    }

    private record Value(JsonToken token, String text, JsonLocation location, JsonPointer pointer) {
    }

    /** One object of a list such as "notes", read whole (they are small), with where each value was. */
    private final class Item {
        final String name;
        final JsonLocation start;
        final JsonPointer pointer;
        final Map<String, Value> values = new HashMap<>();
        List<String> categories = List.of();
        String bodyHtml;
        NoteAnchor anchor;

        Item(String name, JsonLocation start, JsonPointer pointer) {
            this.name = name;
            this.start = start;
            this.pointer = pointer;
        }

        boolean has(String field) {
            Value value = values.get(field);
            return value != null && value.token != JsonToken.VALUE_NULL;
        }

        ExchangeException problem(String what) {
            return ArticleJsonReader.this.problem.at(start, pointer, what);
        }

        ExchangeException problemAt(String field, String what) {
            Value value = values.get(field);
            return value == null ? problem(what) : ArticleJsonReader.this.problem.at(value.location, value.pointer, what);
        }

        ExchangeException invalid(RuntimeException e) {
            return problem(name + " is not valid: " + e.getMessage());
        }

        String text(String field, String missing) {
            String value = optionalText(field);
            return value == null ? missing : value;
        }

        String requiredText(String field) {
            String value = optionalText(field);
            if (value == null) {
                throw problem(name + " has no \"" + field + "\"");
            }
            return value;
        }

        String optionalText(String field) {
            Value value = values.get(field);
            if (value == null || value.token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value.token != JsonToken.VALUE_STRING) {
                throw ArticleJsonReader.this.problem.at(value.location, value.pointer, "\"" + field + "\" must be a text string, not "
                        + JsonProblem.describe(value.token));
            }
            return value.text;
        }

        long number(String field) {
            Long value = optionalNumber(field);
            if (value == null) {
                throw problem(name + " has no \"" + field + "\"");
            }
            return value;
        }

        Long optionalNumber(String field) {
            Value value = values.get(field);
            if (value == null || value.token == JsonToken.VALUE_NULL) {
                return null;
            }
            try {
                if (value.token == JsonToken.VALUE_NUMBER_INT) {
                    long number = Long.parseLong(value.text);
                    if (number > 0) {
                        return number;
                    }
                }
            } catch (NumberFormatException tooLong) {
                // reported below
            }
            throw ArticleJsonReader.this.problem.at(value.location, value.pointer, "\"" + field + "\" must be a whole number above 0, not "
                    + (value.token == JsonToken.VALUE_NUMBER_INT ? value.text : JsonProblem.describe(value.token)));
        }

        Instant instant(String field) {
            Instant value = optionalInstant(field);
            if (value == null) {
                throw problem(name + " has no \"" + field + "\"");
            }
            return value;
        }

        Instant optionalInstant(String field) {
            String value = optionalText(field);
            if (value == null) {
                return null;
            }
            return ImportTimes.instant(value).orElseThrow(() -> problemAt(field, "\"" + field + "\" must be "
                    + ImportTimes.TIME_WANTED + ", not \"" + value + "\""));
        }

        ArticleStatus status(String field) {
            return named(field, ArticleStatus.class);
        }

        WorkflowAction action(String field) {
            return named(field, WorkflowAction.class);
        }

        private <E extends Enum<E>> E named(String field, Class<E> type) {
            String value = requiredText(field);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", "));
                throw problemAt(field, "\"" + field + "\" must be one of " + allowed + ", not \"" + value + "\"");
            }
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
        ImportText.loneSurrogate(field, value).ifPresent(what -> {
            throw problem.at(parser, what);
        });
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
        return ImportTimes.date(value).orElseThrow(() -> problem.at(parser, "\"" + field + "\" must be "
                + ImportTimes.DATE_WANTED + " or null, not \"" + value + "\""));
    }

    private Integer optionalWords(String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        // The number type first: asking for the value of one beyond a long fails as broken JSON.
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                || parser.getIntValue() < 1 || parser.getIntValue() > Article.MAX_TARGET_LENGTH) {
            throw problem.at(parser, "\"" + field + "\" must be a whole number of words from 1 to "
                    + Article.MAX_TARGET_LENGTH + " or null, not " + JsonProblem.describe(parser.currentToken())
                    + (parser.currentToken().isNumeric() ? " " + parser.getText() : ""));
        }
        return parser.getIntValue();
    }

    private Instant instant(String field) throws IOException {
        String value = text(field);
        return ImportTimes.instant(value).orElseThrow(() -> problem.at(parser, "\"" + field + "\" must be "
                + ImportTimes.TIME_WANTED + ", not \"" + value + "\""));
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

    /** The "anchor" object of an inline comment; its note id is set by the caller. */
    private NoteAnchor anchor() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem.at(parser, "\"" + JsonFields.ANCHOR + "\" must be an object or null, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        JsonLocation start = parser.currentTokenLocation();
        JsonPointer pointer = JsonProblem.pointer(parser);
        Place from = null;
        Place to = null;
        String text = null;
        String quote = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case JsonFields.ANCHOR_START -> from = place(JsonFields.ANCHOR + "." + field);
                case JsonFields.ANCHOR_END -> to = place(JsonFields.ANCHOR + "." + field);
                case JsonFields.TEXT -> text = text(JsonFields.ANCHOR + "." + field);
                case JsonFields.ANCHOR_QUOTE -> quote = text(JsonFields.ANCHOR + "." + field);
                default -> parser.skipChildren();
            }
        }
        if (text == null || quote == null) {
            throw problem.at(start, pointer, "\"" + JsonFields.ANCHOR + "\" has no \""
                    + (text == null ? JsonFields.TEXT : JsonFields.ANCHOR_QUOTE) + "\"");
        }
        try {
            return new NoteAnchor(0, from, to, text, quote);
        } catch (IllegalArgumentException e) {
            throw problem.at(start, pointer, "\"" + JsonFields.ANCHOR + "\" is not valid: " + e.getMessage());
        }
    }

    /** A place in the body, {"block": n, "offset": n}, or null for a detached anchor. */
    private Place place(String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem.at(parser, "\"" + field + "\" must be an object with \"" + JsonFields.ANCHOR_BLOCK
                    + "\" and \"" + JsonFields.ANCHOR_OFFSET + "\", or null, not " + JsonProblem.describe(parser.currentToken()));
        }
        JsonLocation start = parser.currentTokenLocation();
        JsonPointer pointer = JsonProblem.pointer(parser);
        Integer block = null;
        Integer offset = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case JsonFields.ANCHOR_BLOCK -> block = count(field + "." + name);
                case JsonFields.ANCHOR_OFFSET -> offset = count(field + "." + name);
                default -> parser.skipChildren();
            }
        }
        if (block == null || offset == null) {
            throw problem.at(start, pointer, "\"" + field + "\" has no \""
                    + (block == null ? JsonFields.ANCHOR_BLOCK : JsonFields.ANCHOR_OFFSET) + "\"");
        }
        return new Place(block, offset);
    }

    private int count(String field) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                || parser.getIntValue() < 0) {
            throw problem.at(parser, "\"" + field + "\" must be a whole number from 0 to " + Integer.MAX_VALUE
                    + ", not " + JsonProblem.describe(parser.currentToken())
                    + (parser.currentToken().isNumeric() ? " " + parser.getText() : ""));
        }
        return parser.getIntValue();
    }

    private BodyDocument body() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem.at(parser, "\"" + JsonFields.BODY + "\" must be an object, not "
                    + JsonProblem.describe(parser.currentToken()));
        }
        JsonLocation start = parser.currentTokenLocation();
        String html = null;
        JsonLocation htmlAt = null;
        JsonPointer htmlPointer = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals(JsonFields.BODY_HTML)) {
                html = text(JsonFields.BODY + "." + field);
                htmlAt = parser.currentTokenLocation();
                htmlPointer = JsonProblem.pointer(parser);
            } else {
                // "text" and "wordCount" are derived from the HTML, so they are not read back.
                parser.skipChildren();
            }
        }
        if (html == null) {
            throw problem.at(start, "\"" + JsonFields.BODY + "\" has no \"" + JsonFields.BODY_HTML + "\"");
        }
        BodyDocument body = HtmlCodec.fromHtml(html);
        JsonLocation at = htmlAt;
        JsonPointer pointer = htmlPointer;
        ImportText.loneSurrogate(JsonFields.BODY + "." + JsonFields.BODY_HTML, body).ifPresent(what -> {
            throw problem.at(at, pointer, what);
        });
        return body;
    }

    private void require(Object value, String field, String article, JsonLocation start, JsonPointer pointer) {
        if (value == null) {
            throw problem.at(start, pointer, article + " has no \"" + field + "\"");
        }
    }
}
