"""Build ``src/whosaid/actors/data/partyfacts.tsv``: party names that tell
the party's country, from Party Facts (``../shared/data/knowledge/partyfacts/
partyfacts-core-parties.csv``, about 6,900 parties in 216 countries).

A party's full name, English name and short name (abbreviation) are each a
candidate pattern.  A pattern becomes a row (type party, sector PTY: who
governs is ``governing.tsv``'s business, see ``actors/governing.py``) when

* its country is a state of ``countries.tsv`` (Northern Ireland's parties
  are the United Kingdom's; Transnistria's and other entities' are left out);
* the party won 3% of a vote or more (Party Facts' ``share``: the parties
  news quotes; it keeps the table and its load small) and was active in
  1990 or later (no ``year_last`` before 1990) and is
  no technical row ("other", "independent");
* an English translation (Party Facts' ``name_english`` where it differs
  from ``name``) names the party's country ("Pirate Party of Iceland"):
  "Citizens' Movement" translates parties of Iceland and Mexico alike;
* the pattern names parties of one country only, over every name (native,
  English, short) of every row of the whole Party Facts table, plural and
  possessive s aside, case, accents and punctuation folded, nor opens a
  longer name of another country's party ("Frente Amplio") (``People's
  Party``, ``Labour Party``, ``Green Party``, ``PSD`` are left out);
* no hand-written table has it (:data:`KNOWN_TABLES`: their rows win);
* it is long or specific enough not to collide with a common word or another
  body: a name of two content words or more ("The Union", "The Left" are
  one) with at least eight letters and, when all its words are English
  ones, a party word ("Movement for Democratic Change", not "Greek
  Orthodox", a Lebanese list); a one-word
  name of six letters or more that is no English word (spaCy's English
  lemmatizer index) and that the PolNeAR training texts (English news) never
  write in lower case ("Gerindra", not "Forward", "Renaissance", "Islamists"),
  nor a given name or a surname the people tables know; an abbreviation of
  four capitals or more that those texts never write at all (so "NATO",
  "OPEC" and other bodies' acronyms a news reader meets are never a party);
  one-word names and abbreviations only of a party that won 5% of a vote
  (Chile's small "Ciudadanos" must not take Spain's Cs), never a one-word
  English translation ("Crossroads").

Run from the repository root::

    PYTHONPATH=src python scripts/build_parties.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

from whosaid.actors.tables import data_text, read_tsv
from whosaid.actors.terms import fold

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "whosaid"
    / "actors"
    / "data"
    / "partyfacts.tsv"
)
KNOWN_TABLES = (
    "organizations.tsv",
    "seats.tsv",
    "countries.tsv",
    "places.tsv",
    "country_aliases.tsv",
    "demonyms.tsv",
    "legislatures.tsv",
)
FIRST_YEAR = 1990
MIN_LETTERS = 8
MIN_WORD = 6
MIN_SHARE = 5.0
MIN_ANY_SHARE = 3.0
BODY_WORDS = frozenset(
    {
        "party", "parties", "movement", "alliance", "front", "union", "league",
        "congress", "coalition", "bloc", "democrats", "rally", "forum",
        "convention", "federation", "list", "greens", "socialists", "liberals",
        "conservatives", "republicans", "nationalists", "communists", "labour",
        "labor", "organisation", "organization",
    }
)  # fmt: skip
"""A party's head words: a name of English words only must have one
("Greek Orthodox", "Sunni Islamists", "Governmental candidates" are Party
Facts rows for sects and lists, not names a story calls a party)."""
FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "a", "an", "in", "to", "&"})
"""Words that make no name specific: "The Union" (Italy's L'Unione) is one
content word, read in any news text."""
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{3,}")
ODD = re.compile(r"[\[\]()/;:,\"]")
WORD = re.compile(r"[A-Za-z]+")


PARTS_OF_STATES = {"NIR": "GBR"}
"""Party Facts' codes for parts of a state: Northern Ireland's parties are
the United Kingdom's."""


def _states() -> set[str]:
    return {
        row.get("country") or "" for row in read_tsv(data_text("countries.tsv"))
    } - {""}


def _parties(data: Path) -> list[dict[str, str]]:
    path = data / "knowledge" / "partyfacts" / "partyfacts-core-parties.csv"
    states = _states()
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["country"] = PARTS_OF_STATES.get(row["country"], row["country"])
        row["kept"] = (
            "1"
            if not row["technical"]
            and row["country"] in states
            and not (row["year_last"] and int(row["year_last"]) < FIRST_YEAR)
            else ""
        )
    return rows


def _every_name(row: dict[str, str]) -> list[str]:
    """All the names a Party Facts row gives (native, English, each part of
    an English name, short), for the count of the countries a name names."""
    english = row["name_english"].split(" / ")
    return [row["name"], row["name_english"], *english, row["name_short"]]


def _loose_key(name: str) -> str:
    """A name's folded words without a plural or possessive s ("Citizens'
    Movement" and "Citizen's Movement" are one name)."""
    return " ".join(w.removesuffix("s") for w in fold(name).split())


def _english_words() -> set[str]:
    """The base forms of the English lemmatizer's word index (spaCy's
    English model): about 83,000 nouns, verbs, adjectives and adverbs."""
    import spacy

    from whosaid.nlp.models import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {w for pos in table for w in table[pos]}


