"""A title that is a clause's predicate is no title of the name apposed
after it (:mod:`whosaid.actors.predicate_titles`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from whosaid.actors.model import Hit
from whosaid.actors.predicate_titles import predicate_title


def _ix(words: list[str], heads: list[int], deps: list[str]) -> Any:
    return SimpleNamespace(doc=Doc(Vocab(), words=words, heads=heads, deps=deps))


def test_predicate_titles_a_title_after_appointed_is_a_predicate() -> None:
    # "X was appointed acting President , Speaker Y announced"
    words = [
        "X",
        "was",
        "appointed",
        "acting",
        "President",
        ",",
        "Speaker",
        "Y",
        "announced",
    ]
    heads = [2, 2, 2, 4, 2, 4, 7, 8, 4]
    deps = [
        "nsubjpass",
        "auxpass",
        "ROOT",
        "amod",
        "oprd",
        "punct",
        "compound",
        "nsubj",
        "relcl",
    ]
    ix = _ix(words, heads, deps)
    assert predicate_title(ix, [Hit(3, 5, "sector")])


def test_predicate_titles_a_subject_title_is_no_predicate() -> None:
    # "Pakistan 's army chief , Asim Munir , said"
    words = ["Pakistan", "'s", "army", "chief", ",", "Asim", "Munir", ",", "said"]
    heads = [3, 0, 3, 8, 3, 6, 3, 3, 8]
    deps = [
        "poss",
        "case",
        "compound",
        "nsubj",
        "punct",
        "compound",
        "appos",
        "punct",
        "ROOT",
    ]
    ix = _ix(words, heads, deps)
    assert not predicate_title(ix, [Hit(2, 4, "sector")])
    assert not predicate_title(ix, [])
