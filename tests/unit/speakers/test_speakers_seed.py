"""Acceptance test: speaker resolution on the seed article's expected spans.

Attribution records are built from the hand-made source/cue/content spans of
``../shared/seeds/000_d4f4f8383d51361c.expected.json`` (speaker unset); the
captions and boilerplate listed there are excluded, and all 14 speaker names
must come out right.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.factories import make_attribution

from whosaid.records import Attribution, Span
from whosaid.speakers import resolve_speakers

pytestmark = [pytest.mark.model, pytest.mark.data]


def _spans(value: Any) -> tuple[Span, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(
        Span(start=v["start"], end=v["end"], text=v["text"])
        for v in items
        if isinstance(v, dict)
    )


@pytest.fixture(scope="module")
def resolved(
    seed_paths: tuple[Path, Path],
) -> tuple[str, list[dict[str, Any]], tuple[Attribution, ...]]:
    from whosaid.nlp.models import load_spacy

    seed, seed_expected = seed_paths
    text = seed.read_text(encoding="utf-8")
    expected: dict[str, Any] = json.loads(seed_expected.read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = expected["attributions"]
    attributions = [
        make_attribution(
            id=f"seed-{n}",
            kind=row["type"],
            source=_spans(row["source"]),
            cue=_spans(row["cue"]),
            content=_spans(row["content"]),
            confidence=1.0,
            method="expected",
        )
        for n, row in enumerate(rows)
    ]
    exclude = [
        (span["start"], span["end"])
        for spans in expected["boilerplate_not_body"].values()
        for span in spans
    ]
    out = resolve_speakers(load_spacy()(text), attributions, exclude=exclude)
    return text, rows, out


def test_all_speaker_names(
    resolved: tuple[str, list[dict[str, Any]], tuple[Attribution, ...]],
) -> None:
    _, rows, out = resolved
    assert len(out) == len(rows) == 14
    got = [a.speaker.name if a.speaker else None for a in out]
    assert got == [row["speaker"] for row in rows]


def test_mentions_index_the_text(
    resolved: tuple[str, list[dict[str, Any]], tuple[Attribution, ...]],
) -> None:
    text, _, out = resolved
    for a in out:
        assert a.speaker is not None and a.speaker.mention is not None
        mention = a.speaker.mention
        assert text[mention.start : mention.end] == mention.text == a.speaker.name


def test_how_each_was_resolved(
    resolved: tuple[str, list[dict[str, Any]], tuple[Attribution, ...]],
) -> None:
    _, _, out = resolved
    assert [a.speaker.resolved_by if a.speaker else None for a in out] == [
        "name",  # Russia (headline)
        "name",  # Russia
        "appositive",  # a statement released by the Russian Foreign Ministry
        "pronoun",  # it stressed
        "name",  # China
        "pronoun",  # It has urged
        "appositive",  # the US envoy to the United Nations Nikki Haley
        "pronoun",  # She added
        "nominal",  # The Russian statement
        "pronoun",  # it added
        "pronoun",  # it says (North Korea)
        "appositive",  # China's UN Ambassador Liu Jieyi
        "pronoun",  # he said
        "pronoun",  # he added (after a caption)
    ]
