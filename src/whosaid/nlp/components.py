"""Custom spaCy components used by whosaid."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span

from whosaid.entities.lexicon import (
    FIRST_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    MONTH_NUMBERS,
    NAME_PARTICLES,
    ORG_NAME_WORDS,
    POST_NOMINALS,
    TITLES,
)
from whosaid.entities.name_styles import (
    LONGEST_STYLE,
    opening_style,
)
from whosaid.entities.names import abbreviates, acronym_after, looks_like_person_name


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
    * A personal name ends before the letters after it, which NER may
      take for an organization's: "Conor Quigley SC" is the person
      "Conor Quigley" (:data:`~whosaid.entities.lexicon.POST_NOMINALS`).
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
        elif ent.label_ == "PERSON":
            start = _split_style_start(doc, ent.start)  # "Datuk" + "Seri Ahmad"
            if out and out[-1].end > start:
                out[-1] = _cut_before(out[-1], start)
        label = ent.label_
        if end == ent.end and _post_nominal_end(ent):
            end, label = end - 1, "PERSON"  # "Conor Quigley" + "SC"
        if end != ent.end or start != ent.start:
            ent = Span(doc, start, end, label=label)
            changed = True
        out.append(ent)
        k += 1
    if changed:
        doc.ents = out
    return doc


def _split_style_start(doc: Doc, start: int) -> int:
    """Where a person's name starts when the NER cut a style in two, its
    first words left out of the name ("Comptroller of the Royal Household
    Datuk" (ORG) + "Seri Ahmad" (PERSON)): the start of the style, else
    ``start``."""
    for back in range(1, LONGEST_STYLE):
        i = start - back
        if i < 0 or "\n" in doc[i].whitespace_ or not doc[i].whitespace_:
            break
        words = [t.text for t in doc[i : start + LONGEST_STYLE]]
        if opening_style(words) > back:
            return i
    return start


def _cut_before(ent: Span, start: int) -> Span:
    """An entity cut before token ``start`` (the style a person's name
    takes back from it); kept whole when nothing of it would be left."""
    if start <= ent.start:
        return ent
    return Span(ent.doc, ent.start, start, label=ent.label_)


def _post_nominal_end(ent: Span) -> bool:
    """Whether a person's or organization's entity is a personal name of two
    words or more and the letters after it ("Conor Quigley SC", "Jane Smith
    MP")."""
    if ent.label_ not in {"PERSON", "ORG"} or len(ent) < 3:
        return False
    if ent[-1].text not in POST_NOMINALS or not ent[-2].whitespace_:
        return False
    rest = ent[:-1]
    if ent.label_ == "PERSON":
        return True
    # an organisation's entity only when a given name opens it and no word
    # of it is an organisation's ("Conor Quigley SC", never "Acme Holdings SC")
    return (
        rest[0].lower_ in GIVEN_NAMES
        and not any(t.lower_ in ORG_NAME_WORDS for t in rest)
        and looks_like_person_name(rest.text)
    )


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
    """A person's name opened by an honorific or style and cut after a given
    name the title list knows, the rest the next person entity, one space
    apart ("Dr Sultan" + "Al Jaber", "Tan Sri Acryl Sani" + "Abdullah
    Sani")."""
    return (
        len(ent) >= 2
        and (
            ent[0].lower_.rstrip(".") in HONORIFICS
            or opening_style([t.text for t in ent[:-1]]) > 0
        )
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


KNOWN_NAME_MAX_WORDS = 6
"""The longest run of name words looked up as one known name."""
_NAME_JOINERS: frozenset[str] = frozenset({"-", "'", "’"})


@Language.component(
    "whosaid_known_names",
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def known_names(doc: Doc) -> Doc:
    """A full name the people tables know becomes one person entity.

    The NER cuts or mistypes names it has seen little of ("Ararat" (a
    mountain) + "Mirzoyan", "Adamou Souley" for "Hamadou Adamou Souley",
    "Lázaro Alberto Álvarez Casas" as an organization): the longest run of
    two words or more inside a line's run of capitalised words (with name
    particles: "bin", "al", "de") whose folded form is a full name of
    ``people.tsv`` is made a PERSON entity, replacing the entities it
    overlaps -- unless one of them is longer than it ("the Kofi Annan
    Foundation" stays an organization).
    """
    from whosaid.actors.people import load_people

    people = load_people()
    ents = list(doc.ents)
    found: list[Span] = []
    cols = _TokenColumns(doc)
    for i, j in cols.name_runs():
        span = _known_run(doc, i, j, people, cols)
        if span is not None:
            found.append(span)
    changed = False
    for span in [*found, *_surnames_again(doc, [*ents, *found], cols)]:
        over = [e for e in ents if e.start < span.end and span.start < e.end]
        if any(e.start < span.start or e.end > span.end for e in over):
            continue  # "the Kofi Annan Foundation": the bigger name wins
        if any(e.label_ == "PERSON" and len(e) == len(span) for e in over):
            continue
        ents = [e for e in ents if e not in over] + [
            Span(doc, span.start, span.end, label="PERSON")
        ]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


_SUFFIX_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})
_MONTHS = frozenset(MONTH_NUMBERS)


def _surnames_again(doc: Doc, people: list[Span], cols: _TokenColumns) -> list[Span]:
    """The later mentions of a person's surname alone that the NER left in
    no entity ("Surangel Whipps Jr." ... "Whipps added"): a proper noun
    spelling the last word of an earlier person entity of two words or
    more (its suffix "Jr" aside), not a month ("May 5")."""
    first_at: dict[str, int] = {}
    for ent in people:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        words = [t for t in ent if t.is_alpha or "'" in t.text or "-" in t.text]
        while words and words[-1].lower_.rstrip(".") in _SUFFIX_WORDS:
            words.pop()
        if len(words) < 2:
            continue
        last = words[-1].text
        if len(last) > 2 and last[:1].isupper() and last.lower() not in _MONTHS:
            first_at[last] = min(first_at.get(last, ent.end), ent.end)
    if not first_at:
        return []
    out = []
    for i in cols.positions(first_at):
        if i < first_at[cols.texts[i]]:
            continue
        tok = doc[i]
        if tok.ent_type_ or tok.tag_ != "NNP":
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].like_num:
            continue
        out.append(doc[tok.i : tok.i + 1])
    return out


class _TokenColumns:
    """The text, lower-case form, space flag and trailing-space flag of
    every token of a Doc, read in one ``Doc.to_array``: the known-names
    scan reads them for every token, where a ``Token`` object per token and
    per read costs more than the scan.  Each distinct string is looked up,
    and tested as a name word, once per Doc.
    """

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        table = doc.to_array([ORTH, LOWER, IS_SPACE, SPACY]) if n else None
        self.texts: list[str] = []
        self.lowers: list[str] = []
        self.spaces: list[bool] = []
        self.trailing: list[bool] = []
        self._first = np.zeros(n, dtype=bool)
        self._next = np.zeros(n, dtype=bool)
        self._orth_texts: list[str] = []
        self._orth_at = np.zeros(n, dtype=np.intp)
        if table is None:
            return
        strings = doc.vocab.strings
        orths, orth_at = np.unique(table[:, 0], return_inverse=True)
        lowers, lower_at = np.unique(table[:, 1], return_inverse=True)
        orth_texts = [strings[h] for h in orths.tolist()]
        lower_texts = [strings[h] for h in lowers.tolist()]
        self.texts = [orth_texts[k] for k in orth_at.tolist()]
        self._orth_texts, self._orth_at = orth_texts, orth_at
        self.lowers = [lower_texts[k] for k in lower_at.tolist()]
        spaces = table[:, 2] != 0
        trailing = table[:, 3] != 0
        self.spaces = spaces.tolist()
        self.trailing = trailing.tolist()
        capitalised = np.array([_capitalised(t) for t in orth_texts], dtype=bool)
        joiner = np.array([t in _NAME_JOINERS for t in orth_texts], dtype=bool)
        particle = np.array([t in NAME_PARTICLES for t in lower_texts], dtype=bool)
        self._first = capitalised[orth_at]
        glued = joiner[orth_at]
        self._next = self._first | np.where(glued, ~trailing, particle[lower_at])

    def name_word(self, i: int, *, first: bool) -> bool:
        """Whether token ``i`` can be part of a person's name: a capitalised
        word, a lower-case particle inside a name (not ``first``), a hyphen
        or apostrophe glued in."""
        return bool(self._first[i] if first else self._next[i])

    def text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end``, as ``Span.text``: each
        token's text and trailing space (one plain space at most), but the
        last one's."""
        texts, trailing = self.texts, self.trailing
        parts = [texts[k] + " " if trailing[k] else texts[k] for k in range(start, end)]
        return "".join(parts[:-1]) + texts[end - 1] if parts else ""

    def positions(self, texts: Collection[str]) -> list[int]:
        """The tokens whose text is one of ``texts``, in order."""
        wanted = [k for k, text in enumerate(self._orth_texts) if text in texts]
        if not wanted:
            return []
        found: list[int] = np.flatnonzero(np.isin(self._orth_at, wanted)).tolist()
        return found

    def name_runs(self) -> list[tuple[int, int]]:
        """The runs ``(start, end)`` of name words, left to right: each opens
        on a capitalised word and goes on over name words (:meth:`name_word`)
        that follow no space token -- a token's trailing whitespace is one
        plain space at most, so a line break is always in a space token,
        which ends the run."""
        n = len(self.texts)
        if not n:
            return []
        # goes_on[j]: token j extends a run that reached token j - 1
        goes_on = np.zeros(n + 1, dtype=bool)
        goes_on[1:n] = self._next[1:] & ~np.asarray(self.spaces[:-1], dtype=bool)
        stops = np.flatnonzero(~goes_on).tolist()  # each j where a run must end
        runs: list[tuple[int, int]] = []
        end = 0
        for i in np.flatnonzero(self._first).tolist():
            if i < end:
                continue  # inside the run before
            end = stops[bisect.bisect_right(stops, i)]
            runs.append((i, end))
        return runs


def _capitalised(text: str) -> bool:
    """Whether ``text`` opens on a capital and has a letter."""
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _known_run(
    doc: Doc, i: int, j: int, people: Any, cols: _TokenColumns
) -> Span | None:
    """The longest (then leftmost) sub-run of ``doc[i:j]`` of two words or
    more, opening and ending on a capitalised word, that is a full name of
    the people tables."""
    words = j - i
    if words < 2:
        return None
    texts, lowers = cols.texts, cols.lowers
    starts = _name_starts(people)
    opens = {a for a in range(i, j - 1) if people.key(texts[a]) in starts}
    if not opens:
        return None
    for size in range(min(words, KNOWN_NAME_MAX_WORDS + 2), 1, -1):
        for a in range(i, j - size + 1):
            b = a + size
            if a not in opens:
                continue
            if not texts[a][:1].isupper() or not texts[b - 1][:1].isupper():
                continue
            if any(lowers[k] in TITLES for k in range(a + 1, b)):
                continue  # "Vice President", "Prime Minister": no one's name
            if lowers[a].rstrip(".") in HONORIFICS:
                continue
            key = people.key(cols.text(a, b))
            if key.count(" ") < 1 or key not in people.by_name:
                continue
            if key in _place_and_body_keys():
                continue
            rest = key.split(" ", 1)[1]
            if (
                lowers[a] in TITLES
                and texts[a + 1][:1].isupper()
                and " " in rest
                and rest in people.by_name
            ):
                continue  # "King Abdullah II ...": the name after the title
            return doc[a:b]
    return None


_STARTS: dict[int, frozenset[str]] = {}


def _name_starts(people: Any) -> frozenset[str]:
    """The first words of the people tables' full names (built once)."""
    found = _STARTS.get(id(people))
    if found is None:
        found = _STARTS[id(people)] = frozenset(
            key.split(" ", 1)[0] for key in people.by_name
        )
    return found


@functools.lru_cache(maxsize=1)
def _place_and_body_keys() -> frozenset[str]:
    """The folded names of the knowledge's states, places, seats and
    organizations: no run that spells one is a person's name ("Saudi
    Arabia", a short form of "Salman of Saudi Arabia")."""
    from whosaid.actors.tables import data_text, read_tsv
    from whosaid.actors.terms import fold

    keys: set[str] = set()
    tables = ("countries.tsv", "places.tsv", "seats.tsv", "organizations.tsv")
    for table in (*tables, "legislatures.tsv"):
        for row in read_tsv(data_text(table)):
            pattern = row.get("pattern") or ""
            if " " in pattern.strip():
                keys.add(fold(pattern))
    return frozenset(keys)
