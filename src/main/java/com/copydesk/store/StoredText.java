package com.copydesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Text as SQLite keeps it: UTF-8 bytes. An export hands a body on in this form, so that hundreds
 * of megabytes are neither decoded into Java strings nor encoded back to UTF-8 (measured in
 * src/bench: the two conversions were most of the export's time). The bytes are SQLite's, so they
 * are valid UTF-8.
 */
public final class StoredText {

    /** Receives the bytes; it must not change or keep them. */
    @FunctionalInterface
    public interface Utf8Sink {
        void write(byte[] utf8, int offset, int length) throws IOException;
    }

    private final byte[] utf8;

    private StoredText(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static StoredText of(String text) {
        return new StoredText(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a TEXT column as read (not copied: they are the caller's no longer). */
    static StoredText ofColumn(byte[] utf8) {
        return new StoredText(utf8 == null ? new byte[0] : utf8);
    }

    /** Hands the UTF-8 bytes to {@code sink} without copying them. */
    public void writeTo(Utf8Sink sink) throws IOException {
        sink.write(utf8, 0, utf8.length);
    }

    /** The length in UTF-8 bytes. */
    public int byteLength() {
        return utf8.length;
    }

    /** The text itself, decoded. */
    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredText text && Arrays.equals(utf8, text.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }
}
