"""The story's country from the outlet it cites (mentions27,
``actors/outlet_story_country.py``)."""

from __future__ import annotations

from tests.factories import actor_draft

from whosaid.actors.outlet_story_country import outlets_country, wire_credit


def _outlet(name: str, country: str, text: str):  # type: ignore[no-untyped-def]
    d = actor_draft(name, "media", country=country, sector="MED")
    s = text.index(name)
    d.mentions = [(s, s + len(name))]
    return d


def test_outlets_country_one_country() -> None:
    text = "NHK reported that the defence ministry would ask for more."
    assert outlets_country([_outlet("NHK", "JPN", text)], text) == {"JPN": 1.0}


def test_outlets_country_none_when_several() -> None:
    text = "NHK and the BBC reported it."
    drafts = [_outlet("NHK", "JPN", text), _outlet("BBC", "GBR", text)]
    assert outlets_country(drafts, text) == {}


def test_a_wire_credit_does_not_count() -> None:
    text = "(CNN)Prime Minister Alan Brooks said no."
    assert wire_credit(text, 1, 4)
    assert outlets_country([_outlet("CNN", "USA", text)], text) == {}
    text = "Reuters - The ministry said no."
    assert wire_credit(text, 0, 7)
    assert not wire_credit("Reuters reported it.", 0, 7)
