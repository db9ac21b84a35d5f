"""A title that is a clause's predicate ("X was appointed acting President,
Speaker Y announced"): it says what the clause's subject became, so it is no
title of a name apposed after a comma."""

from __future__ import annotations

from whosaid.actors.model import ActorIndex, Hit

PREDICATE_DEPS: frozenset[str] = frozenset({"oprd", "attr", "xcomp", "acomp"})
"""Dependency labels of a predicative complement ("appointed [acting
President]", "is [the minister]")."""


def predicate_title(ix: ActorIndex, hits: list[Hit]) -> bool:
    """Whether the last word of a title phrase is a predicative complement
    of a verb before it."""
    if not hits:
        return False
    last = ix.doc[hits[-1].j - 1]
    return last.dep_ in PREDICATE_DEPS and last.head.i < last.i
