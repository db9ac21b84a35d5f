"""Speaker names the actors stage keeps as the text wrote them: a party's
members named by their plural ("Democrats"), a body of law ("Vietnamese
law")."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.entities.lexicon import ORG_NOUNS
from whosaid.records import Actor, Speaker

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
