package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.store.ArticleBundle;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads a Copydesk JSON export (see src/docs/json-format.md) back into articles. The file is
 * read as a stream, one article at a time, under the limits of {@link JsonLimits}.
 */
public final class JsonImporter {

    /**
     * All articles in the file, in file order.
     *
     * @throws ExchangeException naming the file, and the line, column and field when the content is wrong
     */
    public List<Article> read(Path file) {
        return readAll(file).stream().map(ArticleBundle::article).toList();
    }

    /**
     * All articles in the file with their tags, timeline, notes and revisions, in file order.
     *
     * @throws ExchangeException naming the file, and the line, column and field when the content is wrong
     */
    public List<ArticleBundle> readAll(Path file) {
        try (BundleSource source = open(file)) {
            List<ArticleBundle> articles = new ArrayList<>();
            source.forEachRemaining(articles::add);
            return articles;
        }
    }

    /** Opens the file for reading its articles one by one. */
    BundleSource open(Path file) {
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new ExchangeException("Cannot read " + path + ": it is a folder, not a Copydesk export file.");
        }
        return new Source(path);
    }

    /** Turns a parser or file failure into a message for the user. */
    static ExchangeException failure(Path path, IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            JsonLocation location = limit.getLocation();
            String where = location == null ? "" : " at " + JsonProblem.position(location);
            return new ExchangeException("Cannot read " + path + ": it goes beyond what an import may hold" + where
                    + " (" + limit.getOriginalMessage() + ").", e);
        }
        if (e instanceof JsonProcessingException json) {
            JsonLocation location = json.getLocation();
            String where = location == null ? "" : " at " + JsonProblem.position(location);
            return new ExchangeException("Cannot read " + path + ": the JSON is broken" + where + " ("
                    + json.getOriginalMessage() + ").", e);
        }
        return new ExchangeException("Cannot read " + path + ": " + IoErrors.describe(e) + ".", e);
    }

    private static final class Source implements BundleSource {

        private final Path path;
        private final JsonProblem problem;
        private final InputStream in;
        private final JsonParser parser;
        private JsonLocation start;
        private String format;
        private boolean inArticles;
        private boolean articlesSeen;
        private boolean finished;
        private ArticleBundle ahead;
        private int count;
        /** The number of the article of each id read so far: tens of bytes an article, against kilobytes read. */
        private final Map<UUID, Integer> numbers = new HashMap<>();

        Source(Path path) {
            this.path = path;
            this.problem = new JsonProblem(path);
            InputStream opened = null;
            try {
                JsonLimits.requireAtMost(path, JsonLimits.MAX_EXPORT_BYTES);
                opened = Files.newInputStream(path);
                this.in = opened;
                this.parser = JsonLimits.FACTORY.createParser(opened);
                readUpToArticles();
            } catch (IOException e) {
                closeQuietly(opened);
                throw failure(path, e);
            } catch (RuntimeException e) {
                closeQuietly(opened);
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            if (ahead != null) {
                return true;
            }
            if (finished) {
                return false;
            }
            try {
                ahead = readNext();
            } catch (IOException e) {
                throw failure(path, e);
            }
            return ahead != null;
        }

        @Override
        public ArticleBundle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleBundle article = ahead;
            ahead = null;
            return article;
        }

        @Override
        public void close() {
            closeQuietly(in);
        }

        private void readUpToArticles() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problem.at(parser, "the file is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem.at(parser, "a Copydesk export starts with an object, not " + JsonProblem.describe(first));
            }
            start = parser.currentTokenLocation();
            readTopLevelFields();
        }

        /** Reads top-level fields until the articles list opens or the object ends. */
        private void readTopLevelFields() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case JsonFields.FORMAT -> format = requireOurFormat();
                    case JsonFields.FORMAT_VERSION -> requireKnownVersion();
                    case JsonFields.ARTICLES -> {
                        if (articlesSeen) {
                            throw problem.at(parser, "there are two \"articles\" lists");
                        }
                        if (parser.currentToken() != JsonToken.START_ARRAY) {
                            throw problem.at(parser, "\"articles\" must be a list, not "
                                    + JsonProblem.describe(parser.currentToken()));
                        }
                        inArticles = true;
                        articlesSeen = true;
                        return;
                    }
                    default -> parser.skipChildren();
                }
            }
            finish();
        }

        private ArticleBundle readNext() throws IOException {
            while (!finished) {
                if (inArticles) {
                    if (parser.nextToken() != JsonToken.END_ARRAY) {
                        return readArticle();
                    }
                    inArticles = false;
                }
                readTopLevelFields();
            }
            return null;
        }

        private ArticleBundle readArticle() throws IOException {
            count++;
            JsonLocation articleStart = parser.currentTokenLocation();
            JsonPointer pointer = JsonProblem.pointer(parser);
            ArticleBundle article = new ArticleJsonReader(parser, problem).read(count);
            Integer earlier = numbers.putIfAbsent(article.article().id(), count);
            if (earlier != null) {
                throw problem.at(articleStart, pointer, "articles " + earlier + " and " + count + " have the same id "
                        + article.article().id() + ", and a file may hold each article only once");
            }
            return article;
        }

        private void finish() throws IOException {
            if (format == null) {
                throw problem.at(start, "it is not a Copydesk export (there is no \"format\": \"copydesk\")");
            }
            if (!articlesSeen) {
                throw problem.at(start, "there is no \"" + JsonFields.ARTICLES + "\" list");
            }
            if (parser.nextToken() != null) {
                throw problem.at(parser, "there is more content after the end of the export");
            }
            finished = true;
        }

        private String requireOurFormat() throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING || !JsonFields.FORMAT_NAME.equals(parser.getText())) {
                throw problem.at(parser, "it is not a Copydesk export (\"format\" must be \"copydesk\")");
            }
            return parser.getText();
        }

        private void requireKnownVersion() throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw problem.at(parser, "\"version\" must be a whole number, not "
                        + JsonProblem.describe(parser.currentToken()));
            }
            if (parser.getNumberType() != JsonParser.NumberType.INT) {
                throw problem.at(parser, "\"version\" " + parser.getText() + " is not a known format version");
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

        private static void closeQuietly(InputStream in) {
            if (in == null) {
                return;
            }
            try {
                in.close();
            } catch (IOException ignored) {
                // Only read from; nothing to lose.
            }
        }
    }
}
