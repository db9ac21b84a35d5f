"""Acceptance test: ``whosaid.process`` on the seed article and its hand-made analysis.

The reference article is ``../shared/seeds/000_d4f4f8383d51361c.txt``; its
expected analysis (title, boilerplate, 14 attributions with speakers) is the
``.expected.json`` next to it.  Both live outside the repository: the tests
skip when ``../shared`` is absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import whosaid
from whosaid.records import Article, Attribution

MIN_FOUND = 14  # of the 14 expected attributions
MIN_COVERAGE = 0.5  # share of the expected content's words a prediction covers

pytestmark = [pytest.mark.model, pytest.mark.data]

_WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def expected(seed_paths: tuple[Path, Path]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(seed_paths[1].read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def article(expected: dict[str, Any], seed_paths: tuple[Path, Path]) -> Article:
    seed = seed_paths[0]
    return whosaid.process(seed.read_text(encoding="utf-8"), path=str(seed))


# --- helpers -------------------------------------------------------------------


def _spans(value: Any) -> list[dict[str, Any]]:
    """The span dicts of an expected role (one dict or a list of them)."""
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, dict)]


def _words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of the ``\\w+`` tokens inside ``spans``."""
    return [
        (m.start() + start, m.end() + start)
        for start, end in spans
        for m in _WORD.finditer(text[start:end])
    ]


def _coverage(
    text: str, expected: list[tuple[int, int]], predicted: list[tuple[int, int]]
) -> float:
    """Share of the expected content's words lying inside the predicted content."""
    words = _words(text, expected)
    if not words:
        return 0.0
    covered = sum(
        any(ps <= ws and we <= pe for ps, pe in predicted) for ws, we in words
    )
    return covered / len(words)


@dataclass(frozen=True)
class Row:
    """How one expected attribution fared."""

    index: int
    speaker: str
    content: str
    best_coverage: float
    best_speaker: str | None
    found: bool


def _match(
    index: int, text: str, row: dict[str, Any], predicted: tuple[Attribution, ...]
) -> Row:
    """The best prediction for one expected attribution (a match, else coverage)."""
    want = [(s["start"], s["end"]) for s in _spans(row["content"])]
    candidates = []
    for attribution in predicted:
        got = [(c.start, c.end) for c in attribution.content]
        cover = _coverage(text, want, got)
        name = attribution.speaker.name if attribution.speaker else None
        found = cover >= MIN_COVERAGE and name == row["speaker"]
        candidates.append((found, cover, name))
    found, cover, name = max(
        candidates, key=lambda c: (c[0], c[1]), default=(False, 0.0, None)
    )
    return Row(
        index=index,
        speaker=row["speaker"],
        content=" … ".join(s["text"] for s in _spans(row["content"])),
        best_coverage=cover,
        best_speaker=name if cover > 0 else None,
        found=found,
    )


def _table(rows: list[Row]) -> str:
    lines = [
        " #  ok  cover  expected speaker          best match speaker        content"
    ]
    for row in rows:
        lines.append(
            f"{row.index:2d}  {'yes' if row.found else 'NO ':3s}"
            f" {row.best_coverage:5.0%}"
            f"  {row.speaker[:24]:24s}  {str(row.best_speaker)[:24]:24s}"
            f"  {row.content[:60]!r}"
        )
    return "\n".join(lines)


def _all_spans(article: Article) -> Iterator[tuple[str, Any]]:
    if article.title is not None:
        yield "title", article.title
    yield from (("body", s) for s in article.body)
    yield from (("caption", s) for s in article.captions)
    yield from ((f"boilerplate:{b.kind}", b) for b in article.boilerplate)
    for a in article.attributions:
        yield from ((f"{a.id}:source", s) for s in a.source)
        yield from ((f"{a.id}:cue", s) for s in a.cue)
        yield from ((f"{a.id}:content", s) for s in a.content)
        if a.speaker is not None and a.speaker.mention is not None:
            yield f"{a.id}:speaker", a.speaker.mention
    for actor in article.actors:
        yield from ((f"{actor.id}:mention", m) for m in actor.mentions)


