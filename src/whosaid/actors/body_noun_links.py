"""A speaker the speaker stage names by a body's common noun alone
("Police" for "A police spokesman") is the article's actor of that noun
("the police said" elsewhere): the same nameless body (issue #9 item 1)."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.actors.model import ActorDraft
from whosaid.entities.lexicon import ORG_NOUNS
from whosaid.records import Speaker

NOT_BODIES: frozenset[str] = frozenset({"person", "place", "state"})
"""Actor types that are never a nameless body."""


def body_noun_name(speaker: Speaker | None) -> str | None:
    """The body noun a speaker is named by alone ("police" of "Police"),
    else ``None``."""
    if speaker is None or speaker.name is None:
        return None
    words = speaker.name.split()
    if len(words) != 1 or words[0].lower() not in ORG_NOUNS:
        return None
    return words[0].lower()


def body_noun_actor(
    speaker: Speaker | None, drafts: Sequence[ActorDraft]
) -> ActorDraft | None:
    """The one nameless body actor named by the speaker's body noun alone
    (its name that noun, no knowledge entry), else ``None``: "A police
    spokesman" is the police that said something elsewhere."""
    noun = body_noun_name(speaker)
    if noun is None:
        return None
    same = [
        d
        for d in drafts
        if d.name.lower() == noun and d.kb_id is None and d.type not in NOT_BODIES
    ]
    return same[0] if len(same) == 1 else None
