"""A name right before a subjectless main verb is its subject (hand-built
parses)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.speakers.model import subject_before_root

NLP = spacy.blank("en")


def test_a_name_the_parser_hung_on_of_before_a_subjectless_verb() -> None:
    # "mother of four Seini Tuala said she left": "Tuala" parsed as pobj
    doc = Doc(
        NLP.vocab,
        words=["mother", "of", "four", "Seini", "Tuala", "said", "she", "left"],
        heads=[5, 0, 4, 4, 1, 5, 7, 5],
        deps=[
            *("npadvmod", "prep", "nummod", "compound", "pobj"),
            *("ROOT", "nsubj", "ccomp"),
        ],
        pos=["NOUN", "ADP", "NUM", "PROPN", "PROPN", "VERB", "PRON", "VERB"],
    )
    assert subject_before_root(doc[3:5])


def test_no_subject_where_the_verb_has_one() -> None:
    # "Anna Berg met Tom Lund said ..." is no case; "Tom Lund" before "said"
    # whose subject is "Berg"
    doc = Doc(
        NLP.vocab,
        words=["Berg", "told", "Tom", "Lund", "said", "no"],
        heads=[4, 0, 3, 1, 4, 4],
        deps=["nsubj", "acl", "compound", "dobj", "ROOT", "dobj"],
        pos=["PROPN", "VERB", "PROPN", "PROPN", "VERB", "INTJ"],
    )
    assert not subject_before_root(doc[2:4])
    assert not subject_before_root(doc[4:6])  # nothing after the span
