"""Site footers and page marks: lines that belong to the site, not the story.

Copyright and policy lines, follow-us and sign-up lines, contact and address
pointers, bare addresses, advertising markers, and page marks with no words of
the story (skip links, links home, flattened menus, end marks, desk initials,
hashtag lines).
"""

from __future__ import annotations

import re
from typing import Final

from whosaid.clean.line_shape import word_count

_I = re.IGNORECASE

_FOOTER_MAX_WORDS: Final = 40


# Accessibility links at the top of a page: "Skip to content", "Skip to main
# content", "Jump to navigation", "Skip next section Navigation",
# "Accessibility links": "skip"/"jump to" and a page part in a short line.
_SKIP_LINK = re.compile(
    r"^(?:(?:skip|jump\s+to)(?:\s+[\w-]+){0,3}?\s+"
    r"(?:content|navigation|nav|menu|section|article|story|search|footer|main|"
    r"links?)|accessibility\s+(?:links|help))$",
    _I,
)

# A logo's link back to the front page: "Sky News - back to home", "Return to
# homepage", "Back to the home page".
_HOME_LINK = re.compile(
    r"^(?:[\w.&'’ -]{1,40}?\s[-–—|:]\s*)?(?:back|return|go\s+back)\s+to\s+"
    r"(?:the\s+)?home(?:\s*page)?$",
    _I,
)

# A navigation menu flattened to one line: "Home UK World Politics US Climate
# Science & Tech Business": "Home", then only capitalised section names,
# among them at least three common ones (a headline "Home Secretary Jane Doe
# Resigns" names none).
_NAV_MENU = re.compile(r"^Home(?:\s+(?:[A-Z][\w'’.-]*|&)){4,}$")
_MENU_SECTIONS = frozenset(
    {
        "world", "politics", "business", "sport", "sports", "opinion", "tech",
        "science", "culture", "entertainment", "health", "video", "videos",
        "travel", "lifestyle", "climate", "economy", "markets", "arts",
        "analysis", "news", "uk", "us", "europe", "asia", "africa", "weather",
    }
)  # fmt: skip
_MENU_MIN_SECTIONS = 3


def _nav_menu(line: str) -> bool:
    """A flattened navigation menu (see :data:`_NAV_MENU`)."""
    if _NAV_MENU.match(line) is None:
        return False
    return sum(w.lower() in _MENU_SECTIONS for w in line.split()) >= _MENU_MIN_SECTIONS


# An end-of-story mark: "(END)", "-- END --", "ENDS", "###", "-30-".
_END_MARK = re.compile(
    r"^(?:[(\[]\s*ends?\s*[)\]]|[-–—]+\s*ends?\s*[-–—]+|ends?|#{3}|-30-)$", _I
)

# Agency desk initials under a wire story: "bur-ab/sst", "cp/jm", "dk/cw".
# Lower-case letter groups joined by "-" with at least one "/".
_DESK_INITIALS = re.compile(r"^(?=[a-z-]*/)[a-z]{2,6}(?:[-/][a-z]{2,6}){1,5}$")

# A hashtag line: "#S. Korea #Japan #N. Korea", "#Brexit".
_HASHTAG = re.compile(r"#(?=[^\W\d_])[^#]+")
_HASHTAG_MAX_WORDS = 3


# Contact and listening pointers: "Reach the reporters on Twitter at @x",
# "Listen to Radio North live at radionorth.example/live".
_CONTACT_LINES = (
    re.compile(
        r"^(?i:reach|contact|email|e-mail|write\s+to|follow)\s+(?i:the\s+)?"
        r"(?:(?i:reporters?|writers?|authors?|editors?|correspondents?|us|him|her|"
        r"them)|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\b"
        r"[^\"“”]{0,120}?(?:@\w|\btwitter\b|\bX\b|\S@\S)",
    ),
    re.compile(r"^listen\s+(?:to\s+)?[^\"“”]{0,80}?\blive\s+(?:at|on)\b", _I),
)
_CONTACT_MAX_WORDS = 30

_FOOTERS = (
    re.compile(r"\ball\s+rights\s+reserved\b", _I),
    re.compile(r"^(?:©|\(c\)\s|copyright\b)", _I),
    re.compile(r"\bcan\s+also\s+be\s+accessed\s+at\b|\balternate\s+address", _I),
    re.compile(
        # "Follow us on X", "Get updates on your phone: follow Example News on
        # WhatsApp"
        r"^(?:[^:\"“”]{0,40}:\s*)?(?:follow|like|find)\s+(?:[^\s,;]+\s+){0,4}on\s+"
        r"(?:twitter|facebook|instagram|telegram|youtube|linkedin|tiktok|x|"
        r"whatsapp|threads|bluesky|google\s+news|flipboard)\b",
        _I,
    ),
    re.compile(
        r"^(?:subscribe|sign\s+up|signup|register\s+for|get\s+(?:our|the)\s+.{0,40}"
        r"newsletter|join\s+our|download\s+(?:our|the)\s+app|"
        r"install\s+(?:our|the)\s+app)\b",
        _I,
    ),
    re.compile(
        r"^(?:terms\s+of\s+(?:use|service)|privacy\s+policy|cookie\s+policy|"
        r"contact\s+us|about\s+us|our\s+standards(?=\s*:)|the\s+thomson\s+reuters\s+"
        r"trust\s+principles|comments\s+are\s+closed|leave\s+a\s+comment|"
        r"join\s+the\s+conversation|sign\s+in|log\s+in|"
        r"the\s+views\s+expressed\s+in\s+this)\b",
        _I,
    ),
    # A site's note ending with "Contact us for subscription options.".
    re.compile(
        r"(?<=[.!?])\s+contact\s+us\s+(?:for|to|about|at)\b[^.!?\"“”]{0,60}[.!]?$", _I
    ),
    re.compile(r"^(?:tags?|topics?|filed\s+under|categor(?:y|ies)|keywords?)\s*:", _I),
    # "Writer's email: jane.doe@example.com", "For feedback, complaints, or
    # inquiries, contact us."
    re.compile(r"^(?:writer|author|reporter|editor)[’']?s?\s+e-?mail\s*:", _I),
    re.compile(
        r"^for\s+(?:feedback|comments|complaints|corrections|inquiries|enquiries|"
        r"questions)\b[^.!?\"“”]{0,60}\bcontact\s+us\b",
        _I,
    ),
    # A topic list without a colon: "Tags Jane Doe John Roe Congress".
    re.compile(
        r"^(?i:tags|topics|filed\s+under|keywords)\s+"
        r"[A-Z0-9][\w.'’&-]*(?:,?\s+(?:[A-Z0-9][\w.'’&-]*|and|of|the|&))*$"
    ),
)


