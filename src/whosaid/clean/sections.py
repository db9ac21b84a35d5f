"""Section names and breadcrumbs: the site's navigation above the headline.

``Middle East``, ``World | Africa``, ``NATIONAL / SCIENCE & HEALTH``,
``Politics, Europe``, ``News | Israel attacks on Lebanon`` and breadcrumbs
(``Home > World > Asia``).  Alone such a line could be a short headline:
:mod:`whosaid.clean.layout_header` takes it for a section only right above
the headline.
"""

from __future__ import annotations

import re

from whosaid.clean.line_shape import ends_sentence, word_count

_I = re.IGNORECASE

_BREADCRUMB_PREFIX = re.compile(r"^(?:you\s+are\s+here|breadcrumbs?)\s*:\s*", _I)
_BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:/|>|»|›|→|\||::)\s*")
_GENERIC_SECTIONS = frozenset(
    {"home", "homepage", "home page", "news", "start", "main", "front page", "index"}
)
_BREADCRUMB_MAX_CHARS = 120
_TITLE_LINE_MAX_CHARS = 300
_SECTION_NAME = re.compile(r"^[^\W\d_][\w.'’&-]*(?:\s+[\w.'’&-]+)*$")
_SECTION_JOINERS = frozenset({"&", "and", "of", "the", "in"})
_SEGMENT_MAX_WORDS = 3
_SEGMENT_MAX_CHARS = 40
_TOPIC_SEGMENT_MAX_WORDS = 6


def is_capitals_section(line: str) -> bool:
    """Return whether ``line`` is a section path in capitals (``WORLD``,
    ``NATIONAL / SCIENCE & HEALTH``): no lower-case letter, one to three
    short segments.

    Alone such a line could be a headline in capitals;
    :mod:`whosaid.clean.layout_header` takes it for a section only over a
    headline in normal case.
    """
    if (
        len(line) > _BREADCRUMB_MAX_CHARS
        or any(ch.islower() for ch in line)
        or ends_sentence(line)
    ):
        return False
    segments = [s.strip() for s in _BREADCRUMB_SEPARATOR.split(line)]
    return 1 <= len(segments) <= _SEGMENT_MAX_WORDS and all(
        segment
        and word_count(segment) <= _SEGMENT_MAX_WORDS
        and segment[0].isalpha()
        and _SECTION_NAME.match(segment) is not None
        for segment in segments
    )


def is_section_name(line: str) -> bool:
    """Return whether ``line`` could be a bare section name (``Middle East``).

    A section name is one to :data:`_SEGMENT_MAX_WORDS` capitalised words
    (small joiners such as ``&``, ``and`` and ``of`` allowed, and not
    counted) with no punctuation but ``.``, ``-`` and ``'`` inside words.
    Whether it *is* a section depends on what follows it (a headline), which
    the caller checks.

    Args:
        line: One line of text, stripped.

    Example:
        >>> is_section_name("Asia Pacific"), is_section_name("He left.")
        (True, False)
    """
    if len(line) > _SEGMENT_MAX_CHARS or _SECTION_NAME.match(line) is None:
        return False
    words = line.split()
    # A final period is only allowed inside an abbreviation ("U.S.").
    if line.endswith(".") and "." not in words[-1][:-1]:
        return False
    # Joiners do not count: "Israel & the Region" is two names.
    names = [w for w in words if w.lower() not in _SECTION_JOINERS]
    if len(names) > _SEGMENT_MAX_WORDS or words[0].lower() == "by":
        return False  # "By Jane Doe" is a byline
    return all(w[0].isupper() or w.lower() in _SECTION_JOINERS for w in words)


def parse_breadcrumb(line: str) -> tuple[str, ...] | None:
    """Return the segments of a breadcrumb line, or None if it is not one.

    A breadcrumb is a short line of at least three short capitalised segments
    joined by ``/``, ``>``, ``|``, ``»`` or ``›`` (two are enough when the
    first is generic, such as ``Home`` or ``News``).

    Args:
        line: One line of text, stripped.

    Returns:
        The segments, in order, or None.

    Example:
        >>> parse_breadcrumb("Home > World > Asia")
        ('Home', 'World', 'Asia')
    """
    if len(line) > _BREADCRUMB_MAX_CHARS or ends_sentence(line):
        return None
    body = _BREADCRUMB_PREFIX.sub("", line)
    segments = tuple(s.strip() for s in _BREADCRUMB_SEPARATOR.split(body))
    segments = tuple(s for s in segments if s)
    if len(segments) < 2:
        return None
    if len(segments) == 2 and segments[0].lower() not in _GENERIC_SECTIONS:
        return None
    rooted = len(segments) >= 3 and segments[0].lower() in _GENERIC_SECTIONS
    for k, segment in enumerate(segments):
        # under a generic root, the last segment may name a topic page in
        # title case ("Home / India News / Lok Sabha Election Results 2024")
        longest = (
            _TOPIC_SEGMENT_MAX_WORDS
            if rooted and k == len(segments) - 1 and _title_cased(segment)
            else _SEGMENT_MAX_WORDS
        )
        if (
            word_count(segment) > longest
            or len(segment) > _SEGMENT_MAX_CHARS
            or not (segment[0].isupper() or segment[0].isdigit())
        ):
            return None
    return segments


def _title_cased(segment: str) -> bool:
    """Every word capitalised or a number ("Lok Sabha Election Results 2024";
    not a headline's "Dock workers extend strike")."""
    return all(w[0].isupper() or w[0].isdigit() for w in segment.split())


_TITLED_TAIL_MIN_CHARS = 10


