"""A sentence-initial evidence source keeps its words in lower case (issue
#9): "Court documents show …" is "court documents", "Treasury figures" keeps
its name (hand-built parses, no statistical model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import rows_doc

from whosaid.records import Span, Speaker
from whosaid.speakers.evidence import sentence_cased_evidence
from whosaid.speakers.mentions import build_index

NLP = spacy.blank("en")


def _doc(first: str, pos: str, ent: str) -> Doc:
    # "<First> documents show fines rose . Officials said so ."
    rows = [
        (first, pos, "compound", 1, " "),
        ("documents", "NOUN", "nsubj", 2, " "),
        ("show", "VERB", "ROOT", 2, " "),
        ("fines", "NOUN", "nsubj", 4, " "),
        ("rose", "VERB", "ccomp", 2, ""),
        (".", "PUNCT", "punct", 2, " "),
        ("Officials", "NOUN", "nsubj", 7, " "),
        ("said", "VERB", "ROOT", 7, " "),
        ("so", "ADV", "advmod", 7, ""),
        (".", "PUNCT", "punct", 7, ""),
    ]
    ents = [ent, *(["O"] * (len(rows) - 1))]
    return rows_doc(NLP.vocab, rows, ents)


def _unresolved(doc: Doc, start: int, end: int) -> Speaker:
    mention = Span.of(doc.text, start, end)
    return Speaker(name=mention.text, mention=mention, resolved_by="unresolved")


def test_a_sentence_initial_evidence_phrase_is_lower_cased() -> None:
    doc = _doc("Court", "NOUN", "O")
    ix, _ = build_index(doc, [], [])
    speaker = sentence_cased_evidence(ix, _unresolved(doc, 0, len("Court documents")))
    assert speaker.name == "court documents"
    assert speaker.mention is not None and speaker.mention.text == "Court documents"


def test_a_name_before_the_evidence_noun_keeps_its_capital() -> None:
    doc = _doc("Treasury", "PROPN", "B-ORG")
    ix, _ = build_index(doc, [], [])
    end = len("Treasury documents")
    assert sentence_cased_evidence(ix, _unresolved(doc, 0, end)).name == (
        "Treasury documents"
    )


def test_a_group_keeps_its_capital() -> None:
    doc = _doc("Court", "NOUN", "O")
    ix, _ = build_index(doc, [], [])
    start = doc.text.index("Officials")
    speaker = _unresolved(doc, start, start + len("Officials"))
    assert sentence_cased_evidence(ix, speaker).name == "Officials"
