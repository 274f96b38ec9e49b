-- Copydesk schema, version 11: a note being typed as an inline comment keeps the words it comments
-- on, so that after a restart it is still a comment on them and not a plain note. The anchor columns
-- are those of note_anchors (V5): start/end are (block index, offset in block), all four NULL when
-- its words were gone; anchored_text is the span's text when saved, quote the words it was made on.
-- A draft with no quote is a plain note or a reply; a comment is never a reply.
-- SQLite cannot add a check over several columns to a table, so the table is made again.

CREATE TABLE note_drafts_v11 (
    article_id    TEXT    PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    text          TEXT    NOT NULL CHECK (text <> ''),
    reply_to      INTEGER NULL REFERENCES review_notes (id) ON DELETE SET NULL,
    start_block   INTEGER NULL,
    start_offset  INTEGER NULL,
    end_block     INTEGER NULL,
    end_offset    INTEGER NULL,
    anchored_text TEXT    NULL,
    quote         TEXT    NULL CHECK (quote <> ''),
    CHECK ((quote IS NULL) = (anchored_text IS NULL)
       AND (quote IS NULL OR reply_to IS NULL)
       AND (start_block IS NULL OR quote IS NOT NULL)
       AND (start_block IS NULL) = (end_block IS NULL)
       AND (start_block IS NULL) = (start_offset IS NULL)
       AND (end_block IS NULL) = (end_offset IS NULL))
);

INSERT INTO note_drafts_v11 (article_id, text, reply_to) SELECT article_id, text, reply_to FROM note_drafts;

DROP TABLE note_drafts;

ALTER TABLE note_drafts_v11 RENAME TO note_drafts;
