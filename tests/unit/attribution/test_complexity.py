"""The attribution stage's work is linear in the text: capped cue windows,
quotation scanning that never rescans a paragraph, interval checks by
bisection.  Work is counted, never timed."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from whosaid.attribution import quotes as quotes_module
from whosaid.attribution.candidates import Regions
from whosaid.attribution.features import (
    MAX_QUOTE_EXTENSION,
    MAX_WINDOW_SIDE,
    DocFeatures,
    cue_window,
)
from whosaid.attribution.headlines import _Lines
from whosaid.attribution.quotes import Quote, find_quotes


class _CountingList(list[Any]):
    """A list that counts item reads."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        type(self).reads += 1
        return super().__getitem__(index)


def _features(
    n: int,
    sent_bounds: list[tuple[int, int]],
    quotes: list[Quote] | None = None,
    quote_tokens: list[tuple[int, int]] | None = None,
    quote_id: list[int] | None = None,
) -> DocFeatures:
    sent_idx = [0] * n
    for k, (start, end) in enumerate(sent_bounds):
        for i in range(start, end):
            sent_idx[i] = k
    return DocFeatures(
        base_source=[[] for _ in range(n)],
        words=["w"] * n,
        sent_idx=sent_idx,
        sent_bounds=sent_bounds,
        quote_id=quote_id or [-1] * n,
        quotes=quotes or [],
        heads=list(range(n)),
        deps=["dep"] * n,
        para_idx=[0] * n,
        warnings=[],
        quote_tokens=quote_tokens or [],
    )


@pytest.mark.parametrize("n", [50, 5_000, 100_000])
def test_a_cue_window_in_a_run_on_sentence_is_capped(n: int) -> None:
    feats = _features(n, [(0, n)])
    cue = [n // 2]
    start, end = cue_window(feats, cue)
    assert start <= cue[0] < end
    assert end - start <= min(n, 2 * MAX_WINDOW_SIDE + 1)


def test_a_short_sentence_window_is_unchanged() -> None:
    feats = _features(30, [(0, 10), (10, 20), (20, 30)])
    assert cue_window(feats, [12]) == (0, 30)


def test_following_reopened_quotations_stops_at_the_window() -> None:
    # 10,000 one-paragraph quotations, each reopened by the next paragraph:
    # the window follows them only as far as it may reach.
    count, size = 10_000, 5
    n = count * size
    quotes = _CountingList(
        Quote(k * size * 10, (k + 1) * size * 10, closed=False, double=True)
        for k in range(count)
    )
    quote_tokens = [(k * size, (k + 1) * size) for k in range(count)]
    quote_id = [i // size for i in range(n)]
    feats = _features(n, [(0, n)], quotes, quote_tokens, quote_id)
    _CountingList.reads = 0
    start, end = cue_window(feats, [2])
    assert end - start <= 2 * MAX_WINDOW_SIDE + 1
    assert end <= 3 + MAX_QUOTE_EXTENSION
    assert _CountingList.reads <= 2 * MAX_QUOTE_EXTENSION


class _CountingPattern:
    """Wraps a compiled pattern; counts the characters ``search`` may scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        stop = len(text) if endpos is None else min(endpos, len(text))
        self.scanned += max(0, stop - pos)
        return self.pattern.search(text, pos, stop)


def test_stray_closing_marks_do_not_rescan_their_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = 'word" ' * 5_000
    counter = _CountingPattern(quotes_module._NONSPACE_RE)
    monkeypatch.setattr(quotes_module, "_NONSPACE_RE", counter)
    _, warnings = find_quotes(text)
    assert len(warnings) == 5_000
    assert counter.scanned <= 2 * len(text)


def test_regions_answer_like_a_scan_of_every_region() -> None:
    rng = random.Random(7)
    for _ in range(300):
        regions = [
            (s, s + rng.randint(0, 15))
            for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))
        ]
        index = Regions(regions)
        for _ in range(20):
            start = rng.randint(0, 70)
            end = start + rng.randint(0, 10)
            contain = any(rs <= start and end <= re_ for rs, re_ in regions)
            overlap = any(rs < end and start < re_ for rs, re_ in regions)
            assert index.contain(start, end) is contain
            assert index.overlap(start, end) is overlap


def _whole_line_by_scanning(text: str, start: int, last_char: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", last_char)
    line_end = len(text) if line_end < 0 else line_end
    return not (text[line_start:start].strip() or text[end:line_end].strip())


def test_lines_answer_like_a_scan_of_the_line() -> None:
    rng = random.Random(11)
    for _ in range(2_000):
        text = "".join(rng.choice("ab \n\t") for _ in range(rng.randint(1, 30)))
        lines = _Lines(text)
        visible = [i for i, ch in enumerate(text) if not ch.isspace()]
        if not visible:
            continue
        start = rng.choice(visible)
        last = rng.choice([i for i in visible if i >= start])
        expected = _whole_line_by_scanning(text, start, last, last + 1)
        assert lines.whole(start, last + 1) is expected, (text, start, last)
