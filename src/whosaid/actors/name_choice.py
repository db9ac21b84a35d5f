"""Which name a linked speaker keeps when the actor stage's name and the
speaker stage's name for the same span differ (issue #9 items 1 and 4: the
actor stage must not undo the speaker stage's name)."""

from __future__ import annotations

from itertools import pairwise

from whosaid.actors.speaker_name_words import POSSESSIVES
from whosaid.records import Actor, Speaker

NAME_JOINERS: frozenset[str] = frozenset({"and", "&"})
"""Lower-case words a body's proper name holds between its capitalised
words ("National Peace and Order Maintaining Council")."""

SPEAKER_NAMED_BY: frozenset[str] = frozenset({"name", "nominal", "appositive"})
"""How a speaker stage name comes from the text's own words."""

WORLD_NAMED: frozenset[str] = frozenset({"person", "state", "place"})
"""Actor types whose names come from people's names or world tables."""


def _unlinked_body(speaker: Speaker, actor: Actor) -> bool:
    return (
        speaker.name is not None
        and speaker.resolved_by in SPEAKER_NAMED_BY
        and actor.kb_id is None
        and actor.type not in WORLD_NAMED
    )


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return len(words) > len(tail) and [w.lower() for w in words[-len(tail) :]] == [
        w.lower() for w in tail
    ]


def joined_proper_name(speaker: Speaker, actor: Actor) -> bool:
    """Whether the speaker stage's name is a body's proper name joined by
    "and" that ends with the actor's shorter name, an NER cut after the
    "and" ("National Peace and Order Maintaining Council" for "Order
    Maintaining Council"): the longer proper name is the name."""
    if not _unlinked_body(speaker, actor):
        return False
    words, have = (speaker.name or "").split(), actor.name.split()
    if not _ends_with(words, have):
        return False
    front = words[: -len(have)]
    if len(front) < 2 or not front[0][:1].isupper() or front[-1] not in NAME_JOINERS:
        return False
    return all(
        w in NAME_JOINERS
        if w.islower()
        else w[:1].isupper() and not w.endswith(POSSESSIVES)
        for w in front
    ) and not any(a in NAME_JOINERS and b in NAME_JOINERS for a, b in pairwise(front))


def common_possessor_added(speaker: Speaker, actor: Actor) -> bool:
    """Whether the actor's name is the speaker stage's proper name after a
    possessor the text writes as a common noun ("Bank's Monetary Policy
    Committee" of "the bank's Monetary Policy Committee"): the possessor is
    no part of the name."""
    if not _unlinked_body(speaker, actor):
        return False
    words, have = (speaker.name or "").split(), actor.name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if len(have) != len(words) + 1 or not _ends_with(have, words):
        return False
    possessor = have[0]
    if not possessor.endswith(POSSESSIVES):
        return False
    spans = [*actor.mentions, *([speaker.mention] if speaker.mention else [])]
    return any(possessor.lower() in m.text.split() for m in spans)
