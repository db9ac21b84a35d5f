"""Render :class:`~whosaid.store.queries.Quote` results as a table, JSON or CSV.

Pure functions that build strings, like :mod:`whosaid.render` (tables laid out
by rich).  The table has one row per quote::

    date       | speaker    | cue  | quote
    -----------+------------+------+------------------------------
    2024-03-01 | Anna Berg  | said | “We are ready to sign,”
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import fields

from rich.text import Text

from whosaid.render import fit_column, new_table, one_line, table_lines
from whosaid.store.queries import Quote

__all__ = ["quotes_csv", "quotes_json", "quotes_jsonl", "quotes_table"]

_NO_SPEAKER = "—"
_MAX_DATE = 10
_MAX_SPEAKER = 28
_MAX_CUE = 16


def quotes_table(quotes: Sequence[Quote], *, width: int = 100) -> str:
    """Quotes as ``date | speaker | cue | quote`` rows fitted to ``width``.

    Args:
        quotes: The quotes.
        width: The total width (the terminal's).

    Returns:
        The table without a trailing newline, or ``(no quotes)``.
    """
    if not quotes:
        return "(no quotes)"
    rows = [
        (
            one_line(q.date)[:_MAX_DATE],
            one_line(q.speaker_name) or one_line(q.source_text) or _NO_SPEAKER,
            one_line(q.cue_text),
            one_line(q.content_text),
        )
        for q in quotes
    ]
    table = new_table("date", "speaker", "cue", "quote")
    for index, cap in enumerate((_MAX_DATE, _MAX_SPEAKER, _MAX_CUE)):
        fit_column(table, index, [row[index] for row in rows], cap)
    for row in rows:
        table.add_row(*(Text(c, no_wrap=True, overflow="ellipsis") for c in row))
    return "\n".join(table_lines(table, width))


def quotes_json(quotes: Sequence[Quote]) -> str:
    """Quotes as one JSON array (indented), without a trailing newline."""
    return json.dumps([q.to_dict() for q in quotes], indent=2, ensure_ascii=False)


def quotes_jsonl(quotes: Sequence[Quote]) -> str:
    """Quotes as JSON Lines, one object per line (ends with a newline if any)."""
    return "".join(json.dumps(q.to_dict(), ensure_ascii=False) + "\n" for q in quotes)


def quotes_csv(quotes: Sequence[Quote]) -> str:
    """Quotes as CSV with a header row (every :class:`Quote` field)."""
    names = [f.name for f in fields(Quote)]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for quote in quotes:
        writer.writerow(quote.to_dict())
    return buffer.getvalue()
