package com.copydesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Text as SQLite keeps it: UTF-8 bytes. An export hands a body on in this form, so that hundreds
 * of megabytes are neither decoded into Java strings nor encoded back to UTF-8 (measured in
 * src/bench: the two conversions were most of the export's time). The bytes are always valid
 * UTF-8: a column that is not (written by another tool, or damaged) gets replacement characters,
 * as reading it as a String would give, so that an export never writes a file its import refuses.
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
        if (utf8 == null) {
            return new StoredText(new byte[0]);
        }
        return new StoredText(isValidUtf8(utf8) ? utf8
                : new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    /** Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, surrogates or code points past U+10FFFF. */
    static boolean isValidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int lead = bytes[i] & 0xFF;
            int following = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (following < 0 || i + following >= bytes.length) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) {
                return false;
            }
            for (int k = 1; k <= following; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += following + 1;
        }
        return true;
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
