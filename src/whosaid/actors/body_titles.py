"""Actors: a person titled by a named body that is no state body and no
party ("TUC general secretary Frances O'Grady", "ICTU general secretary
David Begg") holds that body's office: its sector, not the party sector
(PTY) that the bare title word "general secretary" guesses."""

from __future__ import annotations

from whosaid.actors.knowledge import Entry

__all__ = ["NON_PRIVATE_SECTORS", "body_over_title"]

NON_PRIVATE_SECTORS: frozenset[str] = frozenset(
    {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP", "ELI", "REB", "INS"}
)
"""Sectors of the state, of parties and of armed groups: a body of these
keeps the title word's reading (a party's "general secretary" is PTY, a
state body's is the office rules')."""

GUESSED_TITLE_SECTORS: frozenset[str] = frozenset({"PTY"})
"""Sectors a title word only guesses from the body such a title usually
belongs to ("general secretary": a party's)."""


def body_over_title(title_sector: str | None, body: Entry) -> bool:
    """Whether the named ``body`` before a person's title decides their
    sector over ``title_sector``: the title word only guessed a party, and
    the body is a union, firm, association or other private body."""
    return (
        title_sector in GUESSED_TITLE_SECTORS
        and body.type != "party"
        and bool(body.sector)
        and body.sector not in NON_PRIVATE_SECTORS
    )
