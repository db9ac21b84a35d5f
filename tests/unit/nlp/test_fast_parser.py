"""The fast parser's checks that need no model: symbols, layouts, refusals.

The whole parser against spaCy's (the same parse) is in
tests/integration/test_fast_parser_model.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import transition_parser

from whosaid.nlp.fast_parser import (
    ANCHOR_SYMBOL,
    PARSE_SYMBOL,
    FastDependencyParser,
    Unsupported,
    _parse_address,
    elf_symbols,
    supports,
    use_fast_parser,
)
from whosaid.nlp.stock_component import minibatch


def test_the_parse_loop_is_found_in_spacys_module() -> None:
    library = Path(transition_parser.__file__)
    symbols = elf_symbols(library, [PARSE_SYMBOL, ANCHOR_SYMBOL, b"no_such_name"])
    assert set(symbols) == {PARSE_SYMBOL, ANCHOR_SYMBOL}
    assert _parse_address(library) > 0


def test_a_file_that_is_no_elf_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "not.so"
    text.write_bytes(b"#!/bin/sh\n" * 10)
    with pytest.raises(Unsupported):
        elf_symbols(text, [PARSE_SYMBOL])


def test_minibatch_keeps_order_and_size() -> None:
    assert list(minibatch(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(minibatch([], 3)) == []


def test_a_component_of_another_kind_is_refused() -> None:
    nlp = spacy.blank("en")
    assert supports(nlp.add_pipe("sentencizer")) is False
    with pytest.raises(Unsupported):
        FastDependencyParser().use(nlp.get_pipe("sentencizer"))


def test_an_untrained_parser_object_is_checked_by_kind_not_name() -> None:
    nlp = spacy.blank("en")
    parser = nlp.add_pipe("parser")
    assert supports(parser) is True
    nlp.add_pipe("sentencizer", name="senter2")
    assert use_fast_parser(nlp, "senter2") is False


def test_use_fast_parser_leaves_a_pipeline_without_a_parser() -> None:
    nlp = spacy.blank("en")
    assert use_fast_parser(nlp) is False
    assert nlp.pipe_names == []


def test_an_empty_component_says_so() -> None:
    with pytest.raises(RuntimeError):
        _ = FastDependencyParser().stock
