package com.copydesk.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;

import java.nio.file.Path;

/** Builds import errors that name the file, the line and column, and the JSON pointer of the problem. */
final class JsonProblem {

    private final Path file;

    JsonProblem(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** A problem with the value the parser is on now. */
    ExchangeException at(JsonParser parser, String what) {
        return at(parser.currentTokenLocation(), pointer(parser), what);
    }

    ExchangeException at(JsonLocation location, String what) {
        return new ExchangeException("Cannot read " + file + ": " + what + " (" + position(location) + ").");
    }

    ExchangeException at(JsonLocation location, JsonPointer pointer, String what) {
        String where = pointer == null || pointer.matches() ? "" : ", at " + pointer;
        return new ExchangeException("Cannot read " + file + ": " + what + " (" + position(location) + where + ").");
    }

    /** Where the parser is, as a JSON pointer such as /articles/3/headline. */
    static JsonPointer pointer(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer();
    }

    static String position(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** How a person would name the kind of value the parser is on, e.g. "a number". */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case VALUE_STRING -> "a text string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            default -> token.asString() == null ? token.name() : "\"" + token.asString() + "\"";
        };
    }
}
