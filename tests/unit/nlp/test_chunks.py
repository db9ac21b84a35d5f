"""Long texts are parsed in chunks: slices that join back to the text."""

from __future__ import annotations

from typing import Any

import pytest

from whosaid.deadline import ArticleTimeout, Deadline
from whosaid.nlp.chunks import parse_chunked, split_chunks


@pytest.mark.parametrize(
    "text",
    [
        "",
        "short",
        "One line.\nTwo line.\n\nThree line.\n" * 40,
        "A run-on clause and the official said it would continue, " * 300,
        "x" * 1_000,
        "Ends. Here! Or? Not " * 200,
    ],
)
def test_chunks_are_slices_that_join_back(text: str) -> None:
    chunks = split_chunks(text, 100)
    assert "".join(chunks) == text
    assert all(0 < len(c) <= 100 for c in chunks)


def test_chunks_end_at_line_breaks_when_there_are_some() -> None:
    text = ("word " * 10 + "\n") * 30
    chunks = split_chunks(text, 200)
    assert all(c.endswith("\n") for c in chunks)


def test_an_overlong_paragraph_is_cut_after_a_sentence_end() -> None:
    text = "This is a sentence. " * 50
    chunks = split_chunks(text, 110)
    assert all(c.endswith(". ") for c in chunks[:-1])


def test_text_without_spaces_is_cut_at_the_limit() -> None:
    assert [len(c) for c in split_chunks("x" * 250, 100)] == [100, 100, 50]


class _Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


class _CountingNlp:
    def __init__(self) -> None:
        self.calls = 0

    def pipe(self, texts: Any, **_: Any) -> Any:
        self.calls += 1
        raise AssertionError("nothing may be parsed after the deadline")


def test_an_expired_deadline_stops_the_parse_before_a_chunk() -> None:
    clock = _Clock()
    deadline = Deadline(1.0, clock=clock)
    clock.now = 2.0
    nlp = _CountingNlp()
    with pytest.raises(ArticleTimeout):
        parse_chunked(nlp, "word " * 1_000, deadline=deadline, max_chars=100)
    assert nlp.calls == 0


@pytest.mark.model
def test_a_chunked_parse_keeps_the_text_and_its_annotations() -> None:
    from whosaid.nlp import load_spacy

    nlp = load_spacy()
    text = (
        '"We will not give up," the minister said on Monday.\n\n'
        "Talks resume in Oslo next week, officials said.\n"
    ) * 8
    doc = parse_chunked(nlp, text, max_chars=150)
    whole = nlp(text)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in whole]
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG")
    assert [t.tag_ for t in doc] == [t.tag_ for t in whole]
    assert len(list(doc.sents)) >= 16
