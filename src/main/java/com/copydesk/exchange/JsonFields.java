package com.copydesk.exchange;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Names and fixed values of the Copydesk JSON format (see src/docs/json-format.md). */
final class JsonFields {

    /** Always with milliseconds and an offset ("Z" for UTC), e.g. 2024-05-01T09:30:00.000Z. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

    static final String FORMAT_NAME = "copydesk";
    static final int VERSION = 1;

    static final String FORMAT = "format";
    static final String FORMAT_VERSION = "version";
    static final String EXPORTED_AT = "exportedAt";
    static final String ARTICLES = "articles";

    static final String ID = "id";
    static final String HEADLINE = "headline";
    static final String DEK = "dek";
    static final String BYLINE = "byline";
    static final String DATELINE = "dateline";
    static final String PUBLISH_DATE = "publishDate";
    static final String STATUS = "status";
    static final String CATEGORIES = "categories";
    static final String TARGET_LENGTH = "targetLength";
    static final String CREATED = "created";
    static final String MODIFIED = "modified";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String STATUS_HISTORY = "statusHistory";
    static final String NOTES = "notes";
    static final String REVISIONS = "revisions";

    static final String FROM = "from";
    static final String TO = "to";
    static final String ACTION = "action";
    static final String BY = "by";
    static final String INITIALS = "initials";
    static final String AT = "at";
    static final String NOTE = "note";

    static final String NOTE_NUMBER = "number";
    static final String REPLY_TO = "replyTo";
    static final String AUTHOR = "author";
    static final String TEXT = "text";
    static final String RESOLVED = "resolved";
    static final String RESOLVED_BY = "resolvedBy";
    static final String ANCHOR = "anchor";
    static final String ANCHOR_START = "start";
    static final String ANCHOR_END = "end";
    static final String ANCHOR_BLOCK = "block";
    static final String ANCHOR_OFFSET = "offset";
    static final String ANCHOR_QUOTE = "quote";

    static final String STARTED = "started";
    static final String SAVED = "saved";
    static final String RESTORED_FROM = "restoredFrom";

    static final String BODY_HTML = "html";
    static final String BODY_TEXT = "text";
    static final String BODY_WORD_COUNT = "wordCount";

    private JsonFields() {
    }
}
