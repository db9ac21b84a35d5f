-- whosaid corpus database: the current schema (version 5), for reading.
--
-- The database is built by applying store/migrations/NNNN_*.sql in order
-- (whosaid db migrate); this file is the sum of those migrations, kept in step
-- by a test.  meta holds ('schema_version', N).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per analyzed article.  `seq` is the stable rowid the full-text
-- index points at (VACUUM may renumber implicit rowids); `id` is the key.
CREATE TABLE articles (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    content_hash    TEXT NOT NULL,          -- SHA-1 (hex) of the raw input
    path            TEXT,
    url             TEXT,
    date            TEXT,                   -- as given
    date_key        TEXT,                   -- date as YYYY-MM-DD, when parseable
    title           TEXT,                   -- the title span's text
    title_start     INTEGER,
    title_end       INTEGER,
    section         TEXT NOT NULL DEFAULT '[]',   -- JSON list of names
    text            TEXT NOT NULL,          -- canonical text all offsets index
    raw_text        TEXT,                   -- the raw input, for reprocessing
    raw_html        TEXT,
    body            TEXT NOT NULL DEFAULT '[]',   -- JSON list of spans
    captions        TEXT NOT NULL DEFAULT '[]',   -- JSON list of spans
    boilerplate     TEXT NOT NULL DEFAULT '[]',   -- JSON list of spans + kind
    warnings        TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
    whosaid_version TEXT NOT NULL,
    model           TEXT NOT NULL,
    schema_version  INTEGER NOT NULL,       -- of the article record (output schema)
    ingested_at     TEXT NOT NULL,          -- first stored (UTC, ISO 8601)
    processed_at    TEXT NOT NULL           -- last analyzed (UTC, ISO 8601)
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_date_key ON articles (date_key);

-- One row per attribution.  Span lists are JSON: [{"start", "end", "text"}].
CREATE TABLE attributions (
    seq                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    article_id          TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx                 INTEGER NOT NULL,   -- position in the article's list
    kind                TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    speaker_name        TEXT,
    speaker_resolved_by TEXT,               -- NULL when the record has no speaker
    speaker_start       INTEGER,            -- the speaker mention's span
    speaker_end         INTEGER,
    speaker_code        TEXT,               -- the speaker's actor code (actors.code)
    source              TEXT NOT NULL DEFAULT '[]',
    cue                 TEXT NOT NULL DEFAULT '[]',
    content             TEXT NOT NULL DEFAULT '[]',
    source_text         TEXT NOT NULL DEFAULT '',   -- fragments joined with " … "
    cue_text            TEXT NOT NULL DEFAULT '',
    content_text        TEXT NOT NULL DEFAULT '',
    confidence          REAL NOT NULL,
    method              TEXT NOT NULL,
    speaker_actor_id    TEXT,               -- the speaker's actor (actors.id); v2
    speaker_identity    TEXT,               -- that actor's identity (identities.id); v4
    co_speakers         TEXT NOT NULL DEFAULT '[]', -- a joint source's further speakers; v5
    UNIQUE (article_id, idx)
);
CREATE INDEX attributions_speaker_name ON attributions (speaker_name COLLATE NOCASE);
CREATE INDEX attributions_speaker_code ON attributions (speaker_code);
CREATE INDEX attributions_speaker_identity ON attributions (speaker_identity);

-- One row per further speaker of a joint source (attributions.co_speakers),
-- so speaker counts and searches see every speaker of a statement; v5.
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
    identity    TEXT,                       -- identities.id; v4
    kb_id       TEXT,                       -- the people-table entry, when linked; v4
    UNIQUE (article_id, idx)
);
CREATE INDEX actors_code ON actors (code);
CREATE INDEX actors_name ON actors (name COLLATE NOCASE);
CREATE INDEX actors_identity ON actors (identity);

-- One row per identity: the same person or body in every article
-- (Actor.identity): the people-table entry id when linked ("Q76"), else the
-- normalized name plus country ("name:barack obama|USA", "state:USA").
-- `name` is the fullest name seen.
CREATE TABLE identities (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    country     TEXT,
    igo         TEXT,
    kb_id       TEXT                        -- the people-table entry, when linked
);

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

-- Inputs that could not be read or analyzed, one row per article id (or the
-- path / "PATH:LINE" when the input had no id), with the raw input if any.
CREATE TABLE failures (
    article_id      TEXT PRIMARY KEY,
    path            TEXT,
    url             TEXT,
    date            TEXT,
    content_hash    TEXT,
    code            TEXT NOT NULL,
    message         TEXT NOT NULL,
    raw_text        TEXT,
    raw_html        TEXT,
    whosaid_version TEXT NOT NULL,
    failed_at       TEXT NOT NULL
);

-- Full-text indexes (external content, kept in sync by the triggers below).
CREATE VIRTUAL TABLE attributions_fts USING fts5 (
    content_text,
    speaker_name,
    content = 'attributions',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN
    INSERT INTO attributions_fts (rowid, content_text, speaker_name)
    VALUES (new.seq, new.content_text, new.speaker_name);
END;
CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
    INSERT INTO attributions_fts (attributions_fts, rowid, content_text, speaker_name)
    VALUES ('delete', old.seq, old.content_text, old.speaker_name);
END;
CREATE TRIGGER attributions_fts_update AFTER UPDATE ON attributions BEGIN
    INSERT INTO attributions_fts (attributions_fts, rowid, content_text, speaker_name)
    VALUES ('delete', old.seq, old.content_text, old.speaker_name);
    INSERT INTO attributions_fts (rowid, content_text, speaker_name)
    VALUES (new.seq, new.content_text, new.speaker_name);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title,
    text,
    content = 'articles',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text)
    VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text)
    VALUES (new.seq, new.title, new.text);
END;
