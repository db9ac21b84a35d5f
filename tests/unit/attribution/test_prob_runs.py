"""Content runs from the role tagger's best path and its marginals."""

from __future__ import annotations

import pytest

from whosaid.attribution.tagging import _prob_runs


class _Marginals:
    """A tagger answering marginals from a table, counting the questions."""

    def __init__(self, table: list[dict[str, float]]) -> None:
        self.table = table
        self.asked: list[tuple[str, int]] = []

    def marginal(self, y: str, pos: int) -> float:
        self.asked.append((y, pos))
        return self.table[pos].get(y, 0.0)


def _row(o: float, b: float, i: float) -> dict[str, float]:
    return {"O": o, "B-CNT": b, "I-CNT": i, "B-SRC": max(0.0, 1.0 - o - b - i)}


@pytest.mark.parametrize(
    ("row", "joins"),
    [
        (_row(0.8, 0.1, 0.1), True),  # exactly at the threshold
        (_row(0.5, 0.0, 0.2), True),
        (_row(0.5, 0.0, 0.19), False),  # the rest is a source
        (_row(0.81, 0.1, 0.09), False),
        (_row(0.99, 0.0, 0.01), False),
    ],
)
def test_an_off_path_token_joins_by_its_probability(
    row: dict[str, float], joins: bool
) -> None:
    tagger = _Marginals([row])
    runs = _prob_runs(tagger, ["O"], "CNT", 0.2, 10)
    assert runs == ([[10]] if joins else [])


def test_a_surely_out_token_needs_one_marginal() -> None:
    tagger = _Marginals([_row(0.99, 0.0, 0.01), _row(0.5, 0.3, 0.1)])
    runs = _prob_runs(tagger, ["O", "O"], "CNT", 0.2, 0)
    assert runs == [[1]]
    assert tagger.asked == [("O", 0), ("O", 1), ("B-CNT", 1), ("I-CNT", 1)]


def test_best_path_labels_make_runs() -> None:
    tagger = _Marginals([_row(1.0, 0.0, 0.0)] * 5)
    labels = ["B-CNT", "I-CNT", "O", "I-CNT", "B-CNT"]
    assert _prob_runs(tagger, labels, "CNT", 1.0, 3) == [[3, 4], [6], [7]]
    assert not tagger.asked
