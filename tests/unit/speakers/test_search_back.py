"""Nominal antecedents: never in the content being attributed, and inside
quotes or reported content only when nothing else is."""

from __future__ import annotations

from whosaid.entities.names import Ranges
from whosaid.speakers.model import Discourse, Entity, Event
from whosaid.speakers.salience import search_back


def _court(name: str) -> Entity:
    return Entity(name=name, kind="org", start=0, end=0)


def _event(start: int, entity: Entity, masked: bool = False) -> Event:
    return Event(
        start=start, end=start + 5, entity=entity, subject=False, speaker=False,
        masked=masked,
    )  # fmt: skip


def _back(ds: Discourse, pos: int) -> str | None:
    found = search_back(ds, pos, lambda e: e.kind == "org", (), lambda e: set())
    return found.name if found else None


def test_a_mention_in_a_quotation_yields_to_one_outside() -> None:
    justice = _court("Court of Justice")
    general = _court("General Court")
    ds = Discourse(events=[_event(10, justice), _event(60, general, masked=True)])
    assert _back(ds, 100) == "Court of Justice"
    # with nothing outside, the quoted one
    ds = Discourse(events=[_event(60, general, masked=True)])
    assert _back(ds, 100) == "General Court"


def test_never_a_mention_in_the_content_being_attributed() -> None:
    general = _court("General Court")
    ds = Discourse(events=[_event(60, general, masked=True)])
    ds.content = Ranges([(50, 90)])
    assert _back(ds, 100) is None


def test_a_subject_before_a_mere_mention_wins_when_asked() -> None:
    justice = _court("Court of Justice")
    general = _court("General Court")
    subject = Event(
        start=10, end=26, entity=justice, subject=True, speaker=False, masked=False
    )
    ds = Discourse(events=[subject, _event(60, general)])

    def back(**kw: bool) -> str | None:
        found = search_back(
            ds, 100, lambda e: e.kind == "org", (), lambda e: set(), **kw
        )
        return found.name if found else None

    assert back() == "General Court"  # the latest mention by default
    assert back(subjects_first=True) == "Court of Justice"
    # a subject farther back than SUBJECT_REACH is no rival
    far = Event(
        start=10, end=26, entity=justice, subject=True, speaker=False, masked=False
    )
    ds = Discourse(events=[far, _event(500, general)])
    found = search_back(ds, 600, lambda e: e.kind == "org", (), lambda e: set(), True)
    assert found is general
