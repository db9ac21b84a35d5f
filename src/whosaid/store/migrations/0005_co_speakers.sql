-- whosaid corpus database, schema version 5: joint sources.
--
-- Applied by whosaid.store.migrate inside one transaction, which also records
-- the version in meta.  Keep src/whosaid/store/schema.sql in step with the sum
-- of all migrations (a test compares them).

-- A joint source's further speakers ("Johnson and Corbyn said": Corbyn), as
-- JSON speakers (output schema v4, Attribution.co_speakers).
ALTER TABLE attributions ADD COLUMN co_speakers TEXT NOT NULL DEFAULT '[]';

-- The same, one row per further speaker, so speaker counts and searches see
-- every speaker of a statement.  Rows go with their attribution.
CREATE TABLE co_speakers (
    attribution_id  TEXT NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
    article_id      TEXT NOT NULL,
    idx             INTEGER NOT NULL,   -- position in the attribution's co_speakers
    name            TEXT,
    code            TEXT,
    actor_id        TEXT,
    identity        TEXT,               -- the actor's identity (identities.id)
    PRIMARY KEY (attribution_id, idx)
);
CREATE INDEX co_speakers_name ON co_speakers (name COLLATE NOCASE);
CREATE INDEX co_speakers_identity ON co_speakers (identity);
