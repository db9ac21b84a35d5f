-- whosaid corpus database, schema version 3: events.
--
-- Applied by whosaid.store.migrate inside one transaction, which also records
-- the version in meta.  Keep src/whosaid/store/schema.sql in step with the sum
-- of all migrations (a test compares them).

-- One row per CAMEO-coded event of an article (output schema v3,
-- Article.events).  The source and target actors' code, name and country are
-- copied from the article's actors when the event is written (the same
-- transaction), so event queries and dyad counts need no join.  Evidence is a
-- JSON span list; evidence_text its fragments joined with " … ".
CREATE TABLE events (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,       -- ARTICLE_ID:eN
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,           -- position in the article's list
    source_actor_id TEXT,                       -- actors.id, or NULL
    source_code     TEXT,                       -- that actor's code ("RUSGOV")
    source_name     TEXT,
    source_country  TEXT,                       -- ISO 3166-1 alpha-3
    target_actor_id TEXT,                       -- NULL when the event has none
    target_code     TEXT,
    target_name     TEXT,
    target_country  TEXT,
    code            TEXT NOT NULL,              -- CAMEO code ("0234", "112", "13")
    root            TEXT NOT NULL,              -- its two-digit root ("02")
    goldstein       REAL NOT NULL,              -- -10 (conflict) .. +10 (cooperation)
    quad_class      INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    evidence        TEXT NOT NULL DEFAULT '[]', -- JSON list of spans
    evidence_text   TEXT NOT NULL DEFAULT '',
    attribution_id  TEXT,                       -- the speech act's attribution
    negated         INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
    modality        TEXT,                       -- threat, intent, possible, or NULL
    date            TEXT,                       -- the event's date as given
    date_key        TEXT,                       -- YYYY-MM-DD: the event's, else the article's
    method          TEXT NOT NULL,
    confidence      REAL NOT NULL,
    UNIQUE (article_id, idx)
);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_root ON events (root);
CREATE INDEX events_date_key ON events (date_key);
