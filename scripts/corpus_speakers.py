#!/usr/bin/env python3
"""Print a corpus database's speaker figures: the most quoted speakers and how
one person's attributions spread over identities.

Usage::

    PYTHONPATH=src python scripts/corpus_speakers.py --db whosaid.db
    PYTHONPATH=src python scripts/corpus_speakers.py --db whosaid.db \
        --top 50 --surname Obama --surname Clinton --surname Trump

Part 1 lists the ``--top`` speakers as the speaker listing counts them
(:func:`whosaid.store.queries.list_speakers`: one row per identity) and marks
every one that must never be a speaker: a pronoun, relative pronoun or
determiner (``function``), a place (``place``: an identity of type place or a
name of the shipped places table) or a dateline (``dateline``: a name in
capitals, "LONDON").  Part 2 lists, for each ``--surname``, every identity
whose name contains it, with its attributions, and the share the largest one
holds of those not linked to another people-table entry (the leftovers of one
person split over several identities).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from importlib import resources

from whosaid.actors.speaker_names import is_function_phrase
from whosaid.store import open_read_only
from whosaid.store.queries import list_speakers


def place_names() -> frozenset[str]:
    """Lower-cased names of the shipped places table that are not capitals
    (a capital may stand for its state: "Moscow said")."""
    text = (
        resources.files("whosaid.actors")
        .joinpath("data", "places.tsv")
        .read_text(encoding="utf-8")
    )
    names: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) >= 3 and cells[2] != "capital" and cells[0] != "pattern":
            names.update({cells[0].lower(), cells[1].lower()})
    return frozenset(names)


def flags(name: str, kind: str | None, places: frozenset[str]) -> list[str]:
    """Why a speaker name must never be a speaker (empty: it may)."""
    out: list[str] = []
    if is_function_phrase(name):
        out.append("function")
    if kind == "place" or name.lower() in places:
        out.append("place")
    letters = [c for c in name if c.isalpha()]
    capitals = len(letters) > 2 and all(c.isupper() for c in letters)
    if (
        capitals
        and " " not in name
        and (name.lower() in places or kind in {None, "place", "state"})
    ):
        out.append("dateline")
    return out


def top_speakers(conn: sqlite3.Connection, top: int) -> int:
    places = place_names()
    kinds = dict(conn.execute("SELECT id, type FROM identities").fetchall())
    total = conn.execute(
        "SELECT count(*) FROM attributions WHERE speaker_name IS NOT NULL"
    ).fetchone()[0]
    print(f"attributions with a speaker name: {total}")
    print(f"top {top} speakers (one row per identity):")
    bad = 0
    for n, s in enumerate(list_speakers(conn, limit=top), 1):
        why = flags(s.name, kinds.get(s.identity), places)
        bad += bool(why)
        mark = f"  <-- {', '.join(why)}" if why else ""
        print(f"{n:3d}. {s.attributions:5d}  {s.name}  [{s.identity}]{mark}")
    print(f"top {top}: {bad} never-speakers (function word, place or dateline)")
    return bad


def surname_spread(conn: sqlite3.Connection, surname: str) -> None:
    like = f"%{surname.lower()}%"
    rows = conn.execute(
        "SELECT a.speaker_identity, coalesce(i.name, a.speaker_name), i.kb_id, "
        "i.type, count(*) FROM attributions AS a "
        "LEFT JOIN identities AS i ON i.id = a.speaker_identity "
        "WHERE lower(coalesce(i.name, a.speaker_name)) LIKE ? "
        "OR lower(a.speaker_name) LIKE ? "
        "GROUP BY coalesce(a.speaker_identity, lower(a.speaker_name)) "
        "ORDER BY count(*) DESC",
        (like, like),
    ).fetchall()
    print(f"'{surname}': {len(rows)} identities")
    if not rows:
        return
    for ident, name, _, kind, count in rows:
        print(f"  {count:5d}  {name}  [{ident}, {kind}]")
    main_ident, _, main_kb, _, main_count = rows[0]
    # the same person's leftovers: person identities, names without an
    # identity and the bare surname, not linked to another people-table entry
    # (namesakes the tables lack, "Ivana Trump", count too: read the list).
    # A name without an identity counts only when it is a name (every word
    # capitalised): "Clinton aides", "people close to Clinton" are not ways
    # of naming Clinton.
    pool = sum(
        c
        for _, name, kb, kind, c in rows
        if (
            kind == "person"
            or (kind is None and _all_capitalised(name))
            or name.lower() == surname.lower()
        )
        and (not kb or kb == main_kb)
    )
    print(
        f"  '{surname}' main identity {main_ident}: {main_count} of {pool} "
        f"({main_count / max(pool, 1):.1%}) attributions to persons so named "
        "not linked to another entry"
    )


def _all_capitalised(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the corpus database")
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument(
        "--surname",
        action="append",
        help="a surname whose identities to list (repeatable; "
        "default: Obama, Clinton, Trump)",
    )
    args = parser.parse_args(argv)
    conn = open_read_only(args.db)
    top_speakers(conn, args.top)
    for surname in args.surname or ["Obama", "Clinton", "Trump"]:
        surname_spread(conn, surname)
    return 0


if __name__ == "__main__":
    sys.exit(main())
