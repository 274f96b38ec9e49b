package com.copydesk.exchange;

import com.copydesk.article.Article;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Several articles as a folder of published pages plus an index.html linking them. The folder is
 * built beside the target under a temporary name and moved into place when complete, so a failed
 * export leaves no half-filled folder.
 */
final class HtmlFolderExport {

    static final String INDEX = "index.html";

    private final ArticleStore store;
    private final PageRenderer renderer;
    private final Publication publication;
    private final Progress progress;

    HtmlFolderExport(ArticleStore store, PageRenderer renderer, Publication publication, Progress progress) {
        this.store = store;
        this.renderer = renderer;
        this.publication = publication;
        this.progress = progress;
    }

    int export(List<UUID> ids, Path target) {
        requireNewOrEmptyFolder(target);
        Path temp = AtomicFileWrite.temporaryBeside(target);
        try {
            Files.createDirectory(temp);
            StringBuilder links = new StringBuilder();
            Set<String> names = new HashSet<>();
            int[] written = {0};
            store.forEach(ids, article -> {
                String name = fileName(article, names);
                write(temp.resolve(name), renderer.render(article, publication));
                links.append("<li><a href=\"").append(escape(name)).append("\">").append(escape(title(article)))
                        .append("</a> <span class=\"status\">").append(escape(article.status().label()))
                        .append("</span></li>\n");
                written[0]++;
                progress.step(written[0], "The export");
            });
            write(temp.resolve(INDEX), index(links.toString()));
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return written[0];
        } catch (IOException e) {
            removeQuietly(temp);
            throw ArticleExporter.failure(target, IoErrors.describe(e), e);
        } catch (UncheckedIOException e) {
            removeQuietly(temp);
            throw ArticleExporter.failure(target, IoErrors.describe(e.getCause()), e.getCause());
        } catch (StoreException e) {
            removeQuietly(temp);
            throw ArticleExporter.failure(target, e.getMessage(), e);
        } catch (RuntimeException e) {
            removeQuietly(temp);
            throw e;
        }
    }

    private static void requireNewOrEmptyFolder(Path target) {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExchangeException("Cannot export to " + target + ": the folder " + parent + " does not exist.");
        }
        try {
            if (Files.exists(target) && !(Files.isDirectory(target) && ArticleExporter.isEmptyFolder(target))) {
                throw new ExchangeException("Cannot export to " + target + ": several articles export as a folder "
                        + "of pages, and this is not a new or empty folder. Choose a new folder name.");
            }
        } catch (IOException e) {
            throw ArticleExporter.failure(target, IoErrors.describe(e), e);
        }
    }

    /**
     * The headline's slug (letters, digits and hyphens only, so nothing can point outside the
     * folder), cut to {@link #SLUG_CODE_POINTS} characters so that the name stays within the
     * 255 bytes file systems allow, then the start of the id; a number is added if taken.
     */
    private static String fileName(Article article, Set<String> taken) {
        String slug = shortened(NinjsWriter.slugline(article.headline()));
        String base = (slug.isEmpty() ? "article" : slug) + "-" + article.id().toString().substring(0, 8);
        String name = base + ".html";
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n + ".html";
        }
        return name;
    }

    /** At most 50 characters: 200 bytes in UTF-8 at worst, leaving room for the id, a number and ".html". */
    static final int SLUG_CODE_POINTS = 50;

    private static String shortened(String slug) {
        if (slug.codePointCount(0, slug.length()) <= SLUG_CODE_POINTS) {
            return slug;
        }
        String cut = slug.substring(0, slug.offsetByCodePoints(0, SLUG_CODE_POINTS));
        int end = cut.length();
        while (end > 0 && cut.charAt(end - 1) == '-') {
            end--;
        }
        return cut.substring(0, end);
    }

    private String index(String links) {
        String name = escape(publication.masthead());
        return "<!DOCTYPE html>\n<html lang=\"" + escape(publication.locale().toLanguageTag()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + name + "</title>\n"
                + "<style>body{font-family:Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em}"
                + "li{margin:.5em 0}.status{color:#666;font-size:.85em}</style>\n</head>\n<body>\n"
                + "<h1>" + name + "</h1>\n<ul class=\"articles\">\n" + links + "</ul>\n</body>\n</html>\n";
    }

    private static String title(Article article) {
        String headline = article.headline().strip();
        return headline.isEmpty() ? "Untitled" : headline;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return PageRenderer.escape(text);
    }

    private static void removeQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temporary folder is hidden and named as such; the target is untouched.
        }
    }
}
