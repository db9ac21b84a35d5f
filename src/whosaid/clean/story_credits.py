"""Story credits: who reported, wrote, edited or supplied the story.

``Reporting by ...; Editing by ...``, ``AP contributed to this report.``,
``With files from ...`` and labelled credits (``Editor: Liu Jing``,
``Source: Al Jazeera and news agencies``).
"""

from __future__ import annotations

import re

from whosaid.clean.line_shape import SHORT_LINE_WORDS, ends_sentence, word_count

_I = re.IGNORECASE

# A labelled credit: "Source: Al Jazeera and news agencies", "Editor: Liu
# Jing", "Translated by: ...".  The value after the colon must be short and
# not a sentence (a body line such as "Source: the ministry said ..." is not).
_CREDIT_LABEL = re.compile(
    r"^(?:[-–—]+\s*)?(?:sources?|(?:chief\s+|web\s+|sub-?)?editors?|edited\s+by|editing|"
    r"reporters?|(?:additional\s+)?reporting|correspondents?|writers?|written\s+by|authors?|"
    r"translators?|translated\s+by|translation|photographers?|photos?\s+by|"
    r"producers?|produced\s+by|compiled\s+by|contributors?|"
    r"(?:text|video|words|story|audio|graphics?|illustrations?|design|data|visuals?)"
    r"\s+by)\s*:\s*(?P<value>\S.*)$",
    _I,
)
_CREDIT_VALUE_MAX_WORDS = 8
_QUOTE_MARK = re.compile(r"[\"“”«»]")


_CREDITS = (
    re.compile(
        r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|research|"
        r"contributing|reported|translated|translation)\s+by\b",
        _I,
    ),
    # "AP contributed to this report.", "Axios' Jane Doe contributed reporting."
    re.compile(
        r"\bcontributed\s+(?:(?:additional\s+)?reporting|(?:to\s+)?(?:this|the)\s+"
        r"(?:report|story))\.?\)?$",
        _I,
    ),
    # "With reports from El Universal, Milenio and Reuters": outlets' names.
    re.compile(
        r"^\(?with\s+(?:reports|reporting|information|files)\s+from\s+"
        r"(?-i:[A-Z][\w.'’&-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'’&-]*)*)"
        r"\.?\)?$",
        _I,
    ),
    # "Jane Roe, John Doe and Ann Lee contributed.": the writers' names alone.
    re.compile(
        r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}"
        r"(?:,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})*"
        r"(?:,?\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})?"
        r"\s+contributed\.?$"
    ),
    # A translation's credit: "(Japanese original by Jane Doe, Political News
    # Department)".
    re.compile(r"^\((?:[\w-]+\s+)?original\s+by\s+(?-i:[A-Z])[^()\"“”]{0,80}\)$", _I),
    # "This article was originally published in Example Daily."
    re.compile(
        r"^this\s+(?:article|story|report|piece)\s+(?:was|is|first)\s+"
        r"(?:originally\s+|first\s+)?(?:published|appeared)\s+(?:in|on|by)\s+"
        r"(?:the\s+|our\s+)?(?-i:[A-Z])[^\"“”,;]{0,80}$",
        _I,
    ),
    # "Some information for this report came from Example Press and AFP."
    re.compile(
        r"^(?:some\s+)?(?:information|material|reporting)\s+(?:for|in)\s+this\s+"
        r"(?:report|story|article)\s+(?:came|comes|was\s+provided)\s+from\b",
        _I,
    ),
    # "With files from The Canadian Press", "— With assistance from Jane Doe".
    re.compile(
        r"^(?:[-–—]+\s*)?\(?with\s+(?:files|assistance|additional\s+reporting|"
        r"reporting|contributions?|inputs?)\s+(?:from|by)\s+"
        r"(?:(?-i:[A-Z])[^.!?,;\"“”]{0,60}|(?:news\s+)?agencies|wires)"
        r"\.?\)?$",
        _I,
    ),
)


def is_credit_label(line: str) -> bool:
    """Return whether ``line`` is a labelled credit (``Editor: Liu Jing``).

    Args:
        line: One line of text, stripped.
    """
    match = _CREDIT_LABEL.match(line)
    if match is None:
        return False
    value = match.group("value")
    words = word_count(value)
    if words > _CREDIT_VALUE_MAX_WORDS or _QUOTE_MARK.search(value):
        return False
    # "Source: Reuters." may end with a period; a longer value that ends a
    # sentence is prose ("Reporter: We asked him twice.").
    return not ends_sentence(value) or (value.endswith(".") and words <= 2)


# A wire's credit of many parts ("Reporting by ... in Bamako; Additional
# reporting by ... in Dakar and ... in Paris; Writing by ...; Editing by ...")
# may be longer than other credits, up to this many words.
_CREDIT_CLAUSES_MAX_WORDS = 60


def is_story_credit(line: str) -> bool:
    """Return whether ``line`` is a short wire credit (``Reporting by Jane
    Doe; Editing by John Roe``, ``AP contributed to this report.``), or a
    longer one whose every part is a credit (``Reporting by ...;
    Additional reporting by ...; Writing by ...; Editing by ...``)."""
    words = word_count(line)
    if words <= 2 * SHORT_LINE_WORDS:
        return any(p.search(line) for p in _CREDITS)
    parts = [part for part in re.split(r"\s*;\s*", line.strip("() .")) if part]
    return (
        words <= _CREDIT_CLAUSES_MAX_WORDS
        and len(parts) > 1
        and all(_CREDITS[0].match(part) for part in parts)
    )
