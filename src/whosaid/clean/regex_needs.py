"""Characters a regular expression cannot match without: a cheap pre-test.

The caption patterns (:mod:`whosaid.clean.captions`) are searched on every
line of a page, and most of them scan the whole line before they fail.  Many
need a character most lines lack (the ``/`` of ``REUTERS/Jane Doe``, the
``[`` of ``[Jane Doe/Al Jazeera]``): a line without it cannot match, and
``c in line`` answers that far faster than the search.  The characters are
read from the compiled pattern's own parse, so the test is exact: it skips
only searches that would find nothing.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["needed_chars", "search_if_possible"]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def needed_chars(pattern: re.Pattern[str]) -> str:
    """The punctuation characters every match of ``pattern`` holds: its
    literals outside alternatives, optional parts and look-arounds.

    Only characters without case are taken (``/``, ``(``, ``:``...), so that
    a case-insensitive pattern needs what it is written with.

    Example:
        >>> needed_chars(re.compile(r"\\w+\\s*/\\s*(?:AFP|AP)\\)?$"))
        '/'
    """
    found = _needed(sre_parse.parse(pattern.pattern, pattern.flags))
    return "".join(sorted(found))


def _needed(items: Any) -> set[str]:
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            char = chr(av)
            if not char.isalnum() and char.lower() == char.upper() == char:
                found.add(char)
        elif op is sre.SUBPATTERN:
            found |= _needed(av[-1])
        elif op is sre.ATOMIC_GROUP:
            found |= _needed(av)
        elif op in _REPEATS and av[0] >= 1:
            found |= _needed(av[2])
        # alternatives, classes, look-arounds, optional parts: nothing sure
    return found


def search_if_possible(
    pattern: re.Pattern[str], needs: str, line: str
) -> re.Match[str] | None:
    """``pattern.search(line)``, answered ``None`` at once when ``line``
    lacks a character of ``needs`` (the pattern's :func:`needed_chars`)."""
    for char in needs:
        if char not in line:
            return None
    return pattern.search(line)
