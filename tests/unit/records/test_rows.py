"""Records as flat rows (whosaid.rows): columns from the fields, both ways."""

from __future__ import annotations

import json

from tests.factories import rich_article

from whosaid.records import Actor, Event, Span
from whosaid.rows import columns, from_row, to_row

EVENT = Event(
    id="a:e0",
    source="a:actor0",
    target=None,
    code="036",
    root="03",
    goldstein=4.0,
    quad_class=1,
    evidence=(Span(start=0, end=4, text="Oslo"),),
    attribution_id=None,
    negated=True,
    modality=None,
    date=None,
    method="rules",
)


def test_columns_follow_the_fields_with_their_types() -> None:
    kinds = dict(columns(Event))
    assert list(kinds)[:3] == ["id", "source", "target"]
    assert kinds["evidence"] == "string"  # JSON
    assert (kinds["goldstein"], kinds["quad_class"], kinds["negated"]) == (
        "float64",
        "int64",
        "bool",
    )


def test_rows_round_trip_with_prefix_skip_and_rename() -> None:
    rename = {"source": "source_actor_id"}
    row = to_row(Event, EVENT.to_dict(), prefix="e_", skip={"date"}, rename=rename)
    assert "e_source_actor_id" in row and "e_date" not in row
    assert json.loads(row["e_evidence"]) == [{"start": 0, "end": 4, "text": "Oslo"}]
    back = from_row(Event, row, prefix="e_", skip={"date"}, rename=rename)
    assert Event.from_dict({**back, "date": None}) == EVENT


def test_sqlite_integers_become_bools_and_missing_columns_defaults() -> None:
    row = to_row(Event, EVENT.to_dict())
    row["negated"] = 1
    del row["confidence"]
    back = Event.from_dict(from_row(Event, row))
    assert back.negated is True and back.confidence == 1.0


def test_absent_optional_record_gives_empty_columns() -> None:
    actor = rich_article().actors[0]
    assert set(to_row(Actor, None).values()) == {None}
    assert Actor.from_dict(from_row(Actor, to_row(Actor, actor.to_dict()))) == actor
