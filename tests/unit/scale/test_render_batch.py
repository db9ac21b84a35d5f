"""Workers render the records; the driver only writes them (no model)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.factories import fake_process_many, rich_article

from whosaid.ingest import InputFailure
from whosaid.records import RawArticle
from whosaid.render import article_to_json, render_article_table
from whosaid.scale import ScaleSettings, analyze_rendered
from whosaid.scale.worker import render_article


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("jsonl", lambda a: article_to_json(a) + "\n"),
        ("json", lambda a: article_to_json(a, indent=2)),
        ("table", lambda a: render_article_table(a, width=80) + "\n"),
    ],
)
def test_render_article_is_what_the_writer_wrote(fmt: str, expected: Any) -> None:
    article = rich_article()
    assert render_article(article, fmt, 80) == expected(article)


def test_an_unknown_format_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown output format"):
        render_article(rich_article(), "xml", 80)


def test_analyze_rendered_gives_one_rendered_record_per_input_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import whosaid.pipeline

    def fake(items: Any, **_: Any) -> Any:
        return fake_process_many(None, items)

    monkeypatch.setattr(whosaid.pipeline, "process_many", fake)
    items = [
        RawArticle(id="a1", text='"We will win," Ann Lee said.\n'),
        InputFailure(id="bad", path="x.txt", code="input.empty", message="empty"),
        RawArticle(id="a2", text='"Not now," Bo Ek said.\n'),
    ]
    out = list(
        analyze_rendered(
            items, ScaleSettings(workers=1, batch_size=2), fmt="jsonl", width=80
        )
    )
    assert [r.summary.id for r in out] == ["a1", "bad", "a2"]
    assert out[1].summary.error is not None
    assert out[1].summary.error.code == "input.empty"
    expected = [article_to_json(a) + "\n" for a in fake_process_many(None, items)]
    assert [r.text for r in out] == expected
