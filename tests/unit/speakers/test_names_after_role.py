"""A name NER missed after a role phrase and a comma ("The Director-General
of Health, Leausa Take Naseri, said"), on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.speakers.mentions import build_index

NLP = spacy.blank("en")


def _doc(name: list[str], role: list[str]) -> Doc:
    # ROLE of Health , NAME , said so .
    n, r = len(name), len(role)
    words = [*role, "of", "Health", ",", *name, ",", "said", "so", "."]
    said = r + 2 + 1 + n + 1
    head_role = r - 1
    heads = [head_role] * (r - 1) + [said, head_role, r]
    heads += [head_role] + [r + 3 + n - 1] * (n - 1) + [head_role]
    heads += [head_role, said, said, said]
    deps = ["compound"] * (r - 1) + ["nsubj", "prep", "pobj", "punct"]
    deps += ["compound"] * (n - 1) + ["appos", "punct", "ROOT", "advmod", "punct"]
    pos = ["PROPN"] * r + ["ADP", "PROPN", "PUNCT"] + ["PROPN"] * n
    pos += ["PUNCT", "VERB", "ADV", "PUNCT"]
    spaces = [w not in {","} for w in words[1:]] + [False]
    spaces = [s and words[k + 1] not in {",", "."} for k, s in enumerate(spaces)]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def _people(doc: Doc) -> set[str]:
    _ix, ds = build_index(doc, (), ())
    return {e.name for e in ds.entities.values() if e.kind == "person"}


def test_a_name_after_a_role_phrase_is_a_person() -> None:
    doc = _doc(["Leausa", "Take", "Naseri"], ["Director", "General"])
    assert "Leausa Take Naseri" in _people(doc)


def test_no_name_after_a_phrase_that_names_no_role() -> None:
    doc = _doc(["Leausa", "Take", "Naseri"], ["Museum", "Gardens"])
    assert "Leausa Take Naseri" not in _people(doc)
