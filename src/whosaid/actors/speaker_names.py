"""Speakers are entities, not strings.

After actors are built, each attribution's speaker is made to agree with its
actor: ``speaker.name`` is the actor's canonical name and the actor has a
mention overlapping ``speaker.mention``.  A speaker with no actor keeps a name
only when it looks like a person's name, is a bare group ("traders") or a
definite body named by its own words ("the electoral office" -> "electoral
office"); a pronoun, relative pronoun, determiner, place, dateline, event, law
or product never names a speaker: the speaker is ``unresolved`` with ``name``
null and its mention kept.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from whosaid.actors.speaker_phrases import (
    body_head_added,
    middle_named,
    text_name,
)
from whosaid.actors.terms import fold
from whosaid.entities.lexicon import (
    DOC_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_WORDS,
    ORG_NOUNS,
    ROLE_NOUNS,
    TEAM_NOUNS,
    TITLES,
)
from whosaid.entities.lexicon import (
    SINGULAR_PERSON_NOUNS as PERSON_NOUNS,
)
from whosaid.entities.names import (
    NASAB_PARTICLES,
    abbreviates,
    descriptor_length,
    initials,
    is_acronym,
    shouted,
)
from whosaid.records import Actor, Span, Speaker

__all__ = [
    "FUNCTION_WORDS",
    "NOT_SPEAKER_LABELS",
    "canonical_speaker_name",
    "capital_speaker_name",
    "dateline_spans",
    "definite_body",
    "evidence_phrase",
    "fuller_name",
    "is_function_phrase",
    "own_words",
    "speaker_for_actor",
    "unlinked_speaker",
]

FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "what",
        "whoever",
        "the",
        "a",
        "an",
        "one",
        "ones",
        "some",
        "any",
        "all",
        "both",
        "each",
        "either",
        "neither",
        "another",
        "other",
        "others",
        "such",
        "there",
        "here",
        "someone",
        "somebody",
        "something",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
        "none",
        "no",
        "s",
        "'s",
    ]
)
"""Pronouns, relative pronouns and determiners: never a speaker's name."""
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    {
        "GPE",
        "LOC",
        "FAC",
        "EVENT",
        "LAW",
        "PRODUCT",
        "WORK_OF_ART",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "LANGUAGE",
    }
)
"""spaCy entity labels of things that cannot speak: places, buildings,
events, laws, products, dates and numbers."""
RESOLVED_UNRESOLVED = "unresolved"


