"""A definite body noun that refers back to the IGO its sentence named.

"UNESCO chief Audrey Azoulay said the agency would help rebuild Mosul", "ICJ
President Joan Donoghue said the court had ordered ...": the noun names no
body of its own; it is the international organisation the sentence named
before it (its official's modifier, or the organisation itself).  Without
this the noun took a state from the story (Iraq's, Haiti's GOV): a wrong
country.  Only a one-word body noun of the sector table ("agency",
"court", "tribunal", "mission"; not "bank", a firm's word), only the same
sentence, and only when no state, government body or other organisation
comes between the IGO and the noun.
"""

from __future__ import annotations

from whosaid.actors.model import ActorIndex, ActorMention, ActorState, Hit

__all__ = ["igo_antecedent"]

IGO_BODY_SECTORS: frozenset[str] = frozenset({"GOV", "JUD"})
"""Sectors of the body nouns an IGO can be referred to by ("agency",
"mission" GOV; "court", "tribunal" JUD)."""

INTERVENING_TYPES: frozenset[str] = frozenset(
    {"state", "government", "company", "ngo", "media", "party", "armed_group", "other"}
)
"""Mention types that, between the IGO and the noun, could be its
antecedent instead."""


def igo_antecedent(ix: ActorIndex, st: ActorState, head: Hit) -> ActorMention | None:
    """The IGO mention a definite one-word body noun refers back to, in its
    own sentence, or None."""
    word = head.sector
    if word is None or word.kind != "body" or word.sector not in IGO_BODY_SECTORS:
        return None
    if head.j - head.i != 1:
        return None
    pos = ix.doc[head.i].idx
    sent_start = ix.doc[ix.sent_start[head.i]].idx
    for m in sorted(st.mentions, key=lambda m: -m.start):
        if m.start >= pos or m.end > pos:
            continue
        if m.start < sent_start:
            return None
        if m.type == "igo" and m.igo:
            return m
        if m.type in INTERVENING_TYPES:
            return None
    return None
