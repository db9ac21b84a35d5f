#!/usr/bin/env python3
"""Build whosaid's CAMEO tables in ``src/whosaid/events/data/`` from the raw data.

Usage::

    python scripts/build_cameo.py [--src ../shared/data/cameo]

Reads ``cameo-codes.csv`` (andybega/icews, MIT) and ``CAMEO.2.0.verbs.txt``
(PETRARCH2's verb dictionary, MIT) and writes:

* ``cameo_codes.tsv``: ``code, name, root, goldstein, quad_class`` for every
  CAMEO code.  A code without a Goldstein value takes its root's value (the
  ``goldstein_from`` column then says ``root``).  ``quad_class`` follows GDELT:
  roots 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13
  verbal conflict (3), 14-20 material conflict (4).
* ``verbs.tsv``: ``verb, block, code, forms``: every verb of the dictionary
  (lower case, multi-word verbs with spaces: "ask for"), the block (synonym
  set) it belongs to, its own code or else the block's (empty: no code), and
  its irregular forms as listed in the dictionary (regular ones are derived
  at load time).
* ``patterns.tsv``: ``block, pattern, code``: the block's phrase patterns,
  reduced to the words that follow the verb ("(FOR &CEASEFIRE)" becomes
  ``for &ceasefire``); patterns constraining the words before the verb, and
  patterns without a code, are dropped.
* ``synsets.tsv``: ``synset, word``: the dictionary's synonym sets that the
  kept patterns use (``&WEAPON`` -> missile, rocket...).
* ``NOTICE``: the MIT notices and the sources.

The output is sorted and deterministic: rerunning on the same files rewrites
the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "whosaid" / "events" / "data"
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "cameo"

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")


def quad_class(root: str) -> int:
    """GDELT's quad class of a two-digit CAMEO root."""
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def read_codes(path: Path) -> list[tuple[str, str, str, str, str, str]]:
    """Rows ``(code, name, root, goldstein, goldstein_from, quad_class)``."""
    with path.open(encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))
    by_code = {r["code"]: r for r in rows}
    out = []
    for r in rows:
        code, root = r["code"], r["root_code"]
        value, origin = r["goldstein"], "code"
        if value in ("", "NA"):
            value, origin = by_code[root]["goldstein"], "root"
        name = " ".join(r["name"].split())
        out.append(
            (code, name, root, f"{float(value):g}", origin, str(quad_class(root)))
        )
    return sorted(out)


def clean_code(raw: str) -> str:
    """``042:043`` -> ``042``; ``:173`` -> ``173``; ``---`` -> empty."""
    parts = [p for p in raw.strip().split(":") if p.strip() and "-" not in p]
    return parts[0].strip() if parts else ""


def _word(token: str) -> str:
    return token.strip("_").replace("_", " ").lower()


def parse_verb_line(line: str) -> tuple[str, list[str], str]:
    """``+ASK_FOR {+ASKED_FOR ...} [020]`` -> ("ask for", ["asked for"...], "020")."""
    line = line.split("#", 1)[0]
    code_m = _CODE_RE.search(line)
    code = clean_code(code_m.group(1)) if code_m else ""
    line = _CODE_RE.sub("", line)
    forms: list[str] = []
    brace = re.search(r"\{([^}]*)\}", line)
    if brace:
        forms = [_word(f.lstrip("+")) for f in brace.group(1).split()]
        line = line[: brace.start()] + line[brace.end() :]
    verb = _word(line.strip().lstrip("+"))
    return verb, [f for f in forms if f], code


