"""Speaker resolution: a source that counts the people just named.

"Juncker issued a joint statement with Barroso and Borrell.  The three said
…", "Merkel met Macron on Sunday.  Both leaders said …": a definite numeral
(or "both") with no noun, or with a plural noun for people, or a plural
noun for people after capitalised modifiers joined by "and" ("the French
and German leaders": one person each), refers to the
persons the sentence before it (or its own sentence, before it) names, when
exactly that many are named there.  One speaker per person, in text order.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import ROLE_NOUNS
from whosaid.records import Span
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    DocIndex,
    MentionRef,
    SourceResult,
    char_span,
)

COUNT_WORDS: dict[str, int] = {
    "both": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
"""Words that count a group of people, and how many."""
PEOPLE_PLURALS: frozenset[str] = frozenset(
    {"leaders", "men", "women", "officials", "ministers", "presidents", "heads"}
)
"""Plural nouns for people a count may head ("the two leaders")."""


def counted_speakers(ix: DocIndex, source: Span) -> list[SourceResult]:
    """The persons a counting source ("The three", "Both leaders", "the two
    men") refers to: the ones named in its sentence before it, else in the
    sentence before, when exactly as many as counted and no personal pronoun
    there stands for one more ("He held talks with Yoon and Biden.  The two
    leaders …"); empty otherwise."""
    span = char_span(ix, source.start, source.end)
    if span is None or not len(span):
        return []
    count = _count(list(span))
    if count is None:
        return []
    sent = span[0].sent
    window = ix.doc[sent.start : span.start]
    chosen = _persons(ix, window)
    if not chosen and sent.start > 0:
        window = ix.doc[ix.doc[sent.start - 1].sent.start : span.start]
        chosen = _persons(ix, window)
    if len(chosen) != count or any(t.lower_ in PERSONAL_PRONOUNS for t in window):
        return []
    return [SourceResult(m.entity, RESOLVED_NOMINAL, (m.start, m.end)) for m in chosen]


PERSONAL_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
"""Pronouns for one more person than the names count."""


def _count(tokens: list[Token]) -> int | None:
    """How many people the words count: "the three", "both", "the two
    leaders"; ``None`` for any other words."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if words and words[0].lower_ == "the":
        words = words[1:]
    if words and words[0].lower_ not in COUNT_WORDS and tokens[0].lower_ == "the":
        return _coordinated_count(tokens[1:])
    if not words or words[0].lower_ not in COUNT_WORDS:
        return None
    rest = words[1:]
    if len(rest) > 1 or (rest and not _people_plural(rest[0])):
        return None
    if words[0].lower_ == "both" and tokens[0].lower_ == "the":
        return None
    return COUNT_WORDS[words[0].lower_]


MAX_MODIFIER_WORDS = 3
"""At most this many words in one coordinated modifier ("Liberal Democrat")."""


def _coordinated_count(tokens: list[Token]) -> int | None:
    """How many people "the Conservative and Liberal Democrat leaders", "the
    French, German and Polish foreign ministers" count: one per capitalised
    modifier that commas and one "and" join before a plural noun for
    people (lower-case words between the last modifier and that noun, as
    "foreign", go with the noun); ``None`` for any other words."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 4 or not _people_plural(tokens[-1]):
        return None
    groups: list[list[Token]] = [[]]
    joins = 0
    for tok in tokens[:-1]:
        if tok.lower_ in {"and", ","}:
            joins += tok.lower_ == "and"
            groups.append([])
        else:
            groups[-1].append(tok)
    if joins != 1 or any(not g for g in groups):
        return None
    for group in groups:
        while group and group[-1].is_lower and group is groups[-1]:
            group.pop()  # "foreign" in "German foreign ministers"
        if not group or len(group) > MAX_MODIFIER_WORDS:
            return None
        if not all(t.is_alpha and t.text[:1].isupper() for t in group):
            return None
    return len(groups)


def _people_plural(tok: Token) -> bool:
    word = tok.lower_
    return word in PEOPLE_PLURALS or (
        word.endswith("s") and word[:-1] in ROLE_NOUNS and tok.is_lower
    )


def _persons(ix: DocIndex, span: SpacySpan) -> list[MentionRef]:
    """The distinct person entities named in the span, in text order (the
    first mention of each)."""
    found: list[MentionRef] = []
    for tok in span:
        mention = ix.token_mention.get(tok.i)
        if mention is None or mention.entity.kind != "person":
            continue
        if all(m.entity is not mention.entity for m in found):
            found.append(mention)
    return found
