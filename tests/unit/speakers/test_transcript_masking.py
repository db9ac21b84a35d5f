"""A transcript turn's words are no reported content that hides mentions."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.attribution.candidates import TRANSCRIPT_METHOD as EXTRACT_TRANSCRIPT
from whosaid.records import Attribution, Span
from whosaid.speakers.mentions import TRANSCRIPT_METHOD, build_index

NLP = spacy.blank("en")
# "TOTENBERG : Justice Lind wrote . Vik said so ."
WORDS = ["TOTENBERG", ":", "Justice", "Lind", "wrote", ".", "Vik", "said", "so", "."]


def _attribution(text: str, method: str, cue: str, content: str) -> Attribution:
    c = text.index(cue)
    s = text.index(content)
    return Attribution(
        id="a",
        kind="indirect",
        source=(),
        cue=(Span.of(text, c, c + len(cue)),),
        content=(Span.of(text, s, s + len(content)),),
        speaker=None,
        confidence=0.9,
        method=method,
    )


def test_the_method_names_agree() -> None:
    assert TRANSCRIPT_METHOD == EXTRACT_TRANSCRIPT


def test_a_turn_masks_nothing_other_contents_do() -> None:
    doc = Doc(
        NLP.vocab,
        words=WORDS,
        heads=[1, 1, 3, 4, 1, 4, 7, 7, 7, 7],
        deps=[
            "nsubj", "ROOT", "compound", "nsubj", "ccomp", "punct",
            "nsubj", "ROOT", "advmod", "punct",
        ],
        pos=[
            "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT",
            "PROPN", "VERB", "ADV", "PUNCT",
        ],
        sent_starts=[1, 0, 0, 0, 0, 0, 1, 0, 0, 0],
    )  # fmt: skip
    text = doc.text
    turn = _attribution(text, TRANSCRIPT_METHOD, ":", "Justice Lind wrote")
    said = _attribution(text, "crf.v1", "said", "so")
    ix, _ = build_index(doc, [turn, said], [])
    assert text.index("Lind") not in ix.masked
    assert text.index("so") in ix.masked
