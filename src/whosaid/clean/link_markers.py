"""Link markers: lines that open a list of links to other stories.

``Read More:``, ``Related:``, ``You might also like``, a topic list's heading
(``Keywords``) and a screen reader's list widget (``list of 3 items`` ...
``end of list``); :mod:`whosaid.clean.layout_links` labels the links under them.
"""

from __future__ import annotations

import re

from whosaid.clean.line_shape import SHORT_LINE_WORDS, word_count

_I = re.IGNORECASE

_LINK_MARKERS = (
    # Markers that introduce a link whatever follows them.
    re.compile(
        r"^(?:read\s+more|read\s+also|also\s+read|read\s+next|see\s+also|"
        # "Read the article in the original language", "Read the full story"
        r"read\s+the\s+(?:full\s+|original\s+|whole\s+)?(?:article|story)|"
        r"click\s+here|tap\s+here|more\s+on\s+this(?:\s+story)?|"
        r"further\s+reading)\b",
        _I,
    ),
    # Markers that need a colon (or to stand alone) to be link blocks: "More:"
    # or "Related:" yes, "More than 200 people..." no.
    re.compile(
        r"^(?:related|more|watch|listen|read|recommended|trending|"
        # "Example's Top Stories": an outlet's own list
        r"(?:[A-Z][\w.&-]*['’]s\s+)?(?:top\s+stories|most\s+read)|"
        r"recommended\s+(?:stories|articles|reading|for\s+you)|"
        r"related\s+(?:articles?|stories|story|content|coverage|news|topics|links?)|"
        r"more\s+(?:from|on|in|stories|news)(?:\s+\S+){0,4}|more\s+information|"
        r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|"
        r"most\s+(?:read|popular|viewed|shared)|top\s+stories|latest\s+news|"
        r"see\s+more|watch\s+more|more\s+videos?|keep\s+reading|"
        r"go\s+deeper|dig\s+deeper|"
        r"latest\s+(?:from|in|on)(?:\s+\S+){1,4}|"
        # "Don't miss these stories from Example PRO:"
        r"editor'?s?\s+picks?|don['’]?t\s+miss(?:\s+(?:these|this|our|more)"
        r"(?:\s+(?:stories|articles|reads))?(?:\s+from(?:\s+\S+){1,3})?)?)"
        r"\s*(?::|\||»|›|>|$)",
        _I,
    ),
    # A promoted show or podcast and its episode: "Listen to Example Daily:
    # What happens now", "Watch Example Tonight: ...".
    re.compile(
        r"^(?i:listen\s+to|watch|read)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}"
        r"[A-Z][\w.'’&-]*\s*:\s+\S"
    ),
    # A bracketed media tag opening a link line: "[VIDEO] Watch the hearing".
    re.compile(
        r"^[\[(](?:video|watch|photos?|gallery|slideshow|audio|listen|podcast|"
        r"live|graphic|interactive)[\])]",
        _I,
    ),
)

# A topic-list heading on a line of its own: "Keywords", "Topics", "Explore
# more on these topics" (the topic links follow it).  With a colon these are
# site footers ("Tags: Iran, US", see :mod:`whosaid.clean.footers`).
_TOPIC_MARKER = re.compile(
    r"^(?:keywords|tags|topics|related\s+tags|filed\s+under|categories|"
    r"(?:explore\s+)?more\s+on\s+(?:these|this|the)\s+topics?)$",
    _I,
)


# A screen-reader list widget around related links: "list of 3 items",
# "list 1 of 3", "end of list" (Al Jazeera's "Recommended Stories").
_LIST_OPEN = re.compile(r"^list\s+of\s+\d+\s+items?$", _I)
_LIST_ITEM = re.compile(r"^list\s+\d+\s+of\s+\d+$", _I)
_LIST_CLOSE = re.compile(r"^end\s+of\s+list$", _I)


def is_link_marker(line: str) -> bool:
    """Return whether ``line`` is a link block (``Read More:``, ``Related: ...``).

    Args:
        line: One line of text, stripped.
    """
    if word_count(line) > 2 * SHORT_LINE_WORDS:
        return False
    return any(pattern.search(line) for pattern in _LINK_MARKERS)


def is_bare_link_marker(line: str) -> bool:
    """Return whether ``line`` is only a link marker (``You might also like``,
    ``Related stories:``): the linked headlines follow it.

    Example:
        >>> is_bare_link_marker("You might also like")
        True
        >>> is_bare_link_marker("More: the vote was close")
        False
    """
    match = _LINK_MARKERS[1].match(line)
    return match is not None and not line[match.end() :].strip(" :|»›>")


def is_list_widget(line: str) -> str | None:
    """Return which line of a link-list widget ``line`` is, or None.

    Args:
        line: One line of text, stripped.

    Returns:
        ``"open"`` (``list of 3 items``), ``"item"`` (``list 1 of 3``),
        ``"close"`` (``end of list``) or None.
    """
    if _LIST_OPEN.match(line):
        return "open"
    if _LIST_ITEM.match(line):
        return "item"
    if _LIST_CLOSE.match(line):
        return "close"
    return None


def is_topic_marker(line: str) -> bool:
    """Return whether ``line`` heads a topic list (``Keywords``, ``Explore more
    on these topics``)."""
    return _TOPIC_MARKER.match(line) is not None
