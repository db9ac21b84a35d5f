"""CAMEO event code names for the pages (the ``title`` shown on hover).

Reads the code table the events stage ships,
``whosaid/events/data/cameo_codes.tsv`` (tab-separated ``code``, ``name``,
``root``, ``goldstein``, ``quad_class``; ``#`` lines are comments, the first
other line the header).  The pages work without it: a code whose name is
unknown is shown as the code alone.
"""

from __future__ import annotations

import csv
import functools
import logging
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

__all__ = ["code_names", "code_title", "read_code_names"]

logger = logging.getLogger(__name__)

_PACKAGE = "whosaid.events"
_TABLE = ("data", "cameo_codes.tsv")


def read_code_names(lines: Iterable[str]) -> dict[str, str]:
    """``{code: name}`` from the lines of a code table (see the module doc).

    Rows without a code or a name are skipped.
    """
    rows = csv.reader(
        (line for line in lines if line.strip() and not line.startswith("#")),
        delimiter="\t",
    )
    header = next(rows, None)
    if header is None:
        return {}
    columns = [h.strip().lower() for h in header]
    if "code" not in columns or "name" not in columns:
        logger.warning("CAMEO code table without code and name columns: %s", header)
        return {}
    code_at, name_at = columns.index("code"), columns.index("name")
    names: dict[str, str] = {}
    for row in rows:
        if len(row) > max(code_at, name_at):
            code, name = row[code_at].strip(), row[name_at].strip()
            if code and name:
                names[code] = name
    return names


@functools.cache
def code_names(path: Path | None = None) -> Mapping[str, str]:
    """The shipped ``{code: name}`` table (or ``path``'s); empty when absent."""
    try:
        if path is not None:
            text = path.read_text(encoding="utf-8")
        else:
            text = (
                resources.files(_PACKAGE).joinpath(*_TABLE).read_text(encoding="utf-8")
            )
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        logger.debug("no CAMEO code table; codes are shown without names")
        return {}
    return read_code_names(text.splitlines())


def code_title(code: str, names: Mapping[str, str] | None = None) -> str:
    """``"0234 Appeal for ..."``; the code alone when its name is unknown.

    A code missing from the table takes its parent's name ("0234" -> "023").
    """
    table = code_names() if names is None else names
    for end in range(len(code), 1, -1):
        name = table.get(code[:end])
        if name is not None:
            suffix = "" if end == len(code) else f" (under {code[:end]})"
            return f"{code} {name}{suffix}"
    return code
