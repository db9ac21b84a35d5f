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

The records live in :mod:`~whosaid.actors.knowledge_records`, the reading of
rows and users' files in :mod:`~whosaid.actors.actor_rows`, name variants in
:mod:`~whosaid.actors.acronym_names`; this module builds and caches the tables.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from whosaid.actors.acronym_names import name_initials, spell_out_acronyms, un_variants
from whosaid.actors.actor_rows import check_user_actors, read_user_actors, row_entry
from whosaid.actors.knowledge_records import (
    ACTOR_TYPES,
    GENERATED_BODY_SOURCES,
    SECTORS,
    ContextRule,
    Demonym,
    Entry,
    Knowledge,
    SectorWord,
    Tokenize,
    exact_case_pattern,
)
from whosaid.actors.parties import party_word_entries
from whosaid.actors.plurals import add_plurals
from whosaid.actors.tables import cell as _cell
from whosaid.actors.tables import data_text as _data_text
from whosaid.actors.tables import gc_paused
from whosaid.actors.tables import read_tsv as _read_tsv
from whosaid.entities.nominals import nominal_table

__all__ = [
    "ACTOR_TYPES",
    "SECTORS",
    "ContextRule",
    "Demonym",
    "Entry",
    "Knowledge",
    "SectorWord",
    "check_user_actors",
    "load_knowledge",
    "name_initials",
    "read_user_actors",
    "un_variants",
]

_SHIPPED: tuple[tuple[str, str], ...] = (
    ("countries.tsv", "country"),
    ("seats.tsv", "seat"),
    ("organizations.tsv", "org"),
)
_GENERATED_BODIES = GENERATED_BODY_SOURCES
"""Tables built from open data (``scripts/build_legislatures.py``,
``scripts/build_parties.py``): read after every hand-written table and the
party words, they add only names no other table has (no party words are
made from them: Party Facts' "Socialist Party" rows must not make every
"Socialist" a party of one country)."""


def _generated_entry(row: dict[str, str], source: str) -> Entry:
    """A generated table's row (its build checked the cells)."""
    pattern = row["pattern"]
    return Entry(
        pattern=pattern,
        name=row["name"] or pattern,
        type=row["type"],
        country=row["country"] or None,
        igo=None,
        sector=row["sector"] or None,
        code=None,
        kind="org",
        source=source,
        exact_case=exact_case_pattern(pattern),
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

    def add_generated_bodies(self) -> None:
        kb = self.kb
        taken = set(kb.names) | set(kb.demonyms) | set(kb.sectors)
        for source in _GENERATED_BODIES:
            for row in _read_tsv(_data_text(source)):
                pattern = row["pattern"]
                key = self.key(pattern)
                if not key or key in taken:
                    continue
                taken.add(key)
                kb.names[key] = [_generated_entry(row, source)]
                kb.max_len = max(kb.max_len, len(key))

    def build(self, user_files: Sequence[str | Path]) -> Knowledge:
        kb = self.kb
        for name, kind in _SHIPPED:
            for i, row in enumerate(_read_tsv(_data_text(name)), 1):
                entry = row_entry(row, kind=kind, source=name, where=f"{name}:{i}")
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
                    exact_case=exact_case_pattern(pattern),
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
                    exact_case=exact_case_pattern(pattern),
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
        self.add_generated_bodies()
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
                entry = row_entry(
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


_CACHE: dict[tuple[int, tuple[str, ...]], Knowledge] = {}
_LOCK = threading.Lock()
_PLAIN_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
"""Plain words (letters only, accented ones too: "Sverigedemokraterna",
"Lietuvos laisvės sąjunga"): the tokenizer splits them at the spaces (bar
its special cases); splitting here spares a lexeme per word, a third of the
load."""


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

        with gc_paused():
            kb = _Builder(tokenize).build(files)
        _CACHE[key] = kb
        return kb