def _without_article(name: str) -> str:
    """A name without the article before it when every other word is
    capitalised ("The Coalition" -> "Coalition"); else unchanged ("the
    government", "the 109")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in {"the", "a", "an"}:
        return name
    rest = words[1:]
    if all(w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in rest):
        return " ".join(rest)
    return name


COMMON_NAME_WORDS = 4
_COMMON_WORD = re.compile(r"^[a-z][a-z'’-]*$")
JOINING_WORDS: frozenset[str] = frozenset({"and", "of"})
QUANTIFIERS: frozenset[str] = frozenset({"many", "few", "several", "most", "more"})


def common_noun_name(name: str) -> str | None:
    """A bare lower-case group a speaker is called by when it names no one
    ("traders", "residents", "local officials and residents"): who the text
    says spoke, as a capitalised "Officials" opening a sentence is.  ``None``
    for anything else: a phrase with an article or determiner (a definite
    body, "the government", is :func:`definite_body`'s), pronouns,
    capitalised names, documents ("statements") and phrases over
    :data:`COMMON_NAME_WORDS` words."""
    words = name.split()
    if not 1 <= len(words) <= COMMON_NAME_WORDS:
        return None
    if not all(_COMMON_WORD.match(w) for w in words):
        return None
    if words[0] in JOINING_WORDS or words[-1] in JOINING_WORDS:
        return None
    inner = [w for w in words if w not in JOINING_WORDS]
    if any(w in FUNCTION_WORDS or w in QUANTIFIERS for w in inner):
        return None
    if not words[-1].endswith("s") or words[-1].rstrip("s") in DOC_NOUNS:
        return None  # a group is a plural ("sharp", "bloc", "data": no group)
    return name


def evidence_phrase(name: str) -> bool:
    """Whether a speaker's words are a bare lower-case evidence phrase of two
    or three words headed by :data:`EVIDENCE_NOUNS` ("market data", "court
    documents", "agency contingency plans"): the source is named by them.  A
    determiner or quantifier ("the data", "some figures") or one word ("data")
    names nothing."""
    words = name.split()
    return (
        len(words) in EVIDENCE_WORDS
        and all(_COMMON_WORD.match(w) for w in words)
        and words[-1] in EVIDENCE_NOUNS
        and not any(w in FUNCTION_WORDS or w in QUANTIFIERS for w in words)
    )


def possessed_team(name: str) -> bool:
    """A body named by its possessor ("bank's board", "prosecutors' defense",
    "Gachagua's office", "president's press wing";
    :data:`whosaid.entities.lexicon.TEAM_NOUNS`): who the text says spoke.
    A capitalised "Office" is a name of its own ("the Prime Minister's
    Office")."""
    words = name.split()
    if len(words) < 2 or any(w.lower() in LINK_WORDS for w in words):
        return False  # "A spokesperson for Jack Smith's office" is the spokesperson
    head = words[-1]
    if head.lower() in TEAM_NOUNS or head in POSSESSED_BODY_NOUNS:
        possessor = words[-2]
    else:
        return False
    if not possessor.endswith(_POSSESSIVE) and head == "wing" and len(words) >= 3:
        possessor = words[-3] if words[-2].islower() else possessor
    return possessor.endswith(_POSSESSIVE)


_POSSESSIVE: tuple[str, ...] = ("'s", "’s", "s'", "s’")
POSSESSED_BODY_NOUNS: frozenset[str] = frozenset({"office", "wing"})
"""Lower-case heads of a body named by its possessor besides the teams."""


def is_function_phrase(name: str) -> bool:
    """Whether a would-be name is only function words, or starts with a
    determiner ("I", "which", "the", "the 109", "a speech Mrs. Clinton")."""
    words = [w.strip(".,;:'\"()").lower() for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return True
    return all(w in FUNCTION_WORDS for w in words) or words[0] in {"the", "a", "an"}


_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]+(?:,[ \t]*[A-Z][\w.' ]*)*"  # PLACE, Region
    r"[ \t]*(?:\([^)\n]*\))?[ \t]*(?:--|[—–-])",  # (Agency) --
    re.MULTILINE,
)


def dateline_spans(text: str, head: int = 600) -> list[tuple[int, int]]:
    """Character ranges of datelines ("LONDON (AP) —", "BEIJING, Nov. 3
    (Xinhua) --") at the start of the article's first lines."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text[:head])]


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
        or middle_named(speaker, actor)
        or body_head_added(speaker, actor)
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
            (w[:1].isupper() and w.replace("-", "").isalpha()) or w in NASAB_PARTICLES
            for w in front
        )  # "Abdulaziz bin Turki" before NER's "Al Faisal"
        return words[: len(have)] == have or (named and words[-len(have) :] == have)
    return len(have) >= 2 and have[-len(words) :] == words


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
    if any(w.endswith(_POSSESSIVE) for w in words) or words[-1].lower() in ORG_NOUNS:
        return False  # "Minister's Office" is a cut of "Prime Minister's Office"
    if not actor.name.endswith(" " + name):
        return False
    front = actor.name[: -len(name)].split()
    if descriptor_length(actor.name.split()) == len(front):
        return True  # "Utility Southern California Edison"
    return any(w.lower().rstrip(".") in TITLES | ROLE_NOUNS for w in front)


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
LINK_WORDS: frozenset[str] = frozenset(
    {"by", "of", "from", "for", "at", "in", "on", "with", "to", "who", "which"}
)


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


def _whole_source(speaker: Speaker, source: Sequence[Span]) -> bool:
    """Whether a speaker named by name is its whole one-part source."""
    m = speaker.mention
    if m is None or speaker.resolved_by != "name" or len(source) != 1:
        return False
    return _without_article(source[0].text.strip()) == m.text


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
    if len(rest) > BODY_WORDS or not all(_COMMON_WORD.match(w) for w in rest):
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
    proper = _without_article(name)
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
