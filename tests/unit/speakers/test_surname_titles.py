"""A lone surname NER missed teaches its person the title before it
("Justice de Moraes" makes Alexandre de Moraes a justice), on a hand-built
parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.speakers.mentions import build_index

NLP = spacy.blank("en")


def test_a_surname_mention_learns_its_title() -> None:
    words = ["Alexandre", "de", "Moraes", "spoke", ".", "Rubio", "accused"]
    words += ["Justice", "de", "Moraes", "."]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT"]
    deps += ["compound", "compound", "dobj", "punct"]
    pos = ["PROPN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "VERB"]
    pos += ["PROPN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON"]
    ents += ["O"] * 5
    starts = [True] + [False] * 4 + [True] + [False] * 5
    heads = [2, 2, 3, 3, 3, 6, 6, 9, 9, 6, 6]
    doc = Doc(
        NLP.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=ents,
        sent_starts=starts,
    )
    _ix, ds = build_index(doc, (), ())
    moraes = ds.entities["person:alexandre de moraes"]
    assert "justice" in moraes.titles
