"""The fast entity decoder finds exactly the stock recognizer's entities.

Each test parses texts with the shipped model up to the recognizer, then runs
spaCy's recognizer and whosaid's on copies of the same Docs and compares
every token's entity attributes.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest
import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

from whosaid.nlp import load_spacy
from whosaid.nlp.fast_ner import PROBE, FastEntityRecognizer, use_fast_ner
from whosaid.nlp.models import DEFAULT_MODEL

pytestmark = pytest.mark.model

ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]

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
    "The World Health Organization (WHO) and Doctors Without Borders sent 300 "
    "staff to Sierra Leone, Liberia and Guinea between March and June 2014, "
    "the report by the Centers for Disease Control and Prevention said.",
    "",
    "a b c d e f g h",
]


@functools.cache
def _stock_nlp() -> Any:
    return spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])


def _parsed(texts: list[str]) -> list[Doc]:
    nlp = _stock_nlp()
    return list(nlp.pipe(texts, disable=["ner"]))


def _entities(docs: list[Doc]) -> list[Any]:
    return [
        (doc.to_array(ATTRS).tolist(), [(e.start, e.end, e.label_) for e in doc.ents])
        for doc in docs
    ]


def _fast() -> FastEntityRecognizer:
    fast = FastEntityRecognizer()
    fast.use(_stock_nlp().get_pipe("ner"))
    return fast


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_fast_ner_pipe_finds_the_stock_entities(batch_size: int) -> None:
    docs = _parsed(TEXTS * 2)
    stock = list(
        _stock_nlp()
        .get_pipe("ner")
        .pipe([d.copy() for d in docs], batch_size=batch_size)
    )
    fast = list(_fast().pipe([d.copy() for d in docs], batch_size=batch_size))
    assert sum(len(d.ents) for d in stock) > 20  # the comparison means something
    assert _entities(fast) == _entities(stock)


def test_fast_ner_call_finds_the_stock_entities() -> None:
    ner, fast = _stock_nlp().get_pipe("ner"), _fast()
    for doc in _parsed(TEXTS):
        assert _entities([fast(doc.copy())]) == _entities([ner(doc.copy())])


def test_preset_entities_go_to_the_stock_recognizer() -> None:
    doc = _parsed(["Elizabeth Warren met the Acme Widget Company in Boston."])[0]
    doc.set_ents([Span(doc, 4, 7, label="ORG")], default="unmodified")
    ner, fast = _stock_nlp().get_pipe("ner"), _fast()
    stock = ner(doc.copy())
    ours = fast(doc.copy())
    assert ("Acme Widget Company", "ORG") in [(e.text, e.label_) for e in stock.ents]
    assert _entities([ours]) == _entities([stock])


def test_whosaid_pipeline_uses_the_fast_recognizer() -> None:
    nlp = load_spacy()
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, FastEntityRecognizer)
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("whosaid_first_names")
    assert "PERSON" in ner.labels
    doc = nlp("Angela Merkel spoke in Berlin.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Angela Merkel", "PERSON"),
        ("Berlin", "GPE"),
    ]


def test_use_fast_ner_keeps_the_place_and_the_name() -> None:
    nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    names = list(nlp.pipe_names)
    assert use_fast_ner(nlp) is True
    assert nlp.pipe_names == names
    assert isinstance(nlp.get_pipe("ner"), FastEntityRecognizer)
    assert use_fast_ner(nlp) is False  # already replaced: not spaCy's any more
    docs = list(nlp.pipe(TEXTS))
    stock = list(_stock_nlp().pipe(TEXTS))
    assert _entities(docs) == _entities(stock)


def test_use_fast_ner_keeps_the_stock_recognizer_when_they_disagree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    stock = nlp.get_pipe("ner")
    monkeypatch.setattr(
        FastEntityRecognizer, "decode", lambda self, docs: [[] for _ in docs]
    )
    assert use_fast_ner(nlp) is False
    assert nlp.get_pipe("ner") is stock


def test_the_probe_has_entities_to_compare() -> None:
    nlp = _stock_nlp()
    assert len(nlp(PROBE).ents) >= 6
