package com.copydesk.exchange;

/** Names and constants of the ninjs mapping (see src/docs/ninjs.md). */
final class NinjsFields {

    /** Our articles' uri: this prefix and the article's UUID. */
    static final String URN_PREFIX = "urn:copydesk:article:";
    static final String STANDARD_NAME = "ninjs";
    static final String STANDARD_VERSION = "3.1";
    static final String STANDARD_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    private NinjsFields() {
    }
}
