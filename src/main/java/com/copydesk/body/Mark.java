package com.copydesk.body;

/** Inline emphasis on a run of text. */
public enum Mark {
    BOLD,
    ITALIC
}