def parse_pattern(line: str) -> tuple[str, str] | None:
    """``- * (FOR &CEASEFIRE)  [0256]  # CALL`` -> ("for &ceasefire", "0256")."""
    body = line[1:].split("#", 1)[0]
    code_m = _CODE_RE.search(body)
    if not code_m:
        return None
    code = clean_code(code_m.group(1))
    body = _CODE_RE.sub("", body)
    if "*" not in body or not code:
        return None
    before, after = body.split("*", 1)
    if before.strip():
        return None  # constrains the subject: not used
    words = re.sub(r"[(){}]", " ", after).replace("$", " ").replace("^", " ")
    tokens = [_word(t) if not t.startswith("&") else t.lower() for t in words.split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    return " ".join(tokens), code


def read_verbs(
    path: Path,
) -> tuple[
    list[tuple[str, str, str, str]], list[tuple[str, str, str]], dict[str, list[str]]
]:
    """Verbs, patterns and synsets of a PETRARCH2 verb dictionary."""
    verbs: dict[str, tuple[str, str, str, str]] = {}
    patterns: set[tuple[str, str, str]] = set()
    synsets: dict[str, list[str]] = {}
    block, block_code, synset = "", "", ""
    in_patterns = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not line or line.startswith("#"):
            continue
        if not in_patterns:
            if line.startswith("&"):
                synset = line.split()[0].lower()
                synsets[synset] = []
            elif line.startswith("+") and synset:
                synsets[synset].append(_word(line[1:].split("#")[0].strip()))
            continue
        m = _BLOCK_RE.match(line)
        if m:
            block, block_code = m.group(1).lower(), clean_code(m.group(2))
            continue
        if line.startswith("-"):
            pat = parse_pattern(line)
            if pat:
                patterns.add((block, *pat))
            continue
        verb, forms, code = parse_verb_line(line)
        if verb and verb not in verbs:
            verbs[verb] = (verb, block, code or block_code, " ".join(forms))
    used = {t for _, p, _ in patterns for t in p.split() if t.startswith("&")}
    kept = {k: sorted(set(v)) for k, v in synsets.items() if k in used}
    return sorted(verbs.values()), sorted(patterns), kept


def notice(src: Path) -> str:
    """The NOTICE text: sources and both MIT licences."""
    readme = (src / "README.md").read_text(encoding="utf-8")
    sources = [ln for ln in readme.splitlines() if ln.startswith("| `")]
    parts = [
        "whosaid's CAMEO tables (cameo_codes.tsv, verbs.tsv, patterns.tsv, "
        "synsets.tsv) are generated by scripts/build_cameo.py from:",
        "",
        *sources,
        "",
        "cameo_codes.tsv derives from andybega/icews data-raw/cameo-codes.csv:",
        "",
        (src / "LICENSE.icews").read_text(encoding="utf-8").strip(),
        "",
        "verbs.tsv, patterns.tsv and synsets.tsv derive from openeventdata/petrarch2 "
        "petrarch2/data/dictionaries/CAMEO.2.0.txt:",
        "",
        (src / "LICENSE.petrarch2").read_text(encoding="utf-8").strip(),
        "",
    ]
    return "\n".join(parts)


def write_tsv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    src: Path = args.src
    out: Path = args.out
    if not (src / "cameo-codes.csv").is_file():
        print(f"error: no cameo-codes.csv in {src}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    codes = read_codes(src / "cameo-codes.csv")
    write_tsv(
        out / "cameo_codes.tsv",
        ("code", "name", "root", "goldstein", "goldstein_from", "quad_class"),
        codes,
    )
    verbs, patterns, synsets = read_verbs(src / "CAMEO.2.0.verbs.txt")
    write_tsv(out / "verbs.tsv", ("verb", "block", "code", "forms"), verbs)
    write_tsv(out / "patterns.tsv", ("block", "pattern", "code"), patterns)
    syn_rows = [(k, w) for k, ws in sorted(synsets.items()) for w in ws]
    write_tsv(out / "synsets.tsv", ("synset", "word"), syn_rows)
    (out / "NOTICE").write_text(notice(src), encoding="utf-8")
    print(
        f"{len(codes)} codes, {len(verbs)} verbs, {len(patterns)} patterns, "
        f"{len(syn_rows)} synset words -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
