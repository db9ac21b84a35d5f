"""Build the shipped people tables from the raw world-knowledge files.

Reads ``../shared/data/knowledge/`` (see its README: sources, licenses) and
writes three compact tables into ``src/whosaid/actors/data/``:

* ``people.tsv``: ``id, name, aliases`` -- one row per person.  ``id`` is the
  Wikidata QID where a source has one, else a stable source id
  (``phx:VLADIMIR_PUTIN``, ``cia:USA:donald j trump``, ``bio:W000178``).
* ``offices.tsv``: ``id, country, igo, sector, office, start, end, source`` --
  one row per office term (dates ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``;
  empty ``end``: still in office when the source was made).
* ``candidates.tsv``: ``id, country, election`` -- the major candidates of
  the Factbook's election results (the first names of each election) whom
  ``people.tsv`` has, with the election's date.
* ``genders.tsv``: ``id, gender`` -- ``f`` or ``m`` where a source gives one
  (EveryPolitician's Wikidata gender, the US Congress bios): the speaker
  stage's evidence for "she"/"he".

Sources, in order (a later source adds offices and aliases to a person an
earlier one made when the QID, or the folded name and the country, agree):

1. everypolitician (Wikidata cabinets and office holders, 2000-2024),
2. US Congress: presidents and vice presidents, current members,
3. CIA World Factbook: chiefs of state and heads of government 1990-2026,
4. Phoenix (PETRARCH2) country actors: people with dated CAMEO codes,
5. CIA World Factbook: party leaders ("political parties and leaders",
   1990-2024-08), PTY terms ``party leader: <party>`` (made last, so that
   they only add offices and spellings to the people the others made).

EveryPolitician's ``enwiki`` column (the English Wikipedia title: "AK Abdul
Momen" for "Abul Kalam Abdul Momen", "Jim Paice") adds a key where no other
person has it as a name or a title (``with_wiki_keys``).

Then two repairs (``whosaid.actors.term_repair``): duplicate people merge
(a Wikidata entry and another source's spelling of the same country that
began an office the same day, a head's within 45 days, or a head whose
name's words are the other's in order: "Pedro Sánchez" and "Pedro Sanchez
Perez-Castejon"), and an open EveryPolitician term ends when a later holder
of the same single-holder office begins (Boris Johnson's "Prime Minister
2019-07-24.." when Liz Truss's term begins; the rows of ``overrides.tsv``
count as later holders), a head's side offices ("Minister for the Union")
with the head's term.  A Factbook leader listed under a new title since a
later date begins a new term ("Deputy President", then "President").

The hand-written ``overrides.tsv`` and ``name_variants.tsv`` are not made here
(the overrides are read as later holders only).  ``scripts/check_offices.py``
lists who the tables say held each key office of 118 states on a day.

Run from the repository root (it applies ``name_variants.tsv`` of the
package in ``src``)::

    PYTHONPATH=src python scripts/build_knowledge.py [--data ../shared/data/knowledge]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from whosaid.actors import people as shipped_people
from whosaid.actors import term_repair
from whosaid.actors.name_keys import SURNAME_FIRST, untitled_key
from whosaid.actors.people import COMMON_SURNAME_PEOPLE
from whosaid.actors.terms import head_office
from whosaid.entities.lexicon import MONTH_NUMBERS

OUT = Path(__file__).resolve().parents[1] / "src" / "whosaid" / "actors" / "data"
ENTITIES_OUT = (
    Path(__file__).resolve().parents[1] / "src" / "whosaid" / "entities" / "data"
)
GIVEN_MIN = 3
"""A word is a given name when it opens at least this many people's names ...
"""
GIVEN_RATIO = 4
"""... and at least this many times as many as it ends."""

IGO_POSITIONS: tuple[tuple[str, str], ...] = (
    ("United Nations", "UN"),
    ("NATO", "NATO"),
    ("North Atlantic", "NATO"),
    ("European Commission", "EU"),
    ("European Council", "EU"),
    ("European Union", "EU"),
    ("High Representative of the Union", "EU"),
    ("International Monetary Fund", "IMF"),
    ("World Health Organization", "WHO"),
    ("International Atomic Energy Agency", "IAEA"),
    ("World Trade Organization", "WTO"),
    ("African Union", "AU"),
    ("Arab League", "Arab League"),
    ("World Bank", "World Bank"),
    ("European Central Bank", "EU"),  # an EU institution, coded as the EU
)
"""Position words -> IGO short name (as in organizations.tsv)."""

LEG_WORDS = (
    "speaker",
    "parliament",
    "member of",
    "senator",
    "representative",
    "deputy of the",
)
JUD_WORDS = ("chief justice", "supreme court", "court")
MIL_WORDS = ("chief of staff of the armed", "chief of the general staff", "commander")


def fold(text: str) -> str:
    """Lowercase, accents folded, punctuation dropped: the package's matching key."""
    from whosaid.actors.people import fold as package_fold

    return package_fold(text)


_VARIANTS: list[object] = []


def _variant_key(name: str) -> str:
    """The folded name with the shipped spelling variants (Joseph -> Joe),
    so sources that spell a person differently merge."""
    from whosaid.actors import people as shipped

    if not _VARIANTS:
        variants = shipped.People()
        for kind, variant, canonical, *_ in shipped._rows("name_variants.tsv"):
            target = (
                variants.token_variants if kind == "token" else variants.name_variants
            )
            target[fold(variant)] = fold(canonical)
        _VARIANTS.append(variants)
    return shipped.canonical_keys(_VARIANTS[0], [fold(name)])[0]  # type: ignore[arg-type]


def _short(key: str, country: str = "") -> str:
    """First and last word of a folded name ("barack h obama" -> "barack
    obama"); a name of a family-name-first country keeps every word ("lee
    ju ho" is not "lee kai ho")."""
    words = [w for w in key.split() if w not in {"jr", "sr"}]
    if country in SURNAME_FIRST:
        return " ".join(words)
    return f"{words[0]} {words[-1]}" if len(words) > 2 else " ".join(words)


@dataclass
class Person:
    id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    offices: list[tuple[str, str, str, str, str, str, str]] = field(
        default_factory=list
    )
    gender: str = ""  # "f" or "m" where a source says
    wiki_titles: set[str] = field(default_factory=set)
    """Titles of the person's English Wikipedia article that name them
    otherwise ("AK Abdul Momen"): keys only where no one else has them."""


def set_gender(p: Person, value: str | None) -> None:
    """The first source's gender ("female"/"F" -> "f"), if it gives one."""
    g = (value or "").strip().lower()[:1]
    if g in {"f", "m"} and not p.gender:
        p.gender = g