# --- tests ---------------------------------------------------------------------


def test_seed_is_analyzed_without_error(article: Article) -> None:
    assert article.error is None


def test_seed_title_is_the_expected_span(
    article: Article, expected: dict[str, Any]
) -> None:
    title = expected["title"]
    assert article.title is not None
    assert (article.title.start, article.title.end, article.title.text) == (
        title["start"],
        title["end"],
        title["text"],
    )


@pytest.mark.parametrize(
    "kind", ["breadcrumb", "captions", "link_blocks", "site_footer"]
)
def test_seed_boilerplate_overlaps_no_body_span(
    article: Article, expected: dict[str, Any], kind: str
) -> None:
    leftovers = expected["boilerplate_not_body"][kind]
    assert leftovers, f"the expected analysis lists no {kind}"
    overlaps = [
        (left["text"], body.text[:60])
        for left in leftovers
        for body in article.body
        if left["start"] < body.end and body.start < left["end"]
    ]
    assert not overlaps, f"{kind} inside body spans: {overlaps}"


def test_seed_offsets_index_the_text(article: Article) -> None:
    text = article.text
    bad = [
        (where, span.start, span.end, span.text[:40])
        for where, span in _all_spans(article)
        if not (
            0 <= span.start <= span.end <= len(text)
            and text[span.start : span.end] == span.text
        )
    ]
    assert not bad, f"spans whose offsets do not index the text: {bad}"


def test_seed_finds_the_expected_attributions(
    article: Article, expected: dict[str, Any]
) -> None:
    rows = [
        _match(index, article.text, row, article.attributions)
        for index, row in enumerate(expected["attributions"])
    ]
    found = sum(row.found for row in rows)
    assert found >= MIN_FOUND, (
        f"found {found} of {len(rows)} expected attributions (need {MIN_FOUND});"
        f" a match covers >= {MIN_COVERAGE:.0%} of the content's words"
        f" with the same speaker name\n{_table(rows)}"
    )


# --- actors --------------------------------------------------------------------


def _norm_mention(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words).casefold()


def test_seed_has_every_expected_actor_with_its_code(
    article: Article, expected: dict[str, Any]
) -> None:
    missing = []
    for want in expected["actors"]:
        # one actor with the expected code holds at least two of the expected
        # mentions (or the only one), each inside one of its mention spans
        wanted = {_norm_mention(m) for m in want["mentions"]}
        need = min(2, len(wanted))

        def held(actor: Any, wanted: set[str] = wanted) -> int:
            texts = [_norm_mention(m.text) for m in actor.mentions]
            return sum(any(w in t for t in texts) for w in wanted)

        hits = [a for a in article.actors if held(a)]
        if not any(a.code == want["code"] and held(a) >= need for a in hits):
            got = [(a.name, a.code, held(a)) for a in hits] or "no actor"
            missing.append(f"{want['name']} ({want['code']}): got {got}")
    assert not missing, "\n".join(missing)


def test_seed_speakers_carry_the_expected_actor_codes(
    article: Article, expected: dict[str, Any]
) -> None:
    wrong = []
    checked = 0
    for row in expected["attributions"]:
        want = [(s["start"], s["end"]) for s in _spans(row["content"])]
        best = max(
            article.attributions,
            key=lambda a: _coverage(
                article.text, want, [(c.start, c.end) for c in a.content]
            ),
        )
        got = [(c.start, c.end) for c in best.content]
        if _coverage(article.text, want, got) < MIN_COVERAGE:
            continue  # not found: counted by test_seed_finds_the_expected_attributions
        checked += 1
        code = best.speaker.code if best.speaker else None
        if code != row["actor"]:
            wrong.append(f"{row['speaker']}: want {row['actor']}, got {code}")
    assert checked >= MIN_FOUND - 1
    assert not wrong, "\n".join(wrong)
