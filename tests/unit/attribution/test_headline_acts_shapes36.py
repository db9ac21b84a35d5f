"""A headline's or standfirst's act verb with a bare noun object (issue #11,
branch shapes36): "declares victory over …", "asks Algerians for
forgiveness", "…; Alckmin concedes" are no attribution; a clause, a
quotation or a small clause after the verb keeps it (hand-tagged tokens, no
statistical model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.attribution.headline_acts import (
    headline_act,
    headline_line,
    noun_only,
    small_clause,
)
from whosaid.records import Attribution, Span

NLP = spacy.blank("en")


def _doc(tagged: list[tuple[str, str, str]]) -> Doc:
    doc = Doc(NLP.vocab, words=[w for w, _, _ in tagged])
    for tok, (_, pos, tag) in zip(doc, tagged, strict=True):
        tok.pos_, tok.tag_ = pos, tag
    return doc


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def _attribution(doc: Doc, cue: str, content: str) -> Attribution:
    return Attribution(
        id="t",
        kind="indirect",
        source=(),
        cue=(_span(doc.text, cue),),
        content=(_span(doc.text, content),),
        speaker=None,
        confidence=1.0,
        method="test",
    )


VICTORY = [
    ("Abadi", "PROPN", "NNP"),
    ("declares", "VERB", "VBZ"),
    ("victory", "NOUN", "NN"),
    ("over", "ADP", "IN"),
    ("Islamic", "PROPN", "NNP"),
    ("State", "PROPN", "NNP"),
]


def test_an_act_verb_with_a_noun_object_is_no_attribution() -> None:
    doc = _doc(VICTORY)
    assert headline_act(
        doc, _attribution(doc, "declares", "victory over Islamic State")
    )
    assert noun_only(list(doc[2:]))


def test_a_clause_or_an_infinitive_keeps_it() -> None:
    doc = _doc(
        [
            ("Army", "PROPN", "NNP"),
            ("orders", "VERB", "VBZ"),
            ("troops", "NOUN", "NNS"),
            ("to", "PART", "TO"),
            ("fire", "VERB", "VB"),
        ]
    )
    assert not headline_act(doc, _attribution(doc, "orders", "troops to fire"))
    halt = _doc(
        [
            ("halt", "NOUN", "NN"),
            ("to", "ADP", "IN"),
            ("military", "ADJ", "JJ"),
            ("operations", "NOUN", "NNS"),
        ]
    )
    assert noun_only(list(halt))  # "to" a preposition


def test_a_quotation_or_a_small_clause_keeps_it() -> None:
    quoted = _doc(
        [("calls", "VERB", "VBZ"), ("'", "PUNCT", "``"), ("sham", "NOUN", "NN")]
    )
    assert not noun_only(list(quoted[1:]))
    ghani = _doc([("Ghani", "PROPN", "NNP"), ("president", "NOUN", "NN")])
    assert small_clause(list(ghani))
    pretext = _doc(
        [
            ("accusation", "NOUN", "NN"),
            ("a", "DET", "DT"),
            ("pretext", "NOUN", "NN"),
            ("for", "ADP", "IN"),
            ("war", "NOUN", "NN"),
        ]
    )
    assert small_clause(list(pretext))
    assert not small_clause(list(_doc(VICTORY)[2:]))


def test_a_verb_ending_a_headline_is_no_cue_of_the_clause_before() -> None:
    doc = _doc(
        [
            ("Lula", "PROPN", "NNP"),
            ("wins", "VERB", "VBZ"),
            ("second", "ADJ", "JJ"),
            ("term", "NOUN", "NN"),
            (";", "PUNCT", ":"),
            ("Alckmin", "PROPN", "NNP"),
            ("concedes", "VERB", "VBZ"),
        ]
    )
    a = _attribution(doc, "concedes", "Lula wins second term")
    assert headline_act(doc, a)
    assert headline_line("Lula wins; Alckmin concedes\nBody.", 0, 10)
    assert not headline_line("Lula won. Alckmin conceded.\n", 0, 10)
