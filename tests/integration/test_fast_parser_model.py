"""The fast parser gives exactly the stock parser's parse.

Each test parses texts with the shipped model up to the parser, then runs
spaCy's parser and whosaid's on copies of the same Docs and compares every
token's head, label and sentence start.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.tokens import Doc

from whosaid.nlp import load_spacy
from whosaid.nlp.fast_parser import PROBE, FastDependencyParser, use_fast_parser
from whosaid.nlp.models import DEFAULT_MODEL

pytestmark = pytest.mark.model

ATTRS = [HEAD, DEP, SENT_START]

TEXTS = [
    "Senator Elizabeth Warren of Massachusetts told reporters in Des Moines on "
    "Tuesday that the Federal Reserve Bank of New York had lost $4.5 billion.",
    "WASHINGTON (Reuters) - The European Union and the United Nations met at "
    "the Palais des Nations in Geneva.\nAngela Merkel said 40 percent of "
    "Germans agreed.\n\nPrime Minister Justin Trudeau\nOttawa, Canada",
    '"We will win," said Bernie Sanders, 74, a Vermont independent, on the '
    "third night of the Democratic National Convention in Philadelphia.",
    "   ",
    "Obama",
    "",
    "a b c d e f g h",
    "The report, which the agency did not release, said that officials who "
    "had asked not to be named believed the talks would fail; others disagreed.",
]


@functools.cache
def _stock_nlp() -> Any:
    return spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])


def _parsed(texts: list[str]) -> list[Doc]:
    nlp = _stock_nlp()
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("parser") :]):
        return list(nlp.pipe(texts))


def _parses(docs: list[Doc]) -> list[list[list[int]]]:
    return [doc.to_array(ATTRS).tolist() for doc in docs]


def _fast() -> FastDependencyParser:
    fast = FastDependencyParser()
    fast.use(_stock_nlp().get_pipe("parser"))
    return fast


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_fast_parser_pipe_gives_the_stock_parse(batch_size: int) -> None:
    docs = _parsed(TEXTS * 2)
    parser = _stock_nlp().get_pipe("parser")
    stock = list(parser.pipe([d.copy() for d in docs], batch_size=batch_size))
    fast = list(_fast().pipe([d.copy() for d in docs], batch_size=batch_size))
    assert sum(len(d) for d in stock) > 100  # the comparison means something
    assert _parses(fast) == _parses(stock)


def test_fast_parser_call_gives_the_stock_parse() -> None:
    parser, fast = _stock_nlp().get_pipe("parser"), _fast()
    for doc in _parsed(TEXTS):
        assert _parses([fast(doc.copy())]) == _parses([parser(doc.copy())])


def test_whosaid_pipeline_uses_the_fast_parser() -> None:
    nlp = load_spacy()
    parser = nlp.get_pipe("parser")
    assert isinstance(parser, FastDependencyParser)
    assert "nsubj" in parser.labels
    doc = nlp("Angela Merkel spoke in Berlin. She left.")
    assert [t.dep_ for t in doc][:3] == ["compound", "nsubj", "ROOT"]
    assert len(list(doc.sents)) == 2


def test_use_fast_parser_keeps_the_place_and_the_name() -> None:
    nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    names = list(nlp.pipe_names)
    assert use_fast_parser(nlp) is True
    assert nlp.pipe_names == names
    assert isinstance(nlp.get_pipe("parser"), FastDependencyParser)
    assert use_fast_parser(nlp) is False  # already replaced: not spaCy's any more
    docs = list(nlp.pipe(TEXTS))
    stock = list(_stock_nlp().pipe(TEXTS))
    assert _parses(docs) == _parses(stock)


def test_use_fast_parser_keeps_the_stock_parser_when_they_disagree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    stock = nlp.get_pipe("parser")
    wrong = stock.moves.init_batch  # states never advanced: no parse at all
    monkeypatch.setattr(FastDependencyParser, "predict", lambda self, docs: wrong(docs))
    assert use_fast_parser(nlp) is False
    assert nlp.get_pipe("parser") is stock


def test_the_probe_has_a_parse_to_compare() -> None:
    doc = _stock_nlp()(PROBE)
    assert len(doc) > 30
    assert len(list(doc.sents)) >= 3
