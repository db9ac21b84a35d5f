"""Parties named inside a speaker's source: as a modifier of a member's
noun ("a Tory MP", "Democratic lawmakers") the speaker is a member, never the
party; by a word for someone who speaks for it ("a Labour spokesman") the
party is the speaker's actor."""

from __future__ import annotations

from collections.abc import Collection

from whosaid.actors.governing import FACTBOOK_LEADER_OFFICE
from whosaid.actors.model import ActorDraft
from whosaid.actors.parties import MEMBER_END
from whosaid.actors.terms import PARTY_LEADER_OFFICE, PARTY_LEADER_SOURCE, Office
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


PARTY_TITLE_GENERIC: frozenset[str] = frozenset({"party", "the", "of", "and", "-"})
"""Words of a party's name that do not name it alone ("Democratic Party":
the title "Democratic Party secretary" and "Democratic leader" name it)."""


def title_names_led_party(roles: Collection[str], office: Office) -> bool:
    """Whether the text's title names the party the people tables say the
    person leads that day ("Podemos leader X", "Democratic Party secretary
    X" for the Factbook's "party leader - Podemos"): a party's title, not a
    state office's, whatever sector its head word gives elsewhere."""
    party = led_party(office)
    if party is None or not roles:
        return False
    words = [w for w in party.lower().split() if w not in PARTY_TITLE_GENERIC]
    title = {_bare_word(w) for r in roles for w in r.split()}
    return bool(words) and all(w in title for w in words)


def led_party(office: Office) -> str | None:
    """The party a party-leader office names (``party leader: X`` or the
    Factbook's ``party leader - X``), else ``None``."""
    if office.source != PARTY_LEADER_SOURCE:
        return None
    for prefix in (PARTY_LEADER_OFFICE, FACTBOOK_LEADER_OFFICE):
        if office.office.startswith(prefix):
            return office.office[len(prefix) :].strip() or None
    return None


def _bare_word(word: str) -> str:
    """A title's word, lower-cased, without punctuation or possessive ("PD's"
    -> "pd")."""
    word = word.strip(".,;:").lower()
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word
