"""The name of a speaker no actor claims: kept for a person's name, a
bare group or a definite body named by its own words; else ``unresolved``
(see :mod:`whosaid.actors.speaker_names`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from whosaid.actors.speaker_name_words import (
    COMMON_WORD,
    FUNCTION_WORDS,
    RESOLVED_UNRESOLVED,
    common_noun_name,
    evidence_phrase,
    is_function_phrase,
    possessed_team,
    without_article,
)
from whosaid.entities.lexicon import (
    DOC_NOUNS,
)
from whosaid.entities.lexicon import (
    SINGULAR_PERSON_NOUNS as PERSON_NOUNS,
)
from whosaid.records import Actor, Span, Speaker


def _whole_source(speaker: Speaker, source: Sequence[Span]) -> bool:
    """Whether a speaker named by name is its whole one-part source."""
    m = speaker.mention
    if m is None or speaker.resolved_by != "name" or len(source) != 1:
        return False
    return without_article(source[0].text.strip()) == m.text


SPOKEN_BY: frozenset[str] = frozenset({RESOLVED_UNRESOLVED, "nominal", "pronoun"})
"""How a speaker named by a phrase of its own was found: the phrase itself, or
"the statement" / "it" standing for it."""
BODY_WORDS = 3
"""The most words of a definite body named by its own words ("the railway
ministry", "the electoral office")."""


def definite_body(speaker: Speaker) -> str | None:
    """The words after "the" of an unresolved definite singular common noun
    phrase that names a body ("the government", "the electoral office",
    "the intersyndicale", also as the antecedent of "the statement said"):
    who the text says spoke, as the phrase of a bare
    group is (:func:`common_noun_name`).  ``None`` for a person's role
    ("the spokesman", "the official": an unnamed person stays nameless), a
    document ("the statement"), a plural, a possessive or capitalised words
    (left to the other rules)."""
    if speaker.resolved_by not in SPOKEN_BY or speaker.name is None:
        return None
    words = speaker.name.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    rest = words[1:]
    if len(rest) > BODY_WORDS or not all(COMMON_WORD.match(w) for w in rest):
        return None
    if any(w.endswith(("'s", "’s", "'", "’")) for w in rest):
        return None  # "the city's office": the possessor's, left to the actor
    head = rest[-1]
    if head.endswith("s") and not head.endswith("ss"):
        return None  # a plural group ("the protesters") names no body
    if head in DOC_NOUNS or any(w in FUNCTION_WORDS or w in PERSON_NOUNS for w in rest):
        return None  # "the head of state" is a person
    return " ".join(rest)


def unlinked_speaker(
    speaker: Speaker,
    *,
    places: Sequence[Actor],
    things: Sequence[tuple[int, int]],
    source: Sequence[Span] = (),
) -> Speaker:
    """A speaker no actor holds: unresolved, ``name`` null, when its name is
    function words, has no capitalized word (but for a bare group,
    :func:`common_noun_name`), or its mention is a place or a thing;
    otherwise unchanged.  An anonymous group ("Officials", "Mediators",
    "traders") keeps its name: it is who the text says spoke.  A place that
    is the whole ``source`` speaks for its government ("Somaliland says",
    "Ottawa warned")."""
    mention = speaker.mention
    name = speaker.name
    if name is None:
        return speaker
    body = definite_body(speaker)
    if body is not None:
        # "the electoral office", "the intersyndicale": what the text calls it
        return dataclasses.replace(speaker, name=body)
    proper = without_article(name)
    if proper != name:
        # "The Coalition", "The Hill": a name after its article
        speaker = dataclasses.replace(speaker, name=proper)
        name = proper
    blocked = is_function_phrase(name) or not (
        any(w[:1].isupper() for w in name.split())
        or common_noun_name(name)
        or evidence_phrase(name)
        or possessed_team(name)
    )
    if (
        mention is not None
        and not blocked
        and not _whole_source(speaker, source)
        and not possessed_team(name)  # "Gachagua's office": the office speaks
    ):
        blocked = any(
            m.start < mention.end and mention.start < m.end
            for p in places
            for m in p.mentions
        ) or any(s < mention.end and mention.start < e for s, e in things)
    if not blocked:
        return speaker
    return dataclasses.replace(
        speaker, name=None, resolved_by=RESOLVED_UNRESOLVED, actor_id=None, code=None
    )
