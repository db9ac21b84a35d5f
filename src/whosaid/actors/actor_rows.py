"""Actor file rows into :class:`Entry` records: cells checked and
normalised (type, country, sector), and users' CSV/TSV/YAML actor files read
and checked."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from whosaid.actors.knowledge_records import (
    ACTOR_TYPES,
    GENERIC_NOTE,
    SECTORS,
    TYPE_ALIASES,
    Entry,
    exact_case_pattern,
)
from whosaid.actors.tables import cell as _cell
from whosaid.errors import ConfigError


def _norm_type(value: str | None, *, where: str) -> str:
    if value is None:
        return "other"
    lowered = value.strip().lower()
    lowered = TYPE_ALIASES.get(lowered, lowered)
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


def row_entry(
    row: dict[str, Any], *, kind: str, source: str, where: str
) -> Entry | None:
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
        exact_case=exact_case_pattern(pattern),
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
        row_entry(row, kind="user", source=Path(path).name, where=f"{path}: entry {i}")
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
