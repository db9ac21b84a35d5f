"""Speakers are entities, not strings.

After actors are built, each attribution's speaker is made to agree with its
actor: ``speaker.name`` is the actor's canonical name and the actor has a
mention overlapping ``speaker.mention``.  A speaker with no actor keeps a name
only when it looks like a person's name, is a bare group ("traders") or a
definite body named by its own words ("the electoral office" -> "electoral
office"); a pronoun, relative pronoun, determiner, place, dateline, event, law
or product never names a speaker: the speaker is ``unresolved`` with ``name``
null and its mention kept.

The rules live in :mod:`~whosaid.actors.linked_speaker_names` (speakers with
an actor), :mod:`~whosaid.actors.unlinked_speaker_names` (speakers without
one) and :mod:`~whosaid.actors.speaker_name_words` (the word lists and phrase
tests both use); this module re-exports their names.
"""

from __future__ import annotations

from whosaid.actors.linked_speaker_names import (
    NAMED_BY_WORLD,
    PHRASE_WORDS,
    canonical_speaker_name,
    capital_speaker_name,
    fuller_name,
    own_words,
    recased,
    speaker_for_actor,
    spelled_out,
    untitled,
)
from whosaid.actors.speaker_name_words import (
    COMMON_NAME_WORDS,
    COMMON_WORD,
    FUNCTION_WORDS,
    JOINING_WORDS,
    LINK_WORDS,
    NOT_SPEAKER_LABELS,
    POSSESSED_BODY_NOUNS,
    POSSESSIVES,
    QUANTIFIERS,
    RESOLVED_UNRESOLVED,
    common_noun_name,
    dateline_spans,
    evidence_phrase,
    is_function_phrase,
    possessed_team,
    without_article,
)
from whosaid.actors.unlinked_speaker_names import (
    BODY_WORDS,
    SPOKEN_BY,
    definite_body,
    unlinked_speaker,
)

__all__ = [
    "BODY_WORDS",
    "COMMON_NAME_WORDS",
    "COMMON_WORD",
    "FUNCTION_WORDS",
    "JOINING_WORDS",
    "LINK_WORDS",
    "NAMED_BY_WORLD",
    "NOT_SPEAKER_LABELS",
    "PHRASE_WORDS",
    "POSSESSED_BODY_NOUNS",
    "POSSESSIVES",
    "QUANTIFIERS",
    "RESOLVED_UNRESOLVED",
    "SPOKEN_BY",
    "canonical_speaker_name",
    "capital_speaker_name",
    "common_noun_name",
    "dateline_spans",
    "definite_body",
    "evidence_phrase",
    "fuller_name",
    "is_function_phrase",
    "own_words",
    "possessed_team",
    "recased",
    "speaker_for_actor",
    "spelled_out",
    "unlinked_speaker",
    "untitled",
    "without_article",
]
