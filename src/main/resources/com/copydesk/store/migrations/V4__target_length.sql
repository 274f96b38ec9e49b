-- Issue #3: target lengths, in words. NULL: none of its own (an article then uses its primary
-- category's default; a category without a default sets none).
ALTER TABLE articles ADD COLUMN target_length INTEGER NULL CHECK (target_length IS NULL OR target_length > 0);

ALTER TABLE categories ADD COLUMN default_target_length INTEGER NULL
    CHECK (default_target_length IS NULL OR default_target_length > 0);
