-- whosaid corpus database, schema version 4: identities.
--
-- Applied by whosaid.store.migrate inside one transaction, which also records
-- the version in meta.  Keep src/whosaid/store/schema.sql in step with the sum
-- of all migrations (a test compares them).

-- One row per identity: the same person or body in every article (output
-- schema v3, Actor.identity).  `id` is the people-table entry id when the actor
-- was linked to world knowledge ("Q76"), else its normalized name plus country
-- ("name:barack obama|USA", "state:USA").  `name` is the fullest name seen.
CREATE TABLE identities (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    country     TEXT,
    igo         TEXT,
    kb_id       TEXT                        -- the people-table entry, when linked
);

ALTER TABLE actors ADD COLUMN identity TEXT;     -- identities.id
ALTER TABLE actors ADD COLUMN kb_id TEXT;
CREATE INDEX actors_identity ON actors (identity);

-- The identity of the speaker's actor: speaker lists and pages group by it.
ALTER TABLE attributions ADD COLUMN speaker_identity TEXT;
CREATE INDEX attributions_speaker_identity ON attributions (speaker_identity);

-- Rows stored before this version get an identity from their stored name
-- (`whosaid db reprocess` replaces it with the linked one).
UPDATE actors SET identity = CASE
    WHEN type = 'state' AND country IS NOT NULL THEN 'state:' || country
    WHEN type = 'place' THEN 'place:' || lower(name) || '|' || coalesce(country, '')
    ELSE 'name:' || lower(name) || '|' || coalesce(country, igo, '')
END;
UPDATE attributions SET speaker_identity = (
    SELECT identity FROM actors WHERE actors.id = attributions.speaker_actor_id
) WHERE speaker_actor_id IS NOT NULL;
INSERT OR IGNORE INTO identities (id, name, type, country, igo, kb_id)
    SELECT identity, name, type, country, igo, NULL FROM actors
    WHERE identity IS NOT NULL
    ORDER BY length(name) DESC;
