"""A body word in a title that refers back to the body the article named
("Japan's Foreign Ministry summoned ... The foreign ministry spokeswoman,
Keiko Tanabe, said"): the title takes that body's country.

The body named last before the title in its paragraph decides; beyond the
paragraph, a definite body word ("the foreign ministry spokesman") refers to
the one body of that name the article has named so far, when it named only
one country's.  Never the article's most-named country: with no such body,
the title keeps no country (a wrong country is worse than none).
"""

from __future__ import annotations

from whosaid.actors.model import (
    PRONOUN_REACH,
    ActorIndex,
    ActorMention,
    ActorState,
    Hit,
)

__all__ = ["named_body", "pronoun_owner"]

OWNER_TYPES: frozenset[str] = frozenset(
    {"government", "party", "company", "ngo", "media", "armed_group", "igo", "other"}
)
"""Actor types "its" in front of a title may stand for."""


def _body_words(ix: ActorIndex, hit: Hit) -> str | None:
    """The words of a body hit ("foreign ministry"), if it is one."""
    if hit.kind != "sector" or hit.sector is None or hit.sector.kind != "body":
        return None
    return " ".join(ix.lower[hit.i : hit.j])


def named_body(ix: ActorIndex, st: ActorState, mods: list[Hit]) -> ActorMention | None:
    """The earlier mention of the body a title's body word names (see the
    module's docstring), or ``None``."""
    for h in mods:
        words = _body_words(ix, h)
        if words is None:
            continue
        pos = ix.doc[h.i].idx
        earlier = [
            m
            for m in st.mentions
            if m.start < pos
            and len(m.key) >= 5
            and m.key[0] == "body"
            and m.key[4] == words
            and (m.country or m.igo)
        ]
        if not earlier:
            continue
        paragraph = ix.text.rfind("\n", 0, pos) + 1
        here = [m for m in earlier if m.start >= paragraph]
        if here:
            return max(here, key=lambda m: m.start)
        definite = h.i > 0 and ix.lower[h.i - 1] == "the"
        if definite and len({(m.country, m.igo) for m in earlier}) == 1:
            return max(earlier, key=lambda m: m.start)
    return None


def pronoun_owner(
    ix: ActorIndex, st: ActorState, start_tok: int
) -> ActorMention | None:
    """The body "its" before a title stands for ("The Canadian Federation of
    Independent Business said ... Its president, Dan Kelly, said"): the body
    named last before it, within a pronoun's reach, when that body has a
    sector and a country or IGO; ``None`` with no "its" or no such body."""
    if start_tok == 0 or ix.lower[start_tok - 1] != "its":
        return None
    pos = ix.doc[start_tok - 1].idx
    for m in reversed(st.mentions):
        if m.start >= pos:
            continue
        if pos - m.start > PRONOUN_REACH:
            return None
        if m.type == "person":
            return None  # a person between: "its" may be another's
        if m.type in OWNER_TYPES and m.sector and (m.country or m.igo):
            return m
    return None