# "Follow AP's coverage at https://...", "For more news, visit www.x.com": a
# short pointer line that ends in an address.
_POINTER_TO_ADDRESS = re.compile(
    r"^(?:follow|read|see|find|get|visit|watch|listen\s+to|more\s+(?:on|about|from)|"
    r"for\s+more)\b[^\"“”]{0,160}?(?:\bat|\bon|\bvia|\bhere|\bvisit|:)\s*"
    r"(?:https?://|www\.)\S+?[.)]?$",
    _I,
)
_POINTER_MAX_WORDS = 25


# A bare URL or domain on a line of its own ("www.presstv.co.uk").
_BARE_ADDRESS = re.compile(
    r"^(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+\S*|"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|tv|io|news|co\.uk|uk|ir|ru|"
    r"de|fr|cn|in|pk|ae|qa|tr|eu|us|ca|au)(?:/\S*)?)/?$",
    _I,
)

_ADVERTISEMENT = re.compile(
    r"^(?:advertisement|advertising|ad|ads|sponsored|sponsored\s+content|"
    r"paid\s+content|paid\s+post|promoted|promoted\s+content|sponsor\s+message|"
    r"story\s+continues\s+below"
    r"(?:\s+advertisement)?|continue\s+reading\s+(?:the\s+main\s+story|below)|"
    # An ad slot's button and heading: "Hide Ad", "Related Advertising Links".
    r"hide\s+ad|(?:related\s+)?(?:advertising|sponsored)\s+links|"
    # A sponsor's slot: "Support Provided By: Learn more".
    r"support\s+(?:is\s+)?provided\s+by(?:\s*:\s*learn\s+more)?)"
    r"\s*[:.]?$",
    _I,
)


def is_bare_address(line: str) -> bool:
    """Return whether ``line`` is only a URL or a domain name."""
    return _BARE_ADDRESS.match(line) is not None


def is_hashtag_line(line: str) -> bool:
    """Return whether ``line`` is only hashtags (``#S. Korea #Japan``).

    One hashtag must be one word (``#Brexit``); of several, each may be up to
    three words long (``#N. Korea``), as scrapers flatten tag lists.

    Example:
        >>> is_hashtag_line("#S. Korea #Japan"), is_hashtag_line("#MeToo grows")
        (True, False)
    """
    if not line.startswith("#"):
        return False
    tags = _HASHTAG.findall(line)
    if "".join(tags) != line:  # "#1 seed": not a tag
        return False
    limit = 1 if len(tags) == 1 else _HASHTAG_MAX_WORDS
    return all(word_count(tag) <= limit for tag in tags)


def is_page_mark(line: str) -> bool:
    """Return whether ``line`` is page furniture with no words of the story.

    Skip links (``Skip to content``), links home (``Sky News - back to
    home``), menus (``Home UK World Politics Business``), end marks
    (``(END)``), agency desk initials (``bur-ab/sst``) and hashtag lines
    (``#Japan #N. Korea``).

    Args:
        line: One line of text, stripped.
    """
    return (
        _SKIP_LINK.match(line) is not None
        or _HOME_LINK.match(line) is not None
        or _nav_menu(line)
        or _END_MARK.match(line) is not None
        or _DESK_INITIALS.match(line) is not None
        or is_hashtag_line(line)
    )


def is_advertisement(line: str) -> bool:
    """Return whether ``line`` is an advertising marker (``Advertisement``,
    ``Sponsored content``, ``Story continues below``)."""
    return _ADVERTISEMENT.match(line) is not None


def is_address_pointer(line: str) -> bool:
    """Return whether ``line`` is a short pointer that ends in an address
    (``For more news, visit www.example.com``)."""
    return (
        word_count(line) <= _POINTER_MAX_WORDS
        and _POINTER_TO_ADDRESS.match(line) is not None
    )


def is_contact_line(line: str) -> bool:
    """Return whether ``line`` points to a contact or a live stream (``Reach
    the reporters on Twitter at @x``)."""
    return word_count(line) <= _CONTACT_MAX_WORDS and any(
        p.match(line) for p in _CONTACT_LINES
    )


def is_footer_notice(line: str) -> bool:
    """Return whether ``line`` is a site's notice (``All rights reserved``,
    ``Follow us on X``, ``Privacy policy``, ``Tags: ...``)."""
    return word_count(line) <= _FOOTER_MAX_WORDS and any(
        p.search(line) for p in _FOOTERS
    )