class Table:
    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.by_name_country: dict[tuple[str, str], str] = {}
        self.short_keys: dict[tuple[str, str], str] = {}
        self.first_words: set[str] = set()
        """The first words of the names in the table: given names."""

    def _known_tail(self, name: str, country: str) -> str | None:
        """The id of a person of ``country`` already in the table whose full
        name ends the label, after title words glued before it that open no
        name in the table ("Islamic Revolution Ayatollah Ali
        Hoseini-Khamenei", "People's Assembly President Kim Yong Nam")."""
        words = name.split()
        for k in range(1, len(words) - 1):
            if fold(words[k - 1]) in self.first_words:
                return None  # "Hamdan bin Zayid ...": a given name, no title
            if fold(words[k]) in NAME_PARTICLES:
                continue
            tail = " ".join(words[k:])
            found = self.by_name_country.get((_variant_key(tail), country))
            found = found or self.short_keys.get(
                (_short(_variant_key(tail), country), country)
            )
            if found is not None:
                return found
        return None

    def person(
        self, pid: str | None, name: str, country: str, source_id: str
    ) -> Person:
        spelled = ALSO_SPELLED.split(name, maxsplit=1)
        if len(spelled) == 2:
            # "Settha Thawisin also spelled Srettha Thavisin": the news's
            # spelling names them, the Factbook's is an alias
            main, other = (x.strip() for x in spelled)
            p = self.person(
                pid, other, country, source_id.replace(fold(name), fold(other))
            )
            if fold(main) != fold(p.name):
                p.aliases.add(main)
            return p
        cleaned = without_ranks(name)
        if cleaned != name and len(cleaned.split()) >= 2:
            # "Brig. Gen. Teodoro Obiang Nguema Mbasogo", "John Magufuli Dr."
            return self.person(
                pid, cleaned, country, source_id.replace(fold(name), fold(cleaned))
            )
        key = (_variant_key(name), country)
        short = (_short(_variant_key(name), country), country)
        if pid is None:
            pid = (
                self.by_name_country.get(key)
                or self.by_name_country.get(short)
                or self.short_keys.get(short)
                or self._known_tail(name, country)
                or source_id
            )
        p = self.people.get(pid)
        if p is None:
            existing = self.by_name_country.get(key)
            if existing is not None and not pid.startswith("Q"):
                return self.people[existing]
            p = Person(pid, name)
            self.people[pid] = p
            self.first_words.add(fold(name).split()[0] if name.split() else "")
            words = name.split()
            if len(words) >= 3 and words[0].lower() in HONORIFIC_PREFIXES:
                p.aliases.add(" ".join(words[1:]))  # "Sheikh Sharif Sheikh Ahmed"
        elif fold(name) != fold(p.name) and set(fold(name).split()) & set(
            fold(p.name).split()
        ):
            p.aliases.add(name)  # another spelling (not another label for the QID)
        self.by_name_country.setdefault(key, pid)
        self.short_keys.setdefault(short, pid)
        return p

    def office(
        self,
        p: Person,
        country: str,
        igo: str,
        sector: str,
        office: str,
        start: str,
        end: str,
        source: str,
    ) -> None:
        if end and end[:4] < "1977":
            return  # before the tables' time span
        row = (country, igo, sector, " ".join(office.split()), start, end, source)
        if not any(o[:6] == row[:6] for o in p.offices):
            p.offices.append(row)


NATIONAL_PORTFOLIO = re.compile(
    r"^(?:(?:deputy|vice|first|acting|junior)[ -])*"
    r"(?:minister|ministry|secretary of state for|state secretary)\b"
)
"""A national minister's label: an IGO it names is the portfolio ("Minister
of Foreign Affairs, European Union and Foreign Aid" is Spain's), not the
IGO's office."""

NATIONAL_ENVOY = re.compile(
    r"\b(?:ambassador|representative|envoy|delegate)\b.*\bto the\b"
)
"""A state's envoy to an IGO ("Permanent Representative to the United
Nations", "Ambassador to the United Nations" in a cabinet's list): the
state's diplomat (GOV), not the IGO's official (Linda Thomas-Greenfield is
the United States', Vasily Nebenzya Russia's)."""


def position_sector(label: str) -> tuple[str, str]:
    """(igo, sector) of a position label."""
    low = label.lower()
    for words, igo in IGO_POSITIONS:
        if words.lower() in low and not NATIONAL_PORTFOLIO.match(low):
            return igo, ""
    if any(w in low for w in JUD_WORDS):
        return "", "JUD"
    if any(w in low for w in MIL_WORDS) or MIL_CHIEF.match(low):
        return "", "MIL"
    if SPY_CHIEF.match(low):
        return "", "SPY"
    if any(w in low for w in LEG_WORDS):
        return "", "LEG"
    if PARTY_POST.match(low) and "communist" not in low:
        return "", "PTY"  # "Chairperson of the Kuomintang" (not a ruling CCP's)
    return "", "GOV"


_HEAD_OF = r"^(?:(?:deputy|vice|first deputy)[ -])?"
MIL_CHIEF = re.compile(
    _HEAD_OF + r"(?:chief|chair(?:man|person)?|head|commander|inspector general)\b"
    r".*\b(?:army|navy|naval|air force|air staff|armed forces|defen[cs]e forces?"
    r"|defen[cs]e staff|general staff|chiefs of staff|joint staff"
    r"|(?:defen[cs]e|military) intelligence)\b"
)
"""The head of an army, a service or a general staff ("Chief of Defence
Staff", "Chief of Staff of the Army", "Chairman of the Joint Chiefs of
Staff", "Chief of Defence Intelligence"): MIL, as the tables code army
chiefs ("White House Chief of Staff" names no force: GOV)."""
SPY_CHIEF = re.compile(
    _HEAD_OF + r"(?!.*\bcommittee\b)"
    r"(?:director(?:[ -]general)?|chief|head|president|chair(?:man)?)\b"
    r".*\b(?:intelligence|cia|mossad)\b"
)
"""The head of an intelligence service ("Director of the CIA", "Director of
National Intelligence", "President of General Intelligence"): SPY, as the
tables code intelligence chiefs (a minister of intelligence stays GOV, a
legislature's intelligence committee is no service)."""

PARTY_POST = re.compile(
    r"^(?:(?:deputy|vice|first|acting)[ -])*"
    r"(?:chair(?:person|man|woman)?|president|leader|secretary[ -]general)"
    r" of the .*\b(?:kuomintang|party)\b"
)
"""A party's office ("Chairperson of the Kuomintang"): PTY, not GOV."""


# ------------------------------------------------------------ everypolitician


