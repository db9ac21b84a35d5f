"""The identities table: one row per person or body across a corpus
(output schema v3, ``Actor.identity``), named by the best name seen."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from whosaid.records import Actor

__all__ = ["better_identity_name", "store_identities"]


def store_identities(conn: sqlite3.Connection, actors: Sequence[Actor]) -> None:
    """Add the actors' identities; an identity keeps the fullest name seen
    ("Barack Obama" over "Obama") among those that spell its key, so a
    headline glued to a name ("Obama Administration To Expand Program")
    never names ``name:obama administration|USA``.  A person's type wins
    over a body's named after them ("Eric Trump's foundation", named "Eric
    Trump", is no reason to type Eric Trump an NGO)."""
    rows = [a for a in actors if a.identity]
    if not rows:
        return
    ids = sorted({a.identity for a in rows if a.identity})
    marks = ",".join("?" * len(ids))
    names: dict[str, str] = dict(
        conn.execute(
            f"SELECT id, name FROM identities WHERE id IN ({marks})", ids
        ).fetchall()
    )
    for a in rows:
        assert a.identity is not None
        old = names.get(a.identity)
        if old is None or better_identity_name(a.identity, a.name, old):
            names[a.identity] = a.name
    typed: dict[str, Actor] = {}
    for a in rows:
        assert a.identity is not None
        seen = typed.get(a.identity)
        if seen is None or (a.type == "person" and seen.type != "person"):
            typed[a.identity] = a
    conn.executemany(
        "INSERT INTO identities (id, name, type, country, igo, kb_id) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = "
        "excluded.name, type = CASE WHEN excluded.type = 'person' THEN 'person' "
        "ELSE identities.type END",
        [
            (ident, names[ident], a.type, a.country, a.igo, a.kb_id)
            for ident, a in typed.items()
        ],
    )


_NOT_KEY = re.compile(r"[^\w ]")


def better_identity_name(identity: str, new: str, old: str) -> bool:
    """Whether ``new`` names an identity better than ``old``: one that spells
    the identity's key (``name:KEY|WHERE``) beats one that does not; else the
    longer."""
    kind, _, rest = identity.partition(":")
    if kind in {"name", "place"}:
        key = rest.split("|", 1)[0]
        new_ok, old_ok = _name_key(new) == key, _name_key(old) == key
        if new_ok != old_ok:
            return new_ok
    return len(new) > len(old)


def _name_key(name: str) -> str:
    return " ".join(_NOT_KEY.sub("", name.lower().replace("-", " ")).split())
