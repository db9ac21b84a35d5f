"""Actors: a speaker named by a body's full name that no actor claims,
defined by an acronym in parentheses right after it ("The General
Confederation of Greek Workers (GSEE) said"), is the actor of that acronym
(a known body's row: its country and sector), and the actor takes the full
name the text defines the acronym by."""

from __future__ import annotations

import re

from whosaid.actors.model import ActorDraft
from whosaid.records import Speaker

__all__ = ["acronym_after"]

ACRONYM_IN_BRACKETS = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
"""An acronym in parentheses right after a name: " (GSEE)"."""

NOT_BODIES: frozenset[str] = frozenset({"person", "place", "state"})


def acronym_after(
    speaker: Speaker | None, drafts: list[ActorDraft], text: str
) -> ActorDraft | None:
    """The body actor with a mention exactly on the acronym in parentheses
    right after a speaker's capitalised name (named by the speaker's name
    from now on, the speaker's mention its own), else ``None``."""
    if speaker is None or speaker.mention is None:
        return None
    mention = speaker.mention
    if not mention.text[:1].isupper():
        return None
    m = ACRONYM_IN_BRACKETS.match(text, mention.end)
    if m is None or sum(c.isupper() for c in m.group(1)) < 2:
        return None
    span = (m.start(1), m.end(1))
    body = next(
        (d for d in drafts if d.type not in NOT_BODIES and span in d.mentions),
        None,
    )
    if body is not None and speaker.name:
        body.name = speaker.name
        body.mentions.append((mention.start, mention.end))
    return body
