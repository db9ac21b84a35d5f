"""The name of a speaker linked to an actor: the actor's canonical name,
or the speaker's own fuller, recased or spelled-out name where it is
better (see :mod:`whosaid.actors.speaker_names`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from whosaid.actors.name_choice import common_possessor_added, joined_proper_name
from whosaid.actors.speaker_name_words import (
    FUNCTION_WORDS,
    LINK_WORDS,
    POSSESSIVES,
    RESOLVED_UNRESOLVED,
)
from whosaid.actors.speaker_phrases import (
    body_head_added,
    middle_named,
    text_name,
)
from whosaid.actors.terms import fold
from whosaid.entities.lexicon import (
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLES,
)
from whosaid.entities.name_styles import opening_style
from whosaid.entities.names import (
    NASAB_PARTICLES,
    abbreviates,
    descriptor_length,
    initials,
    is_acronym,
    shouted,
)
from whosaid.records import Actor, Span, Speaker


def speaker_for_actor(
    speaker: Speaker, actor: Actor, source: Sequence[Span] = ()
) -> tuple[Speaker, Actor]:
    """The speaker named by its actor, and the actor with a mention that
    overlaps the speaker's mention: when the actor has none there, the
    speaker's mention becomes the actor's mention inside the source, else
    the speaker's mention is added to the actor."""
    mention = speaker.mention
    if mention is not None and not _overlaps(actor.mentions, mention):
        inside = [m for m in actor.mentions if any(_overlap(m, s) for s in source)]
        if inside:
            mention = inside[0]
        else:
            actor = _with_mention(actor, mention)
    phrase = own_words(speaker)
    fuller = (
        fuller_name(actor.name, phrase)
        if phrase is not None and actor.kb_id is None and _nameless(actor)
        else None
    )
    if fuller is not None:
        # "the railway ministry" is the railway ministry, never "Ministry"
        actor = dataclasses.replace(actor, name=fuller)
    elif (
        _better_name(speaker.name, actor)
        or _proper_org_name(speaker, actor)
        or spelled_out(speaker, actor)
        or recased(speaker, actor)
        or untitled(speaker, actor)
        or unstyled(speaker, actor)
        or middle_named(speaker, actor)
        or body_head_added(speaker, actor)
        or joined_proper_name(speaker, actor)
        or common_possessor_added(speaker, actor)
    ):
        # "Espen Barth Eide" where the actor's NER cut "Espen Barth";
        # "Jeff Flake" where it glued a place on ("Ankara Jeff Flake")
        actor = dataclasses.replace(actor, name=speaker.name or actor.name)
    name = text_name(speaker, actor) or actor.name
    speaker = dataclasses.replace(
        speaker, name=name, mention=mention, actor_id=actor.id, code=actor.code
    )
    return speaker, actor


def _nameless(actor: Actor) -> bool:
    """Whether an actor is a body, or people named by common nouns alone
    ("officials"), never a named person."""
    return actor.type != "person" or all(m.text.islower() for m in actor.mentions)


def _better_name(name: str | None, actor: Actor) -> bool:
    """Whether the speaker stage's name of an unlinked person mends the
    actor's: the actor's name with more words after or before it (a name
    NER cut short: "Espen Barth Eide", "Nikorndej Balankura"), or its last
    two or more words (a word NER glued before it)."""
    if name is None or actor.type != "person" or actor.kb_id is not None:
        return False
    words, have = name.split(), actor.name.split()
    if len(words) < 2 or len(words) == len(have):
        return False
    if len(words) > len(have):
        # NER cut the tail ("Espen Barth") or the given name ("Balankura")
        front = words[: len(words) - len(have)]
        named = all(
            (w[:1].isupper() and _name_letters(w).isalpha()) or w in NASAB_PARTICLES
            for w in front
        )  # "Abdulaziz bin Turki" before NER's "Al Faisal"
        return words[: len(have)] == have or (named and words[-len(have) :] == have)
    return len(have) >= 2 and have[-len(words) :] == words


