"""Groups of a named body and refugees (groups28): an IGO's bare member
plural ("the allies", "members", "monitors"), a pronoun-possessed group
("X said its fighters"), refugees (REF, no story country) and military
bases (MIL)."""

from __future__ import annotations

import pytest

import whosaid
from whosaid.actors.knowledge import load_knowledge
from whosaid.records import Article

TEXTS = {
    "allies": "NATO Secretary General Mark Rutte said the allies would send more "
    "air defences to Kyiv.",
    "monitors": "The OSCE chairman said monitors would be sent to the border.",
    "members": "OPEC Secretary General Haitham al-Ghais said members would keep "
    "output steady.",
    "state between": "The OSCE said Russia had told members of the mission to leave.",
    "possessed": "Al-Shabaab said its fighters had taken the town of Jowhar.",
    "two of its": "The Supreme Court said two of its judges had dissented.",
    "person owner": "Jean Dupont said their fighters had left Paris.",
    "refugees": "President Pierre Nkurunziza said the refugees at the camp near "
    "Bujumbura would get more food.",
    "judges at": "Judges at the International Criminal Court said the warrant stood.",
    "bases": "Prime Minister Giorgia Meloni said Italian air bases would stay open.",
}


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return dict(zip(TEXTS, whosaid.process_many(list(TEXTS.values())), strict=True))


def _actor(article: Article, text: str) -> tuple[str | None, str | None, str | None]:
    for a in article.actors:
        if any(m.text == text for m in a.mentions):
            return (a.country, a.igo, a.sector)
    raise AssertionError(f"no actor mentions {text!r}")


def _has_actor(article: Article, text: str) -> bool:
    return any(m.text == text for a in article.actors for m in a.mentions)


def test_the_allies_after_nato_are_nato_s(articles: dict[str, Article]) -> None:
    assert _actor(articles["allies"], "allies") == (None, "NATO", None)


def test_monitors_after_the_osce_are_its(articles: dict[str, Article]) -> None:
    assert _actor(articles["monitors"], "monitors") == (None, "OSCE", None)


def test_members_after_opec_are_opec_s(articles: dict[str, Article]) -> None:
    art = articles["members"]
    assert _actor(art, "members") == (None, "OPEC", None)
    # an actor of its own: the IGO keeps its name
    assert any(a.igo == "OPEC" and a.name != "Members" for a in art.actors)


def test_members_of_something_are_not_the_igo_s(articles: dict[str, Article]) -> None:
    art = articles["state between"]
    for a in art.actors:
        if any(m.text.startswith("members") for m in a.mentions):
            assert a.igo != "OSCE"


def test_its_fighters_take_their_owner_s_country(articles: dict[str, Article]) -> None:
    country, _igo, sector = _actor(articles["possessed"], "fighters")
    assert (country, sector) == ("SOM", "REB")


def test_part_of_a_possessed_group_stays_unlinked(articles: dict[str, Article]) -> None:
    assert not _has_actor(articles["two of its"], "judges")


def test_a_person_is_no_owner_of_a_group(articles: dict[str, Article]) -> None:
    assert not _has_actor(articles["person owner"], "fighters")


def test_refugees_are_ref_with_no_story_country(articles: dict[str, Article]) -> None:
    assert _actor(articles["refugees"], "the refugees") == (None, None, "REF")


def test_a_demonym_s_air_bases_are_its_military(articles: dict[str, Article]) -> None:
    assert _actor(articles["bases"], "Italian air bases") == ("ITA", None, "MIL")


def test_refugee_and_base_words_in_the_sector_table() -> None:
    sectors = load_knowledge(lambda s: s.split()).sectors
    assert sectors[("refugees",)].sector == "REF"
    assert sectors[("asylum", "seekers")].sector == "REF"
    assert sectors[("air", "bases")].sector == "MIL"


def test_judges_at_an_igo_court_are_its(articles: dict[str, Article]) -> None:
    assert _actor(articles["judges at"], "Judges") == (None, "ICC", "JUD")
