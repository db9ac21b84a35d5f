"""Byline rules: lines that are bylines because of the lines around them.

A credit-shaped line next to a timestamp, under a bare ``By``, between the
headline and the story, or in a byline's block is a byline; so is a short
line between two stamps, and ``By Jane Doe`` alone in a block of the body.
"""

from __future__ import annotations

import re
from collections import Counter

from whosaid.clean import boilerplate as bp
from whosaid.clean import chrome, leftovers
from whosaid.clean.bylines import (
    is_bare_by,
    is_credit_line,
    is_header_line,
    is_stamp_line,
)
from whosaid.clean.layout_lines import BODY, QUOTE_MARK, TITLE, Line
from whosaid.clean.line_shape import ends_sentence, word_count
from whosaid.clean.shares import is_share
from whosaid.clean.timestamps import is_stamp_word, is_timestamp

_LONE_BYLINE_MAX_WORDS = 8


def mark_widget_neighbours(lines: list[Line], labels: list[str]) -> None:
    """Label body lines that only make sense next to a widget line.

    A byline-like line right above or below a timestamp (or a dateline and
    stamp line, ``PARIS - Updated - May 2, 2024``), or under a bare ``By``,
    is a byline: a headline's standfirst ends the header, so the byline under
    it (``Staff Writer in Baku`` over ``Fri 22 Nov 2024 18.05 GMT``) was
    taken for body.  So is a bare stamp word next to a timestamp (``Edited``).
    A line of sharing words without a sharing trigger (``Save``) right under
    or over a share widget is part of it.
    """
    for i, line in enumerate(lines):
        if labels[i] != BODY:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        stamped = any(
            labels[j] == bp.BYLINE
            and (is_timestamp(lines[j].text) or is_stamp_line(lines[j].text))
            for j in neighbours
        )
        if (
            (
                _is_credit(line.text)
                and (stamped or (i > 0 and is_bare_by(lines[i - 1].text)))
            )
            or (stamped and is_stamp_word(line.text))
            or _is_between_stamps(lines, labels, i)
        ):
            labels[i] = bp.BYLINE
        elif is_share(line.text, trigger=False) and any(
            labels[j] == bp.SHARE for j in neighbours
        ):
            labels[i] = bp.SHARE


# A place line between two stamps has at most this many words.
_STAMPED_PLACE_MAX_WORDS = 8


def _is_between_stamps(lines: list[Line], labels: list[str], i: int) -> bool:
    """A short line that ends no sentence between two stamp lines
    (``January 28, 2025`` / ``Example Press Briefing Room`` / ``1:03 P.M.
    EST``): where the words were spoken, part of the byline; or between a
    byline and a stamp (``By Jane Roe`` / ``Political reporter·Example
    Herald·`` / ``14 Nov, 2024 10:12 PM``): the writer's title."""
    if not 0 < i < len(lines) - 1:
        return False
    text = lines[i].text
    around = (i - 1, i + 1)
    return (
        word_count(text) <= _STAMPED_PLACE_MAX_WORDS
        and not ends_sentence(text)
        and QUOTE_MARK.search(text) is None
        and all(labels[j] == bp.BYLINE or is_header_line(lines[j].text) for j in around)
        and any(
            is_timestamp(lines[j].text) or is_stamp_line(lines[j].text) for j in around
        )
    )


def _is_credit(text: str) -> bool:
    """A credit line: names and perhaps an outlet, or an outlet's staff
    (:func:`whosaid.clean.leftovers.is_staff_credit`)."""
    return is_credit_line(text) or leftovers.is_staff_credit(text)


_PLACE_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w.'’-]*$")
"""A dateline's place alone on its line: one word in title case (``Ottawa``,
``Brasília``; not an agency in capitals such as ``EXAMPLEWIRE``)."""


def mark_credit_runs(lines: list[Line], labels: list[str]) -> None:
    """Label a run of credit lines in a byline's block as byline.

    ``Jane Doe`` / ``EXAMPLEWIRE`` / ``Paris`` / ``January 28, 2025``: the
    author, the agency and the dateline's place each stand on a line of
    their own; the line next to the timestamp is found by
    :func:`mark_widget_neighbours`, the others only through it.  A credit
    line (:func:`whosaid.clean.bylines.is_credit_line`) joins when a
    byline line of the same block stands next to it, or beyond a dateline's
    place (:data:`_PLACE_LINE`), which itself stays in the body:
    it says where the story happens, as an inline dateline ("PARIS --")
    does.
    """
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if (
                labels[i] == BODY
                and (_byline_beyond(lines, labels, i, -1)
                     or _byline_beyond(lines, labels, i, 1))
                and _PLACE_LINE.match(line.text) is None
                and _is_credit(line.text)
            ):  # fmt: skip
                labels[i] = bp.BYLINE
                changed = True


def mark_header_credits(lines: list[Line], labels: list[str]) -> None:
    """Label credit lines between the headline and the story as byline.

    ``Megan Darrow`` over ``Example News Online Producer``, ``Jane Roe and
    John Doe`` / ``Seoul and Singapore`` under the share buttons: names on
    lines of their own (:func:`_is_credit`) below the headline and above the
    first paragraph that ends a sentence are the writers and where they
    write from, even with no timestamp next to them.  A dateline's place
    alone (:data:`_PLACE_LINE`) stays in the body, as in
    :func:`mark_credit_runs`.
    """
    title = next((i for i, lb in enumerate(labels) if lb == TITLE), None)
    if title is None:
        return
    for i in range(title + 1, len(lines)):
        text = lines[i].text
        if labels[i] != BODY:
            continue
        if ends_sentence(text):
            return
        if _PLACE_LINE.match(text) is None and _is_credit(text):
            labels[i] = bp.BYLINE


def _byline_beyond(lines: list[Line], labels: list[str], i: int, step: int) -> bool:
    """A byline or credit line next to ``lines[i]`` in its block, past
    dateline places."""
    j = i + step
    while (
        0 <= j < len(lines)
        and lines[j].block == lines[i].block
        and labels[j] == BODY
        and _PLACE_LINE.match(lines[j].text) is not None
    ):
        j += step
    return (
        0 <= j < len(lines)
        and lines[j].block == lines[i].block
        and labels[j] in _BYLINE_KINDS
    )


_BYLINE_KINDS = frozenset({bp.BYLINE, bp.CREDIT})
"""A byline's block: the byline, or a credit such as the writer's title
(``Jane Roe`` over ``Political correspondent @JaneRoe``)."""


def mark_lone_lines(lines: list[Line], labels: list[str]) -> None:
    """Label a leftover line that stands alone in a block of the body.

    ``By Jane Doe Example News`` alone is a byline; a headline in capitals
    (``LEADER SAYS TALKS WILL GO ON``) between paragraphs in normal case is
    a link to another story.
    """
    sizes = Counter(line.block for line in lines)
    for i, line in enumerate(lines):
        if labels[i] != BODY or sizes[line.block] != 1:
            continue
        if _is_lone_byline(line.text):
            labels[i] = bp.BYLINE
        elif chrome.is_capitals_headline(line.text) and not any(
            chrome.is_capitals_headline(lines[j].text)
            for j in (i - 1, i + 1)
            if 0 <= j < len(lines)
        ):
            labels[i] = bp.LINK_BLOCK


def _is_lone_byline(text: str) -> bool:
    """``By`` and a capitalised name: ``By Jane Doe Example News``."""
    return (
        word_count(text) <= _LONE_BYLINE_MAX_WORDS
        and text[:3].lower() == "by "
        and text[3:4].isupper()
        and is_header_line(text)
    )
