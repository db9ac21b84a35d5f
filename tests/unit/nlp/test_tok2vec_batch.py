"""The shared tok2vec in small calls (``pipe_config``): the same vectors."""

from __future__ import annotations

import numpy as np
import spacy

from whosaid.nlp.models import TOK2VEC_BATCH, load_spacy, pipe_config

TEXTS = [
    "The minister said on Tuesday that talks would resume.",
    "“We will not back down,” Hicks told reporters in Washington.",
    "Officials in Kyiv declined to comment.\nThe plan was approved.",
    "According to the report, prices rose by 3% in May.",
    "Smith, who leads the group, said the vote was close.",
    "Nobody spoke.",
]


def test_pipe_config_sets_the_tok2vec_batch() -> None:
    assert pipe_config(load_spacy()) == {"tok2vec": {"batch_size": TOK2VEC_BATCH}}


def test_pipe_config_without_a_tok2vec_is_empty() -> None:
    assert pipe_config(spacy.blank("en")) == {}
    assert pipe_config(object()) == {}


def test_small_tok2vec_calls_parse_alike() -> None:
    nlp = load_spacy()
    whole = list(nlp.pipe(TEXTS, batch_size=16))
    small = list(nlp.pipe(TEXTS, batch_size=16, component_cfg=pipe_config(nlp)))
    for a, b in zip(whole, small, strict=True):
        assert np.array_equal(a.tensor, b.tensor)
        assert [(t.tag_, t.dep_, t.head.i) for t in a] == [
            (t.tag_, t.dep_, t.head.i) for t in b
        ]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents
        ]
