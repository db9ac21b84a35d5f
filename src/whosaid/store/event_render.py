"""Render events and dyad counts as a table, JSON, JSON Lines or CSV.

Pure functions that build strings, like :mod:`whosaid.store.render`.  The
events table::

    day        | source | code | target | gold  | evidence
    -----------+--------+------+--------+-------+--------------------------
    2024-03-04 | RUS    | 112  | USAGOV |  -2.0 | accused Washington of ...
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from whosaid.render import display_width, truncate
from whosaid.store.events import Dyad, StoredEvent

__all__ = [
    "dyads_table",
    "events_table",
    "records_csv",
    "records_json",
    "records_jsonl",
]

_SEPARATOR = " | "
_NONE = "—"
_MIN_EVIDENCE = 24


def _one_line(text: str | None) -> str:
    if not text:
        return ""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(cleaned.split())


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> str:
    """Columns padded to their widest cell; the last one truncated to fit."""
    widths = [
        max(display_width(header[i]), *(display_width(r[i]) for r in rows))
        for i in range(len(header) - 1)
    ]
    room = max(_MIN_EVIDENCE, width - sum(widths) - len(widths) * len(_SEPARATOR))
    last = [truncate(r[-1], room) for r in rows]
    last_w = max(display_width(header[-1]), *(display_width(c) for c in last))

    def line(cells: Sequence[str]) -> str:
        padded = [
            c + " " * max(0, w - display_width(c))
            for c, w in zip(cells[:-1], widths, strict=True)
        ]
        return _SEPARATOR.join([*padded, cells[-1]]).rstrip()

    out = [line(header), "-+-".join("-" * w for w in (*widths, last_w))]
    out.extend(line([*r[:-1], c]) for r, c in zip(rows, last, strict=True))
    return "\n".join(out)


def events_table(events: Sequence[StoredEvent], *, width: int = 100) -> str:
    """Events as ``day | source | code | target | gold | evidence`` rows.

    A negated event's code is marked ``not``; the table has no trailing
    newline, or is ``(no events)``.
    """
    if not events:
        return "(no events)"
    rows = [
        [
            e.day or _NONE,
            e.source_code or _one_line(e.source_name) or _NONE,
            ("not " if e.negated else "") + e.code,
            e.target_code or _one_line(e.target_name) or _NONE,
            f"{e.goldstein:+.1f}",
            _one_line(e.evidence_text),
        ]
        for e in events
    ]
    header = ["day", "source", "code", "target", "gold", "evidence"]
    return _table(header, rows, width)


def dyads_table(dyads: Sequence[Dyad]) -> str:
    """Dyad counts as ``period | source | target | events | sum | mean | q1..q4``."""
    if not dyads:
        return "(no dyads)"
    header = ["period", "source", "target", "events", "sum", "mean", "quads 1/2/3/4"]
    rows = [
        [
            d.period,
            d.source,
            d.target,
            str(d.events),
            f"{d.goldstein_sum:+.1f}",
            f"{d.goldstein_mean:+.2f}",
            f"{d.verbal_cooperation}/{d.material_cooperation}/"
            f"{d.verbal_conflict}/{d.material_conflict}",
        ]
        for d in dyads
    ]
    return _table(header, rows, width=200)


def records_json(records: Sequence[StoredEvent | Dyad]) -> str:
    """One JSON array (indented), without a trailing newline."""
    return json.dumps([r.to_dict() for r in records], indent=2, ensure_ascii=False)


def records_jsonl(records: Sequence[StoredEvent | Dyad]) -> str:
    """JSON Lines, one object per line (ends with a newline if any)."""
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records)


def records_csv(records: Sequence[StoredEvent | Dyad], kind: type[Any]) -> str:
    """CSV with a header row of every field of ``kind`` (booleans as 0/1)."""
    names = [f.name for f in fields(kind)]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for record in records:
        row = record.to_dict()
        writer.writerow(
            {k: int(v) if isinstance(v, bool) else v for k, v in row.items()}
        )
    return buffer.getvalue()
