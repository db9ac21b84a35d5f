"""End-to-end check of ``whosaid.process`` on the invented wire-style fixtures.

The fixtures live in ``tests/fixtures/articles`` (see ``tests/fixtures/README.md``);
the matching rule is shared with ``tests/fixtures/score_fixtures.py``, which
prints the per-file numbers and the misses.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.fixtures import score_fixtures as sf

RECALL_FLOOR = 0.80  # found with the right speaker, over all fixtures together
SPURIOUS_CEILING = 0.30  # predictions whose content overlaps no expected content

pytestmark = pytest.mark.model


FIXTURES = sf.load_fixtures()


@pytest.fixture(scope="module")
def analysed() -> list[tuple[Any, Any]]:
    return list(zip(FIXTURES, sf.run_pipeline(FIXTURES), strict=True))


def test_fixtures_are_present() -> None:
    assert len(FIXTURES) >= 8


def test_fixture_annotations_occur_in_their_text() -> None:
    for fx in FIXTURES:
        exp = fx.expected
        assert fx.text.count(exp["title"]) >= 1, fx.name
        for a in exp["attributions"]:
            for part in sf.content_parts(a):
                assert fx.text.count(part) == 1, (fx.name, part)
        for s in exp["not_body"]:
            assert fx.text.count(s) == 1, (fx.name, s)


def _spans(article: Any) -> list[tuple[str, Any]]:
    spans: list[tuple[str, Any]] = [("title", article.title)] if article.title else []
    spans += [("body", s) for s in article.body]
    spans += [("caption", s) for s in article.captions]
    spans += [("boilerplate", s) for s in article.boilerplate]
    for a in article.attributions:
        spans += [(f"{a.id}.source", s) for s in a.source]
        spans += [(f"{a.id}.cue", s) for s in a.cue]
        spans += [(f"{a.id}.content", s) for s in a.content]
        if a.speaker is not None and a.speaker.mention is not None:
            spans.append((f"{a.id}.speaker.mention", a.speaker.mention))
    for actor in article.actors:
        spans += [(f"{actor.id}.mention", m) for m in actor.mentions]
    return spans


def test_no_errors_and_text_unchanged(analysed: list[tuple[Any, Any]]) -> None:
    for fx, art in analysed:
        assert art.error is None, (fx.name, art.error)
        assert art.text == fx.text, fx.name


def test_offsets_invariant(analysed: list[tuple[Any, Any]]) -> None:
    bad = []
    for fx, art in analysed:
        for role, span in _spans(art):
            ok = 0 <= span.start <= span.end <= len(art.text)
            if not ok or art.text[span.start : span.end] != span.text:
                bad.append(
                    f"{fx.name} {role} [{span.start}:{span.end}] {span.text[:60]!r}"
                )
    assert not bad, "\n".join(bad)


def test_title(analysed: list[tuple[Any, Any]]) -> None:
    bad = [
        f"{fx.name}: {m}" for fx, art in analysed if (m := sf.title_problem(fx, art))
    ]
    assert not bad, "\n".join(bad)


def test_leftovers_not_in_body(analysed: list[tuple[Any, Any]]) -> None:
    bad = [f"{fx.name}: {m}" for fx, art in analysed for m in sf.body_leaks(fx, art)]
    assert not bad, "\n".join(bad)


def test_attribution_recall_and_spurious_rate(analysed: list[tuple[Any, Any]]) -> None:
    scores = [sf.score_file(fx, art) for fx, art in analysed]
    total = sf.totals(scores)
    recall = sf.ratio(total.found_speaker, total.expected)
    spurious = sf.ratio(total.spurious, total.predicted)
    report = sf.table(scores)
    assert recall >= RECALL_FLOOR, (
        f"recall with the right speaker {recall:.1%} < {RECALL_FLOOR:.0%}\n{report}"
    )
    assert spurious <= SPURIOUS_CEILING, (
        f"spurious predictions {spurious:.1%} > {SPURIOUS_CEILING:.0%}\n{report}"
    )
