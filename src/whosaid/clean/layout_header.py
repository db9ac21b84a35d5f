"""Header rules: section names, mastheads and taglines over the headline.

A short section name (``Middle East``) right above the headline is a section
line, and so is a section name with topic names (``News | Israel attacks on
Lebanon``) over a longer headline; up to two more section names or stamp
lines may stand between them.  A short label right over a much longer
headline in its block, a site's slogan or name over a section line or a
breadcrumb, a tagline over that, and a topic over a page notice are section
lines too.  :func:`page_section` reads the article's section from them.
"""

from __future__ import annotations

import re

from whosaid.clean import boilerplate as bp
from whosaid.clean import chrome, furniture
from whosaid.clean.bylines import is_header_line
from whosaid.clean.captions import is_caption
from whosaid.clean.layout_lines import (
    NAV_HEADLINE_MIN_WORDS,
    NAV_MAX_WORDS,
    NAV_RATIO,
    QUOTE_MARK,
    Line,
    is_headline,
    is_nav_label,
    is_plain_line,
    label_words,
)
from whosaid.clean.line_shape import ends_sentence, word_count
from whosaid.clean.sections import (
    breadcrumb_section,
    is_capitals_section,
    is_section_name,
    parse_breadcrumb,
    section_list,
    section_pair,
    section_path,
    titled_breadcrumb,
)
from whosaid.clean.timestamps import is_timestamp


