package com.copydesk.exchange;

import com.copydesk.article.NoteAnchor;
import com.copydesk.article.ReviewNote;
import com.copydesk.article.StatusChange;
import com.copydesk.body.BodyText;
import com.copydesk.store.StoredArticle;
import com.copydesk.store.StoredRevision;
import com.copydesk.store.StoredText;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one article as a JSON object in the Copydesk format, from the stored row: the body HTML
 * and plain text are written as stored, not decoded and encoded again.
 */
final class ArticleJsonWriter {

    private final JsonGenerator json;

    ArticleJsonWriter(JsonGenerator json) {
        this.json = json;
    }

    void write(StoredArticle article) throws IOException {
        json.writeStartObject();
        json.writeStringField(JsonFields.ID, article.id().toString());
        json.writeStringField(JsonFields.HEADLINE, article.headline());
        json.writeStringField(JsonFields.DEK, article.dek());
        json.writeStringField(JsonFields.BYLINE, article.byline());
        json.writeStringField(JsonFields.DATELINE, article.dateline());
        writeDate(JsonFields.PUBLISH_DATE, article.publishDate());
        json.writeStringField(JsonFields.STATUS, article.status().name());
        writeNames(JsonFields.CATEGORIES, article.categories());
        writeNames(JsonFields.TAGS, article.tags());
        if (article.targetLength() != null) {
            json.writeNumberField(JsonFields.TARGET_LENGTH, article.targetLength());
        }
        json.writeStringField(JsonFields.CREATED, timestamp(article.created()));
        json.writeStringField(JsonFields.MODIFIED, timestamp(article.modified()));
        writeBody(article.bodyHtml(), article.bodyText(), article.wordCount());
        writeHistory(article.history());
        writeNotes(article.notes(), article.anchors());
        if (!article.revisions().isEmpty()) {
            writeRevisions(article.revisions());
        }
        json.writeEndObject();
    }

    private void writeDate(String field, LocalDate date) throws IOException {
        if (date == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, date.toString());
        }
    }

    private void writeNames(String field, List<String> names) throws IOException {
        json.writeArrayFieldStart(field);
        for (String name : names) {
            json.writeString(name);
        }
        json.writeEndArray();
    }

    /** The word count is BodyStats' (as the editor and ninjs show it), kept by the store. */
    private void writeBody(StoredText html, StoredText text, int wordCount) throws IOException {
        json.writeObjectFieldStart(JsonFields.BODY);
        writeUtf8Field(JsonFields.BODY_HTML, html);
        writeUtf8Field(JsonFields.BODY_TEXT, text);
        json.writeNumberField(JsonFields.BODY_WORD_COUNT, wordCount);
        json.writeEndObject();
    }

    /** The stored bytes, escaped for JSON as they are: no decoding to a String and encoding back. */
    private void writeUtf8Field(String field, StoredText text) throws IOException {
        json.writeFieldName(field);
        text.writeTo(json::writeUTF8String);
    }

    private void writeHistory(List<StatusChange> history) throws IOException {
        json.writeArrayFieldStart(JsonFields.STATUS_HISTORY);
        for (StatusChange change : history) {
            json.writeStartObject();
            json.writeStringField(JsonFields.FROM, change.from().name());
            json.writeStringField(JsonFields.TO, change.to().name());
            json.writeStringField(JsonFields.ACTION, change.action().name());
            json.writeStringField(JsonFields.BY, change.who());
            json.writeStringField(JsonFields.INITIALS, change.initials());
            json.writeStringField(JsonFields.AT, timestamp(change.when()));
            json.writeStringField(JsonFields.NOTE, change.note());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Notes are numbered 1, 2, … in the order written; a reply names its note's number; an inline comment has its anchor. */
    private void writeNotes(List<ReviewNote> notes, List<NoteAnchor> anchors) throws IOException {
        json.writeArrayFieldStart(JsonFields.NOTES);
        Map<Long, NoteAnchor> anchorOf = new HashMap<>();
        anchors.forEach(anchor -> anchorOf.put(anchor.noteId(), anchor));
        Map<Long, Integer> numbers = new HashMap<>();
        for (ReviewNote note : notes) {
            int number = numbers.size() + 1;
            numbers.put(note.id(), number);
            json.writeStartObject();
            json.writeNumberField(JsonFields.NOTE_NUMBER, number);
            Integer parent = note.isReply() ? numbers.get(note.parentId()) : null;
            if (parent == null) {
                json.writeNullField(JsonFields.REPLY_TO);
            } else {
                json.writeNumberField(JsonFields.REPLY_TO, parent);
            }
            json.writeStringField(JsonFields.AUTHOR, note.author());
            json.writeStringField(JsonFields.INITIALS, note.initials());
            json.writeStringField(JsonFields.CREATED, timestamp(note.created()));
            json.writeStringField(JsonFields.TEXT, note.text());
            if (note.isResolved()) {
                json.writeStringField(JsonFields.RESOLVED, timestamp(note.resolvedAt()));
                json.writeStringField(JsonFields.RESOLVED_BY, note.resolvedBy());
            } else {
                json.writeNullField(JsonFields.RESOLVED);
                json.writeNullField(JsonFields.RESOLVED_BY);
            }
            NoteAnchor anchor = anchorOf.get(note.id());
            if (anchor != null) {
                writeAnchor(anchor);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Where an inline comment sits in the body: places as (block, offset), or null when detached. */
    private void writeAnchor(NoteAnchor anchor) throws IOException {
        json.writeObjectFieldStart(JsonFields.ANCHOR);
        writePlace(JsonFields.ANCHOR_START, anchor.start());
        writePlace(JsonFields.ANCHOR_END, anchor.end());
        json.writeStringField(JsonFields.TEXT, anchor.text());
        json.writeStringField(JsonFields.ANCHOR_QUOTE, anchor.quote());
        json.writeEndObject();
    }

    private void writePlace(String field, BodyText.Place place) throws IOException {
        if (place == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeNumberField(JsonFields.ANCHOR_BLOCK, place.block());
        json.writeNumberField(JsonFields.ANCHOR_OFFSET, place.offset());
        json.writeEndObject();
    }

    private void writeRevisions(List<StoredRevision> revisions) throws IOException {
        json.writeArrayFieldStart(JsonFields.REVISIONS);
        for (StoredRevision revision : revisions) {
            json.writeStartObject();
            json.writeStringField(JsonFields.STARTED, timestamp(revision.started()));
            json.writeStringField(JsonFields.SAVED, timestamp(revision.saved()));
            json.writeStringField(JsonFields.AUTHOR, revision.author());
            if (revision.restoredFrom() == null) {
                json.writeNullField(JsonFields.RESTORED_FROM);
            } else {
                json.writeStringField(JsonFields.RESTORED_FROM, timestamp(revision.restoredFrom()));
            }
            json.writeStringField(JsonFields.HEADLINE, revision.headline());
            json.writeStringField(JsonFields.DEK, revision.dek());
            json.writeStringField(JsonFields.BYLINE, revision.byline());
            json.writeStringField(JsonFields.DATELINE, revision.dateline());
            writeDate(JsonFields.PUBLISH_DATE, revision.publishDate());
            json.writeStringField(JsonFields.STATUS, revision.status().name());
            writeNames(JsonFields.CATEGORIES, revision.categories());
            json.writeObjectFieldStart(JsonFields.BODY);
            json.writeStringField(JsonFields.BODY_HTML, revision.bodyHtml());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static String timestamp(Instant instant) {
        return JsonFields.TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
    }
}
