"""Frames that make a country's name the place (``actors.place_frames``)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.actors.place_context import country_as_place

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps)


def test_going_back_to_or_home_from_a_country_is_a_place() -> None:
    back = _doc(
        ["go", "back", "to", "Myanmar"],
        [0, 0, 1, 2],
        ["ROOT", "advmod", "prep", "pobj"],
    )
    assert country_as_place([back[3]])
    home = _doc(
        ["fly", "Nigerians", "home", "from", "Nigeria"],
        [0, 0, 0, 2, 3],
        ["ROOT", "dobj", "advmod", "prep", "pobj"],
    )
    assert country_as_place([home[4]])
    talks = _doc(["talks", "with", "Iran"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not country_as_place([talks[2]])


def test_where_strikes_fall_is_a_place() -> None:
    over = _doc(["strikes", "over", "Iraq"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert country_as_place([over[2]])
    pressure = _doc(["pressure", "on", "Iran"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not country_as_place([pressure[2]])


def test_the_ports_of_a_country_are_the_place() -> None:
    ports = _doc(["ports", "of", "Pakistan"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert country_as_place([ports[2]])
    people = _doc(["people", "of", "Pakistan"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not country_as_place([people[2]])


def test_a_country_a_copula_calls_a_place_is_the_place() -> None:
    doc = _doc(
        ["Yemen", "was", "the", "worst", "place"],
        [1, 1, 4, 4, 1],
        ["nsubj", "ROOT", "det", "amod", "attr"],
    )
    assert country_as_place([doc[0]])
    ally = _doc(
        ["Yemen", "was", "an", "ally"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "attr"]
    )
    assert not country_as_place([ally[0]])


def test_a_ranked_country_is_a_place_a_qualified_one_the_state() -> None:
    words = ["Mexico", "was", "the", "deadliest", "country"]
    heads, deps = [1, 1, 4, 4, 1], ["nsubj", "ROOT", "det", "amod", "attr"]
    ranked = Doc(NLP.vocab, words=words, heads=heads, deps=deps,
                 tags=["NNP", "VBD", "DT", "JJS", "NN"])  # fmt: skip
    assert country_as_place([ranked[0]])
    words = ["China", "remained", "a", "friendly", "country"]
    friendly = Doc(NLP.vocab, words=words, heads=heads, deps=deps,
                   tags=["NNP", "VBD", "DT", "JJ", "NN"])  # fmt: skip
    assert not country_as_place([friendly[0]])