def _name_words() -> set[str]:
    """Given names and the last words of the people tables' names: a party
    named after its leader ("Deligiorgis") is that person more often."""
    words = {
        w.strip().lower()
        for w in data_text("given_names.txt", "whosaid.entities").split()
    }
    for row in read_tsv(data_text("people.tsv")):
        key = (row.get("keys") or "").split("|")[0].split()
        if key:
            words.add(key[-1])
    return words


def _news_words(data: Path) -> tuple[set[str], set[str]]:
    """Lower-case words (with the English lemmatizer's, given names and
    surnames) and every word as written, over the PolNeAR training texts."""
    lower: set[str] = _english_words() | _name_words()
    written: set[str] = set()
    for path in sorted((data / "polnear" / "train").rglob("*.txt")):
        for word in WORD.findall(path.read_text(encoding="utf-8", errors="replace")):
            written.add(word)
            if word.islower():
                lower.add(word)
    return lower, written


def _known_keys() -> set[str]:
    return {
        fold(row.get("pattern") or "")
        for table in KNOWN_TABLES
        for row in read_tsv(data_text(table))
    }


def _share(row: dict[str, str]) -> float:
    try:
        return float(row["share"] or 0)
    except ValueError:
        return 0.0


def _country_words() -> dict[str, set[str]]:
    """Each state's names and demonyms, folded ("iceland", "icelandic")."""
    words: dict[str, set[str]] = defaultdict(set)
    for table in ("countries.tsv", "demonyms.tsv", "country_aliases.tsv"):
        for row in read_tsv(data_text(table)):
            if row.get("country") and row.get("pattern"):
                words[row["country"]].add(fold(row["pattern"]))
    return words


def _names_its_country(name: str, words: set[str]) -> bool:
    folded = f" {fold(name)} "
    return any(f" {w} " in folded for w in words)


def _candidates(row: dict[str, str], country_words: set[str]) -> list[str]:
    """The party's names that may be patterns: its full and English names;
    one-word names and abbreviations only of a party that won
    :data:`MIN_SHARE` percent of a vote, and never a one-word English
    translation ("Crossroads" for Gesher: a common word)."""
    english = [n.strip() for n in row["name_english"].split(" / ")]
    native = row["name"].strip()
    # an English translation is kept only when it names its country ("Pirate
    # Party of Iceland"): "Citizens' Movement" translates Iceland's
    # Borgarahreyfingin and Mexico's Movimiento Ciudadano alike
    english = [
        n
        for n in [row["name_english"].strip(), *english]
        if n == native or _names_its_country(n, country_words)
    ]
    names = [native, *english]
    found = [n for n in names if n and not ODD.search(n)]
    found = [n for n in found if " " in n or n == row["name"].strip()]
    short = row["name_short"].strip()
    if ACRONYM.fullmatch(short) or (short.isalpha() and short[:1].isupper()):
        found.append(short)  # "PASOK", "Gerindra"
    if _share(row) < MIN_SHARE:
        found = [n for n in found if " " in n]
    if _share(row) < MIN_ANY_SHARE:
        return []
    return list(dict.fromkeys(found))


def _specific(name: str, lower: set[str], written: set[str]) -> bool:
    if ACRONYM.fullmatch(name):
        return name not in written
    words = name.split()
    if len(words) == 1:
        return (
            len(name) >= MIN_WORD
            and name[0].isupper()
            and name.isalpha()
            and name.lower() not in lower
            and name.lower().removesuffix("s") not in lower
        )
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    english = all(w.lower() in lower or w in written for w in content)
    if english and not any(w.lower() in BODY_WORDS for w in content):
        return False
    return (
        name[0].isupper()
        and len(content) >= 2
        and sum(c.isalpha() for c in name) >= MIN_LETTERS
    )


def party_rows(data: Path) -> list[tuple[str, str, str]]:
    """``(pattern, name, country)`` rows, one per specific, one-country name."""
    lower, written = _news_words(data)
    known = _known_keys()
    countries: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple[str, str, str]] = {}
    country_words = _country_words()
    rows = _parties(data)
    for row in rows:  # every row counts, kept or not; so do a name's openings
        for name in _every_name(row):  # ("Frente Amplio" of Uruguay's longer name)
            words = _loose_key(name).split()
            for n in range(2, len(words) + 1):
                countries[" ".join(words[:n])].add(row["country"])
            if len(words) == 1:
                countries[words[0]].add(row["country"])
    for row in rows:
        if not row["kept"]:
            continue
        canonical = (row["name_english"] or row["name"]).split(" / ")[0].strip()
        for name in _candidates(row, country_words[row["country"]]):
            first.setdefault(fold(name), (name, canonical, row["country"]))
    return sorted(
        found
        for key, found in first.items()
        if len(countries[_loose_key(found[0])]) == 1
        and key not in known
        and _specific(found[0], lower, written)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = ap.parse_args()
    lines = [
        "# partyfacts.tsv: generated by scripts/build_parties.py from Party Facts"
        " (hdigital/partyfactsdata @ 764de897, MIT; see NOTICE); do not edit.",
        "# Only names that name parties of one country and are specific enough"
        " not to be a common word or another body's acronym.",
        "pattern\tname\ttype\tcountry\tigo\tsector\tcode\tnote",
    ]
    for pattern, name, country in party_rows(args.data):
        lines.append(f"{pattern}\t{name}\tparty\t{country}\t\tPTY\t\t")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 3} rows")


if __name__ == "__main__":
    main()
