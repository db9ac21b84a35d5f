"""Speaker resolution: persons a plural source lists by name ("Two shelter
managers in May Pen, Paulette Grant and Marcia Lewis, said"), and a relative
"who" after such a list ("the presidents of both houses, Arthur Lira and
Rodrigo Pacheco, who promised"): one speaker per listed name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from whosaid.records import Span
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    RESOLVED_PRONOUN,
    DocIndex,
    MentionRef,
    SourceResult,
    char_span,
)

LIST_JOINERS: frozenset[str] = frozenset({"and", "&"})


def listed_speakers(ix: DocIndex, source: Span) -> list[SourceResult]:
    """The persons a source lists in apposition to a plural common noun
    (its own words, or for a relative "who" the words before it), in text
    order; empty for any other source."""
    span = char_span(ix, source.start, source.end)
    if span is None or not len(span):
        return []
    if len(span) == 1 and span[0].lower_ == "who":
        return _after_relative(ix, span[0])
    tokens = list(span)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    found = name_list_at_end(ix, tokens)
    if found is None:
        return []
    opening, members = found
    if not any(_group_noun(t) for t in tokens[:opening]):
        return []
    return [
        SourceResult(m.entity, RESOLVED_APPOSITIVE, (m.start, m.end)) for m in members
    ]


def _after_relative(ix: DocIndex, who: Token) -> list[SourceResult]:
    """ "…, A and B, who promised": the listed persons, when the relative
    clause hangs on the plural noun the list describes."""
    if who.head.dep_ != "relcl" or who.i == 0 or ix.doc[who.i - 1].text != ",":
        return []
    sent = who.sent
    tokens = list(ix.doc[sent.start : who.i - 1])
    found = name_list_at_end(ix, tokens)
    if found is None:
        return []
    opening, members = found
    antecedent = who.head.head
    if not _group_noun(antecedent) or not any(
        t.i == antecedent.i for t in tokens[:opening]
    ):
        return []
    return [SourceResult(m.entity, RESOLVED_PRONOUN, (m.start, m.end)) for m in members]


def _group_noun(token: Token) -> bool:
    """A plural common noun ("managers", "presidents")."""
    return token.tag_ == "NNS" and token.is_lower


def name_list_at_end(
    ix: DocIndex, tokens: Sequence[Token]
) -> tuple[int, list[MentionRef]] | None:
    """The list of two or more person names that closes ``tokens`` after a
    comma (", A and B", ", A, B and C"): the comma's index in ``tokens`` and
    the names in text order; ``None`` when the tokens end otherwise, the
    last two names are not joined by "and", or nothing comes before the
    list."""
    members: list[MentionRef] = []
    joiners: list[str] = []
    i = len(tokens) - 1
    while i >= 0:
        mention = ix.token_mention.get(tokens[i].i)
        if mention is None or mention.entity.kind != "person":
            return None
        j = i
        while j > 0 and ix.token_mention.get(tokens[j - 1].i) == mention:
            j -= 1
        if (tokens[j].idx, tokens[i].idx + len(tokens[i].text)) != mention[1:]:
            return None  # part of a longer mention, or a title before it
        members.append(mention)
        i = j - 1
        if i < 0:
            return None
        word = tokens[i].lower_
        if word in LIST_JOINERS:
            joiners.append(word)
            i -= 1
            if i >= 0 and tokens[i].text == ",":
                i -= 1  # ", B, and C"
            continue
        if word != ",":
            return None
        before = ix.token_mention.get(tokens[i - 1].i) if i > 0 else None
        if before is not None and before.entity.kind == "person":
            joiners.append(",")
            i -= 1
            continue
        break
    else:
        return None
    if len(members) < 2 or not joiners or joiners[0] not in LIST_JOINERS:
        return None
    if len({id(m.entity) for m in members}) != len(members) or i <= 0:
        return None
    return i, members[::-1]
