"""Trimming a name's character span: edges, titles, descriptors,
post-nominals, datelines, honorifics and quotation marks."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from whosaid.entities.lexicon import (
    FULL_NAME_TITLES,
    HONORIFICS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    POST_NOMINALS,
    TITLES,
)
from whosaid.entities.name_shape import FUNCTION_WORDS, looks_like_person_name

LEADING_DETS: tuple[str, ...] = ("the ", "a ", "an ")
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s", "'", "’")
EDGE_CHARS = " \t\r\n,;:.!?\"'“”‘’()[]{}-–—"
ABBREVIATIONS: frozenset[str] = frozenset(
    {"Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd."}
)


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the name inside ``text[start:end]``.

    Strips surrounding punctuation and spaces, a leading article and a trailing
    possessive: ``"the Russian Foreign Ministry"`` -> ``Russian Foreign
    Ministry``, ``"North Korea's"`` -> ``North Korea``.  Returns an empty span
    (``start == end``) when nothing is left.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in EDGE_CHARS:
            start += 1
            changed = True
        while start < end and text[end - 1] in EDGE_CHARS and text[end - 1] != ".":
            end -= 1
            changed = True
        lowered = text[start:end].lower()
        for det in LEADING_DETS:
            if lowered.startswith(det) and end - start > len(det):
                start += len(det)
                changed = True
                break
        for ending in POSSESSIVE_ENDINGS:
            if lowered.endswith(ending) and end - start > len(ending):
                end -= len(ending)
                changed = True
                break
        # a sentence-final period is not part of a name unless it ends an
        # abbreviation like "Jr." or "U.S."
        if (
            end > start
            and text[end - 1] == "."
            and not _is_abbreviation(text[start:end])
        ):
            end -= 1
            changed = True
    return start, end


def _is_abbreviation(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    last = words[-1]
    if last in ABBREVIATIONS:
        return True
    return len(last) <= 5 and last[:1].isupper() and "." in last[:-1]


BUSINESS_DESCRIPTORS: frozenset[str] = frozenset(
    {"broadcaster", "regulator", "lender", "retailer", "insurer", "watchdog"}
    | {"conglomerate", "utility"}
)
"""Nouns a wire story puts before a company's name to say what it is
("Regulator Ofcom", "lender HSBC", "Utility Southern California Edison"),
with any "...maker" ("Chipmaker Veltron")."""


def descriptor_noun(word: str, *, first: bool) -> bool:
    """Whether a word says what kind of body a name is: a business noun
    ("regulator", "chipmaker"), or written lower-case inside a name, a
    body's noun ("group" of "Business group Ibec").  A capitalised body noun
    opens names ("Police Scotland", "Bank Indonesia")."""
    low = word.lower()
    if low in BUSINESS_DESCRIPTORS or (low.endswith("maker") and len(low) > 6):
        return first or word.islower()
    return word.islower() and low in ORG_NOUNS


def descriptor_length(words: Sequence[str]) -> int:
    """How many words open a name with a descriptor of the body and not its
    name ("Business group Ibec" -> 2, "Chipmaker Veltron" -> 1): up to the
    last descriptor noun, when only capitalised words follow it.  0 when
    there is none ("Carlyle Group Inc", "Group of Seven", "Islamic State
    group", "Police Scotland")."""
    cut = 0
    for k, w in enumerate(words[:-1]):
        if descriptor_noun(w, first=k == 0):
            cut = k + 1
    if cut and all(w[:1].isupper() for w in words[cut:]):
        return cut
    return 0


def strip_descriptor(text: str, start: int, end: int) -> tuple[int, int]:
    """A body's name without the descriptor before it ("Business group
    Ibec" -> "Ibec"); see :func:`descriptor_length`."""
    words = text[start:end].split(" ")
    cut = descriptor_length(words)
    if not cut:
        return start, end
    return start + len(" ".join(words[:cut])) + 1, end


def strip_titles(
    text: str, start: int, end: int, roles: Collection[str] = ()
) -> tuple[int, int]:
    """Drop leading honorifics/titles (``Mr``, ``President``...) from a name.

    Only strips while at least one word is left after the title.  Titles
    stand before an honorific ("President Dr X"), so the words after one
    are the name whatever they look like ("Dr Sultan Al Jaber").  ``roles``:
    more words to drop (a person's role nouns: "Rapporteur X").
    """
    while True:
        segment = text[start:end]
        first, _, rest = segment.partition(" ")
        word = first.lower().rstrip(".")
        if word in FULL_NAME_TITLES:
            if len(rest.split()) < 2:
                return start, end  # "Garda Síochána"; "Garda Ronan Cusack" goes on
        elif not rest.strip() or not (
            word in TITLES or word in roles or _hyphenated_title(word)
        ):
            return start, end
        start += len(first) + 1
        while start < end and text[start] == " ":
            start += 1
        if word in HONORIFICS:
            return start, end


RANK_PREFIXES: frozenset[str] = frozenset(
    {"major", "lieutenant", "brigadier", "vice", "rear", "deputy"}
)
"""Words that open a hyphenated rank without being titles alone ("Major" of
"Major-General", "Rear" of "Rear-Admiral")."""


def _hyphenated_title(word: str) -> bool:
    """A title of hyphen-joined titles ("colonel-general",
    "major-general", "secretary-general")."""
    *front, last = word.split("-")
    return (
        bool(front)
        and last in TITLES
        and all(p in TITLES or p in RANK_PREFIXES for p in front)
    )


def strip_post_nominals(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the letters after a personal name (:data:`POST_NOMINALS`: "Conor
    Quigley SC" -> "Conor Quigley", "Jane Smith MP OBE" -> "Jane Smith")
    while two words of the name are left; the span unchanged otherwise."""
    words = text[start:end].split(" ")
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words.pop()
    return start, start + len(" ".join(words))


TITLE_LINKS: frozenset[str] = FUNCTION_WORDS | {"in", "at", "to"}
"""Lower-case words inside a capitalised title phrase ("Opposition Leader
in the National Assembly")."""


def person_after_title(
    text: str, start: int, end: int, roles: Collection[str] = ()
) -> tuple[int, int]:
    """The personal name ending a capitalised phrase after its title or body
    ("Defence Minister Rustem Umerov" -> "Rustem Umerov", "National Assembly
    Omar Ayub Khan" -> "Omar Ayub Khan"): the words after the first title,
    role (``roles``) or organisation word when they look like a personal
    name (:func:`looks_like_person_name`) and every word before is
    capitalised or a function word; the span unchanged otherwise.  A first
    word is left to :func:`strip_titles` ("Sultan Al Jaber" is a name)."""
    words = text[start:end].split(" ")
    for k in range(len(words) - 2):
        if not (words[k][:1].isupper() or words[k].lower() in TITLE_LINKS):
            break
        low = words[k].lower().rstrip(".")
        if low in HONORIFICS:
            break  # the name follows: "Dr Sultan Al Jaber" (see strip_titles)
        titled = low in TITLES or low in roles or low in ORG_NAME_WORDS
        if k == 0 or not titled:
            continue
        if looks_like_person_name(" ".join(words[k + 1 :])):
            # the first title with a name after it: "COP28 President Dr
            # Sultan Al Jaber" keeps "Sultan", a title too, in the name; a
            # second office run after it goes too ("Crown Prosecution
            # Service Chief Crown Prosecutor Lionel Idan")
            cut = start + len(" ".join(words[: k + 1])) + 1
            return person_after_title(text, cut, end, roles)
    return start, end


DATELINE_CHARS = 60
DATELINE_DASHES: tuple[str, ...] = (" – ", " — ", " -- ")
WIRE_DATELINE = re.compile(
    r"[^\n()]{2,40}\([A-Z][A-Za-z.]{1,12}\)\s*\.?\s*(?:--|[-–—])\s+"
)
"""A wire service's dateline: "Caracas, Jul 29 (EFE).- ", "KYIV (AFP) - "."""


def strip_dateline(text: str, start: int, end: int) -> int:
    """Skip a dateline ("DHAKA, Bangladesh – ") opening a paragraph."""
    if start > 0 and text[start - 1] != "\n":
        return start
    head = text[start : min(end, start + DATELINE_CHARS)]
    wire = WIRE_DATELINE.match(head)
    if wire is not None:
        return start + wire.end()
    for dash in DATELINE_DASHES:
        at = head.find(dash)
        if at > 0 and "," in head[:at]:
            return start + at + len(dash)
    return start


def strip_honorifics(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "Mr"/"Ms"/"Dr" (not a role title) from a name."""
    first, _, rest = text[start:end].partition(" ")
    if rest.strip() and first.lower().rstrip(".") in HONORIFICS:
        return start + len(first) + 1, end
    return start, end


def next_word(text: str, end: int) -> str:
    """The word right after ``end`` on the same line ("" if none)."""
    rest = text[end : end + 40].split("\n", 1)[0].split()
    return rest[0].strip(",.;:") if rest else ""


DANGLING_WORDS: frozenset[str] = frozenset({"of", "and"})
"""Words no name ends on; inside a name they stay ("Bank of England")."""


def strip_trailing_lower(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop lower-case words ending an organisation name ("IRNA news agency"),
    and a dangling "of"/"and" NER ended it on ("Maryam Qazi of" of "Maryam
    Qazi of Seaport Capital")."""
    words = text[start:end].split(" ")
    if len(words) > 1 and words[-1] in DANGLING_WORDS:
        words.pop()
    while len(words) > 1 and words[-1].islower() and words[-1] not in DANGLING_WORDS:
        words.pop()
    if all(w.islower() for w in words):
        return start, end
    return start, start + len(" ".join(words))


QUOTE_MARKS = '“”"«»„'
"""Quotation marks that never sit inside a name (apostrophes may)."""


def cut_at_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """A name span cut where NER ran it across a quotation mark: the part
    before the mark when it has a capital letter ("Christie “New Jersey's
    Biggest Loser" -> "Christie"), else the part after it ("paranoia,”Clinton"
    -> "Clinton"); a span with no mark comes back unchanged."""
    for k in range(start, end):
        if text[k] in QUOTE_MARKS:
            if any(c.isupper() for c in text[start:k]):
                return trim_name(text, start, k)
            return cut_at_quote(text, k + 1, end)
    return start, end
