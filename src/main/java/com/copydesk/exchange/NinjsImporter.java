package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.HtmlCodec;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads IPTC ninjs news items (versions 1.x, 2.x and 3.x; one item or a list of items) as
 * articles. The mapping is described in src/docs/ninjs.md. Body HTML goes through
 * {@link HtmlCodec#fromHtml}, the same cleaning as a paste.
 */
public final class NinjsImporter {

    private static final String OUR_URN = NinjsFields.URN_PREFIX;

    private final ObjectMapper mapper = new ObjectMapper(JsonLimits.newFactory());
    private final java.time.Clock clock;

    public NinjsImporter() {
        this(java.time.Clock.systemUTC());
    }

    NinjsImporter(java.time.Clock clock) {
        this.clock = clock;
    }

    /** All items in the file, as articles, in file order. */
    public List<Article> read(Path file) {
        try (ArticleSource source = open(file)) {
            List<Article> articles = new ArrayList<>();
            source.forEachRemaining(articles::add);
            return articles;
        }
    }

    ArticleSource open(Path file) {
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        JsonNode root = readTree(path);
        List<Article> articles = root.isArray() ? listed(path, root) : List.of(new Item(path, "", root).article());
        Iterator<Article> iterator = articles.iterator();
        return new ArticleSource() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public Article next() {
                return iterator.next();
            }

            @Override
            public void close() {
                // Read completely when opened.
            }
        };
    }

    /** The items of a list, each at most once. */
    private List<Article> listed(Path path, JsonNode list) {
        List<Article> articles = new ArrayList<>();
        Map<UUID, Integer> numbers = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Item item = new Item(path, "/" + i, list.get(i));
            Article article = item.article();
            Integer earlier = numbers.putIfAbsent(article.id(), i + 1);
            if (earlier != null) {
                throw item.problem(item.pointer, "items " + earlier + " and " + (i + 1) + " have the same "
                        + item.idSource() + ", and a file may hold each item only once");
            }
            articles.add(article);
        }
        return articles;
    }

    private JsonNode readTree(Path path) {
        try {
            JsonLimits.requireAtMost(path, JsonLimits.MAX_NINJS_BYTES);
            try (InputStream in = Files.newInputStream(path); JsonParser parser = mapper.createParser(in)) {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new JsonProblem(path).at(parser, "the file is empty");
                }
                if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                    throw new JsonProblem(path).at(parser, "a ninjs file holds an object or a list of objects, not "
                            + JsonProblem.describe(first));
                }
                JsonNode root = mapper.readTree(parser);
                if (parser.nextToken() != null) {
                    throw new JsonProblem(path).at(parser, "there is more content after the end of the item");
                }
                return root;
            }
        } catch (IOException e) {
            throw JsonImporter.failure(path, e);
        }
    }

    /** One news item; {@code pointer} is where it is in the file, for messages. */
    private final class Item {
        private final Path file;
        private final String pointer;
        private final JsonNode node;

        Item(Path file, String pointer, JsonNode node) {
            this.file = file;
            this.pointer = pointer;
            this.node = node;
        }

        Article article() {
            if (!node.isObject()) {
                throw problem(pointer, "a ninjs item must be an object, not " + kind(node));
            }
            String uri = text("uri", "");
            String headline = headline();
            String dek = dek();
            String byline = firstText("by", "byline");
            String dateline = firstText("located");
            Instant versionCreated = instant("versionCreated", "versioncreated");
            Instant firstCreated = instant("firstCreated", "firstcreated");
            Instant created = firstCreated != null ? firstCreated : versionCreated != null ? versionCreated : clock.instant();
            Instant modified = versionCreated != null ? versionCreated : created;
            try {
                return new Article(id(uri), headline, dek, byline, dateline, null, subjects(), ArticleStatus.DRAFT,
                        body(), created, modified);
            } catch (IllegalArgumentException e) {
                throw problem(pointer, "the item is not valid: " + e.getMessage());
            }
        }

        /** Our own URN keeps its id; any other uri always maps to the same id, so a re-import updates. */
        private UUID id(String uri) {
            if (uri.startsWith(OUR_URN)) {
                try {
                    return UUID.fromString(uri.substring(OUR_URN.length()));
                } catch (IllegalArgumentException notOurs) {
                    // Fall through: treat it like any other uri.
                }
            }
            String key = !uri.isBlank() ? uri : firstText("guid");
            if (key.isBlank()) {
                return UUID.randomUUID();
            }
            return UUID.nameUUIDFromBytes(("ninjs:" + key).getBytes(StandardCharsets.UTF_8));
        }

        /** What the id is made from, for messages: the "uri", else the "guid". */
        private String idSource() {
            String uri = text("uri", "");
            return !uri.isBlank() ? "\"uri\" " + uri : "\"guid\" " + firstText("guid");
        }

        private String headline() {
            JsonNode headlines = node.get("headlines");
            if (headlines != null) {
                String main = byRole(headlines, "/headlines", "main");
                return main != null ? main : firstValue(headlines, "/headlines");
            }
            return firstText("headline", "title");
        }

        private String dek() {
            JsonNode headlines = node.get("headlines");
            if (headlines != null) {
                String sub = byRole(headlines, "/headlines", "sub");
                if (sub != null) {
                    return sub;
                }
            }
            JsonNode descriptions = node.get("descriptions");
            if (descriptions != null) {
                String summary = byRole(descriptions, "/descriptions", "summary");
                return summary != null ? summary : firstValue(descriptions, "/descriptions");
            }
            String text = firstText("description_text");
            return !text.isEmpty() ? text : fromHtml(firstText("description_html"), "", "description_html").plainText();
        }

        private BodyDocument body() {
            JsonNode bodies = node.get("bodies");
            if (bodies != null) {
                requireArray(bodies, "/bodies");
                String html = null;
                String htmlAt = null;
                String text = null;
                for (int i = 0; i < bodies.size(); i++) {
                    JsonNode body = bodies.get(i);
                    String at = "/bodies/" + i;
                    requireObject(body, at);
                    String type = contentType(body, at);
                    String value = requiredText(body, at, "value");
                    if (type.startsWith("text/html") && html == null) {
                        html = value;
                        htmlAt = at;
                    } else if (type.startsWith("text/plain") && text == null) {
                        text = value;
                    }
                }
                return html != null ? fromHtml(html, htmlAt, "value") : fromPlainText(text == null ? "" : text);
            }
            String html = firstText("body_html");
            if (!html.isEmpty()) {
                return fromHtml(html, "", "body_html");
            }
            return fromPlainText(firstText("body_text", "body"));
        }

        /**
         * The body of the HTML in {@code name} of the object at {@code at}; refused when a character
         * reference writes half a surrogate pair alone, which the store would turn into "?".
         */
        private BodyDocument fromHtml(String html, String at, String name) {
            BodyDocument body = HtmlCodec.fromHtml(html);
            ImportText.loneSurrogate(name, body).ifPresent(what -> {
                throw problem(at + "/" + name, what);
            });
            return body;
        }

        private List<String> subjects() {
            JsonNode subjects = node.has("subjects") ? node.get("subjects") : node.get("subject");
            String at = node.has("subjects") ? "/subjects" : "/subject";
            if (subjects == null) {
                return List.of();
            }
            requireArray(subjects, at);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                JsonNode subject = subjects.get(i);
                requireObject(subject, at + "/" + i);
                String name = optionalText(subject, at + "/" + i, "name", "");
                if (!name.isBlank()) {
                    names.add(name);
                }
            }
            return names;
        }

        private String byRole(JsonNode list, String at, String role) {
            requireArray(list, at);
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.get(i);
                requireObject(entry, at + "/" + i);
                if (role.equals(optionalText(entry, at + "/" + i, "role", ""))) {
                    return valueAsText(entry, at + "/" + i);
                }
            }
            return null;
        }

        private String firstValue(JsonNode list, String at) {
            requireArray(list, at);
            if (list.isEmpty()) {
                return "";
            }
            requireObject(list.get(0), at + "/0");
            return valueAsText(list.get(0), at + "/0");
        }

        /** Headlines and descriptions may be HTML; the article keeps their text. */
        private String valueAsText(JsonNode entry, String at) {
            String value = requiredText(entry, at, "value");
            String type = contentType(entry, at);
            return type.startsWith("text/html") ? fromHtml(value, at, "value").plainText() : value;
        }

        /** ninjs 3 writes contentType, ninjs 2 contenttype; plain text when neither is given. */
        private String contentType(JsonNode entry, String at) {
            String name = entry.has("contentType") ? "contentType" : "contenttype";
            return optionalText(entry, at, name, "text/plain").strip().toLowerCase(java.util.Locale.ROOT);
        }

        private Instant instant(String... names) {
            for (String name : names) {
                JsonNode value = node.get(name);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (!value.isTextual()) {
                    throw problem(pointer + "/" + name, "\"" + name + "\" must be a date and time text, not " + kind(value));
                }
                return parseInstant(value.asText(), name);
            }
            return null;
        }

        private Instant parseInstant(String text, String name) {
            return withOrWithoutOffset(text).flatMap(ImportTimes::within).orElseThrow(() -> problem(pointer + "/" + name,
                    "\"" + name + "\" must be " + ImportTimes.TIME_WANTED + ", not \"" + text + "\""));
        }

        private String firstText(String... names) {
            for (String name : names) {
                if (node.has(name) && !node.get(name).isNull()) {
                    return text(name, "");
                }
            }
            return "";
        }

        private String text(String name, String fallback) {
            return optionalText(node, pointer, name, fallback);
        }

        private String optionalText(JsonNode object, String at, String name, String fallback) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isTextual()) {
                throw problem(at + "/" + name, "\"" + name + "\" must be a text string, not " + kind(value));
            }
            ImportText.loneSurrogate(name, value.asText()).ifPresent(what -> {
                throw problem(at + "/" + name, what);
            });
            return value.asText().replace('\0', '\uFFFD');
        }

        private String requiredText(JsonNode object, String at, String name) {
            if (!object.has(name)) {
                throw problem(at, "there is no \"" + name + "\"");
            }
            return optionalText(object, at, name, "");
        }

        private void requireArray(JsonNode value, String at) {
            if (!value.isArray()) {
                throw problem(pointer + at, "\"" + at.substring(at.lastIndexOf('/') + 1) + "\" must be a list, not " + kind(value));
            }
        }

        private void requireObject(JsonNode value, String at) {
            if (!value.isObject()) {
                throw problem(at.startsWith(pointer) ? at : pointer + at, "this must be an object, not " + kind(value));
            }
        }

        private ExchangeException problem(String at, String what) {
            String where = at.isEmpty() ? "the item" : at.startsWith(pointer) ? at : pointer + at;
            return new ExchangeException("Cannot read " + file + " as ninjs: " + what + " (at " + (where.isEmpty() ? "/" : where) + ").");
        }
    }

    private static Optional<Instant> withOrWithoutOffset(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                // Older agency feeds leave the offset out; such times are taken as UTC.
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** Paragraphs are separated by blank lines; single line breaks stay inside the paragraph. */
    static BodyDocument fromPlainText(String text) {
        List<com.copydesk.body.Block> blocks = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String clean = paragraph.strip().replace('\n', ' ').replace('\0', '\uFFFD');
            if (!clean.isEmpty()) {
                blocks.add(com.copydesk.body.Block.paragraph(clean));
            }
        }
        return blocks.isEmpty() ? BodyDocument.empty() : new BodyDocument(blocks);
    }

    private static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "a text string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "a list" : "an object";
    }
}
