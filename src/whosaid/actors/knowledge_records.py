"""The records of actor knowledge: :class:`Entry` (one actor file row),
:class:`Demonym`, :class:`SectorWord`, :class:`ContextRule` and the
:class:`Knowledge` tables built from them (see :mod:`whosaid.actors.knowledge`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import get_args

from whosaid.entities.nominals import Nominal
from whosaid.records import ActorType

ACTOR_TYPES: frozenset[str] = frozenset(get_args(ActorType))
"""The actor types of the output schema (:data:`whosaid.records.ActorType`)."""
SECTORS: frozenset[str] = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "MED",
        "BUS",
        "OPP",
        "REB",
        "PTY",
        "NGO",
        "ELI",
        "CVL",
        "SPY",
        "EDU",
        "HLH",
        "LAB",
        "REL",
        "REF",
    }
)
TYPE_ALIASES: dict[str, str] = {
    "gov": "government",
    "government body": "government",
    "government_body": "government",
    "armed group": "armed_group",
    "armed": "armed_group",
    "capital": "place",
    "city": "place",
    "region": "place",
    "country": "state",
    "org": "other",
    "organization": "other",
}

Tokenize = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class Entry:
    """What one pattern means.

    ``kind`` says which table it came from: ``country``, ``capital``,
    ``city``, ``region``, ``seat``, ``org``, ``user``.
    """

    pattern: str
    name: str
    type: str
    country: str | None
    igo: str | None
    sector: str | None
    code: str | None
    kind: str
    source: str
    exact_case: bool
    generic: bool = False
    """A body's name that many countries use ("Ministry of Defence",
    "Electoral Commission"): the row's country is only one of them (its
    note says "also in other countries"); see :data:`GENERIC_NOTE`."""


GENERIC_NOTE = re.compile(r"\balso (?:used )?in other\b", re.IGNORECASE)
"""How a knowledge row's note marks a name that other countries' bodies
share ("also in other countries", "also used in other countries")."""


@dataclass(frozen=True, slots=True)
class Demonym:
    pattern: str
    country: str
    form: str  # "adj" or "people"
    exact_case: bool = False


@dataclass(frozen=True, slots=True)
class SectorWord:
    pattern: str
    sector: str | None
    kind: str  # "title", "body", "modifier"
    inherit: bool
    firm: bool = False  # a firm's title ("economist", "analyst"): BUS, never GOV
    exact_case: bool = False  # an abbreviation ("FM"): only in that case


@dataclass(frozen=True, slots=True)
class ContextRule:
    pattern: str
    reading: str  # "state" or "place" / "person"
    country: str | None
    cues: frozenset[str]


@dataclass
class Knowledge:
    """All actor knowledge, indexed by lower-cased token tuples."""

    names: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    demonyms: dict[tuple[str, ...], Demonym] = field(default_factory=dict)
    sectors: dict[tuple[str, ...], SectorWord] = field(default_factory=dict)
    nominals: dict[tuple[str, ...], Nominal] = field(default_factory=dict)
    """Fixed referents of the shared nominal table ("the Jewish state")."""
    context: dict[str, list[ContextRule]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    igo_codes: dict[str, str] = field(default_factory=dict)
    max_len: int = 1
    sources: tuple[str, ...] = ()
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """First token of any pattern -> the pattern lengths starting with it,
    longest first (the scanner looks nothing up for other tokens)."""

    nominal_firsts: frozenset[str] = frozenset()

    name_kinds: dict[str, str] = field(default_factory=dict)
    """Names of states and organizations, lower-cased with no spaces, and
    their actor type (see :meth:`name_kind`)."""

    def index_lengths(self) -> None:
        self.nominal_firsts = frozenset(k[0] for k in self.nominals)
        self.name_kinds = {}
        for k, entries in self.names.items():
            if entries[0].source in GENERATED_BODY_SOURCES:
                continue  # the speaker stage and check were fitted without them
            if any(self._sector_by_default(e.pattern) for e in entries):
                continue  # "Congress": a legislature unless the story says India
            types = [
                e.type
                for e in entries
                if e.type not in {"place", "person"} and not workers_union(e)
            ]
            if types:
                self.name_kinds["".join(k)] = "state" if "state" in types else types[0]
        found: dict[str, set[int]] = {}
        for table in (self.names, self.demonyms, self.sectors):
            for key in table:
                found.setdefault(key[0], set()).add(len(key))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in found.items()}

    def _sector_by_default(self, pattern: str) -> bool:
        rules = self.context.get(pattern.lower()) or []
        return bool(rules) and rules[0].reading == "sector"

    def name_kind(self, name: str) -> str | None:
        """The actor type of a state's or organization's name: ``state``
        ("Morocco", "South Korea"), ``igo`` ("ECOWAS"), ``company``
        ("Goldman Sachs"), ``government`` ("White House")...; ``None`` for
        other names, whatever NER called them: what the speaker stage knows
        of a name it sees."""
        return self.name_kinds.get("".join(name.lower().split()))

    def country_name(self, code: str | None) -> str | None:
        if code is None:
            return None
        return self.country_names.get(code, code)


GENERATED_BODY_SOURCES: tuple[str, ...] = ("legislatures.tsv", "partyfacts.tsv")
"""Tables built from open data (``scripts/build_legislatures.py``,
``scripts/build_parties.py``): they code actors, but give no name a kind
(:meth:`Knowledge.name_kind`): the speakers stage and the learned speaker
check (``name_kind=party`` weighs against a speaker) were fitted on the
kinds of the hand-written tables, and thousands of new party names would
shift that feature (an opposition party's "called for" was dropped)."""


def workers_union(entry: Entry) -> bool:
    """Whether a row is a union's (sector LAB, no other type): its name gives
    the speaker stage no type, as when it was unknown, so that "the union"
    (the nominals table's IGO, "usually the EU") may still stand for it."""
    return entry.sector == "LAB" and entry.type == "other"


def exact_case_pattern(pattern: str) -> bool:
    """Patterns matched in their exact case: acronyms ("UN", "U.S.", "KCNA")
    and words with capitals inside ("LeT", "McDonald's"), which would
    otherwise match common words ("Let")."""
    letters = [*filter(str.isalpha, pattern)]
    if len(letters) >= 2 and all(map(str.isupper, letters)):
        return True
    return any(
        any(map(str.isupper, word[1:])) for word in pattern.replace("-", " ").split()
    )