def titled_breadcrumb(line: str, headline: str) -> tuple[str, ...] | None:
    """The sections of a breadcrumb that ends with the page's own headline,
    else None.

    ``News / India News / Parliament session to begin on Monday`` over the
    headline ``Parliament session to begin on Monday amid opposition
    protests``: the last segment is the start of the headline below (at
    least 10 characters), the others are breadcrumb segments (short,
    capitalised).

    Example:
        >>> titled_breadcrumb("Home / World / Floods hit the north",
        ...                   "Floods hit the north of the country")
        ('Home', 'World')
    """
    if len(line) > _TITLE_LINE_MAX_CHARS:
        return None
    body = _BREADCRUMB_PREFIX.sub("", line)
    for m in _BREADCRUMB_SEPARATOR.finditer(body):
        tail = body[m.end() :].strip()
        if len(tail) < _TITLED_TAIL_MIN_CHARS or not headline.startswith(tail):
            continue
        segments = tuple(
            seg.strip() for seg in _BREADCRUMB_SEPARATOR.split(body[: m.start()])
        )
        if segments and all(
            seg
            and word_count(seg) <= _SEGMENT_MAX_WORDS
            and len(seg) <= _SEGMENT_MAX_CHARS
            and (seg[0].isupper() or seg[0].isdigit())
            for seg in segments
        ):
            return segments
        return None
    return None


_GLUED_SLASH = re.compile(r"\S/|/\S")
"""A slash inside a word ("AC/DC", "24/7"): no section separator."""


def section_pair(line: str) -> tuple[str, str] | None:
    """Two section names joined by a breadcrumb separator ("World | Africa",
    "Middle East > Diplomacy", "Indonesia / Politics"), else None.

    Alone such a line could be a short headline; :mod:`whosaid.clean.layout_header`
    takes it for a section path only right above the headline.
    """
    if len(line) > _BREADCRUMB_MAX_CHARS or _GLUED_SLASH.search(line) is not None:
        return None
    segments = [s.strip() for s in _BREADCRUMB_SEPARATOR.split(line)]
    if len(segments) != 2 or not all(is_section_name(s) for s in segments):
        return None
    return segments[0], segments[1]


_SECTION_LIST = re.compile(r"\s*,\s*")
_SECTION_LIST_MAX = 3


def section_list(line: str) -> tuple[str, ...] | None:
    """Two or three section names in a comma list ("Politics, Europe"), else
    None.

    Alone such a line could be a short headline; :mod:`whosaid.clean.layout_header`
    takes it for sections only right above the headline.

    Example:
        >>> section_list("Politics, Europe"), section_list("Rates rise, again")
        (('Politics', 'Europe'), None)
    """
    if len(line) > _BREADCRUMB_MAX_CHARS or "," not in line:
        return None
    segments = tuple(s.strip() for s in _SECTION_LIST.split(line))
    if not 2 <= len(segments) <= _SECTION_LIST_MAX or not all(
        segment and is_section_name(segment) for segment in segments
    ):
        return None
    return segments


# A section line over the headline: a section name, then one to three topic
# names joined by a separator ("News | Israel attacks on Lebanon", "CNN —
# Politics", "Environment › Climate crisis").  Dashes need spaces around them.
_SECTION_SEPARATOR = re.compile(r"\s*(?:\||›|»|>)\s*|\s+[—–]\s+")
_TOPIC_MAX_WORDS = 5
# Labels that head a headline on the same line rather than a section.
_GENRE_LABELS = frozenset(
    {"opinion", "analysis", "perspective", "commentary", "comment", "editorial",
     "review", "explainer", "interview", "factbox", "exclusive", "live", "watch",
     "video", "podcast", "breaking", "update", "fact check"}
)  # fmt: skip
_TOPIC_NAME = re.compile(r"^[A-Z0-9][\w.'’&-]*(?:\s+[\w.'’&-]+)*$")


def section_path(line: str) -> tuple[str, ...] | None:
    """The section names of a section line ("World | Africa", "News | Israel
    attacks on Lebanon", "CNN — Politics"), else None.

    The first segment is a section name (:func:`is_section_name`); each
    other one is a short topic name starting with a capital or a digit, with
    no sentence punctuation.  Alone such a line could be a short headline;
    :mod:`whosaid.clean.layout_header` takes it for a section path only right above
    a longer headline.
    """
    pair = section_pair(line)
    if pair is not None:
        return pair
    if (
        len(line) > _BREADCRUMB_MAX_CHARS
        or "/" in line
        or ends_sentence(line)
        or parse_breadcrumb(line) is not None  # "Home » World » Asia"
    ):
        return None
    segments = [s.strip() for s in _SECTION_SEPARATOR.split(line)]
    if (
        not 2 <= len(segments) <= 4
        or not is_section_name(segments[0])
        or segments[0].lower() in _GENRE_LABELS  # "Opinion | Why rates must fall"
    ):
        return None
    for topic in segments[1:]:
        if (
            _TOPIC_NAME.match(topic) is None
            or word_count(topic) > _TOPIC_MAX_WORDS
            or len(topic) > _SEGMENT_MAX_CHARS
        ):
            return None
    return tuple(segments)


def breadcrumb_section(segments: tuple[str, ...]) -> tuple[str, ...]:
    """Return the section path of a breadcrumb: its segments after a generic root.

    Example:
        >>> breadcrumb_section(("News", "Koreas", "Russia"))
        ('Koreas', 'Russia')
    """
    if segments and segments[0].lower() in _GENERIC_SECTIONS:
        return segments[1:]
    return segments
