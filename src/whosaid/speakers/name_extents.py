"""Speaker resolution: names NER cut at the wrong word.

A body's name may end in a place ("Age UK", "Alzheimer's Research UK", NER's
GPE "UK"), a facility's may open with a person's name ("James S. Brady Press
Briefing Room", NER's PERSON "James S. Brady"), and a hyphenated given name
may lose its halves ("Jong" of "Im Jong-seok").  These helpers give the
token bounds of the whole name, for :mod:`whosaid.speakers.mentions`.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import ORG_NAME_WORDS, ROLE_NOUNS, TITLES
from whosaid.entities.names import looks_like_person_name
from whosaid.speakers.headlines import TITLE_ABBREVIATIONS
from whosaid.speakers.model import MAX_NAME_WORDS, DocIndex
from whosaid.speakers.name_bounds import name_head, name_tail, org_tail
from whosaid.speakers.name_tails import (
    apostrophe_name_head,
    particle_surname_end,
    tagged_surname_end,
)

__all__ = [
    "body_before_place",
    "body_before_title",
    "conjoined_body_head",
    "entity_bounds",
    "facility_after_person",
    "hyphen_name_end",
    "hyphen_name_start",
]

COMPASS_WORDS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"central", "greater", "upper", "lower", "new", "old", "inner", "outer"}
)
"""Words that make a longer place of a place ("East Jerusalem"), no body."""
POSSESSIVE_MARKS: frozenset[str] = frozenset({"'s", "’s"})


def _name_word(tok: Token, ent: SpacySpan, start: int) -> bool:
    """Whether a token before a place is a capitalised word of a body's
    name: untagged, modifying a word of the name as a compound or a
    possessor, no title, role or compass word."""
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and tok.ent_type_ == ""
        and tok.dep_ in {"compound", "poss"}
        and start <= tok.head.i < ent.end
        and tok.lower_ not in TITLES
        and tok.lower_ not in ROLE_NOUNS
        and tok.lower_ not in COMPASS_WORDS
    )


def body_before_place(doc: Doc, ent: SpacySpan) -> int:
    """The token start of a body's name that ends in a one-word place NER
    took alone ("Age UK", "Alzheimer's Research UK", "Sport England"): the
    capitalised untagged words right before it that modify it as compounds
    or possessors ("Alzheimer's"), up to :data:`MAX_NAME_WORDS` words in
    all; ``ent.start`` when there are none (the place stands alone)."""
    if ent.label_ != "GPE" or len(ent) != 1:
        return ent.start
    start = ent.start
    words = 1
    while start > 0 and words < MAX_NAME_WORDS:
        tok = doc[start - 1]
        if tok.text in POSSESSIVE_MARKS and start >= 2:
            owner = doc[start - 2]
            if owner.whitespace_ or not _name_word(owner, ent, start - 2):
                break
            if owner.dep_ != "poss":
                break
            start -= 2
            words += 1
            continue
        if not tok.whitespace_ or not _name_word(tok, ent, start - 1):
            break
        if tok.dep_ != "compound":
            break
        start -= 1
        words += 1
    if start < ent.start and _person_like(doc[start : ent.end]):
        return ent.start  # "Nhlamulo Ndhlela": NER's GPE was a surname
    return start


def _person_like(span: SpacySpan) -> bool:
    """Whether the words before a place and the place read as a personal
    name ("Tamar Golan") with no organisation word ("Transparency
    International Ukraine")."""
    if any(t.lower_ in ORG_NAME_WORDS for t in span):
        return False
    return looks_like_person_name(span.text)


FACILITY_WORDS: frozenset[str] = frozenset(
    {"room", "hall", "bridge", "square", "station", "gallery", "library", "center"}
    | {"centre", "building", "tower", "airport", "stadium", "arena", "museum"}
    | {"memorial", "hospital", "plaza", "theater", "theatre", "terminal"}
    | {"avenue", "boulevard", "highway", "street"}
)
"""Head words of a place or thing named after a person ("Press Briefing
Room", "Presidential Library", "Memorial Bridge"); a body named after
one ("Holm Foundation") is left to the organisation rules."""
FACILITY_REACH = 4
"""At most this many words after the person's name in a facility's name."""


def facility_after_person(doc: Doc, ent: SpacySpan) -> int:
    """The token end of a facility named after the person NER tagged ("James
    S. Brady" of "James S. Brady Press Briefing Room"): the person's last
    word modifies, as a compound, a capitalised word after it that ends a
    run of capitalised compounds and is a facility word; ``ent.end`` when
    the name is the person's own."""
    last = doc[ent.end - 1]
    if ent.label_ != "PERSON" or last.dep_ != "compound" or last.head.i < ent.end:
        return ent.end
    head = last.head
    if head.i - ent.end >= FACILITY_REACH or head.lower_ not in FACILITY_WORDS:
        return ent.end
    for tok in doc[ent.end - 1 : head.i + 1]:
        if not tok.text[:1].isupper() or tok.ent_type_ not in {"", ent.label_}:
            return ent.end
        if tok.i < head.i and (tok.dep_ != "compound" or tok.head.i > head.i):
            return ent.end
    return head.i + 1


def hyphen_name_end(doc: Doc, end: int) -> int:
    """The token end of a hyphenated name NER cut at its hyphen ("Jong" of
    "Jong-seok", "Jae" of "Jae-in"): the hyphen and the word glued after
    it, without spaces."""
    while (
        end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


SURNAME_LETTERS = 4
"""The longest one-syllable surname before a hyphenated given name ("Im",
"Moon", "Kim", "Chung")."""


def hyphen_name_start(doc: Doc, ent: SpacySpan, end: int) -> int:
    """The token start of a name whose hyphenated given name NER took alone
    ("Jong-seok" of "Im Jong-seok", "Jae-in" of "Moon Jae-in"): the short
    capitalised word right before it, the surname of an East Asian name,
    which the tokenizer may have split ("Im" as "I" + "m"); ``ent.start``
    when the given name has no hyphen or no such word is before it."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return ent.start
    given = doc[ent.start : end]
    if not any(t.text == "-" for t in given) or any(t.whitespace_ for t in given[:-1]):
        return ent.start  # one hyphenated word alone: "Kim Jong-un" has its surname
    start = ent.start
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1  # the pieces of a word the tokenizer split
    if start == 0 or not doc[start - 1].whitespace_:
        return ent.start
    first = start - 1
    while first > 0 and not doc[first - 1].whitespace_:
        first -= 1
    word = doc[first:start].text
    if not (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and 2 <= len(word) <= SURNAME_LETTERS
        and word.lower() not in STOP_WORDS
        and word.lower() not in TITLES
        and word.lower() not in ROLE_NOUNS
    ):
        return ent.start
    return first


LEADER_TITLES: frozenset[str] = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "coo"}
    | {"president", "chief", "director", "head", "leader", "boss", "founder"}
    | {"spokesman", "spokeswoman", "spokesperson", "executive"}
)
"""Titles of a body's leader that NER takes into the body's name ("GM
Chair" of "GM Chair and CEO Mary Barra")."""
TITLE_OPENERS: frozenset[str] = frozenset(
    {"vice", "deputy", "prime", "general", "acting", "interim", "of", "the", "and"}
)
"""Words that make a title of more than one word, or a name of the body's
own ("Office of the President")."""


def body_before_title(doc: Doc, ent: SpacySpan) -> int:
    """The token end of a body's name NER ran into the title of its leader
    ("GM" of "GM Chair", "Fed" of "Fed Chair"): the name without the last
    word when that is a leader's title after a capitalised word of the
    body's own; ``ent.end`` otherwise."""
    if ent.label_ != "ORG" or len(ent) < 2:
        return ent.end
    last, before = doc[ent.end - 1], doc[ent.end - 2]
    if last.lower_ not in LEADER_TITLES or not last.text[:1].isupper():
        return ent.end
    if before.lower_ in TITLE_OPENERS or before.lower_ in TITLES or not before.is_alpha:
        return ent.end
    return ent.end - 1


def place_before_title(ix: DocIndex, ent: SpacySpan) -> bool:
    """Whether a person's entity is a state's name and the title after it,
    no one's name ("Solomon Islands PM" in a headline): its last word is a
    title or a headline's abbreviation of one and the words before it a
    state world knowledge knows."""
    if len(ent) < 2 or ix.kind_of is None:
        return False
    last = ent[-1].lower_.rstrip(".")
    if (
        last not in TITLES
        and last not in ROLE_NOUNS
        and last not in TITLE_ABBREVIATIONS
    ):
        return False
    return ix.kind_of(ent[:-1].text) == "state"


MAX_BODY_WORDS = 8
"""The most words a body's name grown at its front may have ("National
Peace and Order Maintaining Council")."""


def _body_modifier(tok: Token, start: int, ent: SpacySpan) -> bool:
    """Whether a token is a capitalised untagged proper noun modifying a
    word of a body's name from before it ("National" of "National Peace
    and Order Maintaining Council")."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and tok.ent_type_ == ""
        and tok.dep_ in {"compound", "nmod"}
        and start <= tok.head.i < ent.end
        and tok.lower_ not in TITLES
        and tok.lower_ not in ROLE_NOUNS
    )


def conjoined_body_head(doc: Doc, ent: SpacySpan) -> int:
    """The token start of a body's name NER began after an "and" inside it
    ("Order Maintaining Council" of "National Peace and Order Maintaining
    Council"): the entity's first word is the conjunct of the capitalised
    word right before the "and", which (with the capitalised words before
    it) modifies a word of the name; ``ent.start`` otherwise."""
    start = ent.start
    if ent.label_ != "ORG" or start < 2 or doc[start - 1].lower_ != "and":
        return start
    first = doc[start]
    before = doc[start - 2]
    if first.dep_ != "conj" or first.head.i != before.i:
        return start
    if not _body_modifier(before, start, ent):
        return start
    head = before.i
    while head > 0 and ent.end - head < MAX_BODY_WORDS:
        if not _body_modifier(doc[head - 1], head, ent):
            break
        head -= 1
    return head if ent.end - head <= MAX_BODY_WORDS else start


def entity_bounds(ix: DocIndex, ent: SpacySpan, kind: str) -> tuple[int, int, str]:
    """The token bounds of the name an NER entity stands for, and its kind:
    a body's name ending in a place (ORG "Age UK" of the GPE "UK"), a
    facility named after a person (FAC), a person's name with the words NER
    left out (:func:`~whosaid.speakers.name_bounds.name_tail`, a hyphenated
    given name's halves and surname), a body's without its leader's title
    ("GM" of "GM Chair")."""
    doc = ix.doc
    start = body_before_place(doc, ent)
    if start < ent.start:
        return start, ent.end, "ORG"  # "Age UK": a body's name ending in a place
    if kind == "PERSON" and place_before_title(ix, ent):
        return ent.start, ent.end - 1, "GPE"  # "Solomon Islands" of "... PM"
    if kind == "PERSON" and facility_after_person(doc, ent) > ent.end:
        return ent.start, facility_after_person(doc, ent), "FAC"
    if kind == "PERSON":
        end = hyphen_name_end(doc, name_tail(ix, ent))
        end = tagged_surname_end(ix, ent, particle_surname_end(ix, ent, end))
        start = hyphen_name_start(doc, ent, end)  # "Im" of "Im Jong-seok"
        if start == ent.start:
            start = apostrophe_name_head(ix, ent, name_head(ix, ent))
        return start, end, kind
    end = org_tail(ix, ent) if kind == "ORG" else ent.end
    if body_before_title(doc, ent) < ent.end:
        end = body_before_title(doc, ent)  # "GM" of "GM Chair"
    start = name_head(ix, ent)
    if start == ent.start:
        start = conjoined_body_head(doc, ent)  # "National Peace and" + ORG
    return start, end, kind
