"""A person named by the body they oppose ("Kremlin critic X") (issue 9,
session 18: codes31).  Hand-built Docs; no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.actors.critics import critic_of_modifier
from whosaid.actors.model import Hit

NLP = spacy.blank("en")


def _hit(i: int, j: int) -> Hit:
    return Hit(i=i, j=j, kind="name", entry=None)


def test_a_critics_noun_after_the_modifier() -> None:
    doc = Doc(NLP.vocab, words=["Kremlin", "critic", "Alexei", "Navalny", "said"])
    assert critic_of_modifier(doc, [_hit(0, 1)])


def test_a_title_after_the_modifier_is_no_critic() -> None:
    doc = Doc(NLP.vocab, words=["Kremlin", "spokesman", "Dmitry", "Peskov", "said"])
    assert not critic_of_modifier(doc, [_hit(0, 1)])


def test_a_modifier_at_the_end_of_the_doc() -> None:
    doc = Doc(NLP.vocab, words=["the", "Kremlin"])
    assert not critic_of_modifier(doc, [_hit(1, 2)])
