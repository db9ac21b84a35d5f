"""Page leftovers: their kinds, and the kind of a line wherever it stands.

The kinds are the constants below (:data:`BOILERPLATE_KINDS`);
:func:`boilerplate_kind` gives the position-independent kind of one stripped
line.  The recognisers live in modules of their own, one per kind of line:

* :mod:`.captions`: photo captions and credits;
* :mod:`.link_markers`: ``Read More:``, ``Related:``, topic and list widgets;
* :mod:`.shares`: sharing widgets; :mod:`.story_credits`: wire credits;
* :mod:`.footers`: site footers, addresses, advertising and page marks;
* :mod:`.timestamps`, :mod:`.bylines`: dates, stamps and bylines;
* :mod:`.sections`: section names and breadcrumbs;
* :mod:`.line_shape`: word counts and sentence ends.

They know nothing about where the line sits in the article;
:mod:`whosaid.clean.text` adds the position rules (a breadcrumb is only a
breadcrumb above the body, a short line is only a footer below it).  This
module re-exports their public names (``__all__``).

The patterns aim at precision: a body paragraph that merely mentions a photo,
a share price or a subscription must stay body, so most patterns are anchored
at the start or end of the line and the loose ones only apply to short lines.
"""

from __future__ import annotations

from typing import Final

from whosaid.clean import chrome
from whosaid.clean.bylines import (
    is_bare_by,
    is_credit_line,
    is_header_line,
    is_print_note,
    is_stamp_line,
)
from whosaid.clean.captions import caption_credit, is_caption, is_credit_only
from whosaid.clean.footers import (
    is_address_pointer,
    is_advertisement,
    is_bare_address,
    is_contact_line,
    is_footer_notice,
    is_hashtag_line,
    is_page_mark,
)
from whosaid.clean.line_shape import SHORT_LINE_WORDS, ends_sentence, word_count
from whosaid.clean.link_markers import (
    is_bare_link_marker,
    is_link_marker,
    is_list_widget,
    is_topic_marker,
)
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
from whosaid.clean.shares import (
    is_share,
    is_share_button,
    is_share_prompt,
    is_tool_row,
)
from whosaid.clean.story_credits import is_credit_label, is_story_credit
from whosaid.clean.timestamps import is_stamp_word, is_timestamp

__all__ = [
    "ADVERTISEMENT",
    "BOILERPLATE_KINDS",
    "BREADCRUMB",
    "BYLINE",
    "CREDIT",
    "LINK_BLOCK",
    "SECTION",
    "SHARE",
    "SHORT_LINE_WORDS",
    "SITE_FOOTER",
    "boilerplate_kind",
    "breadcrumb_section",
    "caption_credit",
    "ends_sentence",
    "is_bare_address",
    "is_bare_by",
    "is_bare_link_marker",
    "is_capitals_section",
    "is_caption",
    "is_credit_label",
    "is_credit_line",
    "is_credit_only",
    "is_hashtag_line",
    "is_header_line",
    "is_link_marker",
    "is_list_widget",
    "is_page_mark",
    "is_print_note",
    "is_section_name",
    "is_share",
    "is_stamp_line",
    "is_stamp_word",
    "is_timestamp",
    "is_topic_marker",
    "parse_breadcrumb",
    "section_list",
    "section_pair",
    "section_path",
    "titled_breadcrumb",
    "word_count",
]

BREADCRUMB: Final = "breadcrumb"
"""Site navigation above the article (``Home > World > Asia``)."""
SECTION: Final = "section"
"""A bare section name above the headline (``Middle East``, ``Business``)."""
LINK_BLOCK: Final = "link_block"
"""Links to other stories (``Read More:``, ``Related:``, ``Click here``)."""
SITE_FOOTER: Final = "site_footer"
"""Site furniture: copyright, newsletter, follow us, alternate addresses, URLs."""
SHARE: Final = "share"
"""Social-sharing widgets (``SHARE THIS ARTICLE``, ``Facebook Twitter Email``)."""
ADVERTISEMENT: Final = "advertisement"
"""Advertising markers (``Advertisement``, ``Sponsored content``)."""
BYLINE: Final = "byline"
"""Author and timestamp lines above the body (``By Jane Doe``, ``Updated ...``)."""
CREDIT: Final = "credit"
"""Wire credits (``Reporting by ...; Editing by ...``, ``AP contributed ...``)."""

BOILERPLATE_KINDS: Final = frozenset(
    {
        BREADCRUMB,
        SECTION,
        LINK_BLOCK,
        SITE_FOOTER,
        SHARE,
        ADVERTISEMENT,
        BYLINE,
        CREDIT,
    }
)


def boilerplate_kind(line: str) -> str | None:
    """Return the leftover kind of ``line`` wherever it stands, or None.

    This covers the position-independent kinds: share widgets, advertising
    markers, link blocks (markers and list widgets), wire credits (also
    labelled ones such as ``Source: ...``) and site footers (also pointer
    lines that end in an address).  Bylines, breadcrumbs and section lines
    depend on position and are left to the caller.

    Args:
        line: One line of text, stripped.

    Returns:
        One of :data:`SHARE`, :data:`ADVERTISEMENT`, :data:`LINK_BLOCK`,
        :data:`CREDIT`, :data:`SITE_FOOTER`, or None.
    """
    if (
        is_share(line)
        or is_share_prompt(line)
        or is_share_button(line)
        or is_tool_row(line)
    ):
        return SHARE
    if is_advertisement(line):
        return ADVERTISEMENT
    if (
        is_link_marker(line)
        or is_list_widget(line) is not None
        or is_topic_marker(line)
    ):
        return LINK_BLOCK
    if (
        is_story_credit(line)
        or is_credit_label(line)
        or chrome.is_bracketed_wire_credit(line)
        or chrome.is_author_note(line)
    ):
        return CREDIT
    if (
        is_bare_address(line)
        or is_page_mark(line)
        or _is_chrome(line)
        or is_address_pointer(line)
        or is_contact_line(line)
        or is_footer_notice(line)
    ):
        return SITE_FOOTER
    return None


def _is_chrome(line: str) -> bool:
    """Site chrome (:mod:`whosaid.clean.chrome`): page controls, box labels,
    sign-up boxes, appeals, skip links past a page part and end marks."""
    return (
        chrome.is_page_control(line)
        or chrome.is_box_label(line)
        or chrome.is_signup(line)
        or chrome.is_appeal(line)
        or chrome.is_skip_section(line)
        or chrome.is_call_to_action(line)
        or chrome.is_disclaimer(line)
        or chrome.is_end_mark(line)
    )
