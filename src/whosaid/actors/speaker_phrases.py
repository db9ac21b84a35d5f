"""Speaker names the actors stage keeps as the text wrote them: a party's
members named by their plural ("Democrats"), a body of law ("Vietnamese
law")."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.entities.lexicon import DOC_NOUNS, EVIDENCE_NOUNS, ORG_NOUNS
from whosaid.records import Actor, Span, Speaker

LAW_NOUNS: frozenset[str] = frozenset({"law", "laws"})


def law_phrase(name: str) -> bool:
    """Whether a speaker's words are a body of law named by its country or
    system ("Vietnamese law", "EU law", "Sharia law" of "according to
    Vietnamese law"): the law is the source, named by them, and no actor's
    (never the state of its adjective)."""
    words = name.split()
    return len(words) == 2 and words[0][:1].isupper() and words[1] in LAW_NOUNS


def party_members(speaker: Speaker, actor: Actor) -> bool:
    """Whether the speaker is a party's members named by their plural
    ("Democrats have insisted", "the Greens said"): annotators name them so,
    not by the party's full name ("Democratic Party"), while the code is
    the party's."""
    name = speaker.name
    if name is None or actor.type != "party":
        return False
    if speaker.resolved_by not in {"name", "appositive"}:
        return False
    words = name.split()
    return (
        name != actor.name
        and len(words) <= 2
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
        and words[-1].endswith("s")
        and not words[-1].endswith("ss")
    )


def named_only_by_knowledge(speaker: Speaker, actor: Actor) -> bool:
    """Whether a body's final name comes from world knowledge alone while
    the article names it by the speaker's own words ("NATO" never written
    "North Atlantic Treaty Organisation"): the article's name stays (the
    annotators' rule: an organisation's name as given in the article)."""
    if actor.type == "person" or speaker.name is None:
        return False
    texts = [m.text.casefold() for m in actor.mentions]
    own = speaker.name.casefold()
    return not any(actor.name.casefold() in t for t in texts) and any(
        own in t for t in texts
    )


def text_name(speaker: Speaker, actor: Actor) -> str | None:
    """The name the text gives a speaker that its actor's final name does
    not replace: a party's members (:func:`party_members`), a body the
    article names by its own words (:func:`named_only_by_knowledge`), a
    described group (:func:`described_group`), a place's body
    (:func:`place_possessed_body`); ``None`` when the actor's name it is."""
    if (
        party_members(speaker, actor)
        or named_only_by_knowledge(speaker, actor)
        or spokesperson_actor(speaker, actor)
    ):
        return speaker.name
    return described_group(speaker, actor) or place_possessed_body(speaker, actor)


SPOKESPERSON_WORDS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson"}
)


def spokesperson_actor(speaker: Speaker, actor: Actor) -> bool:
    """Whether the actor was built from a spokesperson's phrase ("Spokeswoman
    for the Chinese foreign ministry") while the speaker stage named the body
    the spokesperson speaks for by the phrase's last words ("Chinese foreign
    ministry"): the body spoke, as annotators write it."""
    if speaker.name is None or speaker.resolved_by != "nominal":
        return False
    words = actor.name.casefold().split()
    own = speaker.name.casefold()
    return (
        len(words) > 2
        and words[0] in SPOKESPERSON_WORDS
        and words[1] in {"for", "of"}
        and " ".join(words).endswith(" " + own)
    )


ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
POST_OPENERS: frozenset[str] = frozenset(
    {
        *("on", "in", "at", "from", "across", "of", "for", "with", "near"),
        *("who", "which", "that", "whose", "familiar", "based"),
    }
)
"""Words that open what follows a group's head ("officials on both sides",
"residents who spent the night")."""


def described_group(speaker: Speaker, actor: Actor) -> str | None:
    """The phrase an unresolved source calls a group of people by, without
    its article, when its actor was found from the group's head or a name
    before it ("officials" of "officials on both sides", "UN" of "UN
    experts", "Emirati officials" of "Israeli and Emirati officials"): the
    whole phrase says who spoke, the part does not.  The head is a bare
    lower-case plural after capitalised modifiers only, and nothing after it
    is a name ("officials at the Pentagon" are the Pentagon's).  ``None``
    otherwise: a resolved speaker, a body's voice ("a ministry
    spokesperson", "Lukashenko's press service"), a document or evidence
    ("results published by the ministry"), or an actor named by the
    whole phrase."""
    m = speaker.mention
    if m is None or speaker.resolved_by != "unresolved" or speaker.name is None:
        return None
    words = m.text.split()
    skip = 1 if words and words[0].lower() in ARTICLES else 0
    words = words[skip:]
    phrase = " ".join(words)
    head = _group_head(words)
    if head is None or len(words) < 2 or speaker.name not in (phrase, m.text):
        return None
    if phrase.casefold() == actor.name.casefold():
        return None
    front = " ".join(m.text.split()[: skip + head + 1])
    front_end = m.start + m.text.index(front) + len(front)
    inside = [a for a in actor.mentions if m.start <= a.start and a.end <= m.end]
    if not inside or any(a.end > front_end for a in inside):
        return None
    return phrase


POSSESSED_BODY_WORDS = 3
"""The most lower-case words of a body after its place's possessive
("Pakistan's military", "China's foreign ministry")."""


def place_possessed_body(speaker: Speaker, actor: Actor) -> str | None:
    """The phrase an unresolved source calls a body by after its place's
    possessive ("Pakistan's military", "Seoul's foreign ministry") when the
    actor is that body's bare noun ("Military"): the place says whose body
    spoke, as annotators write it.  ``None`` otherwise (a lower-case
    possessor, "the city's electoral commission"; an actor with a name of
    its own)."""
    m = speaker.mention
    if m is None or speaker.resolved_by != "unresolved" or speaker.name is None:
        return None
    words = speaker.name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    if not words[0].endswith(("'s", "’s")):
        return None
    body = words[1:]
    if len(body) > POSSESSED_BODY_WORDS or not all(
        w.isalpha() and w.islower() for w in body
    ):
        return None
    if body[-1] not in ORG_NOUNS or " ".join(body) != actor.name.lower():
        return None
    return speaker.name


