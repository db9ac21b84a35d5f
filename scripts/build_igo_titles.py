"""Build ``src/whosaid/actors/data/igo_titles.tsv``: the words by which a
title names an IGO office ("EU Justice Commissioner", "the administrator of
the UN Development Programme", "the head of UNAIDS").

Rows (``kind, text, igo, sector``):

* ``name``: an IGO's name or acronym and the IGO it names -- every IGO row of
  the shipped ``organizations.tsv`` (its ``sector``: JUD for a court organ),
  plus Phoenix International's IGO roots (``../shared/data/knowledge/phoenix/
  Phoenix.International.actors.txt``) whose CAMEO code ``organizations.tsv``
  gives one IGO, plus the adjectival forms of :data:`ADJECTIVE_NAMES`;
* ``office``: an officer's title words: the head of each IGO position of the
  world office-holder tables (``everypolitician/world``: "Secretary-General
  of the United Nations" -> "secretary-general") and of Phoenix
  International's titled roots ("UN_SECRETARY_GENERAL"), plus
  :data:`OFFICER_SEED`;
* ``envoy``: a title of a state's envoy to an IGO ("Permanent Representative
  to the United Nations" -> "permanent representative"), plus
  :data:`ENVOY_SEED`: such a title names whom the envoy is sent to, not
  whom they serve.

Run from the repository root::

    PYTHONPATH=src python scripts/build_igo_titles.py [--data ../shared/data/knowledge]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from whosaid.actors.tables import data_text, read_tsv

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "whosaid"
    / "actors"
    / "data"
    / "igo_titles.tsv"
)

ADJECTIVE_NAMES: tuple[tuple[str, str], ...] = (
    ("European commissioner", "EU"),
    ("European Commissioner", "EU"),
    ("EU commissioner", "EU"),
)
"""Title forms naming the EU by an adjective, which no organisation row spells."""

OFFICER_SEED: tuple[str, ...] = (
    "administrator",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chief",
    "chief economist",
    "commander",
    "commissioner",
    "commissioner-general",
    "coordinator",
    "director",
    "executive director",
    "executive secretary",
    "head",
    "high representative",
    "managing director",
    "president",
    "prosecutor",
    "registrar",
    "secretary general",
    "special envoy",
    "special representative",
    "spokesman",
    "spokesperson",
    "spokeswoman",
)
"""Officer title words the tables below spell too rarely (general knowledge:
the titles IGOs give their heads, organ heads and spokespeople)."""

ENVOY_SEED: tuple[str, ...] = (
    "ambassador to",
    "delegation to",
    "envoy to",
    "mission to",
    "representative to",
)
"""A state's envoy, delegation or mission sent to an IGO: "Russia's mission to
the UN" (general knowledge)."""

_POSITION_HEAD = re.compile(r"^(.+?)\s+(?:of|to|on|at)\s+(?:the\s+)?(.+)$")
_PHOENIX_CODE = re.compile(r"\[(IGO[A-Z]*)")
_PHOENIX_TITLES = re.compile(
    r"(SECRETARY[_-]GENERAL|DIRECTOR[_-]GENERAL|HIGH_COMMISSIONER|"
    r"HIGH_REPRESENTATIVE|SPECIAL_ENVOY|SPECIAL_REPRESENTATIVE)"
)


def organization_names() -> list[tuple[str, str, str]]:
    """(pattern, igo, sector) of every IGO row of organizations.tsv."""
    rows = read_tsv(data_text("organizations.tsv"))
    return [
        (r["pattern"], r["igo"], r.get("sector") or "")
        for r in rows
        if r.get("type") == "igo" and r.get("igo")
    ]


def code_igos(names: list[tuple[str, str, str]]) -> dict[str, str]:
    """CAMEO code -> IGO where organizations.tsv gives the code one IGO."""
    rows = read_tsv(data_text("organizations.tsv"))
    found: dict[str, set[str]] = {}
    for r in rows:
        if r.get("type") == "igo" and r.get("igo") and r.get("code"):
            found.setdefault(r["code"], set()).add(r["igo"])
    return {code: next(iter(igos)) for code, igos in found.items() if len(igos) == 1}


def phoenix_rows(
    path: Path, codes: dict[str, str]
) -> tuple[list[tuple[str, str]], set[str]]:
    """Phoenix International's IGO roots whose code names one known IGO
    (``UNDP_ [IGOUNODEV]`` -> UN: its first six letters), and the officer
    titles its titled roots spell."""
    names: list[tuple[str, str]] = []
    titles: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line or line.startswith(("\t", " ", "+")):
                continue
            root = line.split("[", 1)[0].strip().strip("_")
            m = _PHOENIX_TITLES.search(root)
            if m:
                titles.add(m.group(1).replace("_", " ").lower())
            code = _PHOENIX_CODE.search(line)
            if not code or not root or "_" in root:
                continue  # one-word roots only: an acronym or a short name
            igo = codes.get(code.group(1)[:6])
            if igo and root.isupper() and 3 <= len(root) <= 8:
                names.append((root, igo))
    return names, titles


def world_positions(root: Path) -> tuple[set[str], set[str]]:
    """Officer and envoy title heads of the world office-holder tables."""
    officers: set[str] = set()
    envoys: set[str] = set()
    for fname in ("holders21.csv", "current.csv"):
        path = root / fname
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                m = _POSITION_HEAD.match((row.get("position") or "").strip())
                if m is None:
                    continue
                head = m.group(1).lower()
                if "representative" in head and " to " in row["position"].lower():
                    envoys.add(head)
                else:
                    officers.add(head.split()[-1] if head.startswith("osce ") else head)
    return officers, envoys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/knowledge"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no knowledge folder at {args.data}", file=sys.stderr)
        return 2
    names = organization_names()
    phx_names, phx_titles = phoenix_rows(
        args.data / "phoenix" / "Phoenix.International.actors.txt", code_igos(names)
    )
    officers, envoys = world_positions(args.data / "everypolitician" / "world")
    rows: set[tuple[str, str, str, str]] = set()
    known = {pattern for pattern, _, _ in names}
    rows |= {("name", p, igo, sector) for p, igo, sector in names}
    rows |= {("name", p, igo, "") for p, igo in phx_names if p not in known}
    rows |= {("name", p, igo, "") for p, igo in ADJECTIVE_NAMES}
    rows |= {("office", t, "", "") for t in {*officers, *phx_titles, *OFFICER_SEED}}
    rows |= {("envoy", t, "", "") for t in {*envoys, *ENVOY_SEED}}
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# igo_titles.tsv: generated by scripts/build_igo_titles.py from "
            "organizations.tsv, Phoenix International and the world office-holder "
            "tables (see NOTICE); do not edit. kind: name (an IGO's name or "
            "acronym), office (an officer's title words), envoy (a state envoy's).\n"
        )
        f.write("kind\ttext\tigo\tsector\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    print(f"{args.out.name}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
