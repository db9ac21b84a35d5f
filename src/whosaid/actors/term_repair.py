"""Repairs the build of the people tables makes to what its sources say
(``scripts/build_knowledge.py``; issue 9):

* :func:`close_superseded`: a term a source left open ends when a later
  holder of the same single-holder office begins (Boris Johnson's
  "Prime Minister 2019-07-24.." of a 2022 list ends when Liz Truss's
  begins): an office of a state one person holds at a time
  (:data:`whosaid.actors.office_kinds.SINGLE_HOLDER_KINDS`), or a label
  the data shows is held by one person at a time ("Governor of Jakarta");
* :func:`duplicate_pairs`: two entries of one person (a Wikidata entry and
  the Factbook's spelling, "Pedro Sánchez" and "Pedro Sanchez
  Perez-Castejon"), to be merged.

Terms are the build's rows ``(country, igo, sector, office, start, end,
source)``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable, Mapping, MutableSequence, Sequence
from dataclasses import dataclass

from whosaid.actors.name_keys import SURNAME_FIRST
from whosaid.actors.office_kinds import office_kind, solid_kind
from whosaid.actors.terms import Office, fold

__all__ = [
    "CLOSING_KINDS",
    "MULTI_HEAD_STATES",
    "PARALLEL_GOVERNMENT_STATES",
    "Row",
    "close_superseded",
    "duplicate_pairs",
]

Row = tuple[str, str, str, str, str, str, str]
"""``(country, igo, sector, office, start, end, source)``."""

_SEVERAL = re.compile(
    r"\b(deputy|vice|without portfolio|of state|member|assistant|adviser|advisor|"
    r"judge|justice|councillor|commissioner|delegate)\b"
)
"""Labels several people hold at once, whatever the data shows."""
MULTI_HEAD_STATES: frozenset[str] = frozenset({"BIH", "SMR", "AND"})
"""States whose head of state is several people at once."""
PARALLEL_GOVERNMENT_STATES: frozenset[str] = frozenset({"YEM", "LBY"})
"""States with two rival governments, each with its cabinet: a minister of
one is no successor of the other's."""
OVERLAP_DAYS = 31
"""Two closed terms of one label overlapping more than this are two seats:
the label is no single-holder office."""
MIN_LABEL_PEOPLE = 3
"""A label is known to be single-holder from this many holders' terms."""
_HEADS = frozenset({"head of state", "head of government"})
NEAR_START_DAYS = 45
SPELLING_RATIO = 0.85
"""Two names this similar (difflib's ratio) are spellings of one."""
SIDE_OFFICE_DAYS = 31
MIN_TERM_DAYS = 30
"""A later holder who begins within this many days of a term is no
successor (two sources' dates of one appointment, not a succession)."""
"""Two heads of one state whose terms begin this close are one person."""


def _office(row: Row) -> Office:
    return Office(row[0] or None, row[1] or None, row[2] or None, *row[3:])


def _before(a: str, b: str) -> bool:
    """Whether date ``a`` is before ``b`` at their common precision."""
    n = min(len(a), len(b))
    return bool(a and b) and a[:n] < b[:n]