def everypolitician(root: Path, table: Table) -> None:
    index = root / "index.tsv"
    with index.open(encoding="utf-8") as f:
        repos = list(csv.DictReader(f, delimiter="\t"))
    for repo in repos:
        name = repo["repo"].split("@")[0]
        iso3 = repo["iso3"] if repo["iso3"] != "null" else ""
        scope = repo["scope"]
        if not iso3 and name not in {"world", "eu-cabinets", "european-parliament"}:
            continue  # de-facto states: no ISO code to give
        for fname in ("holders21.csv", "current.csv"):
            path = root / name / fname
            if not path.exists():
                continue
            with path.open(encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    person, qid = row.get("person") or "", row.get("personID") or ""
                    if not person or not qid.startswith("Q") or person.startswith("Q"):
                        continue
                    label = row.get("position") or ""
                    igo, sector = position_sector(label)
                    if name == "european-parliament" or name == "eu-cabinets":
                        igo, sector = "EU", ""
                    if igo and iso3 and NATIONAL_ENVOY.search(label.lower()):
                        igo, sector = "", "GOV"
                    if scope.startswith("subnational") and "governor" in name:
                        label = f"Governor ({label})"
                    country = "" if igo else iso3
                    if not country and not igo:
                        continue
                    p = table.person(qid, person, country or igo, f"ep:{qid}")
                    set_gender(p, row.get("gender"))
                    add_wiki_title(p, row.get("enwiki") or "")
                    table.office(
                        p,
                        country,
                        igo,
                        sector,
                        label,
                        row.get("start") or "",
                        row.get("end") or "",
                        "ep",
                    )


WIKI_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)$")


def wiki_title(title: str) -> str:
    """The name an English Wikipedia article's title gives ("Jim Paice";
    "Alfred Mutua (politician)": "Alfred Mutua"), or "" for a title that is
    no plain name of two words or more ("Paul Myners, Baron Myners")."""
    name = WIKI_DISAMBIGUATION.sub("", title.replace("_", " ")).strip()
    if "," in name or "(" in name or len(name.split()) < 2:
        return ""
    return name


def add_wiki_title(p: Person, title: str) -> None:
    name = wiki_title(title)
    if name and fold(name) != fold(p.name) and _keep_alias(name, p.name):
        p.wiki_titles.add(name)


WORLD_LEADERS = "world-leaders-2021"
"""The heads of state and government of every country since 2021 (Wikidata,
years only); its newer ``data-update`` copy is read when present."""


def world_leader_rows(root: Path) -> list[dict[str, str]]:
    """The rows of the newest world-leaders file, one per person, position
    and start year (an ended row wins over an open one of the same term)."""
    folder = root / WORLD_LEADERS
    path = folder / "wikidata.data-update.csv"
    if not path.exists():
        path = folder / "wikidata.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    terms: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in rows:
        key = (row["officeholder"], row["positionLabel"], row["start_year"])
        if key not in terms or row["end_year"]:
            terms[key] = row
    return list(terms.values())


def _iso3_by_name() -> dict[str, str]:
    """Folded country name -> ISO3 (countries.tsv)."""
    return {name: iso3 for iso3, names in country_names().items() for name in names}


def office_label(position: str, names: set[str]) -> str:
    """The position without its country ("Prime Minister of Lesotho":
    "Prime Minister", as the country repos name it, so that a later holder
    ends the open term of the earlier one)."""
    head, sep, tail = position.partition(" of ")
    tail = tail[4:] if tail.lower().startswith("the ") else tail
    return head if sep and fold(tail) in names else position


REGNAL_TITLES: frozenset[str] = frozenset({"pope", "king", "queen", "emperor"})
"""Titles a world leader's label may open with: the rest is one given name."""


def head_kind(label: str) -> str:
    """The kind of head an office label names: "minister" (a prime
    minister, a premier), "president", else the label."""
    low = label.lower()
    if "minister" in low or "premier" in low:
        return "minister"
    return "president" if "president" in low else low


def world_leaders(root: Path, table: Table) -> None:
    """Heads of state and government since 2021 (GOV), whom the other
    sources (country repos made until 2022) often lack ("Sam Matekane",
    Lesotho 2022-).  Read after them: a term of a kind a source already
    dates to the day in that country and year is theirs (a year-only start
    would end the previous holder's term less exactly), and a name the
    table has for the country is that person.  Someone heading several
    states (a monarch of the Commonwealth realms, a co-prince of Andorra)
    is no single state's, and a new person known by one given name (Pope
    Francis) has no key of their own: skipped."""
    rows = [r for r in world_leader_rows(root) if r["officeholder"].startswith("Q")]
    by_name = _iso3_by_name()
    countries: dict[str, set[str]] = {}
    for row in rows:
        countries.setdefault(row["officeholder"], set()).add(row["country"])
    dated = {
        (o[0], head_kind(o[3]), o[4][:4])
        for p in table.people.values()
        for o in p.offices
        if head_office(o[3])
    }
    names = country_names()
    for row in rows:
        qid, person = row["officeholder"], row["officeholderLabel"]
        iso3 = by_name.get(fold(row["country"]))
        if not iso3 or len(countries[qid]) > 1 or person.startswith("Q"):
            continue
        label = office_label(row["positionLabel"], names.get(iso3, set()))
        start = row["start_year"]
        if (iso3, head_kind(label), start) in dated:
            continue
        pid = table.by_name_country.get((_variant_key(person), iso3), qid)
        words = person.split()
        if pid not in table.people and (
            len(words) < 2 or fold(words[0]) in REGNAL_TITLES
        ):
            continue  # "Pope Francis": one given name is no new person's key
        p = table.person(pid, person, iso3, f"ep:{qid}")
        table.office(p, iso3, "", "GOV", label, start, row["end_year"], "ep")


# ------------------------------------------------------------ US Congress


def us_congress(root: Path, table: Table) -> None:
    with (root / "executive.yaml").open(encoding="utf-8") as f:
        executive = yaml.load(f, Loader=yaml.CSafeLoader)
    for entry in executive:
        terms = [t for t in entry["terms"] if t["end"] >= "1970"]
        if not terms:
            continue
        n = entry["name"]
        full = " ".join(x for x in (n.get("first"), n.get("last")) if x)
        p = table.person(
            None,
            full,
            "USA",
            f"bio:{entry['id'].get('bioguide') or entry['id'].get('govtrack')}",
        )
        set_gender(p, (entry.get("bio") or {}).get("gender"))
        if n.get("nickname"):
            p.aliases.add(f"{n['nickname']} {n['last']}")
        for t in terms:
            office = "President" if t["type"] == "prez" else "Vice President"
            table.office(p, "USA", "", "GOV", office, t["start"], t["end"], "usc")
    with (root / "legislators-current.yaml").open(encoding="utf-8") as f:
        members = yaml.load(f, Loader=yaml.CSafeLoader)
    for m in members:
        qid = m["id"].get("wikidata")
        n = m["name"]
        full = n.get("official_full") or f"{n['first']} {n['last']}"
        p = table.person(qid, full, "USA", f"bio:{m['id']['bioguide']}")
        set_gender(p, (m.get("bio") or {}).get("gender"))
        short = f"{n.get('nickname') or n['first']} {n['last']}"
        if fold(short) != fold(p.name):
            p.aliases.add(short)
        for t in m["terms"][-6:]:
            office = "Senator" if t["type"] == "sen" else "Representative"
            table.office(
                p,
                "USA",
                "",
                "LEG",
                f"{office} ({t['state']})",
                t["start"],
                t["end"],
                "usc",
            )


