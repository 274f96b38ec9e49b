package com.copydesk.store;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * sqlite-jdbc copies its native library out of its jar into the temporary folder on every start,
 * then compares the copy with the original byte by byte: some 100 ms of each start (issue #8).
 * Copydesk keeps one copy per driver version in a folder of its own and points the driver at it
 * ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}). A missing or partly written copy is
 * written again (to a temporary name, then moved into place); a copy that will not load makes
 * the driver fall back to its own way. Call before the first connection is opened.
 */
public final class SqliteLibrary {

    private static final System.Logger LOG = System.getLogger(SqliteLibrary.class.getName());

    private SqliteLibrary() {
    }

    /**
     * Points the driver at its library's copy in {@code folder}, making the copy first if needed.
     * Returns the copy, or null when the driver is left to find its library itself (no library in
     * the jar for this platform, or the folder cannot be written: the reason is logged).
     */
    public static Path useCopyIn(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL bundled = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (bundled == null) {
            return null;
        }
        Path dir = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path copy = dir.resolve(name);
        try {
            URLConnection connection = bundled.openConnection();
            if (!Files.isRegularFile(copy) || Files.size(copy) != connection.getContentLengthLong()) {
                writeCopy(connection, dir, copy);
            }
        } catch (IOException | RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "Could not keep SQLite's native library in " + dir
                    + "; the driver copies it to the temporary folder instead", failed);
            return null;
        }
        System.setProperty("org.sqlite.lib.path", dir.toString());
        System.setProperty("org.sqlite.lib.name", name);
        return copy;
    }

    private static void writeCopy(URLConnection bundled, Path dir, Path copy) throws IOException {
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, copy.getFileName().toString(), ".part");
        try (InputStream in = bundled.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
