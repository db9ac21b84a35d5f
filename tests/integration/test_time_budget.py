"""The per-article time budget and the linear-time attribution stage.

Nothing here is timed: the budget runs on a clock that ticks once per
deadline check, and the attribution work is counted in window tokens.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from whosaid.attribution import tagging as tagging_module
from whosaid.attribution.features import MAX_WINDOW_SIDE
from whosaid.cli import app
from whosaid.pipeline import default_pipeline, raw_article
from whosaid.stage_runner import Pipeline

pytestmark = pytest.mark.model

RUN_ON = "Unclosed quote begins here and the official said it would continue, "
_EXTRACT = ("extract", "--format", "jsonl", "--workers", "1")
SHORT = '"We will not give up," the minister said on Monday.\n'


class _TickingClock:
    """One second passes at every reading."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def test_an_article_past_its_budget_fails_and_the_batch_goes_on(
    pipeline: Pipeline,
) -> None:
    # Every cue is one deadline check: 200 cues cannot fit in 40 ticks,
    # the short article's handful of checks can.
    ticking = dataclasses.replace(pipeline, time_budget=40.0, clock=_TickingClock())
    items = [raw_article(SHORT), raw_article(RUN_ON * 200), raw_article(SHORT)]
    first, slow, last = ticking.process_many(items)
    assert slow.error is not None and slow.error.code == "nlp.timeout"
    assert "40 s" in slow.error.message
    assert first.error is None and first.attributions
    assert last.error is None and last.attributions == first.attributions


def test_the_run_on_sentence_work_is_linear(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows: list[int] = []
    original = tagging_module.cue_window

    def counting(feats: Any, cue: Any) -> Any:
        start, end = original(feats, cue)
        windows.append(end - start)
        return start, end

    monkeypatch.setattr(tagging_module, "cue_window", counting)
    article = next(pipeline.process_many([raw_article(RUN_ON * 200)]))
    assert article.error is None
    # 200 cues in one 2,400-token sentence: before the cap every window was
    # the whole sentence (480,000 tokens of features in all).
    assert len(windows) >= 100
    assert max(windows) <= 2 * MAX_WINDOW_SIDE + 2
    assert sum(windows) <= len(windows) * (2 * MAX_WINDOW_SIDE + 2)


def test_time_budget_option_fails_the_article_with_nlp_timeout(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(SHORT, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [*_EXTRACT, str(src), "--time-budget", "0.000001"],
    )
    assert result.exit_code == 1, result.output
    record = json.loads(result.stdout)
    assert record["error"]["code"] == "nlp.timeout"


def test_time_budget_zero_means_no_limit(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(SHORT, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [*_EXTRACT, str(src), "--time-budget", "0"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["error"] is None
