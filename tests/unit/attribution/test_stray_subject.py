"""A reporting verb's subject the parse hung elsewhere (hand-built Docs)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.attribution.sources import _stray_subject

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """Rows of (word, pos, tag, dep, head index)."""
    return Doc(
        NLP.vocab,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def test_the_subject_of_a_participle_clause_before_the_verb() -> None:
    # "Judge Ana Holm , writing for the majority , said it ."
    doc = _doc(
        [
            ("Judge", "PROPN", "NNP", "compound", 2),
            ("Ana", "PROPN", "NNP", "compound", 2),
            ("Holm", "PROPN", "NNP", "nsubj", 4),
            (",", "PUNCT", ",", "punct", 2),
            ("writing", "VERB", "VBG", "advcl", 9),
            ("for", "ADP", "IN", "prep", 4),
            ("the", "DET", "DT", "det", 7),
            ("majority", "NOUN", "NN", "pobj", 5),
            (",", "PUNCT", ",", "punct", 9),
            ("said", "VERB", "VBD", "ROOT", 9),
            ("it", "PRON", "PRP", "dobj", 9),
            (".", "PUNCT", ".", "punct", 9),
        ]
    )
    assert [doc[i].text for i in _stray_subject(doc, doc[9])] == [
        "Judge",
        "Ana",
        "Holm",
    ]


def test_a_name_the_fronted_phrase_swallowed() -> None:
    # "In a dissent joined by Bo Lind , Judge Ana Holm warned it ."
    doc = _doc(
        [
            ("In", "ADP", "IN", "prep", 11),
            ("a", "DET", "DT", "det", 2),
            ("dissent", "NOUN", "NN", "pobj", 0),
            ("joined", "VERB", "VBN", "acl", 2),
            ("by", "ADP", "IN", "agent", 3),
            ("Bo", "PROPN", "NNP", "compound", 6),
            ("Lind", "PROPN", "NNP", "pobj", 4),
            (",", "PUNCT", ",", "punct", 6),
            ("Judge", "PROPN", "NNP", "compound", 10),
            ("Ana", "PROPN", "NNP", "compound", 10),
            ("Holm", "PROPN", "NNP", "appos", 6),
            ("warned", "VERB", "VBD", "ROOT", 11),
            ("it", "PRON", "PRP", "dobj", 11),
            (".", "PUNCT", ".", "punct", 11),
        ]
    )
    assert [doc[i].text for i in _stray_subject(doc, doc[11])] == [
        "Judge",
        "Ana",
        "Holm",
    ]


def test_no_stray_subject_for_a_plain_verb() -> None:
    # "On Monday , officials said it ." with its subject in place
    doc = _doc(
        [
            ("On", "ADP", "IN", "prep", 4),
            ("Monday", "PROPN", "NNP", "pobj", 0),
            (",", "PUNCT", ",", "punct", 4),
            ("officials", "NOUN", "NNS", "nsubj", 4),
            ("said", "VERB", "VBD", "ROOT", 4),
            ("it", "PRON", "PRP", "dobj", 4),
            (".", "PUNCT", ".", "punct", 4),
        ]
    )
    assert _stray_subject(doc, doc[4]) == []


def test_a_name_a_fronted_clause_swallowed_before_a_comma() -> None:
    # "Announcing it on Monday , the head , Mrs Ana Holm , said so ."
    doc = _doc(
        [
            ("Announcing", "VERB", "VBG", "advcl", 12),
            ("it", "PRON", "PRP", "dobj", 0),
            ("on", "ADP", "IN", "prep", 0),
            ("Monday", "PROPN", "NNP", "pobj", 2),
            (",", "PUNCT", ",", "punct", 3),
            ("the", "DET", "DT", "det", 6),
            ("head", "NOUN", "NN", "appos", 3),
            (",", "PUNCT", ",", "punct", 6),
            ("Mrs", "PROPN", "NNP", "compound", 10),
            ("Ana", "PROPN", "NNP", "compound", 10),
            ("Holm", "PROPN", "NNP", "appos", 6),
            (",", "PUNCT", ",", "punct", 12),
            ("said", "VERB", "VBD", "ROOT", 12),
            ("so", "ADV", "RB", "advmod", 12),
            (".", "PUNCT", ".", "punct", 12),
        ]
    )
    assert [doc[i].text for i in _stray_subject(doc, doc[12])] == [
        "Mrs",
        "Ana",
        "Holm",
    ]
