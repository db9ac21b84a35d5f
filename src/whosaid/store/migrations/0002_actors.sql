-- whosaid corpus database, schema version 2: actors.
--
-- Applied by whosaid.store.migrate inside one transaction, which also records
-- the version in meta.  Keep src/whosaid/store/schema.sql in step with the sum
-- of all migrations (a test compares them).

-- One row per actor of an article (output schema v2, Article.actors): every
-- person, organization, state... with its normalization.  Lists are JSON:
-- roles ["minister", ...], mentions [{"start", "end", "text"}].
CREATE TABLE actors (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,       -- ARTICLE_ID:actorN
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,           -- position in the article's list
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,              -- person, state, government, igo, ...
    country     TEXT,                       -- ISO 3166-1 alpha-3
    igo         TEXT,                       -- short IGO name ("UN", "NATO")
    sector      TEXT,                       -- CAMEO-style sector ("GOV", "MIL")
    code        TEXT,                       -- CAMEO-style code ("RUSGOV")
    roles       TEXT NOT NULL DEFAULT '[]', -- JSON list of strings
    mentions    TEXT NOT NULL DEFAULT '[]', -- JSON list of spans
    source      TEXT NOT NULL DEFAULT '',   -- where the normalization came from
    UNIQUE (article_id, idx)
);
CREATE INDEX actors_code ON actors (code);
CREATE INDEX actors_name ON actors (name COLLATE NOCASE);

-- The id of the speaker's actor (actors.id), when the speaker is one.  No
-- foreign key: an attribution row never fails over its actor link.
ALTER TABLE attributions ADD COLUMN speaker_actor_id TEXT;
