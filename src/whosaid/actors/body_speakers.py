"""Actors, step 5 (with :mod:`whosaid.actors.speaker_links`): a body the
speaker stage named is the speaker, never a state that qualifies it
("Ukraine's Coordination Headquarters") nor an actor holding one word of its
name ("Labor" of "General Confederation of Labor")."""

from __future__ import annotations

from whosaid.actors.model import ActorDraft
from whosaid.actors.terms import fold
from whosaid.entities.lexicon import ORG_NAME_WORDS
from whosaid.entities.names import looks_like_person_name
from whosaid.records import Speaker

__all__ = [
    "body_head",
    "place_ends_body_name",
    "state_of_named_body",
    "word_of_body_name",
]


NAMED_BODY_WAYS: frozenset[str] = frozenset({"name", "appositive", "nominal"})
"""How the speaker stage found a body it named: the source's name, its
title chain, or a nominal ("the ministry") standing for the body named
before ("the Georgian Interior Ministry")."""


def state_of_named_body(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the speaker stage named a body no actor holds ("Coordination
    Headquarters" of "Ukraine's Coordination Headquarters for ...", "General
    Confederation of Greek Workers") and the actor found in the source is a
    state that only qualifies it: the body speaks, never the state."""
    return (
        target.type == "state"
        and speaker is not None
        and speaker.name is not None
        and speaker.resolved_by in NAMED_BODY_WAYS
        and not looks_like_person_name(speaker.name)
        and body_head(speaker.name) in ORG_NAME_WORDS
        and fold(speaker.name) != fold(target.name)
    )


def word_of_body_name(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the actor holds only a word of the body name the speaker
    stage chose ("Labor" of "General Confederation of Labor"): less than
    half of the speaker's mention, inside it; that body speaks, never the
    actor of its word."""
    if speaker is None or speaker.mention is None or speaker.name is None:
        return False
    if speaker.resolved_by not in {"name", "appositive"}:
        return False  # "An official with the agency": no body's name
    if looks_like_person_name(speaker.name):
        return False
    if body_head(speaker.name) not in ORG_NAME_WORDS:
        return False
    m = speaker.mention
    inside = [(s, e) for s, e in target.mentions if s < m.end and m.start < e]
    if not inside or any(s < m.start or e > m.end for s, e in inside):
        return False
    return 2 * max(e - s for s, e in inside) < m.end - m.start


def body_head(name: str) -> str:
    """The head word of a body's name: its last word, or the last before
    "of" ("office" of "Office of the Vice President", a body that keeps its
    whole name, never the titled person in it)."""
    head = name.split(" of ")[0] if " of " in name else name
    words = head.split()
    return words[-1].lower() if words else ""


def place_ends_body_name(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the speaker stage named a body whose name ends in the place
    the actor holds ("NHS England", "Age UK", "Alzheimer's Research UK"):
    the actor's mentions inside the speaker's mention all end it and leave
    capitalised words before them; the body speaks, never the state."""
    if target.type != "state" or speaker is None:
        return False
    m, name = speaker.mention, speaker.name
    if m is None or name is None or speaker.resolved_by not in {"name", "appositive"}:
        return False
    if looks_like_person_name(name):
        return False  # "Jorge Medina": a person, whatever the place
    inside = [(s, e) for s, e in target.mentions if s < m.end and m.start < e]
    if not inside or any(e != m.end or s <= m.start for s, e in inside):
        return False
    words = m.text[: inside[0][0] - m.start].split()
    return bool(words) and all(w[:1].isupper() for w in words)


NAMED_BY_KNOWLEDGE: frozenset[str] = frozenset({"state", "igo", "place"})
"""Actor types whose name comes from world knowledge, never from the text."""


def _inside_name(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside an occurrence of ``name``."""
    lo = max(0, end - len(name))
    at = text.find(name, lo, start + len(name))
    while at != -1 and at <= start:
        if at + len(name) >= end:
            return True
        at = text.find(name, at + 1, start + len(name))
    return False


def fuller_speaker_name(speaker: Speaker | None, target: ActorDraft, text: str) -> bool:
    """Give an actor the fuller name the speaker stage found for it ("Jong"
    -> "Im Jong-seok", "Society" -> "Alzheimer's Society") when NER cut the
    name the actor holds: the actor's name is part of the speaker's, no
    world knowledge named it, and every one of its mentions lies inside the
    speaker's name in the text.  Whether it was renamed."""
    if speaker is None or speaker.name is None or speaker.mention is None:
        return False
    if speaker.resolved_by not in {"name", "appositive"}:
        return False
    name = speaker.name
    if target.kb_id is not None or target.type in NAMED_BY_KNOWLEDGE:
        return False
    if len(name) <= len(target.name) or target.name not in name:
        return False
    if speaker.mention.text != name or not target.mentions:
        return False
    if not all(_inside_name(text, name, s, e) for s, e in target.mentions):
        return False
    target.name = name
    return True
