"""Actors: the post a person's title names decides their sector over a
military rank or a bare office word that the same title also holds.

- A rank after a post that takes its sector from a body named before it
  ("National Police spokesman Brigadier General X"): the person speaks for,
  or heads, that body (COP), whatever their rank; the rank alone is no MIL
  post.
- A security body in the complement of a state office word that is no
  minister's ("Inspector General of Police X", "Commissioner of Police"):
  the office heads that force (COP, MIL, SPY), not a ministry (GOV). A
  minister's or secretary's portfolio ("Minister of Police", "Secretary of
  the Navy") stays GOV."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.actors.model import Hit

__all__ = ["RANK_WORDS", "SECURITY_SECTORS", "is_rank", "ranks_after_posts"]

RANK_WORDS: frozenset[str] = frozenset(
    {
        "general",
        "colonel",
        "major",
        "captain",
        "lieutenant",
        "brigadier",
        "admiral",
        "commodore",
        "marshal",
        "sergeant",
        "gen.",
        "col.",
        "maj.",
        "capt.",
        "lt.",
        "brig.",
        "adm.",
        "cdre",
        "cdre.",
    }
)
"""The last words of a military rank."""

SECURITY_SECTORS: frozenset[str] = frozenset({"COP", "MIL", "SPY"})
"""Sectors of the state's forces, whose heads' office words ("Inspector
General", "Commissioner") are no ministry's."""


def is_rank(hit: Hit) -> bool:
    """Whether a title hit is a military rank ("Brigadier General")."""
    sec = hit.sector
    if sec is None or sec.kind != "title" or sec.sector != "MIL":
        return False
    words = sec.pattern.lower().split()
    return bool(words) and words[-1] in RANK_WORDS


def _post(hit: Hit) -> bool:
    """A title word that takes its body's sector ("spokesman", "chairman")."""
    sec = hit.sector
    return sec is not None and sec.kind == "title" and not sec.sector and sec.inherit


def _civil_body(hit: Hit) -> bool:
    """A body word of a sector other than the army's ("National Police")."""
    sec = hit.sector
    return (
        sec is not None
        and sec.kind == "body"
        and bool(sec.sector)
        and sec.sector != "MIL"
    )


def _named_body(hit: Hit) -> bool:
    """An organisation's name among a title's modifiers ("NDMA", "National
    Police"), not a state's or a place's (a "Nigerian army spokesman")."""
    if hit.kind == "org":
        return True
    e = hit.entry
    return (
        hit.kind == "name"
        and e is not None
        and e.type not in {"state", "place", "person", "igo"}
        and e.sector != "MIL"
    )


def ranks_after_posts(title_hits: list[Hit], mods: Sequence[Hit] = ()) -> list[Hit]:
    """The title hits without a rank that follows a post (:func:`_post`) of
    a body other than the army named before it: "National Police spokesman
    Brigadier General X" is the police's spokesman, not the army's (a body
    named among the title's ``mods`` counts: "NDMA Chairman Lieutenant
    General X"). A post whose body the title does not name keeps the rank's
    MIL ("its spokesman, Colonel X")."""
    out: list[Hit] = []
    body = post = False
    for h in title_hits:
        if post and is_rank(h) and out and _post(out[-1]) and out[-1].j == h.i:
            continue  # not "Director-General": the rank follows the post word
        body = (
            body or _civil_body(h) or any(_named_body(m) and m.j <= h.i for m in mods)
        )
        post = post or (body and _post(h))
        out.append(h)
    return out
