"""The first layout pass: one label for each line, from the top down.

Above the body, the header rules (:mod:`.layout_header`, :mod:`.layout_menus`)
find section lines, breadcrumbs and the site's menus over the headline; then
each line gets the label its text alone gives it (a leftover kind, a byline,
a caption, the title or body).  The first body line ends the header.
"""

from __future__ import annotations

from whosaid.clean import boilerplate as bp
from whosaid.clean import chrome, figures, furniture, leftovers
from whosaid.clean.bylines import (
    is_bare_by,
    is_handle_line,
    is_header_line,
    is_print_note,
    is_stamp_line,
)
from whosaid.clean.captions import is_caption
from whosaid.clean.layout_header import (
    is_label_over_notice,
    is_masthead,
    is_nav_over_headline,
    is_section_line,
    is_tagline,
    titled_breadcrumb_at,
)
from whosaid.clean.layout_lines import (
    BODY,
    CAPTION,
    NAV_HEADLINE_MIN_WORDS,
    NAV_RATIO,
    TITLE,
    Line,
    is_headline,
)
from whosaid.clean.layout_menus import (
    is_menu_row,
    is_menu_run,
    is_nav_block,
    is_over_menu_row,
    is_site_line,
    is_wordmark,
)
from whosaid.clean.line_shape import word_count
from whosaid.clean.sections import parse_breadcrumb
from whosaid.clean.timestamps import is_timestamp


def label_lines(lines: list[Line], *, find_title: bool) -> list[str]:
    """Label each line (pass 1): header rules above the body, then what the
    line's text alone says; ``find_title`` looks for the title line.

    A short first line taken as the title (``THE EXAMPLE JOURNAL.``,
    ``EXAMPLE INSIGHT``), with page furniture or a caption right under it
    (a menu, a quote strip, a tagline; not a byline), is the site's
    masthead when the lines below, labelled again, hold a headline at least
    twice as long (and of six words or more): that is the title.
    """
    labels = _label_from_top(lines, find_title=find_title)
    if find_title and lines and _is_short_first_title(lines, labels):
        again = [bp.BREADCRUMB, *_label_from_top(lines[1:], find_title=True)]
        if TITLE in again and _is_longer_headline(
            lines[again.index(TITLE)].text, lines[0].text
        ):
            return again
    return labels


# A site's name over its furniture has at most this many words.
_MASTHEAD_MAX_WORDS = 5


def _is_short_first_title(lines: list[Line], labels: list[str]) -> bool:
    """The first line is the title, short, and the next line is page
    furniture (a menu, a quote strip), not the story's byline or first
    sentence."""
    return (
        labels[0] == TITLE
        and len(labels) > 1
        and word_count(lines[0].text) <= _MASTHEAD_MAX_WORDS
        and (labels[1] in bp.BOILERPLATE_KINDS or labels[1] == CAPTION)
        and labels[1] != bp.BYLINE
    )


def _is_longer_headline(text: str, first: str) -> bool:
    """``text`` is a headline much longer than the short ``first`` line."""
    return word_count(text) >= max(
        NAV_HEADLINE_MIN_WORDS, NAV_RATIO * word_count(first)
    )


def _label_from_top(lines: list[Line], *, find_title: bool) -> list[str]:
    labels: list[str] = []
    in_header = True
    seen_content = False
    for i, line in enumerate(lines):
        title_wanted = find_title and TITLE not in labels
        if in_header and title_wanted and not seen_content:
            if is_menu_row(line.text, bars=False):
                labels.append(bp.BREADCRUMB)
                continue
            if (
                is_section_line(lines, i)
                or is_nav_over_headline(lines, i)
                or is_masthead(lines, i)
                or is_tagline(lines, i)
                or is_nav_block(lines, i)
            ):
                labels.append(bp.SECTION)
                continue
            if (i == 0 and is_wordmark(line.text)) or is_site_line(lines, i):
                labels.append(bp.BREADCRUMB)
                continue
            if titled_breadcrumb_at(lines, i) is not None or is_menu_run(lines, i):
                labels.append(bp.BREADCRUMB)
                continue
            if is_menu_row(line.text) or is_over_menu_row(lines, i):
                labels.append(bp.BREADCRUMB)
                continue
            if is_label_over_notice(lines, i):
                labels.append(bp.SECTION)
                continue
        label = _label_line(
            line.text,
            in_header=in_header,
            title_wanted=title_wanted,
            first_content=not seen_content,
        )
        if (
            label == BODY
            and title_wanted
            and not seen_content
            and i > 0
            and _is_headline_over_byline(lines, i)
        ):
            label = TITLE
        if label in (BODY, TITLE, CAPTION):
            seen_content = True
        if label == BODY:
            in_header = False
        labels.append(label)
    return labels


# A headline of full sentences right over its byline has this many words.
_SENTENCE_HEADLINE_WORDS = (4, 30)


def _is_headline_over_byline(lines: list[Line], i: int) -> bool:
    """A line of one or two full sentences right over ``By Jane Roe``, below
    the page's navigation (``Column: The court killed the plan. Borrowers
    deserved better.``): the headline, though it ends like a sentence."""
    low, high = _SENTENCE_HEADLINE_WORDS
    if i + 1 >= len(lines) or not low <= word_count(lines[i].text) <= high:
        return False
    following = lines[i + 1].text
    return following[:3].lower() == "by " and is_header_line(following)


def _label_line(
    text: str, *, in_header: bool, title_wanted: bool, first_content: bool
) -> str:
    kind = (
        bp.boilerplate_kind(text)
        or leftovers.leftover_kind(text)
        or furniture.furniture_kind(text)
    )
    if kind is not None:
        return kind
    if (
        is_timestamp(text)
        or is_stamp_line(text)
        or leftovers.is_dated_byline(text)
        or is_print_note(text)
        or is_bare_by(text)
        or is_handle_line(text)
        or chrome.is_reading_time(text)
        or furniture.is_labelled_stamp(text)
    ):
        return bp.BYLINE  # a date line says nothing of the story anywhere
    if figures.is_figure_strip(text):
        return bp.SITE_FOOTER  # a ticker strip or a quote box, no headline
    if in_header:
        if parse_breadcrumb(text) is not None:
            return bp.BREADCRUMB
        if is_header_line(text):
            return bp.BYLINE
    if (
        is_caption(text)
        or leftovers.is_credited_caption(text)
        or furniture.is_furniture_caption(text)
    ):
        return CAPTION
    if in_header and title_wanted and is_headline(text, first_content=first_content):
        return TITLE
    return BODY
