"""Render :class:`~whosaid.store.queries.Quote` results as a table, JSON or CSV.

Pure functions that build strings, like :mod:`whosaid.render`.  The table has
one row per quote::

    date       | speaker    | cue  | quote
    -----------+------------+------+------------------------------
    2024-03-01 | Anna Berg  | said | “We are ready to sign,”
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import fields

from whosaid.render import display_width, truncate
from whosaid.store.queries import Quote

__all__ = ["quotes_csv", "quotes_json", "quotes_jsonl", "quotes_table"]

_SEPARATOR = " | "
_NO_SPEAKER = "—"
_MAX_DATE = 10
_MAX_SPEAKER = 28
_MAX_CUE = 16
_MIN_QUOTE = 24


def _one_line(text: str | None) -> str:
    if not text:
        return ""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(cleaned.split())


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


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
    dates = [truncate(_one_line(q.date)[:_MAX_DATE], _MAX_DATE) for q in quotes]
    speakers = [
        truncate(
            _one_line(q.speaker_name) or _one_line(q.source_text) or _NO_SPEAKER,
            _MAX_SPEAKER,
        )
        for q in quotes
    ]
    cues = [truncate(_one_line(q.cue_text), _MAX_CUE) for q in quotes]
    date_w = max(display_width("date"), *(display_width(d) for d in dates))
    speaker_w = max(display_width("speaker"), *(display_width(s) for s in speakers))
    cue_w = max(display_width("cue"), *(display_width(c) for c in cues))
    room = max(_MIN_QUOTE, width - date_w - speaker_w - cue_w - 3 * len(_SEPARATOR))
    texts = [truncate(_one_line(q.content_text), room) for q in quotes]
    quote_w = max(display_width("quote"), *(display_width(t) for t in texts))

    def row(*cells: str) -> str:
        widths = (date_w, speaker_w, cue_w)
        padded = [_pad(c, w) for c, w in zip(cells[:3], widths, strict=True)]
        return _SEPARATOR.join([*padded, cells[3]]).rstrip()

    lines = [
        row("date", "speaker", "cue", "quote"),
        "-+-".join("-" * w for w in (date_w, speaker_w, cue_w, quote_w)),
    ]
    lines.extend(
        row(*cells) for cells in zip(dates, speakers, cues, texts, strict=True)
    )
    return "\n".join(lines)


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
