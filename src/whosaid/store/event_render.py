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
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from rich.text import Text

from whosaid.render import fit_column, new_table, one_line, table_lines
from whosaid.store.events import Dyad, StoredEvent

__all__ = [
    "dyads_table",
    "events_table",
    "records_csv",
    "records_json",
    "records_jsonl",
]

_NONE = "—"
_CAPS = {"day": 10, "source": 16, "code": 8, "target": 16, "gold": 6}


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> str:
    """Every column fitted to its widest cell but the last, which takes the rest."""
    table = new_table(*header)
    for index in range(len(header) - 1):
        cap = _CAPS.get(header[index], 20)
        fit_column(table, index, [row[index] for row in rows], cap)
    for row in rows:
        table.add_row(*(Text(c, no_wrap=True, overflow="ellipsis") for c in row))
    return "\n".join(table_lines(table, width))


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
            e.source_code or one_line(e.source_name) or _NONE,
            ("not " if e.negated else "") + e.code,
            e.target_code or one_line(e.target_name) or _NONE,
            f"{e.goldstein:+.1f}",
            one_line(e.evidence_text),
        ]
        for e in events
    ]
    header = ["day", "source", "code", "target", "gold", "evidence"]
    return _table(header, rows, width)


def dyads_table(dyads: Sequence[Dyad], *, width: int = 100) -> str:
    """Dyad counts as ``period | source | target | events | sum | mean | quads``."""
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
    return _table(header, rows, width)


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
