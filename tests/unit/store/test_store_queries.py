"""search_quotes, list_speakers and the safety of user input in queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from tests.factories import build_article

from whosaid.records import RawArticle
from whosaid.store import Store, fts_query, list_speakers, search_quotes

ARTICLES = [
    ("a1", "2024-01-10", '"The budget will pass," Anna Berg said.\n'),
    ("a2", "2024-02-20", '"Taxes are too high," Anna Berg said.\n'),
    ("a3", "2024-03-05T08:00:00Z", '"The budget is a disgrace," John Smith said.\n'),
    ("a4", None, '"Café prices rose," Jürgen Weiß said.\n'),
    ("a5", "not a date", '"Nothing about money," ANNA BERG said.\n'),
]


@pytest.fixture
def conn(store: Store) -> Iterator[sqlite3.Connection]:
    for article_id, date, text in ARTICLES:
        raw = RawArticle(id=article_id, date=date, text=text)
        store.save_article(build_article(raw), raw)
    store.conn.execute(
        "UPDATE attributions SET speaker_code = 'GOV' WHERE article_id IN ('a1', 'a2')"
    )
    c = store.read_only()
    yield c
    c.close()


def _ids(quotes: list) -> list[str]:  # type: ignore[type-arg]
    return [q.article_id for q in quotes]


def test_all_newest_first_undated_last(conn: sqlite3.Connection) -> None:
    assert _ids(search_quotes(conn)) == ["a3", "a2", "a1", "a4", "a5"]


def test_speaker_is_a_case_insensitive_substring(conn: sqlite3.Connection) -> None:
    assert _ids(search_quotes(conn, speaker="berg")) == ["a2", "a1", "a5"]
    assert _ids(search_quotes(conn, speaker="  ANNA b ")) == ["a2", "a1", "a5"]
    assert _ids(search_quotes(conn, speaker="WEISS")) == ["a4"]  # casefold: ß = ss
    assert _ids(search_quotes(conn, speaker="jürgen")) == ["a4"]
    assert search_quotes(conn, speaker="%") == []
    assert search_quotes(conn, speaker="_") == []


def test_actor_filters_on_speaker_code(conn: sqlite3.Connection) -> None:
    assert _ids(search_quotes(conn, actor="GOV")) == ["a2", "a1"]
    assert search_quotes(conn, actor="gov") == []


def test_about_is_full_text_over_content(conn: sqlite3.Connection) -> None:
    assert _ids(search_quotes(conn, about="budget")) == ["a3", "a1"]
    assert _ids(search_quotes(conn, about="BUDGET pass")) == ["a1"]
    assert _ids(search_quotes(conn, about="cafe")) == ["a4"]  # diacritics folded
    assert search_quotes(conn, about="Berg") == []  # the speaker is not content


@pytest.mark.parametrize(
    "hostile",
    [
        '"; DROP TABLE articles; --',
        "'; DROP TABLE articles; --",
        "NEAR(",
        "NEAR(budget pass, 2)",
        "*",
        "budget*",
        '"',
        '""',
        "budget OR",
        "AND",
        "content_text:budget",
        "speaker_name : Berg",
        "(",
        ")",
        "^budget",
        "-budget",
        "{content_text}",
        "\x00",
        "",
        "   ",
    ],
)
def test_about_never_raises_and_never_injects(
    conn: sqlite3.Connection, hostile: str
) -> None:
    found = search_quotes(conn, about=hostile)
    assert isinstance(found, list)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)
    for q in found:
        assert "budget" in q.content_text.lower()


def test_hostile_speaker_and_actor_are_plain_values(conn: sqlite3.Connection) -> None:
    assert search_quotes(conn, speaker="'; DROP TABLE articles; --") == []
    assert search_quotes(conn, actor="' OR 1=1 --") == []


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('budget "pass') == '"budget" AND """pass"'
    assert fts_query("NEAR( * --") == '"NEAR("'
    assert fts_query("* -- ;") is None


def test_date_range(conn: sqlite3.Connection) -> None:
    assert _ids(search_quotes(conn, since="2024-02-01")) == ["a3", "a2"]
    assert _ids(search_quotes(conn, until="2024-02-20")) == ["a2", "a1"]
    assert _ids(search_quotes(conn, since="2024-02-20", until="2024-03-05")) == [
        "a3",
        "a2",
    ]
    assert search_quotes(conn, since="2025-01-01") == []


@pytest.mark.parametrize("bad", ["2024-02-30", "last week", "2024/01/01", ""])
def test_bad_dates_raise_value_error(conn: sqlite3.Connection, bad: str) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        search_quotes(conn, since=bad)


def test_combined_filters_and_paging(conn: sqlite3.Connection) -> None:
    assert _ids(search_quotes(conn, speaker="berg", about="budget")) == ["a1"]
    assert _ids(search_quotes(conn, limit=2)) == ["a3", "a2"]
    assert _ids(search_quotes(conn, limit=2, offset=2)) == ["a1", "a4"]
    with pytest.raises(ValueError):
        search_quotes(conn, limit=-1)


def test_quote_fields(conn: sqlite3.Connection) -> None:
    [q] = search_quotes(conn, speaker="smith")
    assert q.id == "a3:a0"
    assert q.content_text == "The budget is a disgrace"
    assert q.cue_text == "said"
    assert q.date == "2024-03-05T08:00:00Z"
    assert q.to_dict()["speaker_name"] == "John Smith"


def test_works_with_plain_tuple_rows(store: Store) -> None:
    raw = RawArticle(id="t", text='"Hi," Al Bo said.')
    store.save_article(build_article(raw), raw)
    plain = sqlite3.connect(store.path)
    try:
        [q] = search_quotes(plain, speaker="al")
        assert q.speaker_name == "Al Bo"
    finally:
        plain.close()


def test_list_speakers(conn: sqlite3.Connection) -> None:
    speakers = list_speakers(conn)
    assert speakers[0].name.lower() == "anna berg"
    assert (speakers[0].attributions, speakers[0].articles) == (3, 3)
    assert [s.name for s in speakers[1:]] == ["John Smith", "Jürgen Weiß"]
    assert len(list_speakers(conn, limit=1)) == 1
