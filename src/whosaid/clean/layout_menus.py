"""Menu rules: the site's name, menus and navigation blocks over the headline.

A block of short navigation labels over a longer headline alone in the next
block, the site's name over the headline (a known outlet or a brand the page
repeats, :mod:`whosaid.clean.masthead`), a run of three or more menu labels
and a lower-case wordmark on the first line are navigation, not the title.
"""

from __future__ import annotations

import re

from whosaid.clean import boilerplate as bp
from whosaid.clean import masthead
from whosaid.clean.captions import is_caption
from whosaid.clean.layout_lines import (
    NAV_HEADLINE_MIN_WORDS,
    Line,
    block_lines,
    is_headline,
    is_nav_label,
    is_plain_line,
    label_words,
)
from whosaid.clean.line_shape import ends_sentence, word_count

_NAV_BLOCK_LINE_MAX_WORDS = 8


def is_nav_block(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` belongs to a block of navigation labels
    over the headline's own block (``Example News`` / ``Politics, Europe``,
    blank line, headline): the site name, the sections and a topic line
    (``Israel-Hamas war``, ``Day 418``) stand in one block of short lines, and
    the headline, longer than each of them, stands alone in the next block.
    A headline is never followed in its block by shorter labels and then by
    a longer headline alone.
    """
    block = block_lines(lines, i)
    if len(block) < 2:
        return False
    after = block[-1] + 1
    if after >= len(lines) or (
        after + 1 < len(lines) and lines[after + 1].block == lines[after].block
    ):
        return False
    headline = lines[after].text
    headline_words = word_count(headline)
    longest = max(label_words(lines[j].text) for j in block)
    if (
        longest > _NAV_BLOCK_LINE_MAX_WORDS
        or headline_words < max(NAV_HEADLINE_MIN_WORDS, longest + 1)
        or not is_headline(headline, first_content=False)
        or not is_plain_line(headline)
    ):
        return False
    return all(is_nav_label(lines[j].text) for j in block)


# "Business") does not count, up to this many of them.
_SITE_HEADLINE_WINDOW = 4
_SITE_MENU_LABELS_MAX = 6
_MENU_LABEL_MAX_WORDS = 2
# "Example Times - News of the North": a site name and its tagline.
_SITE_TAGLINE = re.compile(r"\s+[|–—-]\s+")


def is_site_line(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is the site's name over the headline: a
    known outlet or a brand the page names again (:mod:`whosaid.clean.masthead`),
    with a longer headline within the next lines (before any sentence; short
    menu labels in between do not count).
    ``Example Times`` over ``Floods force thousands from their homes`` is the
    masthead; a short headline the page never repeats stays the title.
    """
    text = lines[i].text
    if bp.boilerplate_kind(text) is not None or not all(
        masthead.is_name_shaped(part) for part in _SITE_TAGLINE.split(text)
    ):
        return False
    words = label_words(text)
    counted = 0
    last = i + 1 + _SITE_HEADLINE_WINDOW + _SITE_MENU_LABELS_MAX
    for j in range(i + 1, min(len(lines), last)):
        if counted >= _SITE_HEADLINE_WINDOW:
            return False
        following = lines[j].text
        if ends_sentence(following) and not is_caption(following):
            return False
        if (
            word_count(following) >= max(NAV_HEADLINE_MIN_WORDS, words + 1)
            and is_headline(following, first_content=False)
            and is_plain_line(following)
        ):
            break
        if word_count(following) > _MENU_LABEL_MAX_WORDS or not is_nav_label(following):
            counted += 1
    else:
        return False
    return masthead.is_site_name(
        text, [line.text for k, line in enumerate(lines) if k != i]
    )


# A site's menu over the headline: at least this many lines in a row in one
# block, each a label of at most this many words.
_MENU_MIN_LINES = 3
_MENU_LABEL_WORDS = 3


def is_menu_run(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is one of a run of menu labels over the
    headline (``Markets`` / ``Economy`` / ``Real Estate`` / ``Watch Live``):
    three or more capitalised labels of at most three words, one a line in
    one block; a headline is never one of three such lines in a row.
    """
    if not _is_menu_label(lines[i].text):
        return False
    run = 1
    for step in (-1, 1):
        j = i + step
        while (
            0 <= j < len(lines)
            and lines[j].block == lines[i].block
            and _is_menu_label(lines[j].text)
        ):
            run += 1
            j += step
    return run >= _MENU_MIN_LINES


def _is_menu_label(text: str) -> bool:
    return (
        label_words(text) <= _MENU_LABEL_WORDS
        and text[:1].isupper()
        and is_nav_label(text)
        and is_plain_line(text)
    )


# A menu on one line: labels apart by two spaces or more or by dots ("News
# Sports  Politics  Opinion"), or by bars ("Local | National | Business").
_MENU_ROW_GAP = re.compile(r"\s{2,}|\s+[·•]\s+")
_MENU_ROW_BAR = re.compile(r"\s+\|\s+")
_MENU_ROW_MIN_LABELS = 3
# Over a menu row, a line this short is the site's name or tagline.
_OVER_MENU_MAX_WORDS = 6


def is_menu_row(text: str, *, bars: bool = True) -> bool:
    """Return whether ``text`` is a site's menu on one line: three or more
    capitalised labels (``eNewspaper`` too) of at most three words each, set
    apart by two spaces or more, by dots or (with ``bars``) by bars (``U.S.
    News  World  Politics  Sports``, ``Local | National | Business | Press
    Releases``); no label ends a sentence.

    Example:
        >>> is_menu_row("News  Sports  Politics  Opinion  Obituaries")
        True
        >>> is_menu_row("Local | National | Business", bars=False)
        False
        >>> is_menu_row("Floods hit the north as rivers rise")
        False
    """
    gap = _MENU_ROW_GAP
    labels = gap.split(text.strip())
    if bars and len(labels) == 1:
        labels = _MENU_ROW_BAR.split(text.strip())
    return (
        len(labels) >= _MENU_ROW_MIN_LABELS
        and all(
            label_words(label) <= _MENU_LABEL_WORDS
            # "eNewspaper" is a label too
            and any(ch.isupper() or ch.isdigit() for ch in label[:2])
            and is_nav_label(label)
            for label in labels
        )
    )


def is_over_menu_row(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a short label right over a menu row in
    its block (``Example 7 News`` / ``NEWS  WEATHER  SPORTS``, ``Part of the
    Example Network`` / ``News  Sports  Opinion``): the site's name or its
    tagline; a headline never stands right over the site's menu."""
    text = lines[i].text
    return (
        i + 1 < len(lines)
        and lines[i + 1].block == lines[i].block
        and is_menu_row(lines[i + 1].text)
        and not is_menu_row(text)
        and bp.boilerplate_kind(text) is None
        and label_words(text) <= _OVER_MENU_MAX_WORDS
        and is_nav_label(text)
    )


def is_wordmark(text: str) -> bool:
    """A site's name as its logo, alone on the page's first line: one word
    in lower case (``examplenews.``, ``newsdaily``); a word is no headline
    and no paragraph."""
    return word_count(text) == 1 and text[0].islower() and text.rstrip(".").isalpha()
