package com.copydesk.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old complete file or the new complete file:
 * the content goes to a temporary file in the same folder, is flushed to disk, and is then
 * renamed over the target. On failure the temporary file is removed and the target is untouched.
 */
final class AtomicFileWrite {

    @FunctionalInterface
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWrite() {
    }

    static <T> T write(Path target, Content<T> content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = temporaryBeside(target.toAbsolutePath());
        try {
            T result;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                result = content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
            return result;
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        }
    }

    /**
     * A hidden name beside {@code target} for writing it first, such as ".export.json.3fa2c1d9.tmp":
     * in the same folder, so that the final move is a rename, and no longer than the target's name
     * once that is long, so that a name the file system takes also takes its temporary one.
     */
    static Path temporaryBeside(Path target) {
        String name = target.getFileName().toString();
        int bytes = utf8Length(name);
        String kept = bytes <= KEPT_WHOLE_BYTES ? name : cutToBytes(name, bytes - TEMPORARY_PARTS_BYTES);
        String random = String.format(Locale.ROOT, "%08x", ThreadLocalRandom.current().nextInt());
        return target.resolveSibling("." + kept + "." + random + ".tmp");
    }

    /** "." + "." + eight hex digits + ".tmp" around the kept name. */
    private static final int TEMPORARY_PARTS_BYTES = 14;
    /** Names up to this are kept whole: their temporary name is still short anywhere. */
    private static final int KEPT_WHOLE_BYTES = 64;

    private static String cutToBytes(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            bytes += utf8Length(Character.toString(codePoint));
            if (bytes > maxBytes) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Makes the rename itself durable. Not every platform can open a folder for this (Windows cannot); that is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // The file content is already on disk; only the rename might be lost in a power cut.
        }
    }
}
