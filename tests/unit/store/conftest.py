"""Fixtures of the store tests: a fresh database and the fast fake pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fakes import fake_process_many, unloaded_pipeline

from whosaid.pipeline import Pipeline
from whosaid.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "corpus.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        yield s


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """Pipeline.process_many replaced by the fake (no model is loaded)."""
    monkeypatch.setattr(Pipeline, "process_many", fake_process_many)
    fake: Pipeline = unloaded_pipeline()
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, **_: fake))
    return fake
