"""Check every row of src/whosaid/actors/data/governing.tsv against the raw
CIA World Factbook extract (../shared/data/knowledge/factbook).

    python scripts/check_governing.py [--data DIR] [--write]

For each row (country, start, end, parties, note) it finds, in the
Factbook's "head of government" field (the "chief of state" field for the
presidential systems in PRESIDENTIAL), the leaders whose "(since D Month
YYYY)" falls in the row's period, and checks

* start: the row starts within START_SLACK_DAYS of such a "since" date (a
  government that changed without a new leader, "Scholz after the FDP
  left", cannot be seen there: reported as such, not as a mismatch);
* leaders: every leader the Factbook names as taking office during the row
  appears in the row's note (a note that names no leader, "AKP
  governments", is not checked);
* party: in the Factbook's "political parties and leaders" field of the
  row's period, the party the leader leads ("Likud [Binyamin NETANYAHU]") is
  one of the row's parties (matched through organizations.tsv's patterns),
  and for a row with no parties, none of the table's.

It prints one line per row (OK, MISMATCH or UNVERIFIED with the evidence)
and exits 1 when a row mismatches.  ``--write`` records each row's
evidence in the table's ``checked_against`` column.  Reads only the
standard library and the package's own tables; run from the repository
root with PYTHONPATH=src.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from whosaid.actors.tables import data_text, read_tsv
from whosaid.entities.lexicon import MONTH_NUMBERS

PRESIDENTIAL = frozenset({"FRA", "KOR", "MEX", "TWN", "TZA", "UKR", "ZAF", "BGD_CS"})
"""Countries whose government leader is the chief of state (the president)."""

TITLE_WORDS = frozenset(
    {
        "prime",
        "minister",
        "president",
        "chancellor",
        "acting",
        "interim",
        "caretaker",
        "premier",
        "taoiseach",
        "chief",
        "executive",
        "sir",
        "dr",
        "federal",
        "state",
        "counsellor",
        "chairman",
        "of",
        "the",
        "government",
        "and",
        "also",
        "spelled",
    }
)
"""Words of a leader field that are no part of the leader's name."""

START_SLACK_DAYS = 14
"""How far a row's start may be from the Factbook's "since" date."""

_SINCE = re.compile(
    r"(?P<name>(?:[\"“]?[A-Z][\w.'\"”-]*\s+){0,4}?(?P<surname>[A-Z][A-Z'\-]{1,}"
    r"(?:\s+[A-Z][A-Z'\-]{1,})*))[^;()]{0,60}?\((?:[a-z ]+ )?since "
    r"(?:(?P<day>\d{1,2}) )?(?P<month>[A-Z][a-z]+) (?P<year>\d{4})"
)
_PARTY = re.compile(r"(?P<party>[^/\n\[\]]+?)\s*\[(?P<leaders>[^\]]*)\]")
_MONTHS = {m[:3].capitalize(): k for m, k in MONTH_NUMBERS.items()}


@dataclass(frozen=True)
class Tenure:
    """A leader the Factbook names, with the day they took office."""

    name: str
    since: str
    snapshot: str
    field: str


@dataclass(frozen=True)
class Verdict:
    country: str
    start: str
    status: str  # OK, MISMATCH, UNVERIFIED
    evidence: str


_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"}
)


def fold(text: str) -> str:
    """Lower case without accents ("Sánchez" -> "sanchez")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def first_tenure(text: str, snapshot: str, field: str) -> Tenure | None:
    """The first office holder of a Factbook leader field's text:
    "Prime Minister Anthony ALBANESE (since 23 May 2022); Deputy ..." ->
    ALBANESE since 2022-05-23."""
    m = _SINCE.search(text.split(";")[0]) or _SINCE.search(text)
    if m is None or m.group("month")[:3] not in _MONTHS:
        return None
    since = f"{int(m.group('year')):04d}-{_MONTHS[m.group('month')[:3]]:02d}-"
    since += f"{int(m.group('day') or 1):02d}"
    return Tenure(m.group("name").strip(), since, snapshot, field)


def name_words(name: str) -> list[str]:
    """The folded words of a leader's name ("Pedro SANCHEZ PEREZ-CASTEJON")."""
    return [fold(w) for w in re.findall(r"[\w'-]+", name)]


