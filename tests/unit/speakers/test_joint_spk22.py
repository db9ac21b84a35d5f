"""A joint source whose second person comes with a title chain ("Lind and
House Minority Leader Tom Berg said"): both persons speak, however the
parser hung them (issue #9, session 14)."""

from __future__ import annotations

import spacy
from tests.factories import make_attribution, parsed_doc, span

from whosaid.speakers.resolve import resolve_speakers

VOCAB = spacy.blank("en").vocab

# the parse a statistical parser gave the real sentence: the first surname a
# subject hung on the second person's given name, the title a conjunct of it
JOINT = [
    ("Anna", "PROPN", "NNP", "compound", 1),
    ("Lind", "PROPN", "NNP", "nsubj", 2),
    ("met", "VERB", "VBD", "ROOT", 2),
    ("voters", "NOUN", "NNS", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("Lind", "PROPN", "NNP", "nsubj", 11),
    ("and", "CCONJ", "CC", "cc", 5),
    ("House", "PROPN", "NNP", "compound", 9),
    ("Minority", "PROPN", "NNP", "compound", 9),
    ("Leader", "PROPN", "NNP", "conj", 5),
    ("Tom", "PROPN", "NNP", "compound", 11),
    ("Berg", "PROPN", "NNP", "nsubj", 12),
    ("said", "VERB", "VBD", "ROOT", 12),
    ("talks", "NOUN", "NNS", "nsubj", 14),
    ("ended", "VERB", "VBD", "ccomp", 12),
    (".", "PUNCT", ".", "punct", 12),
]
ENTS = [(0, 2, "PERSON"), (5, 6, "PERSON"), (7, 8, "ORG"), (10, 12, "PERSON")]


def _resolved(tokens: list[tuple[str, str, str, str, int]], source: str) -> object:
    doc = parsed_doc(VOCAB, tokens, ents=ENTS)
    text = doc.text
    attribution = make_attribution(
        kind="indirect",
        source=(span(text, source),),
        cue=(span(text, "said"),),
        content=(span(text, "talks ended"),),
    )
    (resolved,) = resolve_speakers(doc, [attribution])
    return resolved


def test_a_surname_and_a_titled_person_are_a_joint_source() -> None:
    resolved = _resolved(JOINT, "Lind and House Minority Leader Tom Berg")
    names = {resolved.speaker.name, *(c.name for c in resolved.co_speakers)}  # type: ignore[attr-defined]
    assert names == {"Anna Lind", "Tom Berg"}


def test_words_other_than_a_title_chain_between_them_join_no_one() -> None:
    tokens = [*JOINT]
    tokens[9] = (
        "voters",
        "NOUN",
        "NNS",
        "conj",
        5,
    )  # "Lind and House Minority voters Tom Berg"
    resolved = _resolved(tokens, "Lind and House Minority voters Tom Berg")
    assert not resolved.co_speakers  # type: ignore[attr-defined]
