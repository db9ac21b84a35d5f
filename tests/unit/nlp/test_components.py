"""whosaid's paragraph component: a sentence starts after every line break."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.nlp.components import paragraph_boundaries


def _starts(words: list[str], spaces: list[bool]) -> list[bool | None]:
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    return [t.is_sent_start for t in paragraph_boundaries(doc)]


def test_the_token_after_a_line_break_starts_a_sentence() -> None:
    words = ["Title", "\n\n", "He", "said", "  ", "so", ".", "\n", "Next", "\n"]
    spaces = [False, False, True, False, False, False, False, False, False, False]
    assert _starts(words, spaces) == [
        True,  # spaCy: the first token always starts one
        None,
        True,
        None,
        None,  # spaces without a line break: no boundary
        None,
        None,
        None,
        True,
        None,  # a break at the very end starts nothing
    ]


def test_short_docs() -> None:
    assert _starts([], []) == []
    assert _starts(["\n"], [False]) == [True]
    assert _starts(["\n", "a"], [False, False]) == [True, True]
