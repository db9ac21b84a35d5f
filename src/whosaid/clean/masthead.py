"""A site's own name on its page: the masthead line and the title's suffix.

A scraped page often starts with the site's name (``Example Times``) over
the headline, or gives the headline with the site after a bar (``Floods hit
the north | Example Times``).  A line is the site's name when it is a known
outlet (the media of ``whosaid/actors/data/organizations.tsv``, so
``Example Times English`` or ``The Example Times`` too) or when the page
names it again inside another line (``told Example Times``, ``Why you can
trust ET``: the brand repeated, or its initials).  Each function looks at
one stripped line (and, for the brand, the page's other lines);
:mod:`whosaid.clean.text` decides from where the line stands.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from importlib import resources
from typing import Final

logger = logging.getLogger(__name__)

# A site name has at most this many words (``South China Morning Post``).
SITE_NAME_MAX_WORDS: Final = 5
# Initials of a brand count when they have at least this many letters
# (``ETN``, not ``EN``).
_INITIALS_MIN: Final = 3
# Words a site adds to its name on its own pages: ``Example Daily English``,
# ``Example Asia``.
_EDITION_WORDS: Final = frozenset(
    {"english", "asia", "online", "digital", "international", "edition", "news"}
)
_JOINERS: Final = frozenset({"of", "the", "and", "&", "de", "del", "la", "el"})
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’&-]*$")
# "Headline | Site", "Site - Headline": a bar or a spaced dash.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


@functools.lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    """The names of known news outlets, case-folded (``reuters``, ``south
    china morning post``), from the actor knowledge's organisations file."""
    try:
        text = (
            resources.files("whosaid.actors")
            .joinpath("data", "organizations.tsv")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, ModuleNotFoundError):  # pragma: no cover
        logger.warning("organizations.tsv not found: no known outlet names")
        return frozenset()
    names: set[str] = set()
    for row in text.splitlines():
        fields = row.split("\t")
        if row.startswith("#") or len(fields) < 3 or fields[2] != "media":
            continue
        for name in fields[:2]:
            key = _key(name)
            if key:
                names.add(key)
    return frozenset(names)


def _key(name: str) -> str:
    """``The Example Times`` -> ``example times``."""
    words = name.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_name_shaped(line: str) -> bool:
    """Return whether ``line`` could be a site's name: one to five words, each
    capitalised (or a joiner such as ``of``), no sentence punctuation.

    Example:
        >>> is_name_shaped("The Example Times"), is_name_shaped("Rates rise")
        (True, False)
    """
    words = line.split()
    if not 1 <= len(words) <= SITE_NAME_MAX_WORDS:
        return False
    return all(
        _NAME_WORD.match(word) is not None
        and (word[0].isupper() or word.casefold() in _JOINERS)
        for word in words
    ) and not line.endswith(".")


def is_outlet_name(line: str) -> bool:
    """Return whether ``line`` is a known outlet's name, perhaps with an
    edition word (``Example Daily English``).

    Example:
        >>> is_outlet_name("The Times of Israel"), is_outlet_name("Budget Row")
        (True, False)
    """
    if not is_name_shaped(line):
        return False
    key = _key(line)
    names = outlet_names()
    if key in names:
        return True
    words = key.split()
    return (
        len(words) > 1 and words[-1] in _EDITION_WORDS and " ".join(words[:-1]) in names
    )


def initials(line: str) -> str:
    """The initials of a name's capitalised words (``The Example Times of
    Norway`` -> ``ETN``); ``The`` and joiners are left out."""
    words = line.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return "".join(w[0].upper() for w in words if w.casefold() not in _JOINERS)


def is_repeated_brand(line: str, others: Sequence[str]) -> bool:
    """Return whether the page names ``line`` again inside another line.

    The name (without ``The``, or without an edition word such as ``News``
    when two words or an acronym are left) must stand in one of ``others``
    as capitalised words, inside a longer line (``told Example News``,
    ``Join the Example Times community``), or its initials (three letters or
    more) as a word (``Why you can trust ETN``).  A line that only repeats
    the name (a duplicated headline) does not count.

    Example:
        >>> is_repeated_brand("Example Times", ["She told Example Times."])
        True
        >>> is_repeated_brand("Example Times", ["Examples abound at times."])
        False
    """
    if not is_name_shaped(line):
        return False
    words = line.split()
    if words[0].casefold() == "the" and len(words) > 1:
        words = words[1:]
    variants = [words]
    if words[-1].casefold() in _EDITION_WORDS and (
        len(words) > 2 or (len(words) == 2 and words[0].isupper())
    ):
        variants.append(words[:-1])  # "Example Daily News" -> "Example Daily"
    names = [
        re.compile(
            r"(?<![\w])" + r"\s+".join(re.escape(w) for w in variant) + r"(?![\w])",
            re.IGNORECASE,
        )
        for variant in variants
    ]
    short = initials(line)
    abbreviation = (
        re.compile(rf"(?<![\w]){re.escape(short)}(?![\w])")
        if len(short) >= _INITIALS_MIN
        else None
    )
    for other in others:
        if _key(other) == _key(line):
            continue
        for name in names:
            if any(m.group()[0].isupper() for m in name.finditer(other)):
                return True
        if abbreviation is not None and abbreviation.search(other):
            return True
    return False


def split_site_title(line: str, others: Sequence[str]) -> tuple[int, int] | None:
    """Where the headline is in a title line with the site's name at one end
    (``Floods hit the north | Example Times``, ``Example Times - Floods hit
    the north``), as offsets into ``line``; None when no end is the site.

    Example:
        >>> line = "Floods hit the north | The Times of Israel"
        >>> start, end = split_site_title(line, [])
        >>> line[start:end]
        'Floods hit the north'
    """
    parts = list(_TITLE_SEPARATOR.finditer(line))
    if not parts:
        return None
    last, first = parts[-1], parts[0]
    tail, head = line[last.end() :], line[: first.start()]
    if _is_site(tail, others) and not _is_site(line[: last.start()], others):
        return 0, last.start()
    if _is_site(head, others) and not _is_site(line[first.end() :], others):
        return first.end(), len(line)
    return None


def is_site_name(line: str, others: Sequence[str]) -> bool:
    """Return whether ``line`` is the site's name: a known outlet, a brand the
    page repeats, or either with a tagline after a dash or a bar
    (``Example Times - News of the North``)."""
    if _is_site(line, others):
        return True
    parts = _TITLE_SEPARATOR.split(line)
    return (
        len(parts) == 2
        and all(is_name_shaped(part) for part in parts)
        and any(_is_site(part, others) for part in parts)
    )


def _is_site(part: str, others: Sequence[str]) -> bool:
    return is_outlet_name(part) or is_repeated_brand(part, others)
