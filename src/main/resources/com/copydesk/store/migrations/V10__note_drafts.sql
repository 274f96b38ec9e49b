-- Copydesk schema, version 10: a review note typed and not yet added (a draft) survives a restart
-- or a crash. One per article; an empty note field is no draft, so it has no row. A draft goes with
-- its article: it stays while the article is in the Trash and is deleted with it for good.
-- reply_to is the note it answers (a top-level note of the same article), NULL for a new thread.

CREATE TABLE note_drafts (
    article_id TEXT    PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    text       TEXT    NOT NULL CHECK (text <> ''),
    reply_to   INTEGER NULL REFERENCES review_notes (id) ON DELETE SET NULL
);
