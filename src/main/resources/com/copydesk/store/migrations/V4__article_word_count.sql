-- Issue #7: the body's word count (BodyStats, as the editor shows it) kept with the article, so a
-- full export writes it without counting every body again. Set on every save; NULL for rows saved
-- before this migration, which are counted from body_text when read.
-- MERGE NOTE: numbered 4 in this clone; renumber it if another V4 lands first, not its content.
ALTER TABLE articles ADD COLUMN word_count INTEGER NULL;
