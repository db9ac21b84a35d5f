#!/usr/bin/env python3
"""Build ``src/whosaid/actors/data/countries.tsv`` from pycountry.

Usage::

    python scripts/build_countries.py

Writes one row per English name form that pycountry has for each country
(``name``, ``common_name``, ``official_name``), drops the inverted comma forms
("Korea, Republic of"), adds Kosovo (XKX, not in ISO 3166-1) by hand, sets a
short canonical English name (``CANONICAL`` below) and merges the
hand-written ``country_aliases.tsv`` next to the output.  The output is
sorted and deterministic: rerunning the script with the same pycountry
version and the same aliases file rewrites the same bytes.
"""

from __future__ import annotations

import csv
import re
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "whosaid" / "actors" / "data"
OUT = DATA / "countries.tsv"
ALIASES = DATA / "country_aliases.tsv"

# Short canonical English names, chosen by hand where pycountry's name is an
# inverted, formal or parenthesised form (or where news usage differs).
CANONICAL: dict[str, str] = {
    "BES": "Bonaire, Sint Eustatius and Saba",
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "CCK": "Cocos Islands",
    "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MAF": "Saint Martin",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "SXM": "Sint Maarten",
    "SYR": "Syria",
    "TLS": "East Timor",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "United States",
    "VAT": "Vatican",
    "VEN": "Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "VNM": "Vietnam",
}

# Names with a comma that are not inverted forms and are kept as patterns.
KEEP_COMMA = {
    "Bonaire, Sint Eustatius and Saba",
    "Saint Helena, Ascension and Tristan da Cunha",
}

# Not in ISO 3166-1; XKX is the user-assigned code used by the EU, IMF and others.
EXTRA: dict[str, list[str]] = {"XKX": ["Kosovo", "Republic of Kosovo"]}
EXTRA_CANONICAL = {"XKX": "Kosovo"}

COLUMNS = ["pattern", "name", "type", "country", "igo", "sector"]


def clean(form: str | None) -> str | None:
    """A pycountry name form as a text pattern, or None to drop it."""
    if not form:
        return None
    form = form.strip()
    if form.lower().startswith("the "):
        form = form[4:]
    if "(" in form:
        form = re.sub(r"\s*\([^)]*\)", "", form).strip()
    if "," in form and form not in KEEP_COMMA:
        return None
    return form or None


def read_aliases() -> list[tuple[str, str]]:
    if not ALIASES.exists():
        return []
    lines = [
        ln
        for ln in ALIASES.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    out = []
    for row in rows:
        pattern = (row.get("pattern") or "").strip()
        country = (row.get("country") or "").strip().upper()
        if pattern and country:
            out.append((pattern, country))
    return out


def build() -> list[tuple[str, str, str]]:
    """(country, canonical name, pattern) triples, deduplicated."""
    forms: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for c in pycountry.countries:
        code = c.alpha_3
        found = [
            clean(getattr(c, attr, None))
            for attr in ("common_name", "name", "official_name")
        ]
        found = [f for f in found if f]
        canonical = CANONICAL.get(code) or (found[0] if found else None)
        if canonical is None:
            sys.exit(f"no usable name for {code}: add it to CANONICAL")
        names[code] = canonical
        forms[code] = [canonical, *found]
    for code, extra in EXTRA.items():
        names[code] = EXTRA_CANONICAL[code]
        forms[code] = [EXTRA_CANONICAL[code], *extra]
    for pattern, code in read_aliases():
        if code not in names:
            sys.exit(
                f"country_aliases.tsv: unknown country code {code!r} for {pattern!r}"
            )
        forms[code].append(pattern)
    triples: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for code in sorted(forms):
        rows = []
        for form in forms[code]:
            key = (code, form.casefold() if not form.isupper() else form)
            if key in seen:
                continue
            seen.add(key)
            rows.append(form)
        # canonical name first, then the other forms alphabetically
        first, rest = rows[0], sorted(rows[1:], key=lambda s: (s.casefold(), s))
        triples.extend((code, names[code], f) for f in [first, *rest])
    return triples


def main() -> None:
    pv = version("pycountry")
    header = [
        "# countries.tsv: names of states (ISO 3166-1 countries and territories, plus Kosovo XKX)",
        f"# GENERATED by scripts/build_countries.py from pycountry {pv} (ISO 3166-1 data,",
        "# pycountry is LGPL-2.1; country names are facts) merged with the hand-written",
        "# country_aliases.tsv. Do not edit by hand: edit the script or the aliases file and rerun.",
        "# Columns: pattern (surface form), name (canonical short English name), type (state),",
        "# country (ISO 3166-1 alpha-3), igo, sector (both empty: a state acting as itself).",
    ]
    lines = header + ["\t".join(COLUMNS)]
    for code, name, pattern in build():
        for cell in (pattern, name):
            if "\t" in cell or "\n" in cell:
                sys.exit(f"bad cell {cell!r}")
        lines.append("\t".join([pattern, name, "state", code, "", ""]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - len(header) - 1} rows, pycountry {pv})")


if __name__ == "__main__":
    main()