def _name_letters(word: str) -> str:
    """A name word without the hyphens and apostrophes inside it ("Ra'ad")."""
    return word.replace("-", "").replace("'", "").replace("’", "")


def untitled(speaker: Speaker, actor: Actor) -> bool:
    """Whether the speaker stage's name is an unknown actor's name without
    the title chain or descriptor NER kept in front ("Ahmet Yener" for the
    actor "YSK Chair Ahmet Yener", "Southern California Edison" for
    "Utility Southern California Edison"): a front holding a title or role
    word, or a body's descriptor, is no part of the name."""
    name = speaker.name
    if name is None or actor.kb_id is not None or actor.name == name:
        return False
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if any(w.endswith(POSSESSIVES) for w in words) or words[-1].lower() in ORG_NOUNS:
        return False  # "Minister's Office" is a cut of "Prime Minister's Office"
    if not actor.name.endswith(" " + name):
        return False
    front = actor.name[: -len(name)].split()
    if descriptor_length(actor.name.split()) == len(front):
        return True  # "Utility Southern California Edison"
    return any(w.lower().rstrip(".") in TITLES | ROLE_NOUNS for w in front)


def unstyled(speaker: Speaker, actor: Actor) -> bool:
    """Whether the speaker stage's name is an unknown actor's name without
    the style NER kept in front and with the words it cut off ("Ahmad Fadil
    Shamsuddin" for the actor "Datuk Seri Ahmad")."""
    name = speaker.name
    if name is None or actor.kb_id is not None or len(name.split()) < 2:
        return False
    words = actor.name.split()
    k = opening_style(words)
    if k == 0 or k == len(words):
        return False
    rest = " ".join(words[k:])
    return name == rest or name.startswith(rest + " ")


NAMED_BY_WORLD: frozenset[str] = frozenset({"person", "state", "place"})
"""Actor types a body's fuller name from the text never renames: a person,
and a state or place, whose names come from the countries and places
tables ("Say Mexico demanded ..." is no name of Mexico)."""


def _proper_org_name(speaker: Speaker, actor: Actor) -> bool:
    """Whether the speaker stage's proper name ("China Coast Guard", "US
    State Department", the source itself, or the body "the ministry" stands
    for: "Foreign Ministry") ends with a body's shorter name ("Coast guard",
    "State Department", "Ministry"): the text's fuller name is the
    better one.  Words before it are capitalised name words, never a
    possessor ("Sudan's") nor a function word."""
    name = speaker.name
    if name is None or actor.type in NAMED_BY_WORLD:
        return False  # "Say Mexico demanded ...": a state keeps its own name
    if (
        speaker.resolved_by not in {"name", "nominal", "appositive"}
        or actor.kb_id is not None
    ):
        return False  # "nominal": "the ministry" the stage resolved by name
    have, words = actor.name.split(), name.split()
    if len(words) <= len(have) or not all(w[:1].isupper() for w in words):
        return False
    front = words[: -len(have)]
    if any(
        (w.lower() in FUNCTION_WORDS and not w.isupper()) or w.endswith(("'s", "’s"))
        for w in front
    ):  # "US" is no pronoun
        return False
    return [w.lower() for w in words[-len(have) :]] == [w.lower() for w in have]


def recased(speaker: Speaker, actor: Actor) -> bool:
    """Whether the speaker stage wrote a person's name in capitals ("JOE
    BIDEN", a transcript label) in normal case: the better name."""
    name = speaker.name
    return (
        name is not None
        and actor.type == "person"
        and shouted(actor.name)
        and not shouted(name)
        and name.casefold() == actor.name.casefold()
    )


