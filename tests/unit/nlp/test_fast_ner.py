"""The fast entity decoder's parts that need no model: moves, scores, the walk.

The whole decoder against spaCy's recognizer (the same entities) is in
tests/integration/test_fast_ner_model.py.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import spacy
from numpy.typing import NDArray
from thinc.api import NumpyOps

from whosaid.nlp.fast_ner import (
    FastEntityRecognizer,
    Unsupported,
    _Moves,
    _Scorer,
    supports,
    use_fast_ner,
)

NAMES = ["B-ORG", "B-PERSON", "I-ORG", "I-PERSON", "L-ORG", "L-PERSON"]
NAMES += ["U-ORG", "U-PERSON", "U-", "O"]


def test_moves_are_read_from_spacy_class_names() -> None:
    moves = _Moves(NAMES)
    assert moves.n == 10
    assert moves.out == 9
    assert moves.begin.tolist() == [True, True] + [False] * 8
    # 'U-' (label 0) is only for preset entities: never a unit here.
    assert moves.unit.tolist() == [False] * 6 + [True, True, False, False]
    assert moves.in_of == {"ORG": 2, "PERSON": 3}
    assert moves.last_of == {"ORG": 4, "PERSON": 5}


@pytest.mark.parametrize(
    "names",
    [
        ["B-ORG", "L-ORG", "X-ORG", "O"],  # unknown move
        ["B-ORG", "L-ORG"],  # no O
        ["B-ORG", "I-ORG", "O"],  # an entity that could never close
        ["M", "O"],
    ],
)
def test_moves_refuse_what_the_walk_cannot_decode(names: list[str]) -> None:
    with pytest.raises(Unsupported):
        _Moves(names)


def _reference_scores(
    cached: NDArray[np.float32],
    lower_bias: NDArray[np.float32],
    weights: NDArray[np.float32],
    bias: NDArray[np.float32],
    ids: list[int],
) -> NDArray[np.float32]:
    """spaCy's predict_states for one state, element by element (token ids
    without the padding row; -1 is padding)."""
    n_hidden, n_pieces = cached.shape[2], cached.shape[3]
    unmaxed = np.zeros((n_hidden, n_pieces), dtype=np.float32)
    for f, token in enumerate(ids):
        unmaxed += cached[0, f] if token < 0 else cached[1 + token, f]
    unmaxed += lower_bias
    hidden = np.array(
        [row[0] if row[0] > row[1] else row[1] for row in unmaxed], dtype=np.float32
    )
    out = np.zeros(weights.shape[0], dtype=np.float32)
    for c in range(weights.shape[0]):
        acc = np.float32(0.0)
        for k in range(n_hidden):
            acc = np.float32(acc + hidden[k] * weights[c, k])
        out[c] = acc
    return out + bias


def _random_scorer(seed: int, tokens: int = 7) -> tuple[_Scorer, tuple[Any, ...]]:
    rng = np.random.default_rng(seed)
    cached = rng.normal(size=(tokens + 1, 3, 4, 2)).astype(np.float32)
    cached[3, 0, 1] = cached[3, 0, 0]  # a maxout tie
    lower_bias = rng.normal(size=(4, 2)).astype(np.float32)
    weights = rng.normal(size=(5, 4)).astype(np.float32)
    bias = rng.normal(size=5).astype(np.float32)
    parts = (cached, lower_bias, weights, bias)
    return _Scorer(cached, lower_bias, weights, bias, NumpyOps()), parts


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_closed_scores_are_predict_states_with_padding(seed: int) -> None:
    scorer, parts = _random_scorer(seed)
    closed = scorer.closed()
    assert closed.shape == (7, 5)
    for token in range(7):
        expected = _reference_scores(*parts, [token, -1, -1])
        np.testing.assert_allclose(closed[token], expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(("token", "start"), [(1, 0), (4, 2), (6, 3)])
def test_open_scores_use_the_entity_start_and_the_token_before(
    token: int, start: int
) -> None:
    scorer, parts = _random_scorer(5)
    expected = _reference_scores(*parts, [token, start, token - 1])
    np.testing.assert_allclose(
        scorer.open(token, start), expected, rtol=1e-5, atol=1e-5
    )


def test_a_score_that_is_not_finite_is_refused() -> None:
    scorer, _ = _random_scorer(3)
    scorer.cached[2, 0] = np.nan
    with pytest.raises(Unsupported):
        scorer.closed()


class _FixedScorer:
    """Open-state scores chosen by the test: ``rows[token]``."""

    def __init__(self, rows: dict[int, list[float]]) -> None:
        self.rows = rows
        self.asked: list[tuple[int, int]] = []

    def open(self, token: int, start: int) -> NDArray[np.float32]:
        self.asked.append((token, start))
        return np.array(self.rows[token], dtype=np.float32)


def _walker() -> FastEntityRecognizer:
    fast = FastEntityRecognizer()
    fast._moves = _Moves(NAMES)
    return fast


def _walk(
    best: list[int], rows: dict[int, list[float]], sent_next: list[bool] | None = None
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    n = len(best)
    scorer = _FixedScorer(rows)
    ents = _walker()._walk(
        scorer,  # type: ignore[arg-type]
        np.array(best, dtype=np.intp),
        np.array(sent_next or [False] * n, dtype=bool),
        0,
        n,
    )
    return ents, scorer.asked


OUT, B_ORG, B_PER, U_ORG = 9, 0, 1, 6
#            B-O B-P I-O I-P L-O L-P U-O U-P U-  O
IN_WINS = [0.0, 0.0, 2.0, 9.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
LAST_WINS = [0.0, 0.0, 1.0, 9.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0]
TIE = [0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]


def test_walk_units_and_outside_tokens() -> None:
    ents, asked = _walk([OUT, U_ORG, OUT, U_ORG], {})
    assert ents == [(1, 2, "ORG"), (3, 4, "ORG")]
    assert asked == []


def test_walk_an_entity_stays_open_while_in_scores_higher() -> None:
    # Only I-ORG and L-ORG are valid: I-PERSON's 9.0 does not count.
    ents, asked = _walk([OUT, B_ORG, OUT, OUT, OUT, U_ORG], {2: IN_WINS, 3: LAST_WINS})
    assert ents == [(1, 4, "ORG"), (5, 6, "ORG")]
    assert asked == [(2, 1), (3, 1)]


def test_walk_a_tie_goes_to_the_first_move() -> None:
    ents, _ = _walk([B_ORG, OUT, OUT], {1: TIE})
    assert ents == [(0, 3, "ORG")]  # I-ORG (index 2) before L-ORG (index 4)


def test_walk_the_last_token_and_a_sentence_start_force_l() -> None:
    ents, asked = _walk([OUT, B_ORG, OUT], {})
    assert ents == [(1, 3, "ORG")]  # no I- on the last token: no score asked
    assert asked == []
    ents, asked = _walk(
        [B_ORG, OUT, OUT, OUT], {}, sent_next=[False, True, False, False]
    )
    assert ents == [(0, 2, "ORG")]
    assert asked == []


def test_walk_skips_closed_guesses_inside_an_entity() -> None:
    in_person = [0.0] * 3 + [5.0] + [0.0] * 6  # I-PERSON over L-PERSON
    tie = [0.0] * 10  # I-PERSON (index 3) before L-PERSON (index 5)
    ents, asked = _walk([B_PER, U_ORG, U_ORG, OUT], {1: in_person, 2: tie})
    # The U-ORG guesses at 1 and 2 were for a state with no entity open.
    assert ents == [(0, 4, "PERSON")]
    assert asked == [(1, 0), (2, 0)]


def test_supports_refuses_what_is_not_spacys_recognizer() -> None:
    assert not supports(object())
    with pytest.raises(Unsupported):
        FastEntityRecognizer().use(object())


def test_an_empty_recognizer_says_so() -> None:
    with pytest.raises(RuntimeError, match="use"):
        FastEntityRecognizer().labels  # noqa: B018


def test_use_fast_ner_leaves_a_pipeline_without_a_recognizer() -> None:
    nlp = spacy.blank("en")
    assert use_fast_ner(nlp) is False
    assert nlp.pipe_names == []
