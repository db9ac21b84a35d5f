"""A person whose title the parse ties to a named organisation takes its
sector and country (codes27)."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, actor_draft, with_word
from tests.factories import parsed_doc as _doc

from whosaid.actors.apposition_orgs import apposition_orgs, titles_of_name

# "Jo Ade , director of the Tile Union , said no ."
APPOSITION: list[ParsedToken] = [
    ("Jo", "PROPN", "NNP", "compound", 1),
    ("Ade", "PROPN", "NNP", "nsubj", 9),
    (",", "PUNCT", ",", "punct", 1),
    ("director", "NOUN", "NN", "appos", 1),
    ("of", "ADP", "IN", "prep", 3),
    ("the", "DET", "DT", "det", 7),
    ("Tile", "PROPN", "NNP", "compound", 7),
    ("Union", "PROPN", "NNP", "pobj", 4),
    (",", "PUNCT", ",", "punct", 1),
    ("said", "VERB", "VBD", "ROOT", 9),
    ("no", "INTJ", "UH", "dobj", 9),
    (".", "PUNCT", ".", "punct", 9),
]

# "Acme 's chief economist Jo Ade said no ."
POSSESSOR: list[ParsedToken] = [
    ("Acme", "PROPN", "NNP", "poss", 3),
    ("'s", "PART", "POS", "case", 0),
    ("chief", "ADJ", "JJ", "amod", 3),
    ("economist", "NOUN", "NN", "compound", 5),
    ("Jo", "PROPN", "NNP", "compound", 5),
    ("Ade", "PROPN", "NNP", "nsubj", 6),
    ("said", "VERB", "VBD", "ROOT", 6),
    ("no", "INTJ", "UH", "dobj", 6),
    (".", "PUNCT", ".", "punct", 6),
]


def _at(text: str, sub: str, name: str, type_: str, **kw: Any) -> Any:
    d = actor_draft(name, type_, **kw)
    s = text.index(sub)
    d.mentions = [(s, s + len(sub))]
    return d


def test_apposition_orgs_a_title_of_a_named_body(vocab: Any) -> None:
    doc = _doc(vocab, APPOSITION)
    union = _at(doc.text, "Tile Union", "Tile Union", "other", sector="LAB")
    union.country = "RUR"
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", sources=["ner"])
    apposition_orgs([union, ade], doc)
    assert (ade.sector, ade.country) == ("LAB", "RUR")
    assert any("apposition organisation" in s for s in ade.sources)


def test_apposition_orgs_the_body_possessing_a_title_before_the_name(
    vocab: Any,
) -> None:
    doc = _doc(vocab, POSSESSOR)
    acme = _at(doc.text, "Acme", "Acme", "company", sector="BUS", country="RUR")
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", sector="MIL")
    ade.sources = ["title", "article country"]
    ade.country = "XYZ"
    apposition_orgs([acme, ade], doc)
    # the body's known country replaces one guessed from the article
    assert (ade.sector, ade.country) == ("BUS", "RUR")


def test_apposition_orgs_a_guessed_country_never_replaces_another(
    vocab: Any,
) -> None:
    doc = _doc(vocab, POSSESSOR)
    acme = _at(doc.text, "Acme", "Acme", "company", sector="BUS", country="RUR")
    acme.sources = ["ner", "article country"]
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", country="XYZ")
    ade.sources = ["title", "paragraph country"]
    apposition_orgs([acme, ade], doc)
    assert (ade.sector, ade.country) == ("BUS", "XYZ")


def test_apposition_orgs_leaves_known_people_parties_and_non_titles(
    vocab: Any,
) -> None:
    doc = _doc(vocab, APPOSITION)
    union = _at(doc.text, "Tile Union", "Tile Union", "other", sector="LAB")
    known = _at(doc.text, "Jo Ade", "Jo Ade", "person", sector="GOV", kb_id="Q1")
    known.sources = ["people.tsv"]
    apposition_orgs([union, known], doc)
    assert known.sector == "GOV"
    # a party's people are the party rules' to code
    party = _at(doc.text, "Tile Union", "Tile Union", "party", sector="PTY")
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", sources=["ner"])
    apposition_orgs([party, ade], doc)
    assert ade.sector is None
    # "Jo Ade, critic of the Tile Union": no post in it
    doc = _doc(vocab, with_word(APPOSITION, 3, "critic"))
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", sources=["ner"])
    union = _at(doc.text, "Tile Union", "Tile Union", "other", sector="LAB")
    apposition_orgs([union, ade], doc)
    assert ade.sector is None


def test_titles_of_name_shapes(vocab: Any) -> None:
    doc = _doc(vocab, APPOSITION)
    assert [t.text for t in titles_of_name(doc[1])] == ["director"]
    doc = _doc(vocab, POSSESSOR)
    assert [t.text for t in titles_of_name(doc[5])] == ["economist"]


def test_apposition_orgs_an_envoy_speaks_for_the_state_not_the_body(
    vocab: Any,
) -> None:
    # "Jo Ade , ambassador at the Tile Union , said no ."
    doc = _doc(vocab, with_word(with_word(APPOSITION, 3, "ambassador"), 4, "at"))
    union = _at(doc.text, "Tile Union", "Tile Union", "igo", igo="TU")
    ade = _at(doc.text, "Jo Ade", "Jo Ade", "person", sources=["ner"])
    apposition_orgs([union, ade], doc)
    assert (ade.igo, ade.sector) == (None, None)
