"""Acceptance test: the cleaner on the seed article and its hand-made analysis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from whosaid.clean import clean_article
from whosaid.ingest import read_path_with_warnings
from whosaid.records import CleanArticle

pytestmark = [pytest.mark.data]


@pytest.fixture(scope="module")
def expected(seed_paths: tuple[Path, Path]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(seed_paths[1].read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def article(seed_paths: tuple[Path, Path]) -> CleanArticle:
    ingested = read_path_with_warnings(seed_paths[0])
    return clean_article(ingested.article, warnings=ingested.warnings)


def _triples(spans: list[dict[str, Any]]) -> set[tuple[int, int, str]]:
    return {(span["start"], span["end"], span["text"]) for span in spans}


def _spans_of(attribution: dict[str, Any]) -> list[dict[str, Any]]:
    spans: list[dict[str, Any]] = []
    for role in ("source", "cue", "content"):
        value = attribution.get(role)
        if isinstance(value, dict):
            spans.append(value)
        elif isinstance(value, list):
            spans.extend(item for item in value if isinstance(item, dict))
    return spans


def test_seed_offsets_index_the_unchanged_text(
    article: CleanArticle, seed_paths: tuple[Path, Path]
) -> None:
    assert article.text == seed_paths[0].read_text(encoding="utf-8")
    assert article.warnings == ()
    spans = [article.title, *article.body, *article.captions, *article.boilerplate]
    for span in spans:
        assert span is not None
        assert article.text[span.start : span.end] == span.text


def test_seed_title(article: CleanArticle, expected: dict[str, Any]) -> None:
    assert article.title is not None
    title = expected["title"]
    assert (article.title.start, article.title.end, article.title.text) == (
        title["start"],
        title["end"],
        title["text"],
    )


def test_seed_section(article: CleanArticle, expected: dict[str, Any]) -> None:
    assert article.section == tuple(expected["section"])


def test_seed_captions(article: CleanArticle, expected: dict[str, Any]) -> None:
    captions = {(c.start, c.end, c.text) for c in article.captions}
    assert captions == _triples(expected["boilerplate_not_body"]["captions"])


@pytest.mark.parametrize(
    ("group", "kinds"),
    [
        ("breadcrumb", {"breadcrumb"}),
        ("link_blocks", {"link_block"}),
        # The expected file files "SHARE THIS ARTICLE" under site footer; the
        # cleaner gives share widgets their own kind.
        ("site_footer", {"site_footer", "share"}),
    ],
)
def test_seed_boilerplate(
    article: CleanArticle, expected: dict[str, Any], group: str, kinds: set[str]
) -> None:
    found = {(b.start, b.end, b.text) for b in article.boilerplate if b.kind in kinds}
    assert found == _triples(expected["boilerplate_not_body"][group])


def test_seed_subheading_is_not_boilerplate(
    article: CleanArticle, expected: dict[str, Any]
) -> None:
    subheading = expected["subheading"]
    assert any(
        span.start <= subheading["start"] and subheading["end"] <= span.end
        for span in article.body
    )


def test_seed_every_attribution_is_in_body_or_title(
    article: CleanArticle, expected: dict[str, Any]
) -> None:
    assert article.title is not None
    containers = [article.title, *article.body]
    for attribution in expected["attributions"]:
        for span in _spans_of(attribution):
            assert any(
                box.start <= span["start"] and span["end"] <= box.end
                for box in containers
            ), span["text"]


def test_seed_only_the_expected_leftovers(
    article: CleanArticle, expected: dict[str, Any]
) -> None:
    groups = expected["boilerplate_not_body"]
    assert len(article.boilerplate) == sum(
        len(groups[name]) for name in ("breadcrumb", "link_blocks", "site_footer")
    )
