"""Cue positions and quotation shapes, through the whole pipeline (real model)."""

from __future__ import annotations

import re

import pytest

import whosaid
from whosaid.records import Article, Attribution

pytestmark = pytest.mark.model


def _words(text: str, start: int, end: int) -> set[int]:
    return {start + m.start() for m in re.finditer(r"\w+", text[start:end])}


def _find(article: Article, cue: str, content: str) -> Attribution:
    """The attribution whose cue holds ``cue`` and covers half of ``content``."""
    text = article.text
    start = text.index(content)
    gold = _words(text, start, start + len(content))
    for a in article.attributions:
        got = set().union(*(_words(text, s.start, s.end) for s in a.content))
        if cue in " ".join(c.text for c in a.cue) and len(got & gold) >= len(gold) / 2:
            return a
    found = [(a.cue[0].text, [c.text for c in a.content]) for a in article.attributions]
    raise AssertionError(f"no {cue!r} attribution covering {content!r}; got {found}")


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker", "kind"),
    [
        (
            "The mayor spoke on Monday.\n\n"
            '"We will rebuild the bridge before winter," she said.\n',
            "said",
            '"We will rebuild the bridge before winter,"',
            "she",
            "direct",
        ),
        (
            "Mayor Ana Ruiz spoke on Monday.\n\n"
            "She said: “We will rebuild the bridge before winter.”\n",
            "said",
            "“We will rebuild the bridge before winter.”",
            "She",
            "direct",
        ),
        (
            "Finance Minister Karl Berg said that taxes would rise next year "
            "because of the deficit.\n",
            "said",
            "taxes would rise next year because of the deficit",
            "Finance Minister Karl Berg",
            "indirect",
        ),
        (
            "According to the ministry, exports fell by five percent in May "
            "as demand in Asia weakened.\n",
            "According to",
            "exports fell by five percent in May as demand in Asia weakened",
            "the ministry",
            "indirect",
        ),
    ],
)
def test_attribution_cue_positions(
    text: str, cue: str, content: str, speaker: str, kind: str
) -> None:
    article = whosaid.process(text)
    found = _find(article, cue, content)
    assert speaker in " ".join(s.text for s in found.source)
    assert found.kind == kind


def test_attribution_cue_in_the_middle_is_one_attribution() -> None:
    text = (
        "Prime Minister Lena Holm visited the flooded valley.\n\n"
        '"We will rebuild every house," she said, "and we will do it this year."\n'
    )
    article = whosaid.process(text)
    found = _find(article, "said", '"We will rebuild every house,"')
    parts = [c.text for c in found.content]
    assert any("do it this year" in p for p in parts), parts
    assert found.speaker is not None
    assert found.speaker.name == "Lena Holm"


def test_attribution_quote_reopened_in_next_paragraph() -> None:
    text = (
        "The central bank governor, Tomas Varga, warned of a long slowdown.\n\n"
        '"Inflation is falling, but far too slowly for comfort. We expect '
        'rates to stay where they are for most of next year," Varga said.\n\n'
        '"Households should not expect relief before the summer."\n'
    )
    article = whosaid.process(text)
    found = _find(article, "said", "Inflation is falling, but far too slowly")
    assert found.speaker is not None
    assert found.speaker.name == "Tomas Varga"
