package com.copydesk.article;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One entry of an article's timeline: who moved it from which state to which, when, and why. */
public record StatusChange(UUID articleId, ArticleStatus from, ArticleStatus to, WorkflowAction action,
                           String who, String initials, Instant when, String note) {

    public StatusChange {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(when, "when");
        note = note == null ? "" : note.strip();
    }

    /** "Edit published" reopens a published story: the timeline calls that a correction. */
    public boolean isCorrection() {
        return action == WorkflowAction.EDIT_PUBLISHED;
    }
}
