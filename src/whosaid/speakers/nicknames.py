"""Speaker resolution: a personal name with a quoted nickname inside it.

"Senator Christopher "Bong" Go", "President Joko "Jokowi" Widodo": NER cuts
such a name at the quotation mark ("Christopher") or splits it in two, and
later the text calls the person by the nickname alone ("Jokowi denied ...").
The person's name is the given names and surname without the nickname
("Christopher Go", "Joko Widodo"); the nickname is one more key under which
a lone word refers to that person, as a surname is.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from whosaid.entities.lexicon import HONORIFICS, NAME_PARTICLES, ROLE_NOUNS, TITLES
from whosaid.speakers.model import DocIndex, RawMention, tokens_where

OPENING_MARKS: frozenset[str] = frozenset({'"', "“", "'", "‘"})
CLOSING_MARKS: frozenset[str] = frozenset({'"', "”", "'", "’"})
MAX_NICKNAME_WORDS = 2
MAX_GIVEN_WORDS = 2
MAX_SURNAME_WORDS = 2


class Nickname(NamedTuple):
    """A name with a quoted nickname: the mention (quoted part included)
    and the nickname alone."""

    mention: RawMention
    nickname: str
    tokens: range


def nickname_names(ix: DocIndex) -> list[Nickname]:
    """Every ``Given "Nick" Surname`` in the article that NER vouches for
    as a person (a PERSON entity on one of its words)."""
    doc = ix.doc
    persons = {
        i: n
        for n, e in enumerate(doc.ents)
        if e.label_ == "PERSON"
        for i in range(e.start, e.end)
    }
    found: list[Nickname] = []
    i = 1  # the first token that may open a nickname
    for q in tokens_where(doc, ORTH, OPENING_MARKS):
        if q < i:
            continue
        hit = _nickname_at(doc, q)
        if (
            hit is not None
            and _one_person(doc, hit, persons)
            and not _title_case_line(ix.text, doc[hit.start].idx)
        ):
            first, last = doc[hit.start], doc[hit.stop - 1]
            quote_open = next(k for k in hit if doc[k].text in OPENING_MARKS)
            quote_close = next(
                k
                for k in range(quote_open + 1, hit.stop)
                if doc[k].text in CLOSING_MARKS
            )
            given = doc[hit.start : quote_open].text
            surname = doc[quote_close + 1 : hit.stop].text
            nickname = doc[quote_open + 1 : quote_close].text
            start, end = first.idx, last.idx + len(last.text)
            raw = RawMention(
                start, end, "PERSON", f"{given} {surname}", start in ix.exclude
            )
            found.append(Nickname(raw, nickname, hit))
            i = hit.stop
    return found


TITLE_CASE_WORDS = 5
TITLE_CASE_LOWER = 2
"""A line of :data:`TITLE_CASE_WORDS` words or more with fewer lower-case
words than this is in title case."""


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case ('Trump
    Calls Biden "Sleepy" Joe Again'), where capitalised words around a
    quoted one are no name."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = text[start : end if end >= 0 else len(text)].split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= TITLE_CASE_WORDS and lower < TITLE_CASE_LOWER


def _one_person(doc: Doc, hit: range, persons: dict[int, int]) -> bool:
    """NER's PERSON on a word of the name, and no two PERSON entities on its
    two ends ("Biden "Welcomes" Trump" is two persons and a quoted verb)
    unless the quoted word is one too ("Ronald 'Bato' dela Rosa", three)."""
    tagged = {persons[k] for k in hit if k in persons}
    if not tagged:
        return False
    ends = {persons.get(hit.start), persons.get(hit.stop - 1)}
    nickname = [k for k in hit if doc[k].text not in OPENING_MARKS | CLOSING_MARKS]
    named_inside = any(k in persons and persons[k] not in ends for k in nickname)
    return None in ends or len(ends) == 1 or named_inside


def _nickname_at(doc: Doc, q: int) -> range | None:
    """The tokens of a name whose quoted nickname opens at token ``q``, or
    ``None``: one or two capitalised given names right before the mark,
    one or two capitalised words inside the marks, one or two capitalised
    surnames right after; no title among them."""
    mark = doc[q]
    if mark.text not in OPENING_MARKS or mark.whitespace_ or not doc[q - 1].whitespace_:
        return None
    close = q + 1
    while (
        close < len(doc)
        and close - q - 1 < MAX_NICKNAME_WORDS
        and _name_word(doc[close])
    ):
        if not doc[close].whitespace_:
            close += 1
            break
        close += 1
    words = close - q - 1
    if words < 1 or close >= len(doc) or doc[close].text not in CLOSING_MARKS:
        return None
    if doc[close - 1].whitespace_ or not doc[close].whitespace_:
        return None
    first = q
    while first - 1 >= 0 and q - first < MAX_GIVEN_WORDS and _name_word(doc[first - 1]):
        if first - 1 < q - 1 and not doc[first - 1].whitespace_:
            break
        first -= 1
    stop = close + 1
    while stop < len(doc) and doc[stop].lower_ in NAME_PARTICLES:
        stop += 1  # "dela Rosa", "van der Berg"
    particles = stop - close - 1
    while (
        stop < len(doc)
        and stop - close - 1 - particles < MAX_SURNAME_WORDS
        and _name_word(doc[stop])
        and (stop == close + 1 or doc[stop - 1].whitespace_)
    ):
        stop += 1
    if first == q or stop == close + 1 + particles:
        return None
    return range(first, stop)


def _name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a personal name (no title
    such as "Senator" or "President")."""
    low = tok.lower_.rstrip(".")
    return (
        tok.text[:1].isupper()
        and any(c.isalpha() for c in tok.text)
        and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X", ""}
        and low not in TITLES
        and low not in HONORIFICS
        and low not in ROLE_NOUNS
    )
