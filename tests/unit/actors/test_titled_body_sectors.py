"""A person with no sector whose title names a body holds its officials'
sector (codes36)."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, actor_draft
from tests.factories import parsed_doc as _doc

from whosaid.actors.titled_body_sectors import titled_body_sectors

# "The Tile Party leader , Jo Ade , said no ."
PARTY_LEADER: list[ParsedToken] = [
    ("The", "DET", "DT", "det", 3),
    ("Tile", "PROPN", "NNP", "compound", 2),
    ("Party", "PROPN", "NNP", "compound", 3),
    ("leader", "NOUN", "NN", "nsubj", 9),
    (",", "PUNCT", ",", "punct", 3),
    ("Jo", "PROPN", "NNP", "compound", 6),
    ("Ade", "PROPN", "NNP", "appos", 3),
    (",", "PUNCT", ",", "punct", 3),
    ("now", "ADV", "RB", "advmod", 9),
    ("said", "VERB", "VBD", "ROOT", 9),
    ("no", "INTJ", "UH", "dobj", 9),
    (".", "PUNCT", ".", "punct", 9),
]

# "Former party leader Jo Ade said no ."
FORMER_LEADER: list[ParsedToken] = [
    ("Former", "ADJ", "JJ", "amod", 4),
    ("party", "NOUN", "NN", "compound", 2),
    ("leader", "NOUN", "NN", "compound", 4),
    ("Jo", "PROPN", "NNP", "compound", 4),
    ("Ade", "PROPN", "NNP", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
    ("no", "INTJ", "UH", "dobj", 5),
    (".", "PUNCT", ".", "punct", 5),
]

# "The Roads Agency said so . Its chief commissioner Jo Ade said no ."
PRONOUN: list[ParsedToken] = [
    ("The", "DET", "DT", "det", 2),
    ("Roads", "PROPN", "NNP", "compound", 2),
    ("Agency", "PROPN", "NNP", "nsubj", 3),
    ("said", "VERB", "VBD", "ROOT", 3),
    ("so", "ADV", "RB", "advmod", 3),
    (".", "PUNCT", ".", "punct", 3),
    ("Its", "PRON", "PRP$", "poss", 8),
    ("chief", "ADJ", "JJ", "amod", 8),
    ("commissioner", "NOUN", "NN", "compound", 10),
    ("Jo", "PROPN", "NNP", "compound", 10),
    ("Ade", "PROPN", "NNP", "nsubj", 11),
    ("said", "VERB", "VBD", "ROOT", 11),
    ("no", "INTJ", "UH", "dobj", 11),
    (".", "PUNCT", ".", "punct", 11),
]

# "Mbeki 's spokesperson , Jo Ade , said no ."
SPOKESPERSON: list[ParsedToken] = [
    ("Mbeki", "PROPN", "NNP", "poss", 2),
    ("'s", "PART", "POS", "case", 0),
    ("spokesperson", "NOUN", "NN", "nsubj", 7),
    (",", "PUNCT", ",", "punct", 2),
    ("Jo", "PROPN", "NNP", "compound", 5),
    ("Ade", "PROPN", "NNP", "appos", 2),
    (",", "PUNCT", ",", "punct", 2),
    ("said", "VERB", "VBD", "ROOT", 7),
    ("no", "INTJ", "UH", "dobj", 7),
    (".", "PUNCT", ".", "punct", 7),
]

# "The Minister of Roads , Jo Ade , said no ."
MINISTER: list[ParsedToken] = [
    ("The", "DET", "DT", "det", 1),
    ("Minister", "PROPN", "NNP", "nsubj", 8),
    ("of", "ADP", "IN", "prep", 1),
    ("Roads", "PROPN", "NNP", "pobj", 2),
    (",", "PUNCT", ",", "punct", 1),
    ("Jo", "PROPN", "NNP", "compound", 6),
    ("Ade", "PROPN", "NNP", "appos", 1),
    (",", "PUNCT", ",", "punct", 1),
    ("said", "VERB", "VBD", "ROOT", 8),
    ("no", "INTJ", "UH", "dobj", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def _at(text: str, sub: str, name: str, type_: str, **kw: Any) -> Any:
    d = actor_draft(name, type_, **kw)
    s = text.index(sub)
    d.mentions = [(s, s + len(sub))]
    return d


def test_an_opposition_partys_leader_is_opp(vocab: Any) -> None:
    doc = _doc(vocab, PARTY_LEADER)
    party = _at(doc.text, "Tile Party", "Tile Party", "party", sector="OPP")
    party.country = "RUR"
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR")
    titled_body_sectors([party, ade], doc)
    assert (ade.sector, ade.country) == ("OPP", "RUR")
    assert any("titled body" in s for s in ade.sources)


def test_a_governing_partys_official_is_pty(vocab: Any) -> None:
    doc = _doc(vocab, PARTY_LEADER)
    party = _at(doc.text, "Tile Party", "Tile Party", "party", sector="PTY")
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR")
    titled_body_sectors([party, ade], doc)
    assert ade.sector == "PTY"


def test_a_body_of_another_country_gives_nothing(vocab: Any) -> None:
    doc = _doc(vocab, PARTY_LEADER)
    party = _at(doc.text, "Tile Party", "Tile Party", "party", sector="OPP")
    party.country = "XYZ"
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR")
    titled_body_sectors([party, ade], doc)
    assert ade.sector is None


def test_a_former_title_gives_nothing(vocab: Any) -> None:
    doc = _doc(vocab, FORMER_LEADER)
    party = _at(doc.text, "party", "Tile Party", "party", sector="OPP")
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR", sector="ELI")
    titled_body_sectors([party, ade], doc)
    assert ade.sector == "ELI"


def test_its_title_is_the_body_named_last(vocab: Any) -> None:
    doc = _doc(vocab, PRONOUN)
    agency = _at(doc.text, "The Roads Agency", "Roads Agency", "government")
    agency.sector, agency.country = "GOV", "RUR"
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person")
    titled_body_sectors([agency, ade], doc)
    assert (ade.sector, ade.country) == ("GOV", "RUR")


def test_an_officeholders_spokesperson_holds_their_office(vocab: Any) -> None:
    doc = _doc(vocab, SPOKESPERSON)
    boss = actor_draft("Thabo Mbeki", "person", sector="GOV", country="RUR")
    boss.mentions = [(100, 111)]  # named earlier in the article
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR")
    titled_body_sectors([boss, ade], doc)
    assert ade.sector == "GOV"


def test_a_former_officeholder_with_a_state_title_now_is_gov(vocab: Any) -> None:
    doc = _doc(vocab, MINISTER)
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR", sector="ELI")
    titled_body_sectors([ade], doc)
    assert ade.sector == "GOV"
    nobody = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR")
    titled_body_sectors([nobody], doc)
    assert nobody.sector is None  # no former office: the title rules' to code


def test_a_former_officeholder_the_text_calls_former_stays_eli(vocab: Any) -> None:
    doc = _doc(vocab, MINISTER)
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="RUR", sector="ELI")
    ade.roles = ["former Prime Minister"]
    titled_body_sectors([ade], doc)
    assert ade.sector == "ELI"