# ------------------------------------------------------------ CIA Factbook

TITLE_WORDS = frozenset(
    [
        "President",
        "Prime",
        "Minister",
        "Chancellor",
        "Premier",
        "King",
        "Queen",
        "Emperor",
        "Emir",
        "Amir",
        "Sultan",
        "Crown",
        "Prince",
        "Supreme",
        "Leader",
        "Chairman",
        "Chairwoman",
        "General",
        "Governor",
        "Vice",
        "Deputy",
        "First",
        "Second",
        "State",
        "Counsellor",
        "Chief",
        "Executive",
        "Federal",
        "Council",
        "Head",
        "of",
        "the",
        "Grand",
        "Duke",
        "Duchess",
        "Pope",
        "Co-Prince",
        "Captain",
        "Regent",
        "Transitional",
        "Interim",
        "Acting",
        "Military",
        "Presidential",
        "Revolutionary",
        "Command",
        "Sovereign",
        "Lieutenant",
        "Colonel",
        "Field",
        "Marshal",
        "Mayor",
        "Secretary",
        "National",
        "Assembly",
        "Speaker",
        "Provisional",
        "Senior",
        "Grand",
        "Taoiseach",
        "Tanaiste",
        "Commander",
        "Commission",
        "Council's",
        "Presidium",
        "Administrator",
        "Lord",
        "High",
        "Commissioner",
        "Monarch",
        "Dr.",
        "Gen.",
        "Lt.",
        "Col.",
        "Maj.",
        "Adm.",
    ]
)
TITLE_LOWER = frozenset(
    {w.lower() for w in TITLE_WORDS}
    | {"co-prince", "coprince", "french", "episcopal", "presidents", "government", "or"}
    | {"caretaker", "mr.", "mrs.", "ms.", "rt.", "rev.", "hon.", "president-elect"}
    | {"his", "her", "majesty", "highness", "excellency"}
)
_SINCE = re.compile(r"\(since ([^)]*)\)")
_MONTHS = {m.capitalize(): k for m, k in MONTH_NUMBERS.items()}


def _since_date(text: str) -> str:
    m = re.search(r"(\d{1,2} )?([A-Z][a-z]+) (\d{4})", text)
    if m and m.group(2) in _MONTHS:
        day = int(m.group(1)) if m.group(1) else 0
        month = _MONTHS[m.group(2)]
        return f"{m.group(3)}-{month:02d}" + (f"-{day:02d}" if day else "")
    m = re.search(r"\d{4}", text)
    return m.group(0) if m else ""


def factbook_people(text: str) -> Iterator[tuple[str, str, str]]:
    """(title, name, since) for each '<Title> <Name> (since D Month YYYY)'."""
    for m in _SINCE.finditer(text):
        before = text[: m.start()]
        before = before[before.rfind(")") + 1 :]
        seg = re.split(r"[;:\n*]|, represented by|\band\b|\bby\b", before)[-1].strip(
            " ,"
        )
        if "(" in seg or len(seg.split()) > 9:
            continue
        tokens = seg.replace("--", " ").split()
        k = 0
        while k < len(tokens) and (
            tokens[k].lower() in TITLE_LOWER or not tokens[k][:1].isupper()
        ):
            k += 1
        title = " ".join(tokens[:k])
        name_tokens = [t.strip(",") for t in tokens[k:]]
        if not name_tokens or not any(
            re.fullmatch(r"[A-Z][A-Z'\-]+", t) for t in name_tokens
        ):
            continue
        name = " ".join(
            t.title() if re.fullmatch(r"[A-Z][A-Z'\-]+", t) else t for t in name_tokens
        )
        yield title, name, _since_date(m.group(1))


def factbook(root: Path, table: Table) -> None:
    series: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    iso: dict[str, str] = {}
    with gzip.open(root / "government.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if (
                r["field"] not in {"chief of state", "head of government"}
                or not r["iso3"]
            ):
                continue
            if r["entity_type"] != "sovereign":
                continue  # a dependency's chief of state is its sovereign's
            iso[r["gec"]] = r["iso3"]
            series.setdefault((r["gec"], r["field"]), []).append(
                (r["snapshot"], r["text"])
            )
    terms: list[tuple[str, str, str, str, str, str]] = []
    for (gec, fld), rows in series.items():
        rows.sort()
        country = iso[gec]
        current: dict[
            str, tuple[str, str, str]
        ] = {}  # folded name -> (name, title, start)
        for snapshot, text in rows:
            seen: dict[str, tuple[str, str, str]] = {}
            for title, name, since in factbook_people(text or ""):
                key = fold(name)
                if key in current and not _new_title(current[key], title, since):
                    seen[key] = current[key]
                else:
                    if key in current:  # "Deputy President" -> "President"
                        old, old_title, old_start = current.pop(key)
                        terms.append(
                            (country, fld, old, old_title, old_start, since[:7])
                        )
                    seen[key] = (name, title, since or snapshot[:7])
            for key, (name, title, start) in current.items():
                if key not in seen:
                    terms.append((country, fld, name, title, start, snapshot[:7]))
            current = seen
        for name, title, start in current.values():
            terms.append((country, fld, name, title, start, ""))
    # a monarch or president who is chief of state of several states (the
    # British monarch of the realms, France's president in Andorra) belongs
    # to the state where another source, or the head of government, has them
    countries: dict[str, set[str]] = {}
    for country, fld, name, *_ in terms:
        if fld == "chief of state":
            countries.setdefault(_short(fold(name)), set()).add(country)
    for country, fld, name, title, start, end in terms:
        key = _short(fold(name))
        if fld == "chief of state" and len(countries[key]) > 1:
            home = [c for c in sorted(countries[key]) if (key, c) in table.short_keys]
            if home != [country]:
                continue
        _factbook_office(table, country, fld, name, title, start, end)


def _new_title(held: tuple[str, str, str], title: str, since: str | None) -> bool:
    """Whether a person the Factbook listed goes on under another title
    since a later date: a new office ("Deputy President William RUTO (since
    2013)" -> "President William RUTO (since 13 September 2022)")."""
    _, old_title, start = held
    return bool(
        since
        and title
        and old_title
        and title.lower() != old_title.lower()
        and since[:7] > start[:7]
    )


def _factbook_office(
    table: Table, country: str, fld: str, name: str, title: str, start: str, end: str
) -> None:
    if title.lower() in {"king", "queen", "monarch"} or "Governor General" in title:
        sector = "GOV"
    else:
        sector = "GOV"
    p = table.person(None, name, country, f"cia:{country}:{fold(name)}")
    table.office(
        p, country, "", sector, f"{fld}: {title}".strip(": "), start, end, "cia"
    )


# ------------------------------------------------------------ party leaders

