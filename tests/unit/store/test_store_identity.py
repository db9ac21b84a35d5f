"""Identities in the corpus database: speakers grouped by identity, every
spelling found by a name search, old rows filled by the migration."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from tests.factories import build_article

from whosaid.api.data import speaker_profile
from whosaid.records import Article, RawArticle
from whosaid.store import Store
from whosaid.store.identities import better_identity_name
from whosaid.store.migrate import list_migrations, migrate
from whosaid.store.queries import list_speakers, search_quotes


def _with_identity(article: Article, identity: str, kb_id: str | None) -> Article:
    actors = tuple(
        dataclasses.replace(a, identity=identity, kb_id=kb_id) for a in article.actors
    )
    return dataclasses.replace(article, actors=actors)


def _article(aid: str, name: str, identity: str, kb_id: str | None = None) -> Article:
    raw = RawArticle(id=aid, text=f'Title {aid}\n"We will win," {name} said.')
    return _with_identity(build_article(raw), identity, kb_id)


def test_speakers_group_by_identity(store: Store) -> None:
    store.save_article(_article("a1", "Barack Obama", "Q76", "Q76"))
    store.save_article(_article("a2", "Obama", "Q76", "Q76"))
    store.save_article(_article("a3", "President Obama", "Q76", "Q76"))
    store.save_article(_article("a4", "Anna Berg", "name:anna berg|SWE"))
    speakers = list_speakers(store.conn)
    assert [(s.name, s.attributions, s.articles, s.identity) for s in speakers] == [
        ("President Obama", 3, 3, "Q76"),
        ("Anna Berg", 1, 1, "name:anna berg|SWE"),
    ]
    row = store.conn.execute("SELECT name, kb_id FROM identities WHERE id = 'Q76'")
    assert tuple(row.fetchone()) == ("President Obama", "Q76")  # the fullest name


def test_a_name_search_finds_every_spelling(store: Store) -> None:
    store.save_article(_article("a1", "Barack Obama", "Q76", "Q76"))
    store.save_article(_article("a2", "Obama", "Q76", "Q76"))
    store.save_article(_article("a3", "Obamacare Critic", "name:obamacare critic|"))
    names = {q.speaker_name for q in search_quotes(store.conn, speaker="barack")}
    assert names == {"Barack Obama", "Obama"}
    assert len(search_quotes(store.conn, identity="Q76")) == 2


def test_a_speaker_page_holds_the_whole_identity(store: Store) -> None:
    store.save_article(_article("a1", "Barack Obama", "Q76", "Q76"))
    store.save_article(_article("a2", "Obama", "Q76", "Q76"))
    for name in ("Obama", "barack obama", "Q76"):
        profile = speaker_profile(store.conn, name)
        assert profile is not None
        assert (profile.name, profile.attributions) == ("Barack Obama", 2)


def test_the_migration_fills_old_rows(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrations = list_migrations()
    for m in migrations[:2]:
        conn.executescript(m.sql)
    conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '2')")
    conn.execute(
        "INSERT INTO articles (id, content_hash, text, whosaid_version, model, "
        "schema_version, ingested_at, processed_at) "
        "VALUES ('a1', 'h', 't', 'v', 'm', 2, 'now', 'now')"
    )
    conn.execute(
        "INSERT INTO actors (id, article_id, idx, name, type, country) VALUES "
        "('a1:actor1', 'a1', 0, 'Anna Berg', 'person', 'SWE'), "
        "('a1:actor2', 'a1', 1, 'Sweden', 'state', 'SWE')"
    )
    conn.execute(
        "INSERT INTO attributions (id, article_id, idx, kind, speaker_name, "
        "confidence, method, speaker_actor_id) "
        "VALUES ('a1:q1', 'a1', 0, 'direct', 'Anna Berg', 1.0, 'x', 'a1:actor1')"
    )
    migrate(conn)
    rows = conn.execute("SELECT identity FROM actors ORDER BY idx").fetchall()
    assert rows == [("name:anna berg|SWE",), ("state:SWE",)]
    row = conn.execute("SELECT speaker_identity FROM attributions").fetchone()
    assert row == ("name:anna berg|SWE",)
    assert conn.execute("SELECT count(*) FROM identities").fetchone() == (2,)


def test_an_identity_is_named_by_a_spelling_of_its_key(store: Store) -> None:
    ident = "name:obama administration|USA"
    store.save_article(_article("h1", "Obama Administration To Expand Program", ident))
    store.save_article(_article("h2", "Obama administration", ident))
    store.save_article(_article("h3", "Obama admin", ident))
    speakers = list_speakers(store.conn)
    assert [(s.name, s.identity) for s in speakers] == [("Obama administration", ident)]


def test_better_identity_name() -> None:
    ident = "name:anna berg|SWE"
    assert better_identity_name(ident, "Anna Berg", "Anna Berg Says Sweden")
    assert not better_identity_name(ident, "Anna Berg Says Sweden", "Anna Berg")
    assert better_identity_name("Q76", "Barack Obama", "Obama")


def test_a_person_identity_keeps_its_type_beside_a_body_named_after_them(
    store: Store,
) -> None:
    article = _article("a1", "Eric Trump", "name:eric trump|")
    person = dataclasses.replace(article.actors[0], type="person")
    body = dataclasses.replace(person, id=f"{person.id}b", type="ngo")
    store.save_article(dataclasses.replace(article, actors=(person, body)))
    row = store.conn.execute(
        "SELECT type FROM identities WHERE id = 'name:eric trump|'"
    ).fetchone()
    assert row[0] == "person"
    later = _article("a2", "Eric Trump", "name:eric trump|")
    store.save_article(
        dataclasses.replace(
            later, actors=(dataclasses.replace(later.actors[0], type="ngo"),)
        )
    )
    row = store.conn.execute(
        "SELECT type FROM identities WHERE id = 'name:eric trump|'"
    ).fetchone()
    assert row[0] == "person"
