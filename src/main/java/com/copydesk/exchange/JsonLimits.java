package com.copydesk.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of a file Copydesk is willing to read. Import files come from anywhere, so the
 * parser refuses huge strings, deep nesting, long numbers and names, duplicate keys and
 * oversized documents with a clear error instead of running out of memory or time.
 */
final class JsonLimits {

    /**
     * A whole archive must come back in: 100,000 articles are 1.3 GB, more with revisions. The file
     * is read as a stream, so its size costs time, not memory; hostile content is stopped by the
     * limits on strings, nesting and names, and junk at its first wrong byte.
     */
    static final long MAX_EXPORT_BYTES = 16L << 30;
    /** ninjs files hold one item or a short list and are read whole. */
    static final long MAX_NINJS_BYTES = 64L << 20;
    /** Characters in one string: a long body's HTML fits many times over. */
    static final int MAX_STRING_CHARS = 8 << 20;
    static final int MAX_NESTING = 32;

    /** For streaming reads; never handed to an ObjectMapper, which would attach itself to it. */
    static final JsonFactory FACTORY = newFactory();

    /** A fresh factory with the limits, e.g. for an ObjectMapper of its own. */
    static JsonFactory newFactory() {
        return JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(40)
                    .maxNameLength(1000)
                    .maxDocumentLength(MAX_EXPORT_BYTES)
                    .build())
                .build();
    }

    private JsonLimits() {
    }

    static void requireAtMost(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new ExchangeException("Cannot read " + file + ": it is " + megabytes(size)
                    + ", more than the " + megabytes(maxBytes) + " an import file may have.");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
    }
}
