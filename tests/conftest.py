"""Shared test setup: markers, where the shared data lives, the fake pipeline.

Markers (``pytest -m "not slow"`` runs the quick suite; ``make test`` runs all):

* ``model``: loads the spaCy model (a pinned PyPI package; on by default);
* ``slow``: long-running (local Dask clusters, the headless browser); run
  by default, deselect with ``-m "not slow"``;
* ``data``: needs the shared data (the seed, PolNeAR); skipped with a
  reason when it is absent.

The shared data folder (``seeds/``, ``data/polnear/``...) is, in this order,
``--shared PATH``, the environment variable ``WHOSAID_SHARED``, or
``../shared`` next to the repository.  Tests get its parts from the fixtures
below, which skip with the path they looked at when a part is missing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import spacy

from tests.factories import fake_process_many, unloaded_pipeline
from whosaid.stage_runner import Pipeline

REPO = Path(__file__).resolve().parents[1]
SEED_NAME = "000_d4f4f8383d51361c"

MARKERS = (
    "model: loads the spaCy model (installed from PyPI; on by default)",
    "slow: long-running (Dask clusters, the browser); deselect with -m 'not slow'",
    "data: needs the shared data (the seed, PolNeAR); skipped with a reason "
    "when absent",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--shared",
        metavar="PATH",
        default=None,
        help=(
            "the shared data folder (seeds/, data/polnear/); default: "
            "$WHOSAID_SHARED, else ../shared next to the repository"
        ),
    )


def pytest_configure(config: pytest.Config) -> None:
    for marker in MARKERS:
        config.addinivalue_line("markers", marker)


def shared_root(config: pytest.Config) -> Path:
    """``--shared``, else ``$WHOSAID_SHARED``, else ``../shared``."""
    given = config.getoption("--shared") or os.environ.get("WHOSAID_SHARED")
    return Path(given).expanduser().resolve() if given else REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir(pytestconfig: pytest.Config) -> Path:
    """The shared data folder (it may be absent: use the fixtures below)."""
    return shared_root(pytestconfig)


@pytest.fixture(scope="session")
def seed_paths(shared_dir: Path) -> tuple[Path, Path]:
    """The reference article and its expected analysis (``seeds/``)."""
    text = shared_dir / "seeds" / f"{SEED_NAME}.txt"
    expected = text.with_suffix(".expected.json")
    if not (text.is_file() and expected.is_file()):
        pytest.skip(f"the seed article is not at {text} (shared data absent)")
    return text, expected


@pytest.fixture(scope="session")
def polnear_dir(shared_dir: Path) -> Path:
    """The PolNeAR data folder (``data/polnear``, holding ``dev/text``...)."""
    path = shared_dir / "data" / "polnear"
    if not (path / "dev" / "text").is_dir():
        pytest.skip(f"PolNeAR dev not found at {path / 'dev' / 'text'}")
    return path


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """Pipeline.process_many replaced by the fake (no model is loaded)."""
    monkeypatch.setattr(Pipeline, "process_many", fake_process_many)
    fake: Pipeline = unloaded_pipeline()
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, **_: fake))
    return fake


@pytest.fixture(scope="session")
def vocab() -> Any:
    """A blank English vocabulary for hand-parsed Docs (no model)."""
    return spacy.blank("en").vocab
