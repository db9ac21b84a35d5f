"""Actors: a body's short name joined to the full name the article gave it
("The New York Times ... the Times said" is one outlet)."""

from __future__ import annotations

from whosaid.actors.model import ActorDraft

__all__ = ["short_outlet_names"]

OUTLET_TYPES: frozenset[str] = frozenset({"media"})
"""Actor types whose last word alone names them after their full name
("the Times", "the Post", "the Journal"): news outlets."""


def short_outlet_names(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """An outlet named by the last words of exactly one outlet the article
    named in full before it ("the Times" after "the Tampa Bay Times") is that
    outlet: its mentions join the full name's actor.  Two candidates ("The
    New York Times", "the Los Angeles Times") leave the short name alone, and
    so does one linked to world knowledge."""
    gone: set[int] = set()
    for short in drafts:
        if short.type not in OUTLET_TYPES or short.kb_id is not None:
            continue
        full = _one_fuller_outlet(short, drafts)
        if full is None or id(full) in gone:
            continue
        full.mentions.extend(m for m in short.mentions if m not in full.mentions)
        gone.add(id(short))
    return [d for d in drafts if id(d) not in gone]


def _one_fuller_outlet(
    short: ActorDraft, drafts: list[ActorDraft]
) -> ActorDraft | None:
    words = _name_words(short.name)
    if not words:
        return None
    found = [
        d
        for d in drafts
        if d is not short
        and d.type in OUTLET_TYPES
        and d.mentions
        and d.first < short.first
        and len(_name_words(d.name)) > len(words)
        and _name_words(d.name)[-len(words) :] == words
    ]
    return found[0] if len(found) == 1 else None


def _name_words(name: str) -> list[str]:
    """A name's words, lower-cased, without a leading article."""
    words = [w.lower() for w in name.split()]
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return words
