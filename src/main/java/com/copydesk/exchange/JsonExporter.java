package com.copydesk.exchange;

import com.copydesk.store.ArticleStore;
import com.copydesk.store.StoreException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Exports articles to a Copydesk JSON file (format described in src/docs/json-format.md).
 * Articles are streamed from the database straight into the file, and the file is replaced
 * atomically, so a failed export never leaves a half-written or damaged file behind.
 */
public final class JsonExporter {

    /** Emoji and other characters beyond U+FFFF as four UTF-8 bytes, not as a pair of \\u escapes (json-format.md). */
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final ArticleStore store;
    private final Clock clock;

    public JsonExporter(ArticleStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the given articles (all when {@code ids} is empty), newest first, to {@code target},
     * replacing it if it exists.
     *
     * @return the number of articles written
     * @throws ExchangeException naming the target and the reason when the export fails
     */
    public int export(Collection<UUID> ids, Path target) {
        return export(ids, target, Progress.NONE);
    }

    /** As {@link #export(Collection, Path)}, telling {@code progress} after each article; cancelling leaves no file. */
    public int export(Collection<UUID> ids, Path target, Progress progress) {
        return export(ids, target, progress, false);
    }

    /**
     * As {@link #export(Collection, Path, Progress)}; with {@code withRevisions} every article also
     * carries its saved versions (a bigger file: a full history for moving an archive).
     */
    public int export(Collection<UUID> ids, Path target, Progress progress, boolean withRevisions) {
        List<UUID> selected = List.copyOf(Objects.requireNonNull(ids, "ids"));
        Path file = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
        requireWritableLocation(file, store.databaseFile());
        try {
            return AtomicFileWrite.write(file, out -> writeDocument(selected, out, progress, withRevisions));
        } catch (IOException e) {
            throw failure(file, IoErrors.describe(e), e);
        } catch (UncheckedIOException e) {
            throw failure(file, IoErrors.describe(e.getCause()), e.getCause());
        } catch (StoreException e) {
            throw failure(file, e.getMessage(), e);
        }
    }

    /**
     * Writes the export to {@code out} (which is left open), e.g. standard output.
     *
     * @return the number of articles written
     * @throws ExchangeException when writing fails
     */
    public int write(Collection<UUID> ids, OutputStream out) {
        return write(ids, out, false);
    }

    /** As {@link #write(Collection, OutputStream)}, with the articles' revisions when {@code withRevisions}. */
    public int write(Collection<UUID> ids, OutputStream out, boolean withRevisions) {
        try {
            return writeDocument(List.copyOf(ids), out, Progress.NONE, withRevisions);
        } catch (IOException e) {
            throw new ExchangeException("Cannot write the export: " + IoErrors.describe(e) + ".", e);
        } catch (UncheckedIOException e) {
            throw new ExchangeException("Cannot write the export: " + IoErrors.describe(e.getCause()) + ".", e);
        }
    }

    private int writeDocument(List<UUID> ids, OutputStream out, Progress progress, boolean withRevisions)
            throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField(JsonFields.FORMAT, JsonFields.FORMAT_NAME);
            json.writeNumberField(JsonFields.FORMAT_VERSION, JsonFields.VERSION);
            json.writeStringField(JsonFields.EXPORTED_AT, JsonFields.TIMESTAMP.format(OffsetDateTime.now(clock)));
            json.writeArrayFieldStart(JsonFields.ARTICLES);
            int written = writeArticles(ids, json, progress, withRevisions);
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            return written;
        }
    }

    private int writeArticles(List<UUID> ids, JsonGenerator json, Progress progress, boolean withRevisions) {
        ArticleJsonWriter writer = new ArticleJsonWriter(json);
        int[] written = {0};
        store.archive().forEach(ids, withRevisions, article -> {
            try {
                writer.write(article);
                written[0]++;
                progress.step(written[0], "The export");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return written[0];
    }

    static DefaultPrettyPrinter prettyPrinter() {
        // Fixed "\n" line ends, so an export is byte-identical on every platform.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Refuses a target that is a folder, or in no existing folder, or the open database or one of its files. */
    static void requireWritableLocation(Path file, Path database) {
        if (Files.isDirectory(file)) {
            throw new ExchangeException("Cannot export to " + file + ": it is a folder. Choose a file name instead.");
        }
        DatabaseFiles.of(database).stream().filter(own -> DatabaseFiles.same(file, own)).findFirst().ifPresent(own -> {
            throw new ExchangeException("Cannot export to " + file + ": " + (own.equals(database)
                    ? "it is the database the articles are in" : "Copydesk keeps it beside the database " + database)
                    + ", and the export would replace it. Choose another file name.");
        });
        Path folder = file.getParent();
        if (folder == null) {
            throw new ExchangeException("Cannot export to " + file + ": it is not inside a folder.");
        }
        if (!Files.exists(folder)) {
            throw new ExchangeException("Cannot export to " + file + ": the folder " + folder + " does not exist.");
        }
        if (!Files.isDirectory(folder)) {
            throw new ExchangeException("Cannot export to " + file + ": " + folder + " is a file, not a folder.");
        }
    }

    private static ExchangeException failure(Path file, String reason, Throwable cause) {
        return new ExchangeException("Cannot export to " + file + ": " + reason + ".", cause);
    }
}
