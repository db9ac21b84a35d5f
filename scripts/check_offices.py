"""Gap check of the people tables: who they say held each key office of the
most newsworthy states and IGOs on given days (``whosaid.eval.office_gaps``).

    PYTHONPATH=src python scripts/check_offices.py [--date 2024-06-01 ...] [-v]
        [--country GBR ...] [--kind foreign ...]

Prints the counts of cells (state or IGO, office kind, day) with no holder,
one holder, and several (a stale open term or a duplicate person, for an
office one person holds); ``-v`` prints every cell: ``ISO kind day: names``
(``-`` for none), each name with its term's source and dates.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from whosaid.actors.people import load_people
from whosaid.eval.office_gaps import COUNTRIES, IGO_HEADS, KINDS, cells

MULTI_HOLDER = frozenset({"opposition leader", "igo head", "head of state"})
"""Kinds several people may hold at once (co-princes, several IGO organs,
party leaders): two holders there are not counted as a conflict."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--date", action="append", help="YYYY-MM-DD (repeatable)")
    parser.add_argument("--country", action="append", help="ISO3 or IGO (repeatable)")
    parser.add_argument("--kind", action="append", choices=[*KINDS, "igo head"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    dates = args.date or ["2024-06-01", "2025-06-01"]
    countries = [c for c in COUNTRIES if not args.country or c in args.country]
    igos = [i for i in IGO_HEADS if not args.country or i in args.country]
    found = cells(load_people(), dates, countries, igos)
    if args.kind:
        found = [c for c in found if c.kind in args.kind]
    counts: Counter[str] = Counter()
    for cell in found:
        n = len(cell.holders)
        many = "several" if cell.kind not in MULTI_HOLDER else "several (allowed)"
        counts[f"{cell.date} {'none' if n == 0 else 'one' if n == 1 else many}"] += 1
        counts[f"{cell.kind} {cell.date} none"] += n == 0
    print(f"offices: {len(found)} cells ({len(countries)} states, {len(igos)} IGOs)")
    for date in dates:
        line = ", ".join(
            f"{what} {counts[f'{date} {what}']}"
            for what in ("none", "one", "several", "several (allowed)")
        )
        print(f"  {date}: {line}")
    for kind in [*KINDS, "igo head"]:
        gaps = " ".join(f"{d} {counts[f'{kind} {d} none']}" for d in dates)
        print(f"  gaps {kind}: {gaps}")
    if args.verbose:
        for cell in found:
            names = "; ".join(
                f"{p.name} [{o.source} {o.office} {o.start}..{o.end}]"
                for p, o in cell.holders
            )
            print(f"    {cell.where} {cell.kind} {cell.date}: {names or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
