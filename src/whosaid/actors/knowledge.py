"""Actor knowledge: the shipped data files and users' own actor files.

Every file is readable data (``src/whosaid/actors/data/*.tsv``, documented in
that folder's README).  Patterns are tokenized with the same spaCy tokenizer
that parses articles, so a pattern matches exactly the token sequences it
would produce in text ("al-Qaeda" -> ``al - Qaeda``).

Case rules: an acronym pattern ("US", "UN", "U.S.", "KCNA") matches only in
that exact case; other proper-name patterns match any case but need a
capitalized first letter in the text ("Chad", never "chad"); sector words
("foreign minister", "army") match in any case.

User files (``--actors FILE``, CSV or YAML with ``pattern, name, country,
igo, sector, type``) are read last: a user row replaces every shipped row with
the same pattern, and adds the pattern if it is new.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from whosaid.actors.parties import party_word_entries
from whosaid.actors.plurals import add_plurals
from whosaid.actors.tables import cell as _cell
from whosaid.actors.tables import data_text as _data_text
from whosaid.actors.tables import read_tsv as _read_tsv
from whosaid.entities.nominals import Nominal, nominal_table
from whosaid.errors import ConfigError
from whosaid.records import ActorType

__all__ = [
    "ACTOR_TYPES",
    "SECTORS",
    "Entry",
    "Knowledge",
    "check_user_actors",
    "load_knowledge",
    "read_user_actors",
]

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
_TYPE_ALIASES: dict[str, str] = {
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
            if any(self._sector_by_default(e.pattern) for e in entries):
                continue  # "Congress": a legislature unless the story says India
            types = [
                e.type
                for e in entries
                if e.type not in {"place", "person"} and not _workers_union(e)
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


def _workers_union(entry: Entry) -> bool:
    """Whether a row is a union's (sector LAB, no other type): its name gives
    the speaker stage no type, as when it was unknown, so that "the union"
    (the nominals table's IGO, "usually the EU") may still stand for it."""
    return entry.sector == "LAB" and entry.type == "other"


# ----------------------------------------------------------------- reading


def _is_acronym(pattern: str) -> bool:
    """Patterns matched in their exact case: acronyms ("UN", "U.S.", "KCNA")
    and words with capitals inside ("LeT", "McDonald's"), which would
    otherwise match common words ("Let")."""
    letters = [c for c in pattern if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return any(
        any(c.isupper() for c in word[1:]) for word in pattern.replace("-", " ").split()
    )


def _norm_type(value: str | None, *, where: str) -> str:
    if value is None:
        return "other"
    lowered = value.strip().lower()
    lowered = _TYPE_ALIASES.get(lowered, lowered)
    if lowered not in ACTOR_TYPES:
        raise ConfigError(
            f"{where}: unknown actor type {value!r} "
            f"(one of: {', '.join(sorted(ACTOR_TYPES))})",
            code="actors.bad_type",
        )
    return lowered


def _norm_country(value: str | None, *, where: str) -> str | None:
    if value is None:
        return None
    value = value.strip().upper()
    if len(value) != 3 or not value.isalpha():
        raise ConfigError(
            f"{where}: country must be an ISO 3166-1 alpha-3 code, got {value!r}",
            code="actors.bad_country",
        )
    return value


def _norm_sector(value: str | None, *, where: str) -> str | None:
    if value is None:
        return None
    value = value.strip().upper()
    if value not in SECTORS:
        raise ConfigError(
            f"{where}: unknown sector {value!r} (one of: {', '.join(sorted(SECTORS))})",
            code="actors.bad_sector",
        )
    return value


def _entry(row: dict[str, Any], *, kind: str, source: str, where: str) -> Entry | None:
    pattern = _cell(row, "pattern")
    if pattern is None:
        return None
    name = _cell(row, "name") or pattern
    igo = _cell(row, "igo")
    return Entry(
        pattern=pattern,
        name=name,
        type=_norm_type(_cell(row, "type"), where=where),
        country=_norm_country(_cell(row, "country"), where=where),
        igo=igo,
        sector=_norm_sector(_cell(row, "sector"), where=where),
        code=_cell(row, "code"),
        kind=kind,
        source=source,
        exact_case=_is_acronym(pattern),
        generic=bool(GENERIC_NOTE.search(_cell(row, "note") or "")),
    )


def read_user_actors(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a user actor file (CSV, TSV or YAML).

    Raises:
        ConfigError: the file is missing, unreadable or malformed.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ConfigError(
            f"cannot read actor file {p}: {e.strerror or e}", code="actors.unreadable"
        ) from e
    suffix = p.suffix.lower()
    rows: list[dict[str, Any]]
    if suffix in {".yaml", ".yml"}:
        rows = _read_yaml(text, p)
    else:
        delimiter = "\t" if suffix == ".tsv" else ","
        lines = [
            ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
        ]
        rows = [
            dict(r)
            for r in csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
        ]
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not _cell(row, "pattern"):
            raise ConfigError(
                f"{p}: entry {i} has no pattern (columns: pattern, name, country, "
                "igo, sector, type)",
                code="actors.bad_file",
            )
    return rows


def check_user_actors(path: str | Path) -> int:
    """Read and validate a user actor file; the number of entries.

    Raises:
        ConfigError: the file is unreadable, or a row has no pattern, an
            unknown type or sector, or a country that is not alpha-3.
    """
    rows = read_user_actors(path)
    for i, row in enumerate(rows, 1):
        _entry(row, kind="user", source=Path(path).name, where=f"{path}: entry {i}")
    return len(rows)


def _read_yaml(text: str, path: Path) -> list[dict[str, Any]]:
    try:
        import yaml
    except ImportError as e:  # pragma: no cover - pyyaml is a dependency
        raise ConfigError("reading YAML actor files needs PyYAML") from e
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML: {e}", code="actors.bad_file") from e
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list):
        raise ConfigError(
            f"{path}: expected a list of actors (each with pattern, name, country, "
            "igo, sector, type)",
            code="actors.bad_file",
        )
    return [dict(d) if isinstance(d, dict) else {} for d in data]


# ----------------------------------------------------------------- building

_SHIPPED: tuple[tuple[str, str], ...] = (
    ("countries.tsv", "country"),
    ("seats.tsv", "seat"),
    ("organizations.tsv", "org"),
)


class _Builder:
    def __init__(self, tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self.kb = Knowledge()

    def key(self, pattern: str) -> tuple[str, ...]:
        return tuple(t.lower() for t in self.tokenize(pattern) if t.strip())

    def add_name(self, entry: Entry, *, replace: bool = False) -> None:
        key = self.key(entry.pattern)
        if not key:
            return
        if replace or key not in self.kb.names:
            self.kb.names[key] = [entry]
        elif entry not in self.kb.names[key]:
            self.kb.names[key].append(entry)
        self.kb.max_len = max(self.kb.max_len, len(key))

    def add_party_words(self) -> None:
        """The parties' singular and adjective forms ("Conservative",
        "Tory"), where no name, demonym or sector word has that key."""
        kb = self.kb
        entries = [e for found in kb.names.values() for e in found]
        taken = set(kb.names) | set(kb.demonyms) | set(kb.sectors)
        for entry in party_word_entries(entries):
            key = self.key(entry.pattern)
            if key and key not in taken:
                self.add_name(entry)

    def build(self, user_files: Sequence[str | Path]) -> Knowledge:
        kb = self.kb
        for name, kind in _SHIPPED:
            for i, row in enumerate(_read_tsv(_data_text(name)), 1):
                entry = _entry(row, kind=kind, source=name, where=f"{name}:{i}")
                if entry is None:
                    continue
                if kind == "country" and entry.country:
                    kb.country_names.setdefault(entry.country, entry.name)
                if entry.type == "igo" and entry.igo and entry.code:
                    kb.igo_codes.setdefault(entry.igo, entry.code)
                self.add_name(entry)
                for variant in un_variants(entry.pattern):
                    self.add_name(dataclasses.replace(entry, pattern=variant))
        spell_out_acronyms(kb.names)
        for row in _read_tsv(_data_text("country_aliases.tsv")):
            pattern, country = _cell(row, "pattern"), _cell(row, "country")
            if not pattern or not country:
                continue
            self.add_name(
                Entry(
                    pattern=pattern,
                    name=kb.country_names.get(country, country),
                    type="state",
                    country=country,
                    igo=None,
                    sector=None,
                    code=None,
                    kind="country",
                    source="country_aliases.tsv",
                    exact_case=_is_acronym(pattern),
                )
            )
        for row in _read_tsv(_data_text("places.tsv")):
            pattern = _cell(row, "pattern")
            if not pattern:
                continue
            kind = (_cell(row, "kind") or "city").lower()
            self.add_name(
                Entry(
                    pattern=pattern,
                    name=_cell(row, "name") or pattern,
                    type="place",
                    country=_cell(row, "country"),
                    igo=None,
                    sector=None,
                    code=None,
                    kind=kind if kind in {"capital", "city", "region"} else "city",
                    source="places.tsv",
                    exact_case=_is_acronym(pattern),
                )
            )
        for row in _read_tsv(_data_text("demonyms.tsv")):
            pattern, country = _cell(row, "pattern"), _cell(row, "country")
            if not pattern or not country:
                continue
            note = (_cell(row, "note") or "").lower()
            if "ambiguous" in note:
                continue
            key = self.key(pattern)
            if key:
                kb.demonyms.setdefault(
                    key,
                    Demonym(pattern, country, (_cell(row, "form") or "adj").lower()),
                )
                kb.max_len = max(kb.max_len, len(key))
        for row in _read_tsv(_data_text("sectors.tsv", "whosaid.entities")):
            pattern = _cell(row, "pattern")
            if not pattern:
                continue
            note = (_cell(row, "note") or "").lower()
            sector = _cell(row, "sector")
            key = self.key(pattern)
            if key:
                kb.sectors[key] = SectorWord(
                    pattern,
                    sector.upper() if sector else None,
                    (_cell(row, "kind") or "title").lower(),
                    "inherit" in note or sector is None,
                    "from the firm" in note,
                    "exact case" in note,
                )
                kb.max_len = max(kb.max_len, len(key))
        add_plurals(kb.sectors, self.key)
        self.add_party_words()
        for nominal in nominal_table().values():
            # fixed referents only: the rest is the speaker stage's coreference
            key = self.key(nominal.pattern) if nominal.country else ()
            if key:
                kb.nominals[key] = nominal
        for row in _read_tsv(_data_text("context.tsv")):
            pattern = _cell(row, "pattern")
            if not pattern:
                continue
            cues = frozenset(
                c.strip().lower()
                for c in (_cell(row, "cues") or "").split(",")
                if c.strip()
            )
            kb.context.setdefault(pattern.lower(), []).append(
                ContextRule(
                    pattern,
                    (_cell(row, "reading") or "state").lower(),
                    _cell(row, "country"),
                    cues,
                )
            )
        sources = [name for name, _ in _SHIPPED]
        for path in user_files:
            rows = read_user_actors(path)
            for i, row in enumerate(rows, 1):
                entry = _entry(
                    row, kind="user", source=Path(path).name, where=f"{path}:{i}"
                )
                if entry is None:
                    continue
                if entry.type == "igo" and entry.igo and entry.code:
                    kb.igo_codes[entry.igo] = entry.code
                self.add_name(entry, replace=True)
            sources.append(str(path))
        kb.sources = tuple(sources)
        kb.index_lengths()
        return kb


_UN_PREFIXES: tuple[str, ...] = ("UN ", "U.N. ", "United Nations ")


def un_variants(pattern: str) -> list[str]:
    """The other spellings of a pattern that starts with the UN's name
    ("UN nuclear watchdog" -> "U.N. nuclear watchdog", "United Nations
    nuclear watchdog"): wire copy writes all three."""
    for prefix in _UN_PREFIXES:
        if pattern.startswith(prefix):
            rest = pattern[len(prefix) :]
            return [p + rest for p in _UN_PREFIXES if p != prefix]
    return []


_NAME_PARTICLES: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "in"})


def name_initials(name: str) -> str:
    """The acronym a name's capitalized words make ("North Atlantic Treaty
    Organization" -> "NATO", "Asia-Pacific Economic Cooperation" -> "APEC");
    particles ("of", "the", "and") and lowercase parts are skipped."""
    parts = [p for w in name.split() for p in w.split("-")]
    return "".join(
        p[0] for p in parts if p[:1].isupper() and p.lower() not in _NAME_PARTICLES
    )


def spell_out_acronyms(names: dict[tuple[str, ...], list[Entry]]) -> None:
    """IGOs whose canonical name is an acronym ("IAEA") take the full name
    one of their patterns spells ("International Atomic Energy Agency"):
    one name however the article calls them.  Other bodies keep the acronym
    the news knows them by ("BBC", "FBI")."""
    full: dict[str, str] = {}
    for entries in names.values():
        for e in entries:
            if (
                e.kind == "org"
                and e.type == "igo"
                and _is_acronym(e.name)
                and " " in e.pattern
                and e.name not in full
                and name_initials(e.pattern) == e.name.replace(".", "")
            ):
                full[e.name] = e.pattern
    if not full:
        return
    for key, entries in names.items():
        if any(e.kind == "org" and e.name in full for e in entries):
            names[key] = [
                dataclasses.replace(e, name=full[e.name])
                if e.kind == "org" and e.name in full
                else e
                for e in entries
            ]


_CACHE: dict[tuple[int, tuple[str, ...]], Knowledge] = {}
_LOCK = threading.Lock()
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
"""Plain words: the tokenizer splits them at the spaces (bar its special
cases); splitting here spares a lexeme per word, a third of the load."""


def load_knowledge(tokenizer: Any, user_files: Iterable[str | Path] = ()) -> Knowledge:
    """Shipped knowledge plus users' actor files, cached per tokenizer.

    Args:
        tokenizer: a spaCy tokenizer (``nlp.tokenizer``) or any callable that
            returns tokens with ``.text`` (or strings).
        user_files: actor files (CSV, TSV or YAML) read after the shipped data.

    Raises:
        ConfigError: a user file is missing or malformed.
    """
    files = tuple(str(Path(p)) for p in user_files)
    key = (id(tokenizer), files)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached

        special = getattr(tokenizer, "rules", None) or {}

        def tokenize(text: str) -> list[str]:
            if _PLAIN_WORDS.fullmatch(text) and not any(
                w in special for w in text.split()
            ):
                return text.split()  # what the tokenizer gives, without its cost
            return [getattr(t, "text", t) for t in tokenizer(text)]

        kb = _Builder(tokenize).build(files)
        _CACHE[key] = kb
        return kb
