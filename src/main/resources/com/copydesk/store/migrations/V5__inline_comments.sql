-- Inline comments: a review note anchored to a span of the article's body. The anchor lives here,
-- apart from the body, so it never reaches the stored body HTML, the page, or any export.
-- start/end are (block index, offset in block); all four are NULL when the comment is detached.
-- anchored_text is the span's text when last saved (to find it again if the body changed
-- elsewhere); quote is the text the comment was made on, kept for the reader forever.

CREATE TABLE note_anchors (
    note_id       INTEGER PRIMARY KEY REFERENCES review_notes (id) ON DELETE CASCADE,
    start_block   INTEGER NULL,
    start_offset  INTEGER NULL,
    end_block     INTEGER NULL,
    end_offset    INTEGER NULL,
    anchored_text TEXT    NOT NULL,
    quote         TEXT    NOT NULL CHECK (quote <> ''),
    CHECK ((start_block IS NULL) = (end_block IS NULL)
       AND (start_block IS NULL) = (start_offset IS NULL)
       AND (end_block IS NULL) = (end_offset IS NULL))
);