RANK_WORDS: frozenset[str] = frozenset(
    {"brig", "gen", "lt", "col", "maj", "adm", "dr", "ret", "ceo", "ministers", "capt"}
)
"""Ranks and stray words the Factbook glues before or after a name ("Brig.
Gen.", "Lt. Gen.", "Dr.")."""
HONORIFIC_PREFIXES: frozenset[str] = frozenset({"sheikh", "shaikh", "sayyid"})
"""Honorifics that open a name in the Factbook and that news may leave out
("Sheikh Khalifa bin Zayid Al Nuhayyan"): the rest is an alias."""


def without_ranks(name: str) -> str:
    """A name without the ranks glued before or after it ("Brig. Gen.
    Teodoro Obiang Nguema Mbasogo" -> "Teodoro Obiang Nguema Mbasogo";
    "Lt Gen Sir Jerry Mateparae" -> "Jerry Mateparae")."""
    words = name.split()
    while words and words[0].lower().strip(".,") in RANK_WORDS | {"sir"}:
        words = words[1:]
    while words and words[-1].lower().strip(".,") in RANK_WORDS:
        words = words[:-1]
    return " ".join(words)


ALSO_SPELLED = re.compile(r"\s+also spelled\s+", re.I)
"""The Factbook's second spelling of a name ("Settha THAWISIN also spelled
Srettha THAVISIN")."""

PARTY_LEADER_SOURCE = "cia-party"
"""The source of a party leader's term (offices.tsv ``source``)."""

_PARTY_ENTRY = re.compile(r"(?P<party>[^\[\]]+?)\s*\[(?P<leaders>[^\]]*)\]")
_UPPER = re.compile(r"[A-Z][A-Z'\-]+")
NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der"}
    | {"den", "bin", "binti", "al", "al-", "el", "la", "le", "ter", "y", "e", "ibn"}
)
"""Lower-case words a leader's name may hold ("Pedro SANCHEZ", "Sami Abu
SHEHADEH", "Ursula von der LEYEN")."""


def party_label(text: str) -> str:
    """A Factbook party entry's name: the text before the leaders' brackets,
    without notes in parentheses and with its first name only ("Christian
    Democratic Union or CDU" -> "Christian Democratic Union")."""
    text = text.split("\n")[-1].rsplit(":", 1)[-1]  # "Center-Left parties: X"
    text = re.sub(r"\([^)]*\)?", " ", text).replace(")", " ")
    first = re.split(r"\s+or\s+|;", text)[0]
    return " ".join(first.split()).strip(" ,;/-")


def leader_names(text: str) -> list[str]:
    """The people in a Factbook party entry's brackets ("Alexander GAULAND -
    Honorary Chairman, Joerg MEUTHEN and Tino CHRUPALLA"), in the people
    table's spelling ("Joerg Meuthen"); roles, notes, "vacant" and alliance
    notes give none."""
    text = re.sub(r"\([^)]*\)?", " ", text)
    out: list[str] = []
    for piece in re.split(r",|;|\band\b|\s-\s|/", text):
        tokens = piece.split()
        while tokens and tokens[0].lower().strip(".") in TITLE_LOWER | {
            "sir",
            "rabbi",
            "dr",
            "sheikh",
            "imam",
            "dame",
            "lord",
            "gen",
            "mr",
        }:
            tokens = tokens[1:]
        if not 2 <= len(tokens) <= 5 or not any(_UPPER.fullmatch(t) for t in tokens):
            continue
        if not all(t[:1].isupper() or t.lower() in NAME_PARTICLES for t in tokens):
            continue
        out.append(" ".join(t.title() if _UPPER.fullmatch(t) else t for t in tokens))
    return out


def party_entries(text: str) -> Iterator[tuple[str, str]]:
    """(party name, leader name) for each leader of a "political parties and
    leaders" text."""
    for party, _, name in party_entries_with_aliases(text):
        yield party, name


def party_entries_with_aliases(
    text: str,
) -> Iterator[tuple[str, tuple[str, ...], str]]:
    """(party name, its other names, leader name) for each leader of a
    "political parties and leaders" text ("Pakistan Tehrik-e Insaf or PTI":
    the other name "PTI")."""
    for m in _PARTY_ENTRY.finditer(text):
        party = party_label(m.group("party"))
        if not party[:1].isupper() or len(party) > 80:
            continue  # a role ("secretary general") or a note, not a name
        aliases = party_aliases(m.group("party"))
        for name in leader_names(m.group("leaders")):
            yield party, aliases, name


def party_aliases(text: str) -> tuple[str, ...]:
    """A Factbook party entry's other names: those after "or", and the
    acronym or English name in parentheses ("Pakistan Tehrik-e Insaf or
    PTI (Pakistan Movement for Justice)" -> "PTI", "Pakistan Movement for
    Justice")."""
    text = text.split("\n")[-1].rsplit(":", 1)[-1]
    inner = [
        " ".join(x.split()).strip(" ,;/-") for x in re.findall(r"\(([^()]*)\)", text)
    ]
    plain = re.sub(r"\([^)]*\)?", " ", text).replace(")", " ")
    names = [" ".join(x.split()).strip(" ,;/-") for x in re.split(r"\s+or\s+|;", plain)]
    out = [x for x in [*names[1:], *inner] if x and x[:1].isupper() and len(x) <= 80]
    return tuple(dict.fromkeys(out))


def canonical_parties(
    country_parties: dict[str, list[tuple[str, str]]],
) -> Callable[..., str]:
    """A function giving the office label of a Factbook party's leader:
    ``party leader: <name>`` with the organizations.tsv name when one of
    that country's patterns is the Factbook's name, accents aside ("Fianna
    Fail" -> "Fianna Fáil"; whosaid.actors.governing reads it against
    governing.tsv), or else one of its other names (``aliases``: "PTI"),
    else ``party leader - <the Factbook's name>``."""

    def name(country: str, party: str, aliases: Sequence[str] = ()) -> str:
        for label in (party, *aliases):  # the main name first, then "PTI"
            key = fold(label)
            for pattern, canonical in country_parties.get(country, ()):
                if fold(pattern) == key:
                    return f"party leader: {canonical}"
        return f"party leader - {party}"

    return name