def _group_head(words: Sequence[str]) -> int | None:
    """The index of a group's head: a bare lower-case plural ("officials")
    after capitalised modifiers and "and" only, followed by nothing or by a
    lower-case phrase opened by one of :data:`POST_OPENERS`."""
    for i, word in enumerate(words):
        if (word[:1].isupper() and not _opening_head(words, i)) or word == "and":
            continue
        bare = word.rstrip(",").lower()
        if _lower_modifier(words, i):
            continue  # "state" of "federal and state health officials"
        if not (bare.isalpha() and bare.endswith("s") and not bare.endswith("ss")):
            return None
        if _document_word(bare):
            return None
        rest = words[i + 1 :]
        if rest and (rest[0].lower() not in POST_OPENERS or _named_after(rest)):
            return None
        return i
    return None


POSSESSIVE_WORDS: frozenset[str] = frozenset(
    {"its", "their", "his", "her", "our", "my", "your"}
)


def _lower_modifier(words: Sequence[str], i: int) -> bool:
    """Whether a lower-case word is a modifier before a group's head ("state",
    "health" of "federal and state health officials"): a word, no plural,
    no possessive, with a word after it."""
    word = words[i]
    return (
        i + 1 < len(words)
        and word.isalpha()
        and word.islower()
        and not (word.endswith("s") and not word.endswith("ss"))
        and word not in POSSESSIVE_WORDS
        and word not in POST_OPENERS
    )


def _opening_head(words: Sequence[str], i: int) -> bool:
    """Whether a capitalised first word is a group's head, capitalised as
    it opens a sentence ("Doctors in small towns", "Lawmakers in both
    parties"): a plural followed by one of :data:`POST_OPENERS`."""
    return i == 0 and len(words) > 1 and words[1] in POST_OPENERS


LOCATIVE_OPENERS: frozenset[str] = frozenset({"in"})
"""Openers after which a capitalised name only says where a group is
("officials in Jerusalem", "returning officers in Galway West"); after any
other ("officials at the Pentagon") the name is whose they are."""


def _named_after(rest: Sequence[str]) -> bool:
    """Whether what follows a group's head names whose the group is: a
    capitalised word after an opener that is not locative."""
    if rest[0].lower() in LOCATIVE_OPENERS:
        return False
    return any(w[:1].isupper() for w in rest)


def _document_word(word: str) -> bool:
    """A word of what a body issued ("statement", "figures", "report's")."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    return any(w in DOC_NOUNS or w in EVIDENCE_NOUNS for w in (low, low[:-1]))


def owner_by_name(
    name: str, actors: Sequence[Actor], types: frozenset[str]
) -> Actor | None:
    """The person whose name ends with the possessor of an office the
    speaker stage named from a pronoun ("Tshisekedi" of "Tshisekedi's
    office" for "His office": Felix Tshisekedi), among coded actors of
    ``types``; ``None`` when no one or more than one fits."""
    at = max(name.rfind("'s "), name.rfind("’s "))
    if at <= 0:
        return None
    owner = name[:at].split()
    found = [
        a
        for a in actors
        if a.type in types
        and a.code is not None
        and a.name.split()[-len(owner) :] == owner
    ]
    return found[0] if len(found) == 1 else None


def middle_named(speaker: Speaker, actor: Actor) -> bool:
    """Whether the text names a known person with a middle name the
    actor's (knowledge) name leaves out ("Jane Ruth Aceng" for "Jane
    Aceng"): the same first and last words, every word of the actor's name
    in order, and only capitalised words added; annotators keep the text's
    fuller name."""
    name = speaker.name
    if name is None or actor.type != "person":
        return False
    words, have = name.split(), actor.name.split()
    if len(have) < 2 or len(words) <= len(have):
        return False
    if words[0] != have[0] or words[-1] != have[-1]:
        return False
    rest = iter(words)
    if not all(any(w == h for w in rest) for h in have):
        return False
    added = [w for w in words[1:-1] if w not in have]
    return all(w[:1].isupper() and w.isalpha() for w in added)


def body_head_added(speaker: Speaker, actor: Actor) -> bool:
    """Whether the unresolved speaker's own words are the actor's name with
    one body noun after it ("Myanmar's military government" for the actor
    "Myanmar's military"): the text's phrase names the body that spoke."""
    name = speaker.name
    if name is None or speaker.resolved_by != "unresolved" or actor.type == "person":
        return False
    words = name.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    have = actor.name.split()
    if len(words) != len(have) + 1 or words[-1].lower() not in ORG_NOUNS:
        return False
    return [w.lower() for w in words[:-1]] == [w.lower() for w in have]


def name_inside_source(source: Span, speaker: Speaker | None) -> bool:
    """Whether the speaker stage named the speaker by a name that is only
    part of the source ("Swissmem" of "Swissmem, the association of the
    engineering industries,"): the other words describe it, no actor of
    theirs ("industries") is the speaker."""
    if speaker is None or speaker.resolved_by != "name":
        return False
    return mention_narrows(source, speaker)


def mention_narrows(source: Span, speaker: Speaker) -> bool:
    """Whether the speaker's mention lies inside ``source`` and is not all of
    it (the speaker stage named the speaker by part of the source)."""
    m = speaker.mention
    return (
        m is not None
        and source.start <= m.start
        and m.end <= source.end
        and (m.start, m.end) != (source.start, source.end)
    )
