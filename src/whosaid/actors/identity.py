"""One identity per person or body across a corpus.

An actor's ``identity`` is the people-table entry id when the actor is linked
(``Q76``), else its normalized name plus country or IGO
(``name:barack obama|USA``): the same in every article for the same actor, so
a corpus can count "Obama", "Barack Obama" and "President Obama" as one.

A name that says nothing of who is meant outside its article is bound to the
article (``name:bob|@ARTICLE``): an unlinked person known only by a given
name ("Bob", "Melanie"; :data:`whosaid.entities.lexicon.GIVEN_NAMES`), and a
singular common noun the article never resolved to a name ("the company",
"the newspaper", "a woman").  Two articles' "Bob" are not one person; a
surname alone ("Rubio") and a named body ("Politico") stay corpus-wide, and
so does an anonymous group ("officials|USA"), which is a kind of source
rather than one speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from whosaid.actors.people import fold
from whosaid.entities.lexicon import GIVEN_NAMES

__all__ = [
    "actor_identity",
    "clean_person_name",
    "common_noun_only",
    "identity_key",
    "lower_case_body",
]

TITLE_WORDS: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "gov",
        "governor",
        "mayor",
        "gen",
        "general",
        "secretary",
        "king",
        "queen",
        "prince",
        "sheikh",
        "the",
        "former",
    ]
)
"""Words dropped from the front of a name for its identity."""
REPORTING_WORDS: frozenset[str] = frozenset(
    [
        "says",
        "said",
        "tells",
        "told",
        "warns",
        "warned",
        "urges",
        "urged",
        "vows",
        "vowed",
        "calls",
        "called",
        "claims",
        "claimed",
        "insists",
        "insisted",
        "slams",
        "slammed",
        "blasts",
        "blasted",
        "denies",
        "denied",
        "admits",
        "admitted",
        "responds",
        "responded",
        "wins",
        "tweets",
        "tweeted",
        "sounds",
        "offers",
        "wades",
        "debunks",
        "explains",
        "launches",
        "to",
    ]
)
"""Headline verbs that NER glues to a name ("Obama Says")."""


def clean_person_name(name: str) -> str:
    """A person's name without the headline or figures glued to it ("Obama
    Says" -> "Obama", "Trump Says He Never" -> "Trump", "Donald Trump Wins"
    -> "Donald Trump", "Donald Trump 384" -> "Donald Trump", "Trump - 60
    percent" -> "Trump", "’s Clinton" -> "Clinton"); other names come back
    unchanged."""
    words = name.split()
    while len(words) > 1 and _contraction_remnant(words[0]):
        words.pop(0)  # "’s Clinton" of "Here’s Clinton"
    for k, word in enumerate(words[1:], 1):
        if word.lower().strip(".,:") in REPORTING_WORDS or _no_name_word(word):
            return " ".join(words[:k])
    return " ".join(words)


CONTRACTION_ENDS: frozenset[str] = frozenset({"s", "t", "d", "ll", "re", "ve", "m"})
"""What is left of a contraction NER may open a name with ("Here’s
Clinton" -> "’s Clinton")."""


def _contraction_remnant(word: str) -> bool:
    return word.lstrip("'’").lower() in CONTRACTION_ENDS and not word[:1].isupper()


def _no_name_word(word: str) -> bool:
    """A figure or a lone dash: never part of a name."""
    return any(c.isdigit() for c in word) or word in {"-", "–", "—", "--"}


def identity_key(name: str) -> str:
    """The folded name without leading titles or trailing headline verbs."""
    words = fold(clean_person_name(name)).split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


COUNTRY_BODY_NOUNS: frozenset[str] = frozenset({"government", "administration"})
"""Common nouns that name one body once the country is known ("the
government" of the USA)."""


def actor_identity(
    name: str,
    type: str,
    country: str | None,
    igo: str | None,
    kb_id: str | None = None,
    *,
    article: str | None = None,
    common_noun: bool = False,
) -> str:
    """The actor's identity (see the module docstring).

    Args:
        article: the article's id, for identities bound to it.
        common_noun: the actor is named only by a singular common noun
            ("the company"), never by a name.
    """
    if kb_id:
        return kb_id
    if type == "state" and country:
        return f"state:{country}"
    where = country or igo or ""
    kind = "place" if type == "place" else "name"
    key = identity_key(name)
    identity = f"{kind}:{key}|{where}"
    if article and _article_bound(key, type, where, common_noun=common_noun):
        return f"{identity}@{article}"
    return identity


def _article_bound(key: str, type: str, where: str, *, common_noun: bool) -> bool:
    if common_noun:
        return not (where and key in COUNTRY_BODY_NOUNS)
    return type == "person" and " " not in key and key in GIVEN_NAMES


def common_noun_only(doc: Doc, mentions: Sequence[tuple[int, int]]) -> bool:
    """Whether every mention of an actor is a singular common noun with no
    name in it ("the company", "a woman"; not "Politico", "officials", "the
    Fed", "the Obama administration")."""
    if not mentions:
        return False
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.root.tag_ != "NN":
            return False
        if any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
            return False
    return True


NOT_BODY_TYPES: frozenset[str] = frozenset({"person", "state", "place"})
_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "its", "their", "local"})
_PRONOUNS: frozenset[str] = frozenset(
    {"it", "its", "they", "them", "their", "we", "us", "our", "which", "who", "that"}
)


def lower_case_body(type: str, said: Sequence[str]) -> bool:
    """Whether a body is named only by a common noun, as its mentions
    (``said``: their texts) show: every mention that is no pronoun reads,
    without its determiner, as one the text also writes in lower case
    ("Police said ... The police said ... the police"), so a capital at a
    sentence's start makes no name of it.  Two articles' "police" are two
    forces; "the Obama administration", "Congress" and "the Fed" are
    names."""
    if type in NOT_BODY_TYPES:
        return False
    words = [_without_determiner(m) for m in said if m.lower() not in _PRONOUNS]
    lower = {" ".join(w) for w in words if all(x == x.lower() for x in w)}
    return bool(words) and all(" ".join(w).lower() in lower for w in words)


def _without_determiner(mention: str) -> list[str]:
    words = mention.split()
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return words
