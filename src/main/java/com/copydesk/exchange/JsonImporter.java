package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads a Copydesk JSON export (see src/docs/json-format.md) back into articles. */
public final class JsonImporter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * All articles in the file, in file order.
     *
     * @throws ExchangeException naming the file, and the line, column and field when the content is wrong
     */
    public List<Article> read(Path file) {
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new ExchangeException("Cannot read " + path + ": it is a folder, not a Copydesk export file.");
        }
        JsonProblem problem = new JsonProblem(path);
        try (InputStream in = Files.newInputStream(path); JsonParser parser = JSON.createParser(in)) {
            return readDocument(parser, problem);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : " at " + JsonProblem.position(location);
            throw new ExchangeException("Cannot read " + path + ": the JSON is broken" + where + " ("
                    + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw new ExchangeException("Cannot read " + path + ": " + IoErrors.describe(e) + ".", e);
        }
    }

    private static List<Article> readDocument(JsonParser parser, JsonProblem problem) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw problem.at(parser, "the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw problem.at(parser, "a Copydesk export starts with an object, not " + JsonProblem.describe(first));
        }
        JsonLocation start = parser.currentTokenLocation();
        String format = null;
        List<Article> articles = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case JsonFields.FORMAT -> format = requireOurFormat(parser, problem);
                case JsonFields.FORMAT_VERSION -> requireKnownVersion(parser, problem);
                case JsonFields.ARTICLES -> articles = readArticles(parser, problem);
                default -> parser.skipChildren();
            }
        }
        if (format == null) {
            throw problem.at(start, "it is not a Copydesk export (there is no \"format\": \"copydesk\")");
        }
        if (articles == null) {
            throw problem.at(start, "there is no \"" + JsonFields.ARTICLES + "\" list");
        }
        if (parser.nextToken() != null) {
            throw problem.at(parser, "there is more content after the end of the export");
        }
        return articles;
    }

    private static String requireOurFormat(JsonParser parser, JsonProblem problem) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !JsonFields.FORMAT_NAME.equals(parser.getText())) {
            throw problem.at(parser, "it is not a Copydesk export (\"format\" must be \"copydesk\")");
        }
        return parser.getText();
    }

    private static void requireKnownVersion(JsonParser parser, JsonProblem problem) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw problem.at(parser, "\"version\" must be a whole number, not " + JsonProblem.describe(parser.currentToken()));
        }
        int version = parser.getIntValue();
        if (version > JsonFields.VERSION) {
            throw problem.at(parser, "it was written by a newer Copydesk (format version " + version
                    + ", this app reads up to " + JsonFields.VERSION + ")");
        }
        if (version < 1) {
            throw problem.at(parser, "\"version\" must be 1 or more, not " + version);
        }
    }

    private static List<Article> readArticles(JsonParser parser, JsonProblem problem) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw problem.at(parser, "\"articles\" must be a list, not " + JsonProblem.describe(parser.currentToken()));
        }
        List<Article> articles = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            articles.add(new ArticleJsonReader(parser, problem).read(articles.size() + 1));
        }
        return articles;
    }
}
