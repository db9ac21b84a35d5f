"""Speakers: a joint source the attribution stage cut to its last name.

"In a joint statement, Treasury Secretary Janet Yellen, Federal Reserve
Chair Jerome Powell and FDIC Chairman Martin Gruenberg said …": the parse
may hang the list anywhere, and the source comes cut to the last titled
name after "and".  The names listed before it, comma by comma, each a
titled person and nothing else, speak too (the fixtures' joint-speaker
convention: one speaker per name)."""

from __future__ import annotations

import re

from whosaid.records import Span
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    DocIndex,
    MentionRef,
    SourceResult,
    char_span,
)

AND_BEFORE = re.compile(r"(?:,\s*)?\band\s+$")
"""What joins the last name of a list to the ones before it."""
LIST_ITEMS = 4
"""The most names a list before a cut source may hold."""
LIST_CHARS = 300
"""How far back (characters) the list may start."""


def _person_item(ix: DocIndex, start: int, end: int) -> MentionRef | None:
    """The one person named by a list item: capitalised words (a title and
    a name) ending in a person's name, nothing else."""
    span = char_span(ix, start, end)
    if span is None or not len(span):
        return None
    words = [t for t in span if not t.is_punct]
    if not words or any(not (t.text[:1].isupper()) for t in words):
        return None
    last = ix.token_mention.get(words[-1].i)
    if last is None or last.entity.kind != "person":
        return None
    if any(
        (m := ix.token_mention.get(t.i)) is not None
        and m.entity.kind == "person"
        and m.entity is not last.entity
        for t in words
    ):
        return None
    return last


def names_listed_before(ix: DocIndex, source: Span) -> list[SourceResult]:
    """The persons listed before a source that is a list's last titled
    person ("…, Federal Reserve Chair Jerome Powell and FDIC Chairman Martin
    Gruenberg said"), in text order, the source's own person last; empty
    when the source follows no "and" or no titled person comes before it."""
    own = _person_item(ix, source.start, source.end)
    if own is None:
        return []
    # the line, not the parser's sentence: a list with titles is where the
    # parser errs ("Corp." ends no sentence); an item with a lower-case word
    # stops the list anyway
    sent_start = max(
        ix.text.rfind("\n", 0, source.start) + 1, source.start - LIST_CHARS
    )
    head = ix.text[sent_start : source.start]
    joined = AND_BEFORE.search(head)
    if joined is None:
        return []
    end = sent_start + joined.start()
    found: list[MentionRef] = []
    while len(found) < LIST_ITEMS:
        comma = ix.text.rfind(", ", sent_start, end)
        start = sent_start if comma < 0 else comma + 2
        person = _person_item(ix, start, end)
        if person is None:
            break
        found.insert(0, person)
        if comma < 0:
            break
        end = comma
    if not found:
        return []
    return [
        SourceResult(m.entity, RESOLVED_APPOSITIVE, (m.start, m.end))
        for m in [*found, own]
    ]
