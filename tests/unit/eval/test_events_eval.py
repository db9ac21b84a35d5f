"""The event scorer: gold format, evidence lookup, matching and scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from whosaid.errors import InputError
from whosaid.eval.events import (
    GoldArticle,
    GoldEvent,
    codes_match,
    load_gold,
    locate,
    score_article,
)
from whosaid.records import Actor, Article, Event, Span

TEXT = (
    "Russia urged the US to talk. Russia urged the US to talk. "
    '"It is baseless," Moscow said.'
)


def test_locate_occurrence_and_ellipsis() -> None:
    first = locate(TEXT, "Russia urged")
    second = locate(TEXT, "Russia urged", 2)
    assert TEXT[first[0] : first[1]] == "Russia urged"
    assert second[0] > first[0]
    start, end = locate(TEXT, "It is ... said")
    assert TEXT[start:end] == 'It is baseless," Moscow said'


def test_locate_ignores_quotation_marks_and_apostrophe_styles() -> None:
    text = "the North’s test which “directly violates” the rules"
    start, end = locate(text, "the North's test which directly violates")
    assert text[start:end] == "the North’s test which “directly violates"


def test_locate_missing_evidence_is_an_error() -> None:
    with pytest.raises(InputError, match="not in the text"):
        locate(TEXT, "Russia urged", 3)


@pytest.mark.parametrize(
    ("gold", "predicted", "ok"),
    [
        ("RUS", "RUS", True),
        ("RUS", "RUSGOV", False),
        ("PRK/USA", "USA", True),
        ("(all sides)", None, True),
        ("(all sides)", "USA", False),
        ("USA/(none)", None, True),
        ("USA/(none)", "USA", True),
        (None, None, True),
        (None, "USA", False),
    ],
)
def test_codes_match(gold: str | None, predicted: str | None, ok: bool) -> None:
    assert codes_match(gold, predicted) is ok


def _actor(n: int, code: str) -> Actor:
    return Actor(
        id=f"x:actor{n}",
        name=code,
        type="state",
        country=code,
        igo=None,
        sector=None,
        code=code,
        roles=(),
        mentions=(),
        source="test",
    )


def _event(
    n: int,
    source: int,
    target: int | None,
    root: str,
    start: int,
    end: int,
    *,
    negated: bool = False,
) -> Event:
    return Event(
        id=f"x:e{n}",
        source=f"x:actor{source}",
        target=f"x:actor{target}" if target else None,
        code=root + "0",
        root=root,
        goldstein=0.0,
        quad_class=1,
        evidence=(Span.of(TEXT, start, end),),
        attribution_id=None,
        negated=negated,
        modality=None,
        date=None,
        method="test",
    )


def _article(events: tuple[Event, ...]) -> Article:
    return Article(
        id="x",
        path=None,
        url=None,
        date=None,
        title=None,
        section=(),
        text=TEXT,
        body=(),
        captions=(),
        boilerplate=(),
        attributions=(),
        warnings=(),
        error=None,
        whosaid_version="test",
        model="test",
        actors=(_actor(1, "RUS"), _actor(2, "USA")),
        events=events,
    )


def test_score_article_found_root_dyad_precision() -> None:
    g1 = GoldEvent("RUS", "USA", ("02",), *locate(TEXT, "Russia urged"))
    g2 = GoldEvent(
        "RUS", "USA", ("11",), *locate(TEXT, "It is baseless"), kind="speech"
    )
    gold = GoldArticle(id="x", text=TEXT, date=None, events=(g1, g2))
    events = (
        _event(1, 1, 2, "02", 0, 12),  # right root and dyad for g1
        _event(2, 2, 1, "11", 58, 74),  # right root, wrong direction for g2
        _event(3, 1, 2, "19", 29, 41),  # touches nothing
        _event(4, 1, 2, "11", 58, 74, negated=True),  # negated: ignored
    )
    scores = score_article(gold, _article(events))
    assert (scores.gold, scores.found, scores.root, scores.dyad) == (2, 2, 2, 1)
    assert (scores.predicted, scores.predicted_right) == (3, 2)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.root_f1 == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert scores.by_kind["speech"] == [1, 1, 1, 0]
    assert "dyad accuracy     0.500" in scores.format_table()


def test_load_gold_text_and_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        {
            "id": "a",
            "path": "a.txt",
            "events": [
                {
                    "source": "RUS",
                    "target": "USA",
                    "root": "2",
                    "evidence": "Russia urged",
                    "occurrence": 2,
                    "also_ok": ["10"],
                }
            ],
        },
        {"text": TEXT, "date": "2026-01-01", "events": []},
    ]
    f = tmp_path / "gold.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    gold = load_gold(f)
    assert [g.id for g in gold] == ["a", "2"]
    assert gold[0].events[0].roots == ("02", "10")
    assert gold[0].events[0].start == TEXT.index("Russia urged", 1)
    assert gold[1].date == "2026-01-01"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 1: JSONDecodeError"),
        ('{"events": []}', "line 1: KeyError"),
        (
            '{"text": "abc", "events": [{"root": "01", "evidence": "zzz"}]}',
            "line 1: gold",
        ),
    ],
)
def test_load_gold_bad_lines_name_the_line(
    tmp_path: Path, line: str, message: str
) -> None:
    f = tmp_path / "gold.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(f)