def spelled_out(speaker: Speaker, actor: Actor) -> bool:
    """Whether the speaker stage's name spells out the acronym a body is
    known by ("International Federation of Red Cross and Red Crescent
    Societies" for "IFRC"): the text's full name is the better one."""
    name = speaker.name
    if name is None or speaker.resolved_by != "name" or actor.type == "person":
        return False
    if not is_acronym(actor.name) or len(name.split()) < 2 or is_acronym(name):
        return False
    letters = actor.name.replace(".", "").upper()
    if abbreviates(letters, name):
        return True
    return len(letters) >= 3 and initials(name).startswith(letters)


def own_words(speaker: Speaker | None) -> str | None:
    """The words an unresolved speaker is called by in the text, without
    their article ("transport workers' union" of "the transport workers'
    union"); ``None`` for a resolved or nameless speaker."""
    if speaker is None or speaker.resolved_by != RESOLVED_UNRESOLVED:
        return None
    words = (speaker.name or "").split()
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words) or None


def _word_keys(text: str) -> list[str]:
    """A phrase's words as matching keys, possessives dropped."""
    words = (
        w.strip('.,;:"()').removesuffix("'s").removesuffix("’s") for w in text.split()
    )
    return [k for w in words if (k := fold(w).strip())]


PHRASE_WORDS = 4
"""The longest phrase (after any possessor) that names a body by its own
words ("transport workers' union")."""


def fuller_name(name: str, phrase: str) -> str | None:
    """The phrase the text calls a speaker by, after any possessor, when an
    actor's name is only some of its words and the phrase's head is a body
    ("railway ministry" for "Ministry", "county officials" for "Officials",
    "transport workers' union" for "Workers"): the phrase says who spoke,
    the fragment does not.  ``None`` when the name has a word of its own
    ("Russian Foreign Ministry" for "the ministry"), the phrase is the name
    after a possessor ("electoral commission" of "the city's electoral
    commission"), or the phrase is what a body issued ("World Bank figures",
    "a summary released by the committee")."""
    words = phrase.split()
    cut = max(
        (i + 1 for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=0
    )
    words = words[cut:]
    if not words or len(words) > PHRASE_WORDS:
        return None
    if any(w.lower() in LINK_WORDS for w in words):
        return None
    have, keys = _word_keys(name), _word_keys(" ".join(words))
    if not have or len(keys) <= len(have) or not all(w in keys for w in have):
        return None
    head = keys[-1]
    if head not in have and head not in ORG_NOUNS:
        return None
    return " ".join(words)


def canonical_speaker_name(speaker: Speaker, actor: Actor) -> Speaker:
    """The speaker named by its actor's final name: an actor renamed by a
    later speaker's fuller name names every speaker it holds alike.  A
    speaker without a name (an anonymous source) keeps none."""
    if speaker.name is None or speaker.name == actor.name:
        return speaker
    if text_name(speaker, actor) == speaker.name:
        return speaker
    return dataclasses.replace(speaker, name=actor.name)


def capital_speaker_name(
    speaker: Speaker, actor: Actor, is_capital: Callable[[str, str | None], bool]
) -> Speaker:
    """The speaker of a capital that speaks for its state ("Kyiv said",
    "Ottawa warned") named as the text names it, with the state's actor and
    code (``is_capital(word, country)``: whether world knowledge knows the
    word as that country's capital)."""
    m = speaker.mention
    if m is None or actor.type != "state" or speaker.resolved_by != "name":
        return speaker
    word = m.text.strip()
    if word == speaker.name or not is_capital(word, actor.country):
        return speaker
    return dataclasses.replace(speaker, name=word)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _overlaps(spans: Sequence[Span], span: Span) -> bool:
    return any(_overlap(m, span) for m in spans)


def _with_mention(actor: Actor, mention: Span | None) -> Actor:
    if mention is None or mention.end <= mention.start:
        return actor
    if any(m.start < mention.end and mention.start < m.end for m in actor.mentions):
        return actor
    mentions = tuple(sorted((*actor.mentions, mention), key=lambda m: (m.start, m.end)))
    return dataclasses.replace(actor, mentions=mentions)