def _same_day(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return bool(a and b) and a[:n] == b[:n]


def _days(date: str) -> int:
    parts = [int(x) for x in date.split("-") if x.isdigit()]
    parts += [1] * (3 - len(parts))
    return parts[0] * 365 + (parts[1] - 1) * 30 + parts[2]


def close_superseded(
    people: Mapping[str, tuple[str, MutableSequence[Row]]],
    names: Mapping[str, Collection[str]],
    closers: Iterable[tuple[str, str, Row]] = (),
) -> int:
    """End, in place, the open terms of ``people`` (id -> (name, terms))
    that a later holder's term of the same office supersedes; ``closers``
    (id, name, term) adds terms that may end others but are not the
    table's (the hand-written overrides).  Only EveryPolitician's open
    terms are ended (the Factbook's and the Congress's open terms are
    current: their sources are dated).  ``names``: each country's folded
    names.  Returns how many terms were ended."""
    groups: dict[tuple[str, str], list[_Term]] = {}
    for pid, (name, rows) in people.items():
        for i, row in enumerate(rows):
            for key in _keys(row, names):
                groups.setdefault(key, []).append(_Term(pid, fold(name), i, row))
    extra: dict[tuple[str, str], list[_Term]] = {}
    for pid, name, row in closers:
        for key in _keys(row, names):
            extra.setdefault(key, []).append(_Term(pid, fold(name), -1, row))
    ended = sum(
        _close_group(people, terms, [*terms, *extra.get(key, ())])
        for key, terms in groups.items()
        if key[1].startswith("kind:") or _single_holder(terms)
    )
    ended += _close_side_offices(people, names)
    return ended + _close_by_dated_sources(people, names)


DATED_SOURCES: frozenset[str] = frozenset({"usc"})
"""Sources whose terms carry real ends: the Congress's (the Factbook's end
where its listing changes spelling or title: Lukashenko's "President"
ends there in 2021-12)."""


def _close_by_dated_sources(
    people: Mapping[str, tuple[str, MutableSequence[Row]]],
    names: Mapping[str, Collection[str]],
) -> int:
    """End the open EveryPolitician terms whose office a dated source
    (:data:`DATED_SOURCES`) shows the same person taking the same day
    (within :data:`NEAR_START_DAYS`) and leaving, with the latest end of
    that source's terms of the office; a term of theirs still open there
    (a new spelling or title since: Lukashenko) keeps it open.  Kamala
    Harris's "Vice President 2021-01-20.." ends with the Congress's
    2025-01-20."""
    ended = 0
    for _, rows in people.values():
        for i, row in enumerate(rows):
            if row[5] or not row[4] or row[6] != "ep" or not row[0]:
                continue
            same = [r for r in rows if _dated_term_of(r, row, names)]
            near = [
                r for r in same if abs(_days(r[4]) - _days(row[4])) <= NEAR_START_DAYS
            ]
            if not near or any(not r[5] for r in same):
                continue
            rows[i] = (*row[:5], max(r[5] for r in same), row[6])
            ended += 1
    return ended


def _dated_term_of(
    term: Row, open_term: Row, names: Mapping[str, Collection[str]]
) -> bool:
    """Whether ``term`` is a dated source's term of ``open_term``'s office
    (its label without the Factbook's field, or its office kind)."""
    if term[6] not in DATED_SOURCES or term[0] != open_term[0] or not term[4]:
        return False
    if _bare_label(term[3]) == open_term[3]:
        return True
    kind = _kind(open_term, names.get(open_term[0], ()))
    return kind is not None and _kind(term, names.get(term[0], ())) == kind


def _bare_label(label: str) -> str:
    """A Factbook label without its field ("chief of state: Vice
    President" -> "Vice President")."""
    field, sep, rest = label.partition(": ")
    return rest if sep and field in {"chief of state", "head of government"} else label


def _close_group(
    people: Mapping[str, tuple[str, MutableSequence[Row]]],
    terms: Sequence[_Term],
    later: Sequence[_Term],
) -> int:
    """End the open terms of one office's ``terms`` that a term of
    ``later`` supersedes."""
    ended = 0
    for term in terms:
        if term.row[5] or not term.row[4] or term.row[6] != "ep":
            continue
        end = _first_successor(term, later)
        row = people[term.pid][1][term.index]
        if end is not None and not row[5]:
            people[term.pid][1][term.index] = (*row[:5], end, row[6])
            ended += 1
    return ended


def _close_side_offices(
    people: Mapping[str, tuple[str, MutableSequence[Row]]],
    names: Mapping[str, Collection[str]],
) -> int:
    """End the open EveryPolitician terms a head of state or government
    took with the office (Boris Johnson's "Minister for the Union
    2019-07-26..", "First Lord of the Treasury") when the head's term ends:
    those that began within :data:`SIDE_OFFICE_DAYS` of it."""
    ended = 0
    for _, rows in people.values():
        heads = [  # an EveryPolitician head term (the Factbook's end at a
            # new spelling or title, no end of the office)
            r
            for r in rows
            if r[0]
            and r[4]
            and r[5]
            and r[6] == "ep"
            and _kind(r, names.get(r[0], ())) in _HEADS
        ]
        for i, row in enumerate(rows):
            if row[5] or not row[4] or row[6] != "ep" or row[1]:
                continue
            if row not in heads and _kind(row, names.get(row[0], ())) in _HEADS:
                continue  # a head office of its own (a king who was also
                # prime minister stays king when he names a prime minister)
            for head in heads:
                if (
                    head[0] == row[0]
                    and head is not row
                    and abs(_days(head[4]) - _days(row[4])) <= SIDE_OFFICE_DAYS
                    and _before(row[4], head[5])
                ):
                    rows[i] = (*row[:5], head[5], row[6])
                    ended += 1
                    break
    return ended


@dataclass(frozen=True, slots=True)
class _Term:
    pid: str
    name: str
    """Folded."""
    index: int
    row: Row


CLOSING_KINDS: frozenset[str] = frozenset(
    {"head of state", "head of government", "foreign", "defence", "finance", "interior"}
)
"""The kinds whose differently labelled terms supersede each other (a
central bank's or an army's chief only by the same label: "Chief of the
General Staff" and "Commander-in-Chief" are two offices in Ukraine)."""
_TITLE_NOUNS = frozenset({"minister", "secretary", "chancellor"})
_KIND_NOUNS: dict[str, str] = {
    "foreign": "foreign",
    "external": "foreign",
    "defence": "defence",
    "defense": "defence",
    "armed": "defence",
    "finance": "finance",
    "finances": "finance",
    "treasury": "finance",
    "exchequer": "finance",
    "interior": "interior",
    "home": "interior",
    "homeland": "interior",
}


def _keys(row: Row, names: Mapping[str, Collection[str]]) -> list[tuple[str, str]]:
    country = row[0]
    if not country or row[1] or country in PARALLEL_GOVERNMENT_STATES:
        return []
    keys: list[tuple[str, str]] = []
    kind = solid_kind(_office(row), names.get(country, ()))
    if (
        kind in CLOSING_KINDS
        and "supreme leader" not in row[3].lower()
        and not (kind == "head of state" and country in MULTI_HEAD_STATES)
    ):
        keys.append((country, f"kind:{kind}"))
    if row[6] in {"ep", "ovr"} and row[3] and not _SEVERAL.search(row[3].lower()):
        keys.append((country, f"label:{row[3]}"))
    return keys


def _single_holder(terms: Sequence[_Term]) -> bool:
    """Whether a label's closed terms show one holder at a time."""
    if len({t.pid for t in terms}) < MIN_LABEL_PEOPLE:
        return False
    closed = sorted((t.row[4], t.row[5], t.pid) for t in terms if t.row[4] and t.row[5])
    for k, (_, end, pid) in enumerate(closed):
        for start2, end2, pid2 in closed[k + 1 :]:
            if _days(start2) >= _days(end) - OVERLAP_DAYS:
                break
            if pid2 != pid and _days(min(end, end2)) - _days(start2) > OVERLAP_DAYS:
                return False
    return True


def _same_office(a: str, b: str) -> bool:
    """Two ministry labels name one office: the same title noun and the
    same portfolio noun ("Minister of Home Affairs" is not India's "Home
    Secretary", a civil servant; "Secretary of Homeland Security" is not
    the "Secretary of the Interior"); other labels always."""
    wa, wb = set(fold(a).split()), set(fold(b).split())
    ta, tb = wa & _TITLE_NOUNS, wb & _TITLE_NOUNS
    ka = {_KIND_NOUNS[w] for w in wa if w in _KIND_NOUNS}
    kb = {_KIND_NOUNS[w] for w in wb if w in _KIND_NOUNS}
    if not (ta and tb and ka and kb):
        return True
    return bool(ta & tb) and bool(ka & kb)


def _first_successor(term: _Term, later: Sequence[_Term]) -> str | None:
    """The start of the first term of another person that begins at least
    :data:`MIN_TERM_DAYS` after ``term`` and succeeds no third person's term
    (a term that begins the day another holder's ends follows that one: two
    chains of one label, a province's and the state's, are never mixed)."""
    start = term.row[4]
    starts = sorted(
        (t.row[4], t.pid)
        for t in later
        if t.pid != term.pid
        and t.row[4]
        and _before(start, t.row[4])
        and _days(t.row[4]) - _days(start) >= MIN_TERM_DAYS
        and not _same_name(term.name, t.name)
        and _same_office(term.row[3], t.row[3])
    )
    exact_years = {b[:4] for b, _ in starts if len(b) > 4}
    for begins, pid in starts:
        if len(begins) == 4 and begins in exact_years:
            continue  # a year-only start gives way to that year's exact one
        follows = any(
            t.pid not in {term.pid, pid}
            and len(t.row[5]) > 4  # a year's end may fall on any day of it
            and _same_day(t.row[5], begins)
            for t in later
        )
        if not follows:
            return begins
    return None


def _same_name(a: str, b: str) -> bool:
    """Two folded names of one person (:func:`_similar`), or one's words
    among the other's ("philippe", "philippe i of belgium")."""
    wa, wb = set(a.split()), set(b.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa or _similar(a, b))


def _similar(a: str, b: str) -> bool:
    """Two folded names of one person: one opens the other ("pedro sanchez",
    "pedro sanchez perez castejon"), one's words are the other's in order
    ("nayib bukele", "nayib armando bukele ortez"), or near spellings ("salome
    zurabishvili", "salome zourabichvili"; "kassym jomart tokayev",
    "kasym zhomart tokayev")."""
    if _prefix(a, b):
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    if len(short) >= 2 and _in_order(short, long):
        return True  # "luis arce", "luis alberto arce catacora"
    if difflib.SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO:
        return True
    return (
        wa[-1] == wb[-1] and difflib.SequenceMatcher(None, wa[0], wb[0]).ratio() >= 0.65
    )


def duplicate_pairs(
    people: Mapping[str, tuple[str, Sequence[Row]]],
    names: Mapping[str, Collection[str]],
) -> list[tuple[str, str]]:
    """``(keep, drop)`` pairs of entries of one person: a Wikidata entry
    (``Q...``, kept) and another source's entry of the same country whose
    name is similar (:func:`_similar`) and that began an office there the
    same day, or a head's office within :data:`NEAR_START_DAYS`; or whose
    name opens the other's with two words or more, when one of them was a
    head of state or government there ("Prabowo Subianto", "Prabowo
    Subianto Djojohadikusumo").  Two Wikidata entries are never
    merged, nor two Phoenix ones."""
    buckets: dict[tuple[str, str], list[str]] = {}
    for pid, (name, rows) in people.items():
        words = fold(name).split()
        if not words:
            continue
        for country in {row[0] for row in rows if row[0]}:
            for key in {words[0], words[-1], words[-1][:4] + "*"}:
                buckets.setdefault((country, key), []).append(pid)
    drops: dict[str, str] = {}
    done: set[tuple[str, str]] = set()
    for (country, _), pids in sorted(buckets.items()):
        for k, pid in enumerate(pids):
            for pid2 in pids[k + 1 :]:
                if (pid[:2] == pid2[:2] and pid[:2] in {"ph"}) or (
                    pid.startswith("Q") and pid2.startswith("Q")
                ):
                    continue
                keep, drop = _order(pid, pid2)
                if (keep, drop) in done or drop in drops or keep in drops:
                    continue
                done.add((keep, drop))
                if _duplicates(people[keep], people[drop], country, names):
                    drops[drop] = keep
    return [(keep, drop) for drop, keep in sorted(drops.items())]


def _order(a: str, b: str) -> tuple[str, str]:
    """``(keep, drop)``: a Wikidata id is kept."""
    if b.startswith("Q") and not a.startswith("Q"):
        return b, a
    if a.startswith("Q") and not b.startswith("Q"):
        return a, b
    return (a, b) if a < b else (b, a)


def _duplicates(
    a: tuple[str, Sequence[Row]],
    b: tuple[str, Sequence[Row]],
    country: str,
    names: Mapping[str, Collection[str]],
) -> bool:
    name_a, name_b = fold(a[0]), fold(b[0])
    if not _similar(name_a, name_b):
        return False
    if country in SURNAME_FIRST and not (
        _prefix(name_a, name_b)
        or difflib.SequenceMatcher(None, name_a, name_b).ratio() >= SPELLING_RATIO
    ):
        return False  # "lee kai ho", "lee ju ho": one family name, two people
    here = names.get(country, ())
    if _prefix(name_a, name_b) and any(
        _kind(r, here) in _HEADS for r in (*a[1], *b[1]) if r[0] == country
    ):
        return True
    rows_b = [r for r in b[1] if r[0] == country and r[4]]
    for ra in a[1]:
        if ra[0] != country or not ra[4]:
            continue
        for rb in rows_b:
            if len(ra[4]) == 10 and ra[4] == rb[4]:
                return True
            kind = _kind(ra, here)
            if (
                kind in _HEADS
                and kind == _kind(rb, here)
                and abs(_days(ra[4]) - _days(rb[4])) <= NEAR_START_DAYS
            ):
                return True
    return False


def _in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether every word of ``short`` is in ``long``, in order."""
    rest = iter(long)
    return all(w in rest for w in short)


def _kind(row: Row, names: Collection[str]) -> str | None:
    office = _office(row)
    return solid_kind(office, names) or office_kind(office, names)


def _prefix(a: str, b: str) -> bool:
    """One name opens the other, with two words or more."""
    wa, wb = a.split(), b.split()
    short, long = sorted((wa, wb), key=len)
    return len(short) >= 2 and len(long) > len(short) and long[: len(short)] == short
