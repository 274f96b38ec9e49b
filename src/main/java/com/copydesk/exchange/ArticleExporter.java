package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.PublicationStore;
import com.copydesk.store.StoreException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Exports articles in any {@link ExportFormat}, to a file (written atomically), a folder (HTML
 * of several articles) or a stream such as standard output. Selecting exactly one id gives one
 * ninjs object or one HTML page; otherwise ninjs is a JSON array and HTML a folder of pages with
 * an index.html. Text and Markdown put several articles into one file, separated by a rule.
 */
public final class ArticleExporter {

    private final ArticleStore store;
    private final PublicationStore publications;
    private final JsonExporter json;
    private final PageRenderer renderer = new PageRenderer();

    public ArticleExporter(ArticleStore store, PublicationStore publications, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.publications = Objects.requireNonNull(publications, "publications");
        this.json = new JsonExporter(store, clock);
    }

    /**
     * Writes the articles with {@code ids} (all when empty) to {@code target}, replacing a file
     * that is there; HTML of several articles goes into {@code target} as a new or empty folder.
     *
     * @return the number of articles written
     * @throws ExchangeException naming the target and the reason; nothing half-written is left behind
     */
    public int export(ExportFormat format, Collection<UUID> ids, Path target) {
        return export(format, ids, target, Progress.NONE);
    }

    /** As {@link #export(ExportFormat, Collection, Path)}, telling {@code progress} after each article. */
    public int export(ExportFormat format, Collection<UUID> ids, Path target, Progress progress) {
        return export(format, ids, target, progress, false);
    }

    /**
     * As {@link #export(ExportFormat, Collection, Path, Progress)}; {@code withRevisions} adds each
     * article's saved versions to a Copydesk JSON export (other formats have no place for them).
     */
    public int export(ExportFormat format, Collection<UUID> ids, Path target, Progress progress,
                      boolean withRevisions) {
        List<UUID> selected = List.copyOf(Objects.requireNonNull(ids, "ids"));
        Path file = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
        if (format == ExportFormat.COPYDESK) {
            return json.export(selected, file, progress, withRevisions);
        }
        if (format == ExportFormat.HTML && selected.size() != 1) {
            return new HtmlFolderExport(store, renderer, publication(file), progress).export(selected, file);
        }
        JsonExporter.requireWritableLocation(file, store.databaseFile());
        try {
            return AtomicFileWrite.write(file, out -> writeTo(format, selected, out, progress));
        } catch (IOException e) {
            throw failure(file, IoErrors.describe(e), e);
        } catch (UncheckedIOException e) {
            throw failure(file, IoErrors.describe(e.getCause()), e.getCause());
        } catch (StoreException e) {
            throw failure(file, e.getMessage(), e);
        }
    }

    /**
     * Writes the articles to {@code out}, which is flushed and left open.
     *
     * @throws ExchangeException when writing fails, or for HTML of several articles (that needs a folder)
     */
    public int write(ExportFormat format, Collection<UUID> ids, OutputStream out) {
        return write(format, ids, out, false);
    }

    /** As {@link #write(ExportFormat, Collection, OutputStream)}, with revisions in a Copydesk JSON export. */
    public int write(ExportFormat format, Collection<UUID> ids, OutputStream out, boolean withRevisions) {
        List<UUID> selected = List.copyOf(Objects.requireNonNull(ids, "ids"));
        if (format == ExportFormat.COPYDESK) {
            return json.write(selected, out, withRevisions);
        }
        if (format == ExportFormat.HTML && selected.size() != 1) {
            throw new ExchangeException("HTML of several articles is a folder of pages: give a folder to export to, "
                    + "or select exactly one article.");
        }
        try {
            int written = writeTo(format, selected, out, Progress.NONE);
            out.flush();
            return written;
        } catch (IOException e) {
            throw new ExchangeException("Cannot write the export: " + IoErrors.describe(e) + ".", e);
        } catch (UncheckedIOException e) {
            throw new ExchangeException("Cannot write the export: " + IoErrors.describe(e.getCause()) + ".", e);
        } catch (StoreException e) {
            throw new ExchangeException("Cannot export: " + e.getMessage(), e);
        }
    }

    private int writeTo(ExportFormat format, List<UUID> ids, OutputStream out, Progress progress) throws IOException {
        return switch (format) {
            case NINJS -> writeNinjs(ids, out, progress);
            case HTML -> writeText(ids, out, article -> renderer.render(article, publications.load()), "", progress);
            case TEXT -> writeText(ids, out, PlainTextWriter::text, PlainTextWriter.TEXT_SEPARATOR, progress);
            case MARKDOWN -> writeText(ids, out, PlainTextWriter::markdown, PlainTextWriter.MARKDOWN_SEPARATOR,
                    progress);
            case COPYDESK -> json.write(ids, out);
        };
    }

    private int writeNinjs(List<UUID> ids, OutputStream out, Progress progress) throws IOException {
        Publication publication = publications.load();
        boolean single = ids.size() == 1;
        int[] written = {0};
        try (JsonGenerator generator = JsonExporter.JSON.createGenerator(out, JsonEncoding.UTF8)) {
            generator.setPrettyPrinter(JsonExporter.prettyPrinter());
            NinjsWriter writer = new NinjsWriter(generator, publication);
            if (!single) {
                generator.writeStartArray();
            }
            store.forEach(ids, article -> {
                try {
                    writer.write(article);
                    written[0]++;
                    progress.step(written[0], "The export");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (single && written[0] == 0) {
                throw new ExchangeException("There is no article with the id " + ids.get(0) + ".");
            }
            if (!single) {
                generator.writeEndArray();
            }
            generator.writeRaw('\n');
        }
        return written[0];
    }

    private int writeText(List<UUID> ids, OutputStream out, java.util.function.Function<Article, String> render,
                          String separator, Progress progress) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int[] written = {0};
        store.forEach(ids, article -> {
            try {
                if (written[0] > 0) {
                    writer.write(separator);
                }
                writer.write(render.apply(article));
                written[0]++;
                progress.step(written[0], "The export");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (ids.size() == 1 && written[0] == 0) {
            throw new ExchangeException("There is no article with the id " + ids.get(0) + ".");
        }
        writer.flush();
        return written[0];
    }

    private Publication publication(Path target) {
        try {
            return publications.load();
        } catch (StoreException e) {
            throw failure(target, e.getMessage(), e);
        }
    }

    static ExchangeException failure(Path file, String reason, Throwable cause) {
        return new ExchangeException("Cannot export to " + file + ": " + reason + ".", cause);
    }

    /** Used by the folder export to check a target before writing. */
    static boolean isEmptyFolder(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
