import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes the app image's jar: target/copydesk.jar without the native libraries the image does not
 * load from it, some 60 MB of every installer:
 * - JavaFX's, at the jar's root: the image ships them beside the jar (lib/app/), where JavaFX
 *   looks first;
 * - SQLite's for other platforms: an image holds a runtime for the platform it was built on, and
 *   the driver loads the library of the platform it runs on, from the jar.
 *
 *   java -cp target/copydesk.jar packaging/AppImageJar.java IN.jar OUT.jar
 *
 * (sqlite-jdbc on the class path names this platform's library folder.) OUT is written whole or
 * not at all, and not at all when IN holds no SQLite library for this platform.
 */
public final class AppImageJar {

    private static final String SQLITE_LIBRARIES = "org/sqlite/native/";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp copydesk.jar packaging/AppImageJar.java IN.jar OUT.jar");
            System.exit(2);
        }
        String kept = LibraryLoaderUtil.getNativeLibResourcePath().substring(1) + "/";
        Path out = Path.of(args[1]);
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try {
            Counts counts = copyWithout(Path.of(args[0]), partial, kept);
            if (counts.sqliteKept == 0) {
                System.err.println("copydesk: " + args[0] + " holds no SQLite library in " + kept + "; " + out + " not written");
                System.exit(1);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("copydesk: " + out + " written without " + counts.left + " native libraries (SQLite's from "
                    + kept + " kept)");
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Counts copyWithout(Path in, Path out, String keptSqlite) throws IOException {
        Counts counts = new Counts();
        try (ZipFile jar = new ZipFile(in.toFile());
             ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                boolean sqlite = name.startsWith(SQLITE_LIBRARIES) && !entry.isDirectory();
                if (isRootLibrary(name) || sqlite && !name.startsWith(keptSqlite)) {
                    counts.left++;
                } else {
                    counts.sqliteKept += sqlite ? 1 : 0;
                    copyEntry(jar, entry, copy);
                }
            }
        }
        return counts;
    }

    private static boolean isRootLibrary(String name) {
        return name.indexOf('/') < 0 && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"));
    }

    private static void copyEntry(ZipFile jar, ZipEntry entry, ZipOutputStream copy) throws IOException {
        ZipEntry written = new ZipEntry(entry.getName());
        written.setTime(entry.getTime());
        if (entry.getMethod() == ZipEntry.STORED) {
            written.setMethod(ZipEntry.STORED);
            written.setSize(entry.getSize());
            written.setCompressedSize(entry.getSize());
            written.setCrc(entry.getCrc());
        }
        copy.putNextEntry(written);
        try (InputStream data = jar.getInputStream(entry)) {
            data.transferTo(copy);
        }
        copy.closeEntry();
    }

    private static final class Counts {
        int left;
        int sqliteKept;
    }

    private AppImageJar() {
    }
}