def upper_words(name: str) -> list[str]:
    """The Factbook's upper-case (family) name words of a leader."""
    return [w for w in re.findall(r"[\w'-]+", name) if len(w) > 1 and w.isupper()]


def stand_in(name: str) -> bool:
    """Whether a leader field names an acting, interim or caretaker leader
    (the row's note need not name them)."""
    return bool({"acting", "interim", "caretaker"} & set(name_words(name)))


def leads(name: str, who: str) -> bool:
    """Whether a party's leader text names this leader: every upper-case
    word of the name, and the other words' first one when there is one
    ("Manmohan SINGH" is not "Rajnath SINGH")."""
    uppers = upper_words(name)
    if not uppers or not all(re.search(rf"\b{re.escape(u)}\b", who) for u in uppers):
        return False
    given = [
        w
        for w in re.findall(r"[\w'-]+", name)
        if not w.isupper() and fold(w) not in TITLE_WORDS
    ]
    return not given or any(fold(w)[:3] in fold(who) for w in given)


def party_leaders(text: str) -> dict[str, str]:
    """Party entry -> its leaders' text, from a "political parties and
    leaders" field ("Likud [Binyamin NETANYAHU]")."""
    return {
        m.group("party").strip(" /;"): m.group("leaders") for m in _PARTY.finditer(text)
    }


def days(a: str, b: str) -> int:
    return abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)


def load_factbook(
    path: Path, countries: set[str]
) -> tuple[dict[str, list[Tenure]], dict[str, list[tuple[str, str]]]]:
    """Leader tenures (head of government and chief of state) and party
    leader texts per country, oldest first."""
    tenures: dict[str, list[Tenure]] = defaultdict(list)
    parties: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            iso3, text = row.get("iso3"), row.get("text")
            if iso3 not in countries or not text:
                continue
            field = row["field"]
            if field in {"head of government", "chief of state"}:
                t = first_tenure(text, row["snapshot"], field)
                if t is not None:
                    tenures[iso3].append(t)
            elif field in {"political parties and leaders", "political parties"}:
                parties[iso3].append((row["snapshot"], text))
    return tenures, parties


def party_patterns(country: str) -> dict[str, set[str]]:
    """Canonical party name -> its folded patterns, for a country's parties
    in organizations.tsv."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(data_text("organizations.tsv")):
        if row.get("type") == "party" and row.get("country") == country:
            out[row["name"]].update({fold(row["pattern"]), fold(row["name"])})
    return out


def _spelling(text: str) -> str:
    """Folded, with the Factbook's US spellings ("Labor Party")."""
    return re.sub(r"\blabour\b", "labor", fold(text))


def _matches(entry: str, patterns: set[str]) -> bool:
    """Whether a Factbook party entry ("Christian Democratic Union or CDU",
    "Conservative [..]") names a party of these patterns: a pattern in the
    entry (an acronym as a whole word), or one of the entry's names is the
    pattern less "party"."""
    text = _spelling(entry).strip(" ;")
    words = set(re.findall(r"[\w'-]+", text))
    names = {n.strip(" ;()") for n in re.split(r"\bor\b|[()]", text) if n.strip(" ;()")}
    for raw in patterns:
        p = _spelling(raw)
        if " " not in p and len(p) <= 6:
            if p in words:  # an acronym: a whole word ("SPD", "AKP")
                return True
        elif re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text) or any(
            f"{n} party" == p or n == p for n in names
        ):
            return True
    return False


