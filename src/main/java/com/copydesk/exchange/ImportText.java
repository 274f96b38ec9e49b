package com.copydesk.exchange;

import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Run;
import com.copydesk.body.Surrogates;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks text read from an import file for what the store cannot keep as it is: half of a
 * surrogate pair without its other half (a JSON escape can write one alone), which the database
 * driver would silently turn into "?".
 */
final class ImportText {

    private ImportText() {
    }

    /** Why {@code text} of {@code field} cannot be stored, naming the half and where it is; empty when it can. */
    static Optional<String> loneSurrogate(String field, String text) {
        int at = Surrogates.firstLoneAt(text);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of("\"" + field + "\" contains \\u" + String.format(Locale.ROOT, "%04X", (int) text.charAt(at))
                + " at character " + (at + 1) + ", half of a character whose other half is missing");
    }

    /**
     * As {@link #loneSurrogate(String, String)} for a body read from the HTML in {@code field}: a
     * character reference such as {@code &#xD800;} writes a half alone where the JSON string itself
     * has none. Names the place in the body's text, or the link that holds it.
     */
    static Optional<String> loneSurrogate(String field, BodyDocument body) {
        Optional<String> inText = loneSurrogate(field, body.plainText());
        if (inText.isPresent()) {
            return inText;
        }
        for (Block block : body.blocks()) {
            for (Run run : block.runs()) {
                Optional<String> inLink = run.hasLink() ? loneSurrogate(field, run.link()) : Optional.empty();
                if (inLink.isPresent()) {
                    return inLink.map(what -> "a link of " + what);
                }
            }
        }
        return Optional.empty();
    }
}
