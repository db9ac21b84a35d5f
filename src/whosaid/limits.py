"""Caps on what one record may carry.

Size limits on inputs live with the reading code
(:data:`whosaid.ingest.encoding.DEFAULT_MAX_CHARS` for text and the text
extracted from HTML, :data:`whosaid.ingest.encoding.DEFAULT_MAX_HTML_BYTES`
for raw HTML, :func:`whosaid.ingest.read.jsonl_line_limit` for one JSON Lines
line).  This module caps the warnings of a record: every warning of an
article goes through :func:`cap_warnings` once, where the pipeline builds the
record, so a malformed article (thousands of unbalanced quotation marks)
gives a short, readable list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

__all__ = ["MAX_WARNINGS_PER_KIND", "cap_warnings", "warning_kind"]

MAX_WARNINGS_PER_KIND = 10
"""Warnings of one kind kept in a record; the rest become one count."""


def warning_kind(warning: str) -> str:
    """The code of a ``"code: message"`` warning (the whole string without a
    colon)."""
    return warning.split(":", 1)[0].strip()


def cap_warnings(
    warnings: Iterable[str], *, per_kind: int = MAX_WARNINGS_PER_KIND
) -> tuple[str, ...]:
    """Keep the first ``per_kind`` warnings of each kind, count the rest.

    Args:
        warnings: ``"code: message"`` strings, in order.
        per_kind: How many of one kind to keep.

    Returns:
        The kept warnings in their order; where the first dropped warning of
        a kind stood, one ``"code: … (and N more)"``.

    Example:
        >>> cap_warnings(["a: 1", "b: 1", "a: 2", "a: 3"], per_kind=1)
        ('a: 1', 'b: 1', 'a: … (and 2 more)')
    """
    items = list(warnings)
    totals = Counter(warning_kind(w) for w in items)
    seen: Counter[str] = Counter()
    kept: list[str] = []
    for warning in items:
        kind = warning_kind(warning)
        seen[kind] += 1
        if seen[kind] <= per_kind:
            kept.append(warning)
        elif seen[kind] == per_kind + 1:
            kept.append(f"{kind}: … (and {totals[kind] - per_kind:,} more)")
    return tuple(kept)
