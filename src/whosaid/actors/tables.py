"""Reading the package's tab-separated knowledge tables.

The shipped tables (``whosaid/actors/data/*.tsv``, ``whosaid/entities/data/
sectors.tsv``) open with ``#`` comment lines, then a header row; cells are
plain text (no quoting).  Every module that reads one uses these functions.
"""

from __future__ import annotations

import csv
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

__all__ = ["cell", "data_text", "gc_paused", "read_tsv"]


def cell(row: dict[str, Any], key: str) -> str | None:
    """A row's cell, stripped; ``None`` when it is missing or empty."""
    value = row.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def read_tsv(text: str) -> list[dict[str, Any]]:
    """The rows of a table's text (comment and blank lines skipped), each a
    dict by the header's column names."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [dict(row) for row in reader]


def data_text(name: str, package: str = "whosaid.actors") -> str:
    """The text of ``data/<name>`` in ``package``; empty when it is absent."""
    path = resources.files(package).joinpath("data", name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a loader builds its
    tables (restored after, as it was).  A load makes hundreds of thousands
    of small lists, tuples and records and frees almost none: each automatic
    collection walks every object made so far for no garbage, which was a
    fifth of the knowledge load's CPU time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
