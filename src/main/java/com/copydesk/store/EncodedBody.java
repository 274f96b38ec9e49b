package com.copydesk.store;

import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyStats;
import com.copydesk.body.HtmlCodec;

/** A body as the articles table keeps it: its HTML, its plain text for search, and its words. */
record EncodedBody(BodyDocument document, String html, String text, int words) {

    static EncodedBody of(BodyDocument document) {
        return new EncodedBody(document, HtmlCodec.toHtml(document), document.plainText(),
                BodyStats.wordsOf(document));
    }

    /** This encoding when {@code body} is the very document encoded, else {@code body} encoded. */
    EncodedBody reusedFor(BodyDocument body) {
        return body == document ? this : of(body);
    }
}
