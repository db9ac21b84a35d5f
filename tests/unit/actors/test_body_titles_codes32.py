"""A person's sector from the body their title names, and the post over a
rank or a bare office word (issue 9, session 18: codes32).  Hand-built
Docs; no model."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, actor_draft
from tests.factories import parsed_doc as _doc

from whosaid.actors.body_nouns import body_noun_sector, body_nouns
from whosaid.actors.body_titles import body_over_title
from whosaid.actors.knowledge import Entry
from whosaid.actors.knowledge_records import SectorWord
from whosaid.actors.model import Hit
from whosaid.actors.post_titles import is_rank, ranks_after_posts


def _entry(type_: str, sector: str | None) -> Entry:
    return Entry(
        pattern="TUC",
        name="TUC",
        type=type_,
        country="GBR",
        igo=None,
        sector=sector,
        code=None,
        kind="org",
        source="organizations.tsv",
        exact_case=False,
    )


def test_a_union_decides_over_a_general_secretarys_party_guess() -> None:
    assert body_over_title("PTY", _entry("other", "LAB"))
    assert body_over_title("PTY", _entry("company", "BUS"))


def test_a_party_or_state_body_keeps_the_title_reading() -> None:
    assert not body_over_title("PTY", _entry("party", "PTY"))
    assert not body_over_title("PTY", _entry("government", "GOV"))
    assert not body_over_title("GOV", _entry("other", "LAB"))
    assert not body_over_title("PTY", _entry("other", None))


def test_body_noun_sector_reads_a_union_or_business_body() -> None:
    assert body_noun_sector(["the", "Unite", "union"]) == "LAB"
    assert body_noun_sector(["Central", "Union", "of", "Workers"]) == "LAB"
    assert body_noun_sector(["Federation", "of", "Industries"]) == "BUS"
    assert body_noun_sector(["Chamber", "of", "Commerce"]) == "BUS"


def test_body_noun_sector_says_nothing_of_other_bodies() -> None:
    assert body_noun_sector(["European", "Union"]) is None  # capitalised only
    assert body_noun_sector(["Union", "Minister"]) is None
    assert body_noun_sector(["Chamber", "of", "Deputies"]) is None
    assert body_noun_sector(["Ministry", "of", "Industry"]) is None  # no body head


# "Jo Ade , general secretary of the Tile union , said no ."
UNION_APPOSITION: list[ParsedToken] = [
    ("Jo", "PROPN", "NNP", "compound", 1),
    ("Ade", "PROPN", "NNP", "nsubj", 10),
    (",", "PUNCT", ",", "punct", 1),
    ("general", "ADJ", "JJ", "amod", 4),
    ("secretary", "NOUN", "NN", "appos", 1),
    ("of", "ADP", "IN", "prep", 4),
    ("the", "DET", "DT", "det", 8),
    ("Tile", "PROPN", "NNP", "compound", 8),
    ("union", "NOUN", "NN", "pobj", 5),
    (",", "PUNCT", ",", "punct", 1),
    ("said", "VERB", "VBD", "ROOT", 10),
    ("no", "INTJ", "UH", "dobj", 10),
    (".", "PUNCT", ".", "punct", 10),
]


def _person(text: str, sub: str, **kw: Any) -> Any:
    d = actor_draft(sub, "person", **kw)
    s = text.index(sub)
    d.mentions = [(s, s + len(sub))]
    return d


def test_body_nouns_a_title_of_an_unknown_union(vocab: Any) -> None:
    doc = _doc(vocab, UNION_APPOSITION)
    ade = _person(doc.text, "Jo Ade", sources=["ner"])
    body_nouns([ade], doc)
    assert ade.sector == "LAB"
    assert ade.roles == ["general secretary of the Tile union"]


def test_body_nouns_leaves_a_known_person_or_sector(vocab: Any) -> None:
    doc = _doc(vocab, UNION_APPOSITION)
    known = _person(doc.text, "Jo Ade", sources=["ner", "people.tsv Q1"])
    body_nouns([known], doc)
    assert known.sector is None
    firm = _person(doc.text, "Jo Ade", sources=["ner"], sector="BUS")
    body_nouns([firm], doc)
    assert firm.sector == "BUS"


def _sector(i: int, pattern: str, sector: str, kind: str, inherit: bool) -> Hit:
    word = SectorWord(pattern=pattern, sector=sector, kind=kind, inherit=inherit)
    return Hit(i=i, j=i + 1, kind="sector", sector=word)


def test_a_rank_after_a_police_post_is_dropped() -> None:
    police = _sector(0, "police", "COP", "body", False)
    spokesman = _sector(1, "spokesman", "", "title", True)
    rank = _sector(2, "brigadier general", "MIL", "title", False)
    assert is_rank(rank)
    assert ranks_after_posts([police, spokesman, rank]) == [police, spokesman]


def test_a_rank_after_a_post_of_no_named_body_stays() -> None:
    spokesman = _sector(0, "spokesman", "", "title", True)
    rank = _sector(1, "colonel", "MIL", "title", False)
    assert ranks_after_posts([spokesman, rank]) == [spokesman, rank]
    army = _sector(0, "army", "MIL", "body", False)
    assert ranks_after_posts([army, spokesman, rank]) == [army, spokesman, rank]


def test_a_police_force_in_an_office_words_complement() -> None:
    from whosaid.actors.compose import _title_sectors

    office = _sector(0, "inspector general", "GOV", "title", False)
    police = _sector(2, "police", "COP", "body", False)
    assert _title_sectors([office, police]) == ["COP"]


def test_a_ministers_portfolio_stays_gov() -> None:
    from whosaid.actors.compose import _title_sectors

    minister = _sector(0, "minister", "GOV", "title", False)
    police = _sector(2, "police", "COP", "body", False)
    assert _title_sectors([minister, police]) == ["GOV"]


def test_a_rank_after_the_post_of_a_named_agency_is_dropped() -> None:
    agency = Hit(i=0, j=1, kind="org")
    chairman = _sector(1, "chairman", "", "title", True)
    rank = _sector(2, "lieutenant general", "MIL", "title", False)
    assert ranks_after_posts([chairman, rank], [agency, chairman, rank]) == [chairman]


def test_a_hyphened_director_general_is_no_rank_after_a_post() -> None:
    agency = Hit(i=0, j=1, kind="org")
    director = _sector(1, "director", "", "title", True)
    general = _sector(3, "general", "MIL", "title", False)  # "Director-General"
    hits = [director, general]
    assert ranks_after_posts(hits, [agency, *hits]) == hits
