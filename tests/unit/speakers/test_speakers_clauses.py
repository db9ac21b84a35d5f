"""Salience, appositive sources and name starts on hand-built Docs (no
model): which subjects count, which names a source stands for."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.speakers.model import main_clause_subject

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, str, str, int]]) -> Doc:
    """Rows of (word, pos, dep, head index); a space after every word."""
    return Doc(
        NLP.vocab,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
    )


def test_the_subject_of_a_reported_clause_is_no_sentence_subject() -> None:
    # "Okoro said the levy had hurt exporters ."
    doc = _doc(
        [
            ("Okoro", "PROPN", "nsubj", 1),
            ("said", "VERB", "ROOT", 1),
            ("the", "DET", "det", 3),
            ("levy", "NOUN", "nsubj", 5),
            ("had", "AUX", "aux", 5),
            ("hurt", "VERB", "ccomp", 1),
            ("exporters", "NOUN", "dobj", 5),
            (".", "PUNCT", "punct", 1),
        ]
    )
    assert main_clause_subject(doc[0])
    assert not main_clause_subject(doc[3])
    assert not main_clause_subject(doc[6])  # no subject at all


def test_a_reported_clause_with_a_second_verb_is_still_reported() -> None:
    # "Okoro said Lind met Ferro and agreed ." ("agreed" hangs on "met")
    doc = _doc(
        [
            ("Okoro", "PROPN", "nsubj", 1),
            ("said", "VERB", "ROOT", 1),
            ("Lind", "PROPN", "nsubj", 3),
            ("met", "VERB", "ccomp", 1),
            ("Ferro", "PROPN", "dobj", 3),
            ("and", "CCONJ", "cc", 3),
            ("Lind", "PROPN", "nsubj", 7),
            ("agreed", "VERB", "conj", 3),
            (".", "PUNCT", "punct", 1),
        ]
    )
    assert not main_clause_subject(doc[2])
    assert not main_clause_subject(doc[6])


def test_a_clause_before_its_verb_is_no_report() -> None:
    # "Hale , whose party won , told reporters ." parsed with "won" as the
    # complement of "told": Hale still opens the sentence as its subject
    doc = _doc(
        [
            ("Hale", "PROPN", "nsubj", 4),
            (",", "PUNCT", "punct", 0),
            ("whose", "DET", "poss", 3),
            ("party", "NOUN", "nsubj", 4),
            ("won", "VERB", "ccomp", 6),
            (",", "PUNCT", "punct", 4),
            ("told", "VERB", "ROOT", 6),
            ("reporters", "NOUN", "dobj", 6),
            (".", "PUNCT", "punct", 6),
        ]
    )
    assert main_clause_subject(doc[0])  # "Hale" hangs on "won" here
    assert main_clause_subject(doc[3])