def is_section_line(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a bare section name over the headline.

    It must look like a section name (``Middle East``, ``Business``) or two
    joined by a separator (``World | Africa``), and the next line must be a
    headline that is not itself a leftover or a caption.  A section name
    followed by topic names (``News | Israel attacks on Lebanon``, ``CNN —
    Politics``) must also be shorter than that headline.
    """
    text = lines[i].text
    following_at = _headline_below(lines, i)
    if following_at is None:
        return False
    following = lines[following_at].text
    if bp.boilerplate_kind(text) is not None:  # "Example News Homepage"
        return False
    capitals = is_capitals_section(text)
    if capitals and not any(ch.islower() for ch in following):
        return False  # a headline in capitals, then its second line
    if not (
        capitals
        or is_section_name(text)
        or _is_dated_section(text)
        or section_pair(text) is not None
        or section_list(text) is not None
    ) and (section_path(text) is None or word_count(following) <= word_count(text)):
        return False
    return (
        not is_timestamp(following)
        and bp.boilerplate_kind(following) is None
        and parse_breadcrumb(following) is None
        and not is_header_line(following)
        and not is_caption(following)
        and not is_section_name(following)
        and is_headline(following, first_content=True)
    )


# Section names and stamp lines that may stand between a section name and
# the headline: "News" / "India News" / headline, "Politics" / "Published
# February 3, 2025" / headline.
_SECTION_CHAIN_MAX = 2


_DATED_SECTION = re.compile(r"^(.+?)\s+(?:19|20)\d{2}$")


def _is_dated_section(text: str) -> bool:
    """A section name with its year: ``Elections 2024``, ``World Cup 2026``."""
    m = _DATED_SECTION.match(text)
    return m is not None and is_section_name(m.group(1))


def _headline_below(lines: list[Line], i: int) -> int | None:
    """The index of the line that would be the headline under a section
    name at ``lines[i]``: the next line, past at most two more section
    names or stamp lines."""
    j = i + 1
    while j < len(lines) and j - i <= _SECTION_CHAIN_MAX:
        text = lines[j].text
        if not (
            is_section_name(text)
            or _is_dated_section(text)
            or is_timestamp(text)
            or chrome.is_reading_time(text)
        ):
            return j
        j += 1
    return j if j < len(lines) else None


def is_nav_over_headline(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a short navigation label right over a
    much longer headline in its block (``World news latest`` over the
    headline): a headline is never followed by a longer one without a break.
    """
    if i + 1 >= len(lines) or lines[i + 1].block != lines[i].block:
        return False
    text, following = lines[i].text, lines[i + 1].text
    words, following_words = word_count(text), word_count(following)
    return (
        words <= NAV_MAX_WORDS
        and following_words >= max(NAV_HEADLINE_MIN_WORDS, NAV_RATIO * words)
        and is_headline(text, first_content=True)
        and not ends_sentence(text)
        and bp.boilerplate_kind(text) is None
        and is_headline(following, first_content=False)
        and bp.boilerplate_kind(following) is None
        and section_path(following) is None
        and not is_caption(following)
    )


# A masthead line (a site's slogan) over the section line: at most this many
# words, over a headline at least NAV_HEADLINE_MIN_WORDS and NAV_RATIO times
# as long.
_MASTHEAD_MAX_WORDS = 5


def is_masthead(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a site's slogan or name right over a
    section line (``Democracy Dies in Darkness`` / ``Politics`` / headline)
    or a breadcrumb over the headline (``Example`` / ``Markets | Business |
    Economy`` / headline): a headline is never followed by a section name
    and a longer headline.
    """
    if i + 1 >= len(lines) or lines[i + 1].block != lines[i].block:
        return False
    text = lines[i].text
    words = word_count(text)
    if (
        words > _MASTHEAD_MAX_WORDS
        or ends_sentence(text)
        or bp.boilerplate_kind(text) is not None
        or not (
            is_section_line(lines, i + 1) or _is_breadcrumb_over_headline(lines, i + 1)
        )
    ):
        return False
    headline_at = _headline_below(lines, i + 1)
    if headline_at is None:
        return False
    headline_words = word_count(lines[headline_at].text)
    return headline_words >= max(NAV_HEADLINE_MIN_WORDS, NAV_RATIO * words)


def _is_breadcrumb_over_headline(lines: list[Line], i: int) -> bool:
    """A breadcrumb (``Markets | Business | Economy``) right over a headline."""
    return (
        i + 1 < len(lines)
        and parse_breadcrumb(lines[i].text) is not None
        and is_headline(lines[i + 1].text, first_content=True)
        and is_plain_line(lines[i + 1].text)
    )


# A site's tagline over its name has at most this many words.
_TAGLINE_MAX_WORDS = 12


def is_tagline(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a site's tagline right over its
    masthead (``News and analysis for professionals`` / ``Example`` /
    ``Markets | Business``, then the headline): a headline is never
    followed in its block by a site's name over a section line.
    """
    text = lines[i].text
    return (
        i + 1 < len(lines)
        and lines[i + 1].block == lines[i].block
        and word_count(text) <= _TAGLINE_MAX_WORDS
        and not ends_sentence(text)
        and QUOTE_MARK.search(text) is None
        and bp.boilerplate_kind(text) is None
        and is_masthead(lines, i + 1)
    )


# A page's navigation block (site name, sections, topic) over the headline:


def is_label_over_notice(lines: list[Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a topic label over a page notice over
    the headline (``Winter fuel payment`` / ``This article is more than 2
    years old``, then the headline): a short label, the notice right under
    it in its block, and a headline at least twice as long after it.
    """
    j = i + 1
    if (
        j + 1 >= len(lines)
        or lines[j].block != lines[i].block
        or not furniture.is_page_notice(lines[j].text)
    ):
        return False
    text, headline = lines[i].text, lines[j + 1].text
    words = label_words(text)
    return (
        words <= NAV_MAX_WORDS
        and is_nav_label(text)
        and is_plain_line(text)
        and word_count(headline) >= max(NAV_HEADLINE_MIN_WORDS, NAV_RATIO * words)
        and is_headline(headline, first_content=True)
        and is_plain_line(headline)
    )


def titled_breadcrumb_at(lines: list[Line], i: int) -> tuple[str, ...] | None:
    """The sections of ``lines[i]`` when it is a breadcrumb ending with the
    headline on the next line (``News / India News / Parliament session ...``).
    """
    if i + 1 >= len(lines) or not is_headline(lines[i + 1].text, first_content=True):
        return None
    return titled_breadcrumb(lines[i].text, lines[i + 1].text)


def page_section(lines: list[Line], labels: list[str]) -> tuple[str, ...]:
    """The section of the first breadcrumb or run of section lines.

    Of section lines one over the other (``News`` / ``India News``, ``Site``
    / ``Congress``) the last, next to the headline, is the narrowest.
    """
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == bp.SECTION:
            while i + 1 < len(labels) and labels[i + 1] == bp.SECTION:
                i += 1
            under = _breadcrumb_under(lines, labels, i)
            if under is not None:  # "Example" / "Markets | Business"
                return breadcrumb_section(under)
            text = lines[i].text
            path = section_path(text) or section_list(text)
            slashed = tuple(part.strip() for part in text.split(" / "))
            if path is None and len(slashed) > 1 and all(map(is_section_name, slashed)):
                path = slashed  # "World / Asia" in a navigation block
            if path is None and is_capitals_section(text):
                path = tuple(parse_breadcrumb(text) or text.split(" / "))
            return breadcrumb_section(path) if path else (text,)
        if label == bp.BREADCRUMB:
            segments = parse_breadcrumb(line.text) or titled_breadcrumb_at(lines, i)
            if segments is not None:
                return breadcrumb_section(segments)
    return ()


def _breadcrumb_under(
    lines: list[Line], labels: list[str], i: int
) -> tuple[str, ...] | None:
    """The segments of a breadcrumb right under a run of section lines."""
    if i + 1 >= len(lines) or labels[i + 1] != bp.BREADCRUMB:
        return None
    return parse_breadcrumb(lines[i + 1].text)