def check_row(
    row: dict[str, str],
    tenures: list[Tenure],
    party_texts: list[tuple[str, str]],
) -> Verdict:
    country, start = row["country"], row["start"]
    end = row.get("end") or "9999-12-31"
    parties = [p for p in (row.get("parties") or "").split("|") if p]
    field = "chief of state" if country in PRESIDENTIAL else "head of government"
    mine = [t for t in tenures if t.field == field]
    if not mine:
        return Verdict(country, start, "UNVERIFIED", f"no Factbook {field}")
    evidence: list[str] = []
    problems: list[str] = []
    # the leaders who took office during the row
    lo = (
        datetime.date.fromisoformat(start) - datetime.timedelta(days=START_SLACK_DAYS)
    ).isoformat()
    hi = (
        (
            datetime.date.fromisoformat(end) - datetime.timedelta(days=START_SLACK_DAYS)
        ).isoformat()
        if end < "9999"
        else end
    )
    during = {(t.name, t.since): t for t in mine if lo <= t.since < hi}
    starting = [t for t in during.values() if days(t.since, start) <= START_SLACK_DAYS]
    before = [t for t in mine if t.since <= start]
    held = max(before, key=lambda t: t.since) if before else None
    if starting:
        t = starting[0]
        evidence.append(f"factbook {field} {t.snapshot}: {t.name} since {t.since}")
    elif held is not None:
        evidence.append(
            f"factbook {field}: {held.name} since {held.since}"
            " (no new leader at the start)"
        )
    else:
        problems.append(f"no Factbook {field} starts near {start}")
    named = set(name_words(row.get("note") or ""))
    names_someone = any(
        set(name_words(" ".join(upper_words(t.name)))) & named for t in mine
    )
    leaders = list({t.name: t for t in during.values()}) or (
        [held.name] if held is not None else []
    )
    if names_someone:
        for name in {t.name for t in during.values() if not stand_in(t.name)}:
            words = set(name_words(name)) - TITLE_WORDS
            if not words & named:
                problems.append(
                    f"the Factbook's {name} (during the row) is not in the note"
                )
    # the party the leader(s) lead, in the row's period
    relevant = [txt for snap, txt in party_texts if start <= snap < end] or [
        txt for snap, txt in party_texts if snap <= start
    ][-1:]
    patterns = party_patterns(country)
    ours = {p: patterns.get(p, {fold(p)}) for p in parties}
    others = {n: pats for n, pats in patterns.items() if n not in parties}
    found_party = False
    for txt in relevant:
        for entry, who in party_leaders(txt).items():
            if not any(leads(name, who) for name in leaders):
                continue
            if any(_matches(entry, pats) for pats in ours.values()):
                evidence.append(f"party leaders: {entry} [{who.strip()}]")
                found_party = True
            elif any(_matches(entry, pats) for pats in others.values()):
                problems.append(
                    f"the leader leads {entry!r}, a table party not in the row"
                )
                found_party = True
            elif parties:
                evidence.append(
                    f"party leaders: {entry} [{who.strip()}] (not a table name)"
                )
            else:
                evidence.append(
                    f"party leaders: {entry} [{who.strip()}], not in the table"
                )
                found_party = True
        if found_party:
            break
    evidence = list(dict.fromkeys(evidence))
    if problems:
        return Verdict(country, start, "MISMATCH", "; ".join(problems + evidence))
    if not found_party or not starting:
        return Verdict(country, start, "UNVERIFIED", "; ".join(evidence))
    return Verdict(country, start, "OK", "; ".join(evidence))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data/knowledge")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    gz = Path(args.data) / "factbook" / "government.jsonl.gz"
    if not gz.is_file():
        print(f"skipped: no {gz}")
        return 0
    rows = read_tsv(data_text("governing.tsv"))
    tenures, party_texts = load_factbook(gz, {r["country"] for r in rows})
    verdicts = [
        check_row(r, tenures.get(r["country"], []), party_texts.get(r["country"], []))
        for r in rows
    ]
    for v in verdicts:
        print(f"{v.status:10} {v.country} {v.start}  {v.evidence}")
    counts = {
        s: sum(v.status == s for v in verdicts)
        for s in ("OK", "UNVERIFIED", "MISMATCH")
    }
    print(" ".join(f"{k} {n}" for k, n in counts.items()))
    if args.write:
        write_evidence(verdicts)
    return 1 if counts["MISMATCH"] else 0


def write_evidence(verdicts: list[Verdict]) -> None:
    """Record each row's verdict in governing.tsv's checked_against column."""
    path = (
        Path(__file__).resolve().parent.parent / "src/whosaid/actors/data/governing.tsv"
    )
    lines = path.read_text(encoding="utf-8").split("\n")
    by_key = {(v.country, v.start): v for v in verdicts}
    out = []
    header: list[str] | None = None
    for line in lines:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        cells = line.split("\t")
        if header is None:
            header = (
                cells if "checked_against" in cells else [*cells, "checked_against"]
            )
            out.append("\t".join(header))
            continue
        cells += [""] * (len(header) - len(cells))
        v = by_key.get((cells[0], cells[1]))
        if v is not None:
            cells[header.index("checked_against")] = f"{v.status}: {v.evidence}"
        out.append("\t".join(cells))
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
