"""Parties named inside a speaker's source: as a modifier of a member's
noun ("a Tory MP", "Democratic lawmakers") the speaker is a member, never the
party; by a word for someone who speaks for it ("a Labour spokesman") the
party is the speaker's actor."""

from __future__ import annotations

from whosaid.actors.model import ActorDraft
from whosaid.actors.parties import MEMBER_END
from whosaid.records import Span


def party_as_modifier(target: ActorDraft, src: Span) -> bool:
    """Whether a party is named in a source only as a modifier of the word
    after it ("two Democratic speechwriters", "a Tory MP", "the Republican
    nominee") or by a member's noun ("the Wisconsin Republican", "one
    Democrat"): the speaker is a member, never the party itself."""
    if target.type != "party":
        return False
    inside = [(s, e) for s, e in target.mentions if s < src.end and src.start < e]
    return bool(inside) and all(
        member_word(src.text[max(s, src.start) - src.start : e - src.start])
        if e >= src.end
        else modifies_word(src.text[e - src.start :])
        for s, e in inside
    )


def member_word(text: str) -> bool:
    """A member's noun ending a source ("Republican", "Tory"; "Republicans"
    and "Labour" name the party), or members named by a plural noun after
    the party ("Democratic lawmakers", "Labour MPs")."""
    words = text.split()
    return bool(words) and (
        bool(MEMBER_END.search(words[-1])) or words[-1].lower() in MEMBER_NOUNS
    )


MEMBER_NOUNS: frozenset[str] = frozenset(
    {
        *("lawmakers", "legislators", "senators", "members", "mps", "deputies"),
        *("councillors", "councilors", "activists", "supporters", "voters"),
        *("representatives", "congressmen", "congresswomen", "backbenchers"),
    }
)
"""Plural nouns of a party's members, not of people who speak for it
(:data:`PARTY_VOICE_WORDS`): "Democratic lawmakers said" is some of them."""


PARTY_VOICE_WORDS: frozenset[str] = frozenset(
    {
        "source", "sources", "aide", "aides", "official", "officials",
        "spokesman", "spokeswoman", "spokesperson", "operative", "operatives",
    }
)  # fmt: skip
"""Nouns after a party for people who speak for it ("one GOP source", "a
Labour spokesman"): the party is the speaker's actor."""


def modifies_word(rest: str) -> bool:
    """Whether the text after a party's mention starts with a word it
    modifies, other than one for someone who speaks for it."""
    words = rest.split()
    return (
        bool(words)
        and words[0][:1].isalpha()
        and (words[0].lower().strip(".,") not in PARTY_VOICE_WORDS)
    )
