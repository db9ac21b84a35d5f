"""A corpus database holding the hand-built event articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.event_articles import ARTICLES

from whosaid.store import Store


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A database file with :data:`tests.event_articles.ARTICLES` stored."""
    path = tmp_path / "events.db"
    with Store(path) as store:
        for article in ARTICLES:
            store.save_article(article)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "fresh.db") as s:
        yield s