def factbook_party_leaders(root: Path, table: Table) -> int:
    """Party leaders of the Factbook's "political parties and leaders" field
    (until the Factbook dropped the leaders in 2024-08): one office
    (PTY, labelled by :func:`canonical_parties`) per leader and party, from the first
    snapshot that lists them to the first that no longer does (open when
    the last listing has them).  Returns the number of terms."""
    series: dict[str, list[tuple[str, str | None]]] = {}
    iso: dict[str, str] = {}
    with gzip.open(root / "government.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["field"] != "political parties and leaders" or not r["iso3"]:
                continue
            if r["entity_type"] != "sovereign":
                continue
            iso[r["gec"]] = r["iso3"]
            series.setdefault(r["gec"], []).append((r["snapshot"], r["text"]))
    orgs: dict[str, list[tuple[str, str]]] = {}
    for row in _tsv_rows(OUT / "organizations.tsv"):
        if row.get("type") == "party" and row.get("country"):
            orgs.setdefault(row["country"], []).append((row["pattern"], row["name"]))
    canonical = canonical_parties(orgs)
    n = 0
    for gec, rows in series.items():
        rows.sort(key=lambda r: r[0])
        country = iso[gec]
        current: dict[tuple[str, str], tuple[str, str, str]] = {}
        terms: list[tuple[str, str, str, str]] = []
        for snapshot, text in rows:
            seen: dict[tuple[str, str], tuple[str, str, str]] = {}
            for party, aliases, name in party_entries_with_aliases(text or ""):
                party = canonical(country, party, aliases)
                key = (fold(party), fold(name))
                seen[key] = current.get(key, (name, party, snapshot[:7]))
            if text is None:
                seen = {}  # the field is gone (2024-08): the last listing stays open
                terms.extend((nm, pt, st, "") for nm, pt, st in current.values())
                current = {}
                continue
            for key, (name, party, start) in current.items():
                if key not in seen:
                    terms.append((name, party, start, snapshot[:7]))
            current = seen
        terms.extend((nm, pt, st, "") for nm, pt, st in current.values())
        for name, party, start, end in terms:
            p = table.person(None, name, country, f"cia:{country}:{fold(name)}")
            table.office(
                p,
                country,
                "",
                "PTY",
                party,
                start,
                end,
                PARTY_LEADER_SOURCE,
            )
            n += 1
    return n


def official(p: Person) -> bool:
    """Whether a person holds an office other than a party's leadership
    (the candidates and given names are made from those only)."""
    return any(o[6] != PARTY_LEADER_SOURCE for o in p.offices)


def _tsv_rows(path: Path) -> list[dict[str, str]]:
    lines = [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


_CANDIDATE = re.compile(
    r"\b((?:[A-Z][a-z][\w'\-]*\.?\s+|[A-Z]\.\s*)+[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)*)\b"
)
_HELD_ON = re.compile(r"last held on (\d{1,2} [A-Z][a-z]+ \d{4})")
_YEAR_PREFIX = re.compile(r"^\s*(\d{4}):")
CANDIDATES_PER_ELECTION = 4
"""The first names of an election's results kept as its major candidates."""


def election_candidates(results: str, held_on: str) -> Iterator[tuple[str, str]]:
    """(name, election date) for the first candidates named in each election
    of a Factbook "election results" text ("Donald J. TRUMP ... Hillary D.
    CLINTON"); the date is the election's year line ("2018: ...") else
    ``held_on`` (from "elections/appointments")."""
    for line in results.splitlines():
        m = _YEAR_PREFIX.match(line)
        date = held_on
        if m is not None and not held_on.startswith(m.group(1)):
            date = m.group(1)
        if not date:
            continue
        seen: list[str] = []
        for found in _CANDIDATE.finditer(line):
            name = " ".join(
                w.title() if re.fullmatch(r"[A-Z][A-Z'\-]+", w) else w
                for w in found.group(1).split()
            )
            if name not in seen:
                seen.append(name)
        for name in seen[:CANDIDATES_PER_ELECTION]:
            yield name, date


def factbook_candidates(root: Path, table: Table) -> list[tuple[str, str, str]]:
    """(person id, country, election date) of the major candidates of the
    Factbook's election results whom the table already has (a candidate
    known only from the results has no office to code them by)."""
    held: dict[str, list[tuple[str, str]]] = {}
    results: list[tuple[str, str, str, str]] = []
    with gzip.open(root / "government.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["entity_type"] != "sovereign" or not r["iso3"] or not r["text"]:
                continue
            if r["field"] == "elections/appointments":
                m = _HELD_ON.search(r["text"])
                if m is not None:
                    held.setdefault(r["gec"], []).append(
                        (r["snapshot"], _since_date(m.group(1)))
                    )
            elif r["field"] == "election results":
                results.append((r["gec"], r["iso3"], r["snapshot"], r["text"]))
    rows: set[tuple[str, str, str]] = set()
    for gec, country, snapshot, text in results:
        dates = [d for snap, d in sorted(held.get(gec, [])) if snap <= snapshot]
        for name, date in election_candidates(text, dates[-1] if dates else ""):
            key = (_variant_key(name), country)
            short = (_short(_variant_key(name), country), country)
            pid = (
                table.by_name_country.get(key)
                or table.by_name_country.get(short)
                or table.short_keys.get(short)
            )
            if pid is not None and official(table.people[pid]):
                rows.add((pid, country, date))
    return sorted(rows)


def write_candidates(rows: list[tuple[str, str, str]], out: Path) -> None:
    with (out / "candidates.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# candidates.tsv: generated by scripts/build_knowledge.py from the CIA "
            "World Factbook's election results (see NOTICE); do not edit. The major "
            "candidates of each election whom people.tsv has: a surname alone names "
            "one of them near the election.\n"
        )
        f.write("id\tcountry\telection\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


# ------------------------------------------------------------ Phoenix

_CODE = re.compile(
    r"\[([A-Z]{3})([A-Z]{3})?([A-Z]{3})?\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\]"
)
_PHX_ROLES: frozenset[str] = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "MED", "BUS", "OPP", "REB", "PTY", "NGO"}
    | {"ELI", "CVL", "SPY", "EDU", "HLH", "LAB", "REL", "REF"}
)


def _phx_sector(role: str, second: str) -> str:
    """The sector of a Phoenix code's roles: ``[USAGOVLEG]`` (a senator) is
    LEG, as whosaid codes lawmakers; ``[MEXGOVMIL]`` (a defence minister) and
    every other ``GOVxxx`` is GOV, the minister's own sector; a role that is
    no sector (a territory: ``[GBRVGBELI]``) gives none."""
    if role not in _PHX_ROLES:
        return ""
    if role == "GOV" and second == "LEG":
        return "LEG"
    return role


def _phx_date(d: str) -> str:
    d = d.lstrip("<>")
    if len(d) == 6:
        yy = int(d[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        return f"{year}-{d[2:4]}-{d[4:6]}"
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def _phx_name(token: str) -> str:
    words = token.strip("_").replace("_", " ").split()
    return " ".join(_phx_word(w) if w.isupper() else w for w in words)


def _phx_word(word: str) -> str:
    """An upper-case name word in its usual case: "MCCAIN" -> "McCain",
    "O'NEILL" -> "O'Neill", "DOLE" -> "Dole"."""
    word = word.capitalize()
    if word.startswith("Mc") and len(word) > 3:
        return "Mc" + word[2].upper() + word[3:]
    if word.startswith("O'") and len(word) > 3:
        return "O'" + word[2].upper() + word[3:]
    return word


def phoenix(path: Path, table: Table) -> None:
    """Phoenix: each root line with its ``+`` aliases is one entry; the roots
    before a block of dated codes share it."""
    roots: list[tuple[str, list[str]]] = []
    codes: list[tuple[str, str, str, str]] = []

    def flush() -> None:
        terms = [
            c
            for c in codes
            if (c[2] or c[3])
            and c[1]
            and c[1] != "ELI"
            and (not c[3] or c[3] >= "1977")
        ]
        for root, aliases in roots:
            if not terms or "[" in root or len(root.strip("_").split("_")) < 2:
                continue
            p = table.person(
                None, _phx_name(root), terms[0][0], f"phx:{root.strip('_')}"
            )
            for n in aliases:
                alias = _phx_name(n)
                if fold(alias) != fold(p.name) and (
                    len(alias.split()) >= 2 or len(alias) > 3
                ):
                    p.aliases.add(alias)
            if any(o[6] != "phx" for o in p.offices):
                continue  # a dated source already has this person's offices
            for ctry, sector, start, end in terms:
                table.office(p, ctry, "", sector, "", start, end, "phx")

    with path.open(encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith(("\t", " ")):
                for m in _CODE.finditer(line):
                    ctry, sector, a, b = (
                        m.group(1),
                        _phx_sector(m.group(2) or "", m.group(3) or ""),
                        m.group(4) or "",
                        m.group(5),
                    )
                    if ctry == "IGO" or not sector:
                        continue
                    start = _phx_date(a) if a and not a.startswith("<") else ""
                    end = (
                        _phx_date(b)
                        if b
                        else (_phx_date(a) if a.startswith("<") else "")
                    )
                    codes.append((ctry, sector, start, end))
                continue
            if line.startswith("+"):
                if roots:
                    roots[-1][1].append(line[1:].strip())
                continue
            if codes:
                flush()
                roots, codes = [], []
            roots.append((line.strip(), []))
        flush()


# ------------------------------------------------------------ output


def write_given_names(table: Table, out: Path) -> int:
    """``given_names.txt`` (entity layer): folded words that open people's
    names far more often than they end them ("bob", "nadia"; not "lee",
    "ryan"): a one-word name that is one names nobody in particular."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for p in table.people.values():
        if not official(p):
            continue  # (a party leader alone: the lexicon stays the officeholders')
        words = fold(p.name).split()
        if len(words) < 2:
            continue
        first[words[0]] = first.get(words[0], 0) + 1
        last[words[-1]] = last.get(words[-1], 0) + 1
    from whosaid.entities.lexicon import SECTOR_WORDS, TITLES

    titles = SECTOR_WORDS | TITLES  # "Prince X", "Governor X" open names too
    names = sorted(
        w
        for w, n in first.items()
        if n >= GIVEN_MIN
        and n >= GIVEN_RATIO * last.get(w, 0)
        and w.isalpha()
        and w not in titles
    )
    with (out / "given_names.txt").open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# given_names.txt: generated by scripts/build_knowledge.py from the "
            "people it builds (see ../../actors/data/NOTICE); do not edit. A word "
            f"that opens >= {GIVEN_MIN} names and >= {GIVEN_RATIO}x as many as it "
            "ends.\n"
        )
        f.write("".join(f"{w}\n" for w in names))
    return len(names)


def _keep_alias(alias: str, name: str) -> bool:
    low = alias.lower()
    words = low.replace("-", " ").split()
    if any(
        t in words
        for t in (
            "president",
            "minister",
            "mr",
            "mr.",
            "the",
            "senator",
            "administration",
            "elect",
        )
    ):
        return False
    return fold(alias) != fold(name) and len(alias) <= 60


D_STROKE = str.maketrans({"đ": "d", "Đ": "D"})
"""The Vietnamese "Đ" as English news writes it ("Đinh Tiến Dũng": "Dinh
Tien Dung"); the matching key folds it as the South Slavic one ("dj")."""


def _spellings(name: str) -> tuple[str, ...]:
    """The name, and with a "d" for its "đ" when it has one."""
    plain = name.translate(D_STROKE)
    return (name, plain) if plain != name else (name,)


def _keys(name: str, aliases: list[str]) -> list[str]:
    keys: list[str] = []
    for n in (s for a in (name, *aliases) for s in _spellings(a)):
        k = fold(n)
        words = k.split()
        for key in (
            k,
            f"{words[0]} {' '.join(words[2:])}"
            if len(words) > 2 and len(words[1]) == 1
            else "",
        ):
            if key and key not in keys:
                keys.append(key)
    return keys


def with_untitled_keys(
    keyed: list[tuple[Person, list[str]]],
) -> list[tuple[Person, list[str]]]:
    """Each person's keys, their name's without its leading titles first
    ("saqib nisar" for "Mian Saqib Nisar": news drops the title) where no
    other person has that key or would have it so (an alias that would take
    a namesake's name is left out), nor is it two words whose surname ends
    more than :data:`COMMON_SURNAME_PEOPLE` names ("Makhdoom Ali Khan" is
    not every "Ali Khan")."""
    owners: dict[str, set[str]] = {}
    untitled: dict[str, str] = {}
    for p, keys in keyed:
        for key in keys:
            owners.setdefault(key, set()).add(p.id)
        if keys and (bare := untitled_key(keys[0])) is not None:
            untitled[p.id] = bare
            owners.setdefault(bare, set()).add(p.id)
    last_words: dict[str, int] = {}
    for _, keys in keyed:
        if keys:
            last = keys[0].rsplit(" ", 1)[-1]
            last_words[last] = last_words.get(last, 0) + 1
    out = []
    for p, keys in keyed:
        bare = untitled.get(p.id)
        common = last_words.get(bare.rsplit(" ", 1)[-1], 0) if bare else 0
        if (
            bare is not None
            and owners[bare] == {p.id}
            and (common <= COMMON_SURNAME_PEOPLE or len(bare.split()) > 2)
        ):
            keys = [bare, *(k for k in keys if k != bare)]
        out.append((p, keys))
    return out


def with_wiki_keys(
    keyed: list[tuple[Person, list[str]]], variants: shipped_people.People
) -> list[tuple[Person, list[str]]]:
    """Each person's keys, then the keys of their Wikipedia titles
    (:func:`add_wiki_title`) that no other person has as a key or a title's
    key: a title two people share, or another's name, links neither."""
    owners: dict[str, set[str]] = {}
    for p, keys in keyed:
        for key in keys:
            owners.setdefault(key, set()).add(p.id)
    titled: dict[str, list[str]] = {}
    for p, keys in keyed:
        titles = sorted(p.wiki_titles)
        found = (
            shipped_people.canonical_keys(variants, _keys(titles[0], titles[1:]))
            if titles
            else []
        )
        titled[p.id] = [k for k in dict.fromkeys(found) if k not in keys]
        for key in titled[p.id]:
            owners.setdefault(key, set()).add(p.id)
    return [
        (p, [*keys, *(k for k in titled[p.id] if owners[k] == {p.id})])
        for p, keys in keyed
    ]


def write(table: Table, out: Path) -> tuple[int, int]:
    from whosaid.actors import people as shipped

    variants = shipped.People()
    for kind, variant, canonical, *_ in shipped._rows("name_variants.tsv"):
        target = variants.token_variants if kind == "token" else variants.name_variants
        target[fold(variant)] = fold(canonical)
    people = sorted((p for p in table.people.values() if p.offices), key=lambda p: p.id)
    n_off = 0
    with (out / "people.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# people.tsv: generated by scripts/build_knowledge.py from "
            "../shared/data/knowledge (see NOTICE); do not edit. keys: the folded "
            "name and its aliases (the matching keys); head: 1 when an office is a "
            "head of state or government's (known by surname); offices: how many "
            "rows of offices.tsv (same order) are theirs; forms: the short forms of "
            "the name (whosaid.actors.name_index: p: paternal surname, s: short "
            "form, n: a head's surname, f: a head's two-word form). Keys made "
            "canonical with "
            f"name_variants.tsv: variants {shipped.variants_digest()}\n"
        )
        f.write("id\tname\tkeys\thead\toffices\tforms\n")
        keyed = [
            (
                p,
                list(
                    dict.fromkeys(
                        shipped.canonical_keys(
                            variants,
                            _keys(
                                p.name,
                                sorted(a for a in p.aliases if _keep_alias(a, p.name)),
                            ),
                        )
                    )
                ),
            )
            for p in people
        ]
        for p, keys in with_wiki_keys(with_untitled_keys(keyed), variants):
            head = any(shipped.head_office(o[3]) for o in p.offices)
            forms = _name_forms(keys, head, _office_order(p.offices))
            f.write(
                f"{p.id}\t{p.name}\t{'|'.join(keys)}\t{int(head)}\t{len(p.offices)}"
                f"\t{forms}\n"
            )
    with (out / "offices.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# offices.tsv: generated by scripts/build_knowledge.py (see NOTICE); "
            "do not edit.\n"
        )
        f.write("id\tcountry\tigo\tsector\toffice\tstart\tend\tsource\n")
        for p in people:
            for o in _office_order(p.offices):
                f.write("\t".join((p.id, *o)) + "\n")
                n_off += 1
    with (out / "genders.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# genders.tsv: generated by scripts/build_knowledge.py (see NOTICE); "
            "do not edit. gender: f or m, where a source gives one (Wikidata via "
            "EveryPolitician, the US Congress bios): the evidence pronouns "
            '("she", "he") may use.\n'
        )
        f.write("id\tgender\n")
        for p in people:
            if p.gender:
                f.write(f"{p.id}\t{p.gender}\n")
    return len(people), n_off


def _office_order(offices: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A person's offices in ``offices.tsv``'s order (by start, then end)."""
    return sorted(offices, key=lambda o: (o[4], o[5]))


def _name_forms(keys: Sequence[str], head: bool, offices: list[tuple[str, ...]]) -> str:
    """The ``forms`` cell of a person (:mod:`whosaid.actors.name_index`), as
    the loader would derive it from the row's first key and offices."""
    from whosaid.actors.name_index import encode_forms, home_country, name_forms

    first = keys[0] if keys else ""
    words = first.split()
    last = first.rsplit(" ", 1)[1] if " " in first else ""
    home = home_country(o[0] for o in offices) if len(words) >= 3 else None
    return encode_forms(name_forms(words, last, head, home))


# ------------------------------------------------------------ repairs


def country_names() -> dict[str, set[str]]:
    """ISO3 -> the folded names of countries.tsv."""
    from whosaid.actors.tables import data_text, read_tsv

    names: dict[str, set[str]] = {}
    for row in read_tsv(data_text("countries.tsv")):
        names.setdefault(row["country"], set()).add(fold(row["pattern"]))
    return names


def override_closers(table: Table) -> list[tuple[str, str, term_repair.Row]]:
    """The hand-written overrides' terms (``overrides.tsv``), each with the
    id of the table's person of that name and country (else the override's
    id): later holders that end the sources' open terms."""
    from whosaid.actors.tables import data_text, read_tsv

    closers: list[tuple[str, str, term_repair.Row]] = []
    for row in read_tsv(data_text("overrides.tsv")):
        country = row["country"] or ""
        pid = table.by_name_country.get((_variant_key(row["name"]), country))
        term = (country, row["igo"] or "", row["sector"] or "", row["office"])
        closers.append(
            (pid or row["id"], row["name"], (*term, row["start"], row["end"], "ovr"))
        )
    return closers


def merge_people(table: Table, keep: str, drop: str) -> None:
    """Fold the entry ``drop`` into ``keep`` (offices, name, aliases, gender,
    Wikipedia titles)."""
    a, b = table.people[keep], table.people.pop(drop)
    for o in b.offices:
        if not any(x[:6] == o[:6] for x in a.offices):
            a.offices.append(o)
    for alias in (b.name, *b.aliases):
        if fold(alias) != fold(a.name):
            a.aliases.add(alias)
    a.wiki_titles |= {t for t in b.wiki_titles if fold(t) != fold(a.name)}
    set_gender(a, b.gender)
    for index in (table.by_name_country, table.short_keys):
        for key, pid in index.items():
            if pid == drop:
                index[key] = keep


def repair(table: Table) -> tuple[int, int]:
    """Merge duplicate people, then end the open terms a later holder
    supersedes (``whosaid.actors.term_repair``).  Returns both counts."""
    names = country_names()
    people = {pid: (p.name, p.offices) for pid, p in table.people.items()}
    pairs = term_repair.duplicate_pairs(people, names)
    for keep, drop in pairs:
        if keep in table.people and drop in table.people:
            merge_people(table, keep, drop)
    offices = {pid: (p.name, p.offices) for pid, p in table.people.items()}
    ended = term_repair.close_superseded(offices, names, override_closers(table))
    return len(pairs), ended


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/knowledge"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--entities-out", type=Path, default=ENTITIES_OUT)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no knowledge folder at {args.data}", file=sys.stderr)
        return 2
    table = Table()
    everypolitician(args.data / "everypolitician", table)
    us_congress(args.data / "us-congress", table)
    factbook(args.data / "factbook", table)
    phoenix(args.data / "phoenix" / "Phoenix.Countries.actors.txt", table)
    world_leaders(args.data / "everypolitician", table)
    leaders = factbook_party_leaders(args.data / "factbook", table)
    merged, ended = repair(table)
    candidates = factbook_candidates(args.data / "factbook", table)
    people, offices = write(table, args.out)
    write_candidates(candidates, args.out)
    given = write_given_names(table, args.entities_out)
    print(
        f"people.tsv: {people} people; offices.tsv: {offices} offices; "
        f"candidates.tsv: {len(candidates)} candidacies; given_names.txt: "
        f"{given} names; {leaders} Factbook party leader terms; {merged} duplicate "
        f"people merged; {ended} superseded open terms ended"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
