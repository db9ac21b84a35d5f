"""Unions named as associations of working people, union rows that give the
speaker stage no type, and knowledge rows for US agencies, sports leagues
and unions (issue 9, session 14, branch ``codes23``).  Texts written for
these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.actors.chains import _opens_titled_name
from whosaid.actors.entries import _workers_union
from whosaid.actors.hits import _state_as_surname
from whosaid.actors.knowledge import load_knowledge
from whosaid.actors.knowledge_records import Demonym, Entry, Knowledge, SectorWord
from whosaid.actors.knowledge_records import workers_union as union_row
from whosaid.actors.mentions import _lone
from whosaid.actors.model import (
    ActorMention,
    ActorState,
    Chain,
    Hit,
    disambiguate,
    index_document,
)
from whosaid.actors.named_bodies import pronoun_owner


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


def _minister_then_surname(second_dep: str) -> Doc:
    # "Minister Mark Holland spoke . Holland said so ."
    words = ["Minister", "Mark", "Holland", "spoke", ".", "Holland", "said", "so", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, True, False, True, True, True, False, False],
        heads=[2, 2, 3, 3, 3, 6, 6, 6, 6],
        deps=[
            *("compound", "compound", "nsubj", "ROOT", "punct"),
            *(second_dep, "ROOT", "advmod", "punct"),
        ],
        ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O"],
    )


def _holland_hit(kb: Knowledge) -> Hit:
    entry = next(e for e in kb.names[("holland",)] if e.type == "state")
    return Hit(5, 6, "name", entry=entry)


@pytest.mark.parametrize(("dep", "person"), [("nsubj", True), ("pobj", False)])
def test_a_state_name_that_is_a_named_persons_surname_as_subject_is_the_person(
    kb: Knowledge, dep: str, person: bool
) -> None:
    ix = index_document(_minister_then_surname(dep), kb, ())
    hits = [_holland_hit(kb)]
    covered = {5}
    _state_as_surname(ix, ix.ents[1], hits, covered, {"mark holland"})
    assert (not hits) is person
    hits = [_holland_hit(kb)]
    _state_as_surname(ix, ix.ents[1], hits, {5}, {"anna berg"})
    assert hits  # no one of that surname: the state


@pytest.mark.parametrize(
    ("words", "decided"),
    [
        (["Amazon", "shares", "fell", "in", "Seattle", "."], None),
        (["Deforestation", "in", "the", "Amazon", "rose", "."], "place"),
    ],
)
def test_a_firm_whose_reading_the_story_picks_keeps_its_own_row(
    kb: Knowledge, words: list[str], decided: str | None
) -> None:
    ix = index_document(Doc(NLP.vocab, words=words), kb, ())
    firm = next(e for e in kb.names[("amazon",)] if e.type == "company")
    assert disambiguate(ix, ActorState(), firm) == decided


def test_a_people_noun_alone_is_the_countrys_civilians(kb: Knowledge) -> None:
    doc = Doc(NLP.vocab, words=["Greeks", "would", "vote", "."])
    ix = index_document(doc, kb, ())
    greeks = Hit(0, 1, "demonym", demonym=kb.demonyms[("greeks",)])
    alone = _lone(ix, ActorState(), greeks, Chain([greeks], 0, 1))
    assert alone is not None
    # one group of the country's people (codes22's people_mention)
    assert (alone.country, alone.sector) == ("GRC", "CVL")
    modifier = _lone(ix, ActorState(), greeks, None)
    assert modifier is not None
    assert (modifier.type, modifier.country) == ("state", "GRC")


def test_a_country_word_and_title_glued_to_the_next_name_open_it() -> None:
    # "Tokayev , Kyrgyz President Sadyr Japarov"
    tokayev = Hit(0, 1, "person")
    kyrgyz = Hit(2, 3, "demonym", demonym=Demonym("Kyrgyz", "KGZ", "adj"))
    title = SectorWord("president", "GOV", "title", False)
    president = Hit(3, 4, "sector", sector=title)
    japarov = Hit(4, 6, "person")
    assert _opens_titled_name([tokayev, kyrgyz, president, japarov], 1)
    # "Ruto , Kenyan President , said": no name after the title
    assert not _opens_titled_name([tokayev, kyrgyz, president], 1)
    # "Ruto , Kenyan , Japarov": no title in the run
    assert not _opens_titled_name([tokayev, kyrgyz, Hit(3, 5, "person")], 1)


def _federation(type_: str = "company") -> ActorMention:
    return ActorMention(0, 20, ("org", "cfib"), "CFIB", type_, "CAN", None, "BUS", None)


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["CFIB", "said", "so", ".", "Its", "president", ",", "Dan", "Kelly"], True),
        (["CFIB", "said", "so", ".", "The", "president", ",", "Dan", "Kelly"], False),
    ],
)
def test_its_before_a_title_stands_for_the_body_named_last(
    kb: Knowledge, words: list[str], found: bool
) -> None:
    ix = index_document(Doc(NLP.vocab, words=words), kb, ())
    st = ActorState(mentions=[_federation()])
    owner = pronoun_owner(ix, st, 5)
    assert (owner is not None and owner.sector == "BUS") is found


def test_its_never_reaches_over_a_person(kb: Knowledge) -> None:
    words = ["CFIB", "hired", "Ann", "Lee", ".", "Its", "president", "spoke"]
    ix = index_document(Doc(NLP.vocab, words=words), kb, ())
    lee = ActorMention(
        12, 19, ("person", "ann lee"), "Ann Lee", "person", None, None, None, None
    )
    st = ActorState(mentions=[_federation(), lee])
    assert pronoun_owner(ix, st, 6) is None


def test_a_title_that_is_the_office_the_tables_hold_names_it() -> None:
    from whosaid.actors.office_titles import title_names_office

    assert title_names_office(["Chief Executive"], "Chief Executive")
    assert title_names_office(["King"], "chief of state: King")
    assert not title_names_office(["chief executive"], "Chief Executive Officer")
    assert not title_names_office([], "Chief Executive")


@pytest.mark.parametrize(
    ("words", "at", "portfolio"),
    [
        (["Labour", "Minister", "Steven", "MacKinnon"], 0, True),
        (["the", "Department", "of", "Employment", "and", "Labour"], 5, True),
        (["the", "Ministry", "of", "Labour"], 3, True),
        (["Labour", "leader", "Keir", "Starmer"], 0, False),
        (["Labour", "minister", "Bridget", "Phillipson"], 0, False),
        (["the", "leader", "of", "Labour"], 3, False),
    ],
)
def test_a_party_name_in_a_portfolio_is_no_party(
    words: list[str], at: int, portfolio: bool
) -> None:
    from whosaid.actors.parties import names_a_portfolio

    doc = Doc(NLP.vocab, words=words)
    assert names_a_portfolio(doc[at : at + 1]) is portfolio


def test_a_countrys_people_count_for_the_articles_country() -> None:
    from whosaid.actors.article_country import article_country
    from whosaid.actors.model import PEOPLE_SOURCE, ActorDraft

    key = ("people", "MEX")
    people = ActorDraft(key, "Mexicans", "other", "MEX", None, "CVL", None)
    people.sources.append(PEOPLE_SOURCE)
    people.mentions = [(0, 8), (50, 58)]
    us = ActorDraft(("state", "USA"), "United States", "state", "USA", None, None, None)
    us.mentions = [(20, 22)]
    union = ActorDraft(("org", "sme"), "SME", "other", None, None, "LAB", None)
    union.mentions = [(30, 33)]
    article_country([people, us, union], None)
    assert union.country == "MEX"
