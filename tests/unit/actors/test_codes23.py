"""Unions named as associations of working people, union rows that give the
speaker stage no type, and knowledge rows for US agencies, sports leagues
and unions (issue 9, session 14, branch ``codes23``).  Texts written for
these tests."""

from __future__ import annotations

import pytest
import spacy

from whosaid.actors.entries import _workers_union
from whosaid.actors.knowledge import Entry, Knowledge, load_knowledge
from whosaid.actors.knowledge import _workers_union as union_row


def test_an_association_of_working_people_is_a_union() -> None:
    assert _workers_union(["ontario", "nurses'", "association"])
    assert _workers_union(["national", "basketball", "players", "association"])
    assert _workers_union(["writers", "guild", "of", "canada"])


def test_an_association_of_a_trade_or_of_firms_is_no_union() -> None:
    assert not _workers_union(["international", "air", "transport", "association"])
    assert not _workers_union(["retail", "trade", "association"])
    assert not _workers_union(["ontario", "hospital", "association"])
    assert not _workers_union(["american", "medical", "association"])


def _entry(type_: str, sector: str | None) -> Entry:
    return Entry(
        pattern="X",
        name="X",
        type=type_,  # type: ignore[arg-type]
        country="GBR",
        igo=None,
        sector=sector,
        code=None,
        kind="org",
        source="organizations.tsv",
        exact_case=False,
    )


def test_a_union_row_gives_the_speaker_stage_no_type() -> None:
    assert union_row(_entry("other", "LAB"))
    assert not union_row(_entry("company", "BUS"))
    assert not union_row(_entry("igo", None))


NLP = spacy.blank("en")


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge(NLP.tokenizer)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("FEMA", "USAGOV"),
        ("USDA", "USAGOV"),
        ("National Weather Service", "USAGOV"),
        ("Major League Baseball", "USABUS"),
        ("Unison", "GBRLAB"),
        ("Saftu", "ZAFLAB"),
        ("Canadian Union of Postal Workers", "CANLAB"),
        ("Garda Síochána", "IRLCOP"),
    ],
)
def test_knowledge_codes_agencies_leagues_unions_and_police(
    kb: Knowledge, name: str, code: str
) -> None:
    entries = kb.names.get(tuple(t.text.lower() for t in NLP.tokenizer(name)), ())
    assert any((e.country or "") + (e.sector or "") == code for e in entries)


def test_a_union_known_to_the_knowledge_keeps_no_speaker_type(kb: Knowledge) -> None:
    assert kb.name_kind("Unison") is None
    assert kb.name_kind("FEMA") == "government"
