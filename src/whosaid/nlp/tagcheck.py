"""Compare whosaid's fast attribute ruler with spaCy's stock one on real text.

Used by ``scripts/check_tagpos.py`` (all PolNeAR train and dev texts and the
seeds) and by an integration test (dev and the seed).  Each text is parsed by
whosaid's pipeline up to its attribute ruler; then spaCy's ``AttributeRuler``,
holding the installed model's patterns, and whosaid's
:class:`~whosaid.nlp.attributes.FastAttributeRuler` each run on a copy of the
Doc, and every token's POS, TAG, MORPH, LEMMA and DEP (and HEAD and
SENT_START, which neither should touch) are compared.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.pipeline import AttributeRuler

from whosaid.errors import ModelError
from whosaid.nlp.attributes import FAST_NAME, STOCK_NAME
from whosaid.nlp.models import load_spacy

COMPARED = [POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START]
"""The token attributes compared."""


@dataclass(slots=True)
class Comparison:
    """What :func:`compare_with_stock` found.

    Attributes:
        docs: texts compared.
        tokens: their tokens.
        differing: tokens with any compared attribute different.
        examples: the first differing tokens, described.
        stock_seconds: time in the stock ruler.
        fast_seconds: time in the fast ruler.
    """

    docs: int = 0
    tokens: int = 0
    differing: int = 0
    examples: list[str] = field(default_factory=list)
    stock_seconds: float = 0.0
    fast_seconds: float = 0.0


def compare_with_stock(
    texts: Iterable[tuple[str, str]], *, shown: int = 20
) -> Comparison:
    """Run both rulers on each ``(name, text)`` and compare every token.

    Raises:
        ModelError: whosaid's pipeline has no fast ruler (the model's ruler
            was refused) or the shipped model has no attribute ruler.
    """
    nlp = load_spacy()
    bare = load_spacy(bare=True)
    if FAST_NAME not in nlp.pipe_names or STOCK_NAME not in bare.pipe_names:
        raise ModelError(
            f"nothing to compare: whosaid's pipeline is {nlp.pipe_names}, "
            f"the shipped model's {bare.pipe_names}",
            code="model.no_ruler",
        )
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(bare.get_pipe(STOCK_NAME).patterns)
    fast = nlp.get_pipe(FAST_NAME)
    result = Comparison()
    for name, text in texts:
        doc = _parsed_up_to(nlp, FAST_NAME, text)
        expected, got = doc.copy(), doc.copy()
        t0 = time.perf_counter()
        stock(expected)
        t1 = time.perf_counter()
        fast(got)
        t2 = time.perf_counter()
        result.stock_seconds += t1 - t0
        result.fast_seconds += t2 - t1
        result.docs += 1
        result.tokens += len(doc)
        rows = expected.to_array(COMPARED) != got.to_array(COMPARED)
        for i in np.flatnonzero(rows.any(axis=1)).tolist():
            result.differing += 1
            if len(result.examples) < shown:
                result.examples.append(
                    f"{name} token {i} {doc[i].text!r}: stock "
                    f"{_describe(expected[i])}, fast {_describe(got[i])}"
                )
    return result


def _parsed_up_to(nlp: Any, component: str, text: str) -> Any:
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == component:
            break
        doc = pipe(doc)
    return doc


def _describe(token: Any) -> str:
    return f"{token.pos_}/{token.tag_}/{token.morph}/{token.lemma_}/{token.dep_}"
