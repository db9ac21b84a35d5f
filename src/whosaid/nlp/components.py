"""Custom spaCy components used by whosaid."""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span

from whosaid.entities.lexicon import FIRST_NAMES, HONORIFICS, NAME_PARTICLES, TITLES
from whosaid.entities.names import abbreviates, acronym_after


@Language.component(
    "whosaid_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News pages put headlines, captions and paragraphs on their own lines; a
    sentence never runs across a line break, and the parser respects the
    boundaries set here.

    A line break is always inside a whitespace token: a token's trailing
    whitespace (``whitespace_``) is one plain space at most.  So only the
    space tokens (one array read) are looked at, not every token, and the
    boundaries are written with one ``Doc.from_array`` (setting
    ``Token.is_sent_start`` checks the whole doc for a parse each time).

    Raises:
        ValueError: the doc is already parsed (spaCy's E043, as
            ``Token.is_sent_start`` raises).
    """
    if len(doc) < 2:
        return doc
    parsed: Any = doc
    table = np.asarray(parsed.to_array([IS_SPACE, SENT_START]), dtype=np.uint64)
    spaces = np.flatnonzero(table[:-1, 0]).tolist()
    breaks = [i + 1 for i in spaces if "\n" in doc[i].text]
    # a wire dateline opening a paragraph is no part of the sentence after it
    breaks += [
        end
        for start in (0, *breaks)
        if start < len(doc) and (end := dateline_end(doc, start)) is not None
    ]
    if not breaks:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    starts = table[:, 1].copy()
    starts[breaks] = 1
    parsed.from_array([SENT_START], starts)
    return doc


DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_MAX_TOKENS = 12


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after a wire dateline opening a paragraph at
    ``start``: "Lagos (AFP) –", "WASHINGTON, Dec 18 (Reuters) -", "KYIV,
    Ukraine (AP) —", "BEIRUT —", "Washington (CNN)President".  Capitalised
    words, a comma, a date and a bracketed agency, then a dash (or the
    agency's closing bracket glued to the next word); None otherwise."""
    words = 0
    marked = False  # a place in capitals ("BEIRUT") or a bracketed agency
    for i in range(start, min(len(doc), start + DATELINE_MAX_TOKENS)):
        tok = doc[i]
        text = tok.text
        if text in DATELINE_DASHES:
            spaced = bool(tok.whitespace_) and bool(doc[i - 1].whitespace_)
            if not spaced:  # "Secretary-General": a hyphen, not a dash
                return None
            return i + 1 if words and marked and i + 1 < len(doc) else None
        if text == ")" and words and i + 1 < len(doc) and not tok.whitespace_:
            nxt = doc[i + 1].text
            return i + 1 if nxt[:1].isupper() else None  # "(CNN)President"
        if text == ")" and i >= start + 2 and doc[i - 2].text == "(":
            marked = True
        if text in {",", "(", ")", "."} or text.isdigit():
            continue
        if not text[:1].isupper() or tok.is_space:
            return None
        if len(text) > 1 and text.isupper():
            marked = True
        words += 1
    return None


@Language.component(
    "whosaid_first_names",
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def first_names(doc: Doc) -> Doc:
    """A person entity takes the first name the NER left out before it.

    "Boris Johnson and Jeremy Corbyn" after a headline can come out as
    "Boris" (no entity) + "Johnson" (PERSON): the capitalised first name
    right before a person's name, one space apart on the same line and in
    no entity, joins it, so every stage sees "Boris Johnson".
    """
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        if (
            before.ent_type_
            or before.whitespace_ != " "
            or not before.text[:1].isupper()
            or before.lower_ not in FIRST_NAMES
        ):
            continue
        ents[k] = Span(doc, ent.start - 1, ent.end, label=ent.label_)
        changed = True
    if changed:
        doc.ents = ents
    return doc


INSTITUTION_HEADS: frozenset[str] = frozenset(
    {"institute", "foundation", "center", "centre", "council", "association"}
    | {"commission", "committee", "office", "bureau", "agency", "society"}
    | {"league", "federation", "alliance", "coalition", "fund", "endowment"}
    | {"campaign", "project", "network", "forum", "organization", "organisation"}
    | {"union", "board", "authority", "department", "ministry", "school"}
)
"""Heads of an organization's name that an "of"/"for" phrase may go on
("the Kiel Institute for the World Economy", "the Center for Strategic and
International Studies")."""
OFFICE_HEADS: frozenset[str] = frozenset({"secretariat", "palace", "cabinet"})
"""More heads of an office its holder's title names ("the President's
Secretariat")."""


@Language.component(
    "whosaid_name_joins",
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def name_joins(doc: Doc) -> Doc:
    """Join the names the NER cut in two.

    * A person's name goes on over a lower-case particle and capitalised
      words: "Apollinaire Kyélem" + "de Tambèla", "Mohammed" + "bin Salman".
    * An organization whose name ends in an institution word goes on over
      "for"/"of"/"on" (+ "the") and the next capitalised name: "the Kiel
      Institute" + "for the World Economy" (which NER makes a second ORG).
    """
    ents = list(doc.ents)
    out: list[Span] = []
    k = 0
    changed = False
    while k < len(ents):
        ent = ents[k]
        end = ent.end
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if ent.label_ == "PERSON" and nxt is not None and _cut_at_particle(ent, nxt):
            end = nxt.end  # "Ursula von der" + GPE "Leyen"
            k += 1
        elif (
            ent.label_ == "PERSON"
            and nxt is not None
            and _cut_after_honorific(ent, nxt)
        ):
            end = nxt.end  # "Dr Sultan" + "Al Jaber"
            k += 1
        elif ent.label_ == "PERSON":
            end = _particle_tail(doc, ent.end, nxt.start if nxt else len(doc))
        elif ent.label_ == "ORG" and doc[ent.end - 1].lower_ in INSTITUTION_HEADS:
            joined = _institution_tail(doc, ent.end, nxt, ent.start)
            if joined is not None:
                end = joined
                k += 1 if nxt is not None and nxt.end == joined else 0
        start = ent.start
        if ent.label_ == "ORG":
            start = _titled_owner(doc, ent.start, out[-1].end if out else 0)
        if end != ent.end or start != ent.start:
            ent = Span(doc, start, end, label=ent.label_)
            changed = True
        out.append(ent)
        k += 1
    if changed:
        doc.ents = out
    return doc


def _titled_owner(doc: Doc, start: int, floor: int) -> int:
    """The start of an office named by its holder's title and a possessive
    ("the President's" + "Secretariat", "the Prime Minister's" + "Office"):
    capitalised title words and "'s" right before a one-word institution."""
    if start - 2 < floor or doc[start].lower_ not in INSTITUTION_HEADS | OFFICE_HEADS:
        return start
    if doc[start - 1].lower_ not in {"'s", "’s"} or doc[start - 2].whitespace_:
        return start
    k = start - 1
    while (
        k - 1 >= floor
        and doc[k - 1].text[:1].isupper()
        and doc[k - 1].lower_ in TITLES
        and start - k < 4
    ):
        k -= 1
    return k if k < start - 1 else start


def _cut_at_particle(ent: Span, nxt: Span) -> bool:
    """A person's name cut after a particle, the rest another entity (with
    more particles between: "Ursula von" + "der" + GPE "Leyen")."""
    doc = ent.doc
    between = doc[ent.end : nxt.start]
    return (
        ent[-1].lower_ in NAME_PARTICLES
        and ent[-1].text.islower()
        and len(between) <= 2
        and all(t.lower_ in NAME_PARTICLES and t.text.islower() for t in between)
        and nxt[0].text[:1].isupper()
        and len(nxt) <= 2
    )


def _cut_after_honorific(ent: Span, nxt: Span) -> bool:
    """A person's name opened by an honorific and cut after a given name the
    title list knows, the rest the next person entity, one space apart
    ("Dr Sultan" + "Al Jaber")."""
    return (
        len(ent) >= 2
        and ent[0].lower_.rstrip(".") in HONORIFICS
        and nxt.label_ == "PERSON"
        and nxt.start == ent.end
        and ent[-1].whitespace_ == " "
        and nxt[0].text[:1].isupper()
    )


def _particle_tail(doc: Doc, end: int, limit: int) -> int:
    """The end of a person's name after particles and capitalised words."""
    j = end
    while (
        j + 1 < limit
        and doc[j].lower_ in NAME_PARTICLES
        and doc[j].text.islower()
        and doc[j - 1].whitespace_ == " "
        and doc[j + 1].text[:1].isupper()
        and doc[j + 1].is_alpha
        and not doc[j + 1].ent_type_
    ):
        j += 2
    return j


def _institution_tail(
    doc: Doc, end: int, nxt: Span | None, start: int | None = None
) -> int | None:
    """The end of "… Institute" + "for the World Economy", else ``None``;
    one capitalised word will do when the acronym in parentheses after it
    spells the whole name ("Human Rights Commission" + "of Pakistan
    (HRCP)")."""
    j = end
    if j >= len(doc) or doc[j].lower_ not in {"for", "of", "on"}:
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if (
        nxt is not None
        and nxt.label_ in {"ORG", "GPE", "NORP", "LOC"}
        and nxt.start in {end + 1, end + 2}
        and nxt.start <= j
    ):
        return nxt.end
    k = j
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    if nxt is not None and nxt.start < k:
        return None
    if k - j >= 2 and (nxt is None or nxt.label_ not in {"ORG", "GPE", "NORP", "LOC"}):
        return k
    if k - j == 1 and start is not None:
        last = doc[k - 1]
        acronym = acronym_after(doc.text, last.idx + len(last.text))
        if acronym is not None and abbreviates(acronym, doc[start:k].text):
            return k
    return None
