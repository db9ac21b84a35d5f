"""Events in the corpus database: migration 0003, writer, reprocess, queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.event_articles import ARTICLES, RUS, USA, E, build
from tests.factories import unloaded_pipeline

from whosaid.records import Article, RawArticle
from whosaid.stage_runner import Pipeline
from whosaid.store import Store, get_article, open_read_only
from whosaid.store.events import (
    Dyad,
    EventFilters,
    dyad_counts,
    dyad_totals,
    normalize_code,
    normalize_root,
    period_start,
    periods,
    search_events,
)
from whosaid.store.migrate import (
    latest_version,
    list_migrations,
    migrate,
    schema_version,
)

# --- schema and writer --------------------------------------------------------


def test_migration_0003_creates_the_indexed_events_table(store: Store) -> None:
    assert store.schema_version == latest_version() >= 3
    assert list_migrations()[2].name == "0003_events.sql"
    indexes = {
        row[0]
        for row in store.conn.execute(
            "SELECT name FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'events'"
        )
    }
    assert {
        "events_source_code",
        "events_target_code",
        "events_root",
        "events_date_key",
    } <= indexes


def test_schema_sql_documents_the_events_table(tmp_path: Path) -> None:
    schema = Path(__file__).parents[3] / "src" / "whosaid" / "store" / "schema.sql"
    migrated = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    migrate(migrated)
    documented = sqlite3.connect(":memory:")
    documented.executescript(schema.read_text(encoding="utf-8"))
    for pragma in ("table_info(events)", "foreign_key_list(events)"):
        assert (
            migrated.execute(f"PRAGMA {pragma}").fetchall()
            == documented.execute(f"PRAGMA {pragma}").fetchall()
        )
    for index in ("events_source_code", "events_target_code", "events_root"):
        info = f"PRAGMA index_xinfo({index})"
        assert migrated.execute(info).fetchall() == documented.execute(info).fetchall()


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.id)
def test_an_article_round_trips_with_its_events(store: Store, article: Article) -> None:
    store.save_article(article)
    conn = store.read_only()
    back = get_article(conn, article.id)
    conn.close()
    assert back is not None
    assert back.events == article.events
    assert back.actors == article.actors
    assert back == article


def test_event_rows_carry_their_actors_codes_and_the_day(corpus: Path) -> None:
    conn = open_read_only(corpus)
    row = conn.execute(
        "SELECT source_code, source_name, source_country, target_code, target_name, "
        "target_country, evidence_text, negated, date_key FROM events WHERE id = ?",
        ("wire-2:e1",),
    ).fetchone()
    assert tuple(row) == (
        "RUS",
        "Russia",
        "RUS",
        "USAGOV",
        "United States",
        "USA",
        "did not attack",
        1,
        "2024-03-10",
    )
    own_date = conn.execute(
        "SELECT date, date_key FROM events WHERE id = 'wire-3:e2'"
    ).fetchone()
    assert tuple(own_date) == ("2024-02-28", "2024-02-28")
    no_target = conn.execute(
        "SELECT target_actor_id, target_code FROM events WHERE id = 'wire-3:e3'"
    ).fetchone()
    assert tuple(no_target) == (None, None)
    conn.close()


def test_an_event_naming_an_unknown_actor_is_stored_without_a_code(
    store: Store,
) -> None:
    article = ARTICLES[0]
    bad = replace(article.events[0], id="wire-1:e9", target="elsewhere:actor7")
    store.save_article(replace(article, events=(*article.events, bad)))
    row = store.conn.execute(
        "SELECT target_actor_id, target_code FROM events WHERE id = 'wire-1:e9'"
    ).fetchone()
    assert tuple(row) == ("elsewhere:actor7", None)


def test_replacing_an_article_replaces_its_events(store: Store) -> None:
    store.save_article(ARTICLES[0])
    fewer = build(
        "wire-1",
        ARTICLES[0].text + " ",  # other content, same id: replaced
        "2024-03-04",
        [RUS, USA],
        [E("rus", "usa", "112", -2.0, 3, "accused Washington of meddling")],
    )
    store.save_article(fewer)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM events ORDER BY idx")]
    assert ids == ["wire-1:e0"]


def test_a_failing_event_insert_rolls_back_the_whole_article(store: Store) -> None:
    article = ARTICLES[0]
    twice = replace(article, events=(article.events[0], article.events[0]))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article(twice)
    for table in ("articles", "attributions", "actors", "events"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


# --- migrating a version 2 database and reprocessing --------------------------


def _v2_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in list_migrations()[:2]:
        conn.executescript(
            "BEGIN;"
            + migration.sql
            + ";INSERT OR REPLACE INTO meta (key, value) VALUES "
            f"('schema_version', '{migration.version}');COMMIT;"
        )
    assert schema_version(conn) == 2
    conn.close()


def test_reprocess_fills_the_events_of_a_migrated_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "v2.db"
    _v2_database(db)
    by_id = {a.id: a for a in ARTICLES}
    with Store(db) as store:
        assert store.applied == list(range(3, latest_version() + 1))
        for article in ARTICLES:  # stored as an older whosaid would: no events
            store.save_article(
                replace(article, events=()),
                RawArticle(
                    id=article.id, date=article.date, url=article.url, text=article.text
                ),
            )
        assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0

        def analyze(self: Pipeline, items: Iterable[Any]) -> Iterator[Article]:
            for raw in items:
                yield by_id[raw.id]

        monkeypatch.setattr(Pipeline, "process_many", analyze)
        stats = store.reprocess(unloaded_pipeline())
    assert stats.reprocessed == len(ARTICLES)
    conn = open_read_only(db)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == sum(
        len(a.events) for a in ARTICLES
    )
    back = get_article(conn, "wire-3")
    conn.close()
    assert back is not None and back.events == by_id["wire-3"].events


# --- search_events ------------------------------------------------------------


def _ids(conn: sqlite3.Connection, **filters: str) -> list[str]:
    return [e.id for e in search_events(conn, EventFilters(**filters), limit=None)]


def test_search_events_filters(corpus: Path) -> None:
    conn = open_read_only(corpus)
    everything = _ids(conn)
    assert len(everything) == 10
    # newest day first, undated last; article then event order within a day
    assert everything[:4] == ["wire-3:e0", "wire-3:e1", "wire-3:e3", "wire-2:e0"]
    assert everything[-1] == "wire-4:e0"
    assert _ids(conn, source="RUSMIL") == ["wire-3:e1"]
    assert _ids(conn, source="rus") == [
        "wire-3:e0",
        "wire-2:e0",
        "wire-2:e1",
        "wire-1:e0",
        "wire-1:e2",
        "wire-3:e2",
        "wire-4:e0",
    ]
    assert set(_ids(conn, source="RUS*")) == set(_ids(conn, source="RUS")) | {
        "wire-3:e1"
    }
    assert _ids(conn, target="RUS") == ["wire-1:e1"]
    assert _ids(conn, root="13") == ["wire-2:e0"]
    assert _ids(conn, root="5") == ["wire-3:e2", "wire-4:e0"]
    assert _ids(conn, source="RUS", since="2024-03-05", until="2024-03-10") == [
        "wire-2:e0",
        "wire-2:e1",
    ]
    assert _ids(conn, until="2024-02-29") == ["wire-3:e2"]
    conn.close()


def test_search_events_rows_and_paging(corpus: Path) -> None:
    conn = open_read_only(corpus)
    [event] = search_events(conn, EventFilters(root="02", source="USAGOV"))
    assert event.to_dict() == {
        "id": "wire-1:e1",
        "article_id": "wire-1",
        "source_actor_id": "wire-1:actor1",
        "source_code": "USAGOV",
        "source_name": "United States",
        "source_country": "USA",
        "target_actor_id": "wire-1:actor0",
        "target_code": "RUS",
        "target_name": "Russia",
        "target_country": "RUS",
        "code": "0241",
        "root": "02",
        "goldstein": 3.0,
        "quad_class": 1,
        "evidence_text": "urged Russia to restore the talks",
        "attribution_id": "wire-1:a1",
        "negated": False,
        "modality": None,
        "date": "2024-03-04T08:00:00Z",
        "day": "2024-03-04",
        "method": "test.rule",
        "confidence": 0.75,
        "url": "https://example.org/wire-1",
        "title": "Moscow accuses Washington",
    }
    everything = _ids(conn)
    pages = [
        [e.id for e in search_events(conn, limit=4, offset=offset)]
        for offset in (0, 4, 8)
    ]
    assert [i for page in pages for i in page] == everything
    assert len(pages[2]) == 2
    conn.close()


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"source": "RU*S"}, "source must be an actor code"),
        ({"target": " * "}, "target must be an actor code"),
        ({"root": "21"}, "root must be a CAMEO root"),
        ({"root": "x"}, "root must be a CAMEO root"),
        ({"since": "March"}, "since must be an ISO date"),
    ],
)
def test_bad_filters_are_clear_errors(
    corpus: Path, filters: dict[str, str], message: str
) -> None:
    conn = open_read_only(corpus)
    with pytest.raises(ValueError, match=message):
        search_events(conn, EventFilters(**filters))
    conn.close()


def test_normalizers() -> None:
    assert normalize_code(" rusgov ") == "RUSGOV"
    assert normalize_code("rus*") == "RUS*"
    assert normalize_root(3) == "03"
    assert normalize_root("20") == "20"


# --- dyads: the aggregate equals a hand count ---------------------------------


def test_weekly_dyads_equal_a_hand_count(corpus: Path) -> None:
    conn = open_read_only(corpus)
    got = dyad_counts(conn, "week")
    conn.close()
    # Counted by hand from tests.event_articles.ARTICLES.  Left out: wire-2:e1
    # (negated), wire-3:e3 (no target), wire-4:e0 (undated).
    assert got == [
        # wire-3:e2, dated 2024-02-28 by its text: week of Monday 26 February
        Dyad(
            period="2024-02-26",
            source="RUS",
            target="USAGOV",
            events=1,
            goldstein_sum=3.4,
            goldstein_mean=3.4,
            verbal_cooperation=1,
            material_cooperation=0,
            verbal_conflict=0,
            material_conflict=0,
        ),
        # wire-1:e0 (-2), wire-1:e2 (+4), wire-2:e0 (-7): Monday 4 to Sunday 10
        Dyad(
            period="2024-03-04",
            source="RUS",
            target="USAGOV",
            events=3,
            goldstein_sum=-5.0,
            goldstein_mean=round(-5.0 / 3, 6),
            verbal_cooperation=1,
            material_cooperation=0,
            verbal_conflict=2,
            material_conflict=0,
        ),
        # wire-1:e1
        Dyad(
            period="2024-03-04",
            source="USAGOV",
            target="RUS",
            events=1,
            goldstein_sum=3.0,
            goldstein_mean=3.0,
            verbal_cooperation=1,
            material_cooperation=0,
            verbal_conflict=0,
            material_conflict=0,
        ),
        # wire-3:e0
        Dyad(
            period="2024-03-11",
            source="RUS",
            target="USAGOV",
            events=1,
            goldstein_sum=-2.0,
            goldstein_mean=-2.0,
            verbal_cooperation=0,
            material_cooperation=0,
            verbal_conflict=1,
            material_conflict=0,
        ),
        # wire-3:e1
        Dyad(
            period="2024-03-11",
            source="RUSMIL",
            target="USAGOV",
            events=1,
            goldstein_sum=-10.0,
            goldstein_mean=-10.0,
            verbal_cooperation=0,
            material_cooperation=0,
            verbal_conflict=0,
            material_conflict=1,
        ),
    ]


def test_dyads_by_day_month_with_filters_and_negated(corpus: Path) -> None:
    conn = open_read_only(corpus)
    monthly = {
        (d.period, d.source, d.target): (d.events, d.goldstein_sum)
        for d in dyad_counts(conn, "month")
    }
    assert monthly == {
        ("2024-02-01", "RUS", "USAGOV"): (1, 3.4),
        ("2024-03-01", "RUS", "USAGOV"): (4, -7.0),  # -2 + 4 - 7 - 2
        ("2024-03-01", "USAGOV", "RUS"): (1, 3.0),
        ("2024-03-01", "RUSMIL", "USAGOV"): (1, -10.0),
    }
    daily = dyad_counts(conn, "day", EventFilters(source="RUS", target="USAGOV"))
    assert [(d.period, d.events) for d in daily] == [
        ("2024-02-28", 1),
        ("2024-03-04", 2),
        ("2024-03-10", 1),
        ("2024-03-11", 1),
    ]
    with_negated = dyad_counts(
        conn,
        "day",
        EventFilters(since="2024-03-10", until="2024-03-10"),
        include_negated=True,
    )
    assert [(d.events, d.goldstein_sum, d.material_conflict) for d in with_negated] == [
        (2, -17.0, 1)
    ]
    rus_star = dyad_counts(conn, "month", EventFilters(source="RUS*", root="19"))
    assert [(d.source, d.events) for d in rus_star] == [("RUSMIL", 1)]
    assert dyad_counts(conn, "month", limit=1, offset=1)[0].period == "2024-03-01"
    with pytest.raises(ValueError, match="by must be day, week or month"):
        dyad_counts(conn, "year")
    conn.close()


def test_periods() -> None:
    assert period_start("2024-03-10", "week") == "2024-03-04"
    assert period_start("2024-03-11", "week") == "2024-03-11"
    assert period_start("2024-03-31", "month") == "2024-03-01"
    assert periods("2024-02-28", "2024-03-11", "week") == [
        "2024-02-26",
        "2024-03-04",
        "2024-03-11",
    ]
    assert periods("2023-11-15", "2024-01-02", "month") == [
        "2023-11-01",
        "2023-12-01",
        "2024-01-01",
    ]
    assert periods("2024-02-28", "2024-03-01", "day") == [
        "2024-02-28",
        "2024-02-29",
        "2024-03-01",
    ]


def test_country_level_dyads_equal_a_hand_count(corpus: Path) -> None:
    conn = open_read_only(corpus)
    got = [
        (d.period, d.source, d.target, d.events, d.goldstein_sum, d.material_conflict)
        for d in dyad_counts(conn, "month", level="country")
    ]
    totals = [
        (t.source, t.target, t.events, t.first_day, t.last_day)
        for t in dyad_totals(conn, level="country")
    ]
    with pytest.raises(ValueError, match="level must be code or country"):
        dyad_counts(conn, "month", level="region")
    conn.close()
    # RUS and RUSMIL are both Russia, USAGOV is the USA: by hand, March has
    # wire-1:e0 (-2), e2 (+4), wire-2:e0 (-7), wire-3:e0 (-2), e1 (-10).
    assert got == [
        ("2024-02-01", "RUS", "USA", 1, 3.4, 0),
        ("2024-03-01", "RUS", "USA", 5, -17.0, 1),
        ("2024-03-01", "USA", "RUS", 1, 3.0, 0),
    ]
    assert totals == [
        ("RUS", "USA", 6, "2024-02-28", "2024-03-11"),
        ("USA", "RUS", 1, "2024-03-04", "2024-03-04"),
    ]
