"""Sharing widgets: ``SHARE THIS ARTICLE``, ``Facebook Twitter Email``, share
prompts and share buttons' labels."""

from __future__ import annotations

import re

from whosaid.clean.line_shape import SHORT_LINE_WORDS, word_count

_I = re.IGNORECASE

# "Like this story? Share it with a friend!": a share prompt.
_SHARE_PROMPT = re.compile(
    r"^(?:like|liked|enjoy|enjoyed|love|loved)\s+(?:this|our)\s+"
    r"(?:story|article|post|video|piece|content)\s*\?",
    _I,
)
# A share button's label: "Click to share on Example (Opens in new window)",
# "Click to email a link to a friend".
_SHARE_CLICK = re.compile(
    r"^click\s+to\s+(?:share|email|e-mail|print|tweet|post|save)\b[^.!?\"“”]{0,60}"
    r"(?:\(\s*opens\s+in\s+(?:a\s+)?new\s+window\s*\))?$",
    _I,
)


_SHARE_WORDS = frozenset(
    {
        "share", "shares", "this", "article", "story", "post", "page", "on", "via",
        "the", "facebook", "twitter", "x", "whatsapp", "linkedin", "email",
        "e-mail", "mail", "print", "tweet", "pinterest", "reddit", "telegram",
        "messenger", "sms", "copy", "link", "comments", "comment", "google+",
        "vk", "flipboard", "pocket", "save", "send", "to", "a", "friend",
        "gift", "social", "sharing", "count",
    }
)  # fmt: skip
_SHARE_TRIGGERS = frozenset(
    {"share", "sharing", "gift", "tweet", "facebook", "twitter", "whatsapp",
     "email", "e-mail", "print", "linkedin", "pinterest", "reddit", "telegram"}
)  # fmt: skip
# Share words that say nothing alone ("the story", "on this page").
_SHARE_FILLERS = frozenset(
    {"this", "article", "story", "post", "page", "on", "via", "the", "to", "a",
     "friend", "shares"}
)  # fmt: skip
_SHARE_SEPARATORS = re.compile(r"[\s|/•·:,\-–—]+")


def is_share(line: str, *, trigger: bool = True) -> bool:
    """Return whether ``line`` is a sharing widget (``SHARE THIS ARTICLE``).

    Args:
        line: One line of text, stripped.
        trigger: Require a sharing word (``share``, ``Facebook``); without it
            ``Save`` or ``Copy link`` qualify, for lines next to a widget.
    """
    words = [w for w in _SHARE_SEPARATORS.split(line.lower()) if w]
    if not words or len(words) > SHORT_LINE_WORDS:
        return False
    digits_dropped = [w for w in words if not w.isdigit()]
    needed = _SHARE_TRIGGERS if trigger else _SHARE_WORDS - _SHARE_FILLERS
    return all(w in _SHARE_WORDS for w in digits_dropped) and any(
        w in needed for w in digits_dropped
    )


def is_share_prompt(line: str) -> bool:
    """Return whether ``line`` is a short share prompt (``Like this story?
    Share it with a friend!``)."""
    return (
        word_count(line) <= 2 * SHORT_LINE_WORDS
        and _SHARE_PROMPT.match(line) is not None
    )


def is_share_button(line: str) -> bool:
    """Return whether ``line`` is a share button's label (``Click to share on
    Example (Opens in new window)``)."""
    return _SHARE_CLICK.match(line) is not None


# A row of page tools apart by bars: "E-mail | Save | Print | Reprints &
# Permissions | Subscribe to stories like this".
_TOOL_ROW_BAR = re.compile(r"\s+\|\s+")
_TOOL_ROW_MIN_SEGMENTS = 3
_TOOL_SEGMENT_MAX_WORDS = 6


def is_tool_row(line: str) -> bool:
    """Return whether ``line`` is a row of page tools apart by bars: three
    segments or more, at least two of them share buttons (``E-mail``,
    ``Save``, ``Print``), none longer than six words or ending a sentence.

    Example:
        >>> is_tool_row("E-mail | Save | Print | Reprints & Permissions")
        True
        >>> is_tool_row("Email | Save | The vote was close.")
        False
    """
    segments = _TOOL_ROW_BAR.split(line.strip())
    if len(segments) < _TOOL_ROW_MIN_SEGMENTS:
        return False
    if any(
        word_count(segment) > _TOOL_SEGMENT_MAX_WORDS
        or segment.rstrip().endswith((".", "!", "?"))
        for segment in segments
    ):
        return False
    buttons = sum(1 for segment in segments if is_share(segment, trigger=False))
    return buttons >= 2
