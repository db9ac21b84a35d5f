"""Which quotation holds each token (``features._quote_ids``)."""

from __future__ import annotations

from whosaid.attribution.features import _quote_ids
from whosaid.attribution.quotes import Quote


def _q(start: int, end: int, *, double: bool = True) -> Quote:
    return Quote(start, end, closed=True, double=double)


def test_quote_ids_double_quotations_by_index() -> None:
    quotes = [_q(5, 10), _q(20, 30)]
    ids, _ = _quote_ids([0, 5, 9, 10, 19, 20, 29, 30, 99], quotes, [])
    assert ids == [-1, 0, 0, -1, -1, 1, 1, -1, -1]


def test_quote_ids_single_marks_check_the_last_started_one() -> None:
    # sorted by start, an enclosing one first: past the inner one's end, the
    # inner one (the last to start) decides, as the features always had it
    singles = [_q(0, 100, double=False), _q(10, 20, double=False)]
    _, inside = _quote_ids([5, 15, 50], [], singles)
    assert inside == [True, True, False]


def test_quote_ids_without_quotations_or_tokens() -> None:
    assert _quote_ids([1, 2], [], []) == ([-1, -1], [False, False])
    assert _quote_ids([], [_q(0, 3)], [_q(0, 3, double=False)]) == ([], [])
