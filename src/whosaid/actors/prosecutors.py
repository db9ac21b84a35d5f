"""Actors: an attorney general who is the state's chief prosecutor is JUD.

``sectors.tsv`` codes "attorney general" GOV: in the United States, Britain
and most of the Commonwealth the post is a minister's or the government's
lawyer.  Where it heads the public prosecution -- the *fiscal general* or
*procurador* of Latin America, Israel's attorney general, the public
prosecutors of Malaysia, Singapore and Sri Lanka -- CAMEO groups it with
the courts and prosecutors (JUD), as ``README`` says of prosecutors.
"""

from __future__ import annotations

from whosaid.actors.model import ActorDraft

ATTORNEY_GENERAL_PROSECUTORS: frozenset[str] = frozenset(
    {
        "ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "GTM",
        "HND", "MEX", "NIC", "PAN", "PER", "PRY", "SLV", "URY", "VEN",
        "ISR", "LKA", "MYS", "SGP",
    }
)  # fmt: skip
"""States whose attorney general heads the public prosecution."""

ATTORNEY_GENERAL_WORDS: tuple[str, ...] = ("attorney general", "attorney-general")

PROSECUTOR_SOURCE = "attorney general (chief prosecutor)"
"""The source a JUD given by :func:`prosecutor_sectors` records."""


def prosecutor_sectors(drafts: list[ActorDraft]) -> None:
    """A person titled attorney general of a state in
    :data:`ATTORNEY_GENERAL_PROSECUTORS` is JUD, not GOV (in place):
    "Guatemala's Attorney General Consuelo Porras"."""
    for d in drafts:
        if d.type != "person" or d.sector != "GOV" or d.igo:
            continue
        if d.country not in ATTORNEY_GENERAL_PROSECUTORS:
            continue
        roles = " ".join(d.roles).lower()
        if any(w in roles for w in ATTORNEY_GENERAL_WORDS):
            d.sector = "JUD"
            d.sources.append(PROSECUTOR_SOURCE)
