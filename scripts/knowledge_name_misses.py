"""List the named people of the fixtures and sentence tables whom the people
tables hold but whose text name finds no one (or someone else).

Run from the repository root::

    PYTHONPATH=src:. python scripts/knowledge_name_misses.py [-v]

Names: the expected speakers with a country code of every real-page fixture
set (``tests/fixtures/*/*.expected.json``) and the person rows with a country
of the sentence tables (``tests/unit/actors/*_sentences.tsv``).  A name is a
MISS when :meth:`People.candidates` finds no one while a person of the tables
with an office in the expected country has a name alike (the same words with
honorifics, particles, transliteration and middle names set aside; the
reason printed says which part differs); OTHER when the candidates found hold
no office of the expected country (a false match, or an office the tables
lack). Date fit is printed, not required.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from whosaid.actors.name_keys import NAME_HONORIFICS
from whosaid.actors.people import People, Person, fold, load_people
from whosaid.actors.terms import link_on
from whosaid.actors.transliteration import skeleton

ROOT = Path(__file__).resolve().parents[1]
_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "al", "el", "ul", "abu"})
_VOWELS = re.compile(r"[aeiou]")
# Sets kept from the work that designs rules (blind until the lead scores them).
KEPT_SETS = frozenset(
    {"realpages_holdout38", "realpages_holdout39", "holdout19_sentences.tsv"}
)


def _countries() -> set[str]:
    text = (ROOT / "src/whosaid/actors/data/countries.tsv").read_text("utf-8")
    return {ln.split("\t")[3] for ln in text.splitlines() if ln and ln[0] != "#"}


def fixture_names(countries: set[str]) -> Iterator[tuple[str, str, str, str | None]]:
    for path in sorted((ROOT / "tests/fixtures").glob("*/*.expected.json")):
        if path.parent.name in KEPT_SETS:
            continue
        data = json.loads(path.read_text("utf-8"))
        seen: set[str] = set()
        for a in data.get("attributions", ()):
            code, name = a.get("code") or "", a.get("speaker") or ""
            if not isinstance(name, str):
                continue  # a list of speakers
            if code[:3] in countries and " " in name.strip() and name not in seen:
                seen.add(name)
                yield (
                    f"{path.parent.name}/{path.name[:30]}",
                    name,
                    code[:3],
                    data.get("date"),
                )


def table_names() -> Iterator[tuple[str, str, str, str | None]]:
    for path in sorted((ROOT / "tests/unit/actors").glob("*_sentences.tsv")):
        if path.name in KEPT_SETS:
            continue
        header: list[str] | None = None
        for line in path.read_text("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells, strict=False))
            if row.get("type") != "person" or not row.get("country"):
                continue
            if " " not in row["mention"].strip():
                continue
            year = re.search(r"\b(19|20)\d\d\b", row["sentence"])
            yield (
                row["id"],
                row["mention"],
                row["country"],
                (year.group(0) if year else None),
            )


def loose_words(name: str) -> list[str]:
    """A name's words with honorifics and particles dropped, each reduced to
    its transliteration skeleton without vowels."""
    words = [w for w in fold(name).split() if w not in _PARTICLES]
    while len(words) > 1 and words[0] in NAME_HONORIFICS | _EXTRA_TITLES:
        words = words[1:]
    return [_VOWELS.sub("", skeleton(w)) or w for w in words]


_EXTRA_TITLES = frozenset(
    {"mian", "chaudhry", "chaudhary", "sardar", "datuk", "dato", "tan", "sri", "prince"}
    | {"princess", "king", "queen", "emir", "sultan", "rana", "syed", "pir", "hajj"}
)


def loose_match(text: list[str], known: list[str]) -> bool:
    """The text's words all among the known name's, its last word last."""
    return bool(text) and text[-1] == known[-1] and set(text) <= set(known)


def reason(people: People, name: str, known: str) -> str:
    t, k = fold(name).split(), fold(known).split()
    why = []
    if k and k[0] in NAME_HONORIFICS | _EXTRA_TITLES and k[0] not in t:
        why.append(f"title:{k[0]}")
    tp = [w for w in t if w not in _PARTICLES]
    kp = [w for w in k if w not in _PARTICLES]
    if [w for w in t if w in _PARTICLES] != [w for w in k if w in _PARTICLES]:
        why.append("particles")
    kt = [people._canonical(w) for w in kp]
    tt = [people._canonical(w) for w in tp]
    spelled = [w for w in tt if w not in kt]
    if spelled:
        why.append("spelling:" + ",".join(spelled))
    extra = [w for w in kt if w not in tt and w not in NAME_HONORIFICS | _EXTRA_TITLES]
    if len(extra) > len(spelled):
        why.append("more words")
    return " ".join(why) or "other"


def _homes(p: Person) -> str:
    return ",".join(sorted({o.country or o.igo or "-" for o in p.offices}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    people = load_people()
    by_last: dict[str, list[int]] = {}
    for k, name in enumerate(people.names):
        words = loose_words(name)
        if words:
            by_last.setdefault(words[-1], []).append(k)
    countries = _countries()
    names = [*fixture_names(countries), *table_names()]
    seen: set[tuple[str, str]] = set()
    misses = others = found = 0
    for where, name, country, date in names:
        if (name, country) in seen:
            continue
        seen.add((name, country))
        cands = people.candidates(name)
        if cands:
            if any(o.country == country for p in cands for o in p.offices):
                found += 1
            else:
                others += 1
                got = "; ".join(f"{p.name} ({_homes(p)})" for p in cands[:3])
                print(f"OTHER {where} {name!r} {country}: found {got}")
            continue
        words = loose_words(name)
        alike = [
            people.person(k)
            for k in by_last.get(words[-1] if words else "", ())
            if loose_match(words, loose_words(people.names[k]))
        ]
        alike = [p for p in alike if any(o.country == country for o in p.offices)]
        if not alike:
            if args.verbose:
                print(f"none  {where} {name!r} {country}")
            continue
        misses += 1
        for p in alike[:3]:
            lk = link_on(p, date)
            fit = (
                ""
                if lk is None
                else f"{lk.office.office} {lk.office.start}-{lk.office.end}"
            )
            print(
                f"MISS  {where} {name!r} {country} {date or ''}: {p.name} [{p.id}] "
                f"({reason(people, name, p.name)}) {fit}"
            )
    print(
        f"{len(seen)} names: {found} found in their country, {misses} missed "
        f"(the tables hold them), {others} found elsewhere only"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
