"""Page furniture: players, ad slots, notices and credits that many news
sites share, found as lines of their own inside article bodies.

Each function looks at one stripped line, as :mod:`whosaid.clean.leftovers`
does, and names a shape, never one site's words:

* :func:`is_player_control` -- ``Listen to this article · 7:12 min Learn
  more``, ``Watch video 2:48``, ``Go to video``, ``01:58 - Source: Example``:
  an audio or video player's buttons and its clip's length and source;
* :func:`is_ad_control` -- ``Ad Feedback``, ``Video Ad Feedback``,
  ``Advertisement · Scroll to continue``, ``SKIP ADVERTISEMENT``: an ad
  slot's labels;
* :func:`is_share_control` -- ``Share full article``, ``Share this story``;
* :func:`is_page_notice` -- ``This article is more than 2 years old``,
  ``CORRECTION: An earlier version of this report misstated …``, ``A
  version of this article appears in print on …``, ``Quotes displayed in
  real-time or delayed by at least 15 minutes. …``, ``Data is delayed at
  least 15 minutes.``, ``… Please contact us for subscription options.``,
  ``This is a Premium article and requires a subscription to read.``, a
  print page's ``Find this article at:``, a reader appeal (``You're a dedicated
  reader``, ``… you've read X Example articles in the past month …``);
* :func:`is_link_line` -- ``See more on: Jane Roe, Example Authority``,
  ``Next: Remarks by …``: a link to other pages;
* :func:`is_dateline_mark` -- ``Example —``, ``PARIS --``: a dateline's
  outlet or place alone on its line, over the story;
* :func:`is_labelled_stamp` -- ``NEW DELHI June 17, 2020 01:22 am |
  Updated 10:45 am IST``, ``All News 19:45 April 27, 2018``: a short label
  (a place, a section) and a publishing stamp on one line;
* :func:`is_licensed_credit` -- ``Jane Roe/EXA or licensors``: a picture's
  credit alone; ``THANKS TO: Our editor Jane Roe.``: a newsletter's thanks;
* :func:`is_furniture_caption` -- a caption closed by its credit: ``…
  off guard.Credit...Jane Roe for The Example Times``, ``… (Jane Roe for
  The Example Post)``, ``… Jan. 14, 2025. | Jane Roe/EXAMPLE``, ``( … Jane
  Roe - Example Agency )``, ``… (Jane Roe / For the Example Tribune)``,
  ``… on Wednesday. By Jane Roe, EXAMPLE TODAY``, ``… File photo.``;
  :func:`is_named_caption` -- ``… in Adelaide. Jane Roe``: a bare name
  after the full stop (taken where a line starts, :mod:`whosaid.clean.text`);
* :func:`is_author_bio` -- ``Jane Roe covers technology policy for The
  Example Post.``, ``John Doe is a technology reporter.``: a writer's note
  (taken below the story only, :mod:`whosaid.clean.text`).

Like the rest of the clean stage they aim at precision: anchored patterns,
short lines.
"""

from __future__ import annotations

import re
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.clean.bylines import is_stamp_line
from whosaid.clean.captions import is_credit_only
from whosaid.clean.line_shape import ends_sentence, word_count
from whosaid.clean.timestamps import is_timestamp

_I = re.IGNORECASE
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_DOT = r"\s*[·•|-]?\s*"
_CLIP = r"\d{1,2}:\d{2}(?::\d{2})?"

_PLAYER_CONTROLS = (
    # "Listen to this article · 7:12 min Learn more", "Listen to this story 4 min"
    re.compile(
        rf"^listen\s+to\s+this\s+(?:article|story){_DOT}"
        rf"(?:{_CLIP}|\d{{1,3}})\s*(?:min|mins|minutes?)?(?:\s+learn\s+more)?$",
        _I,
    ),
    # "Watch video 2:48", "Play video 01:12", "Video 3:05"
    re.compile(rf"^(?:(?:watch|play)\s+)?video{_DOT}{_CLIP}$", _I),
    # "Watch Live", "Listen live": a live stream's button; "WATCH NOW".
    re.compile(r"^(?:watch|listen)\s+(?:live|now)$", _I),
    # "Click to play video: 'Strike: Ottawa asks board to act'": the clip's
    # title follows, in quotes and often again on the next line.
    re.compile(
        r"^(?:click|tap)\s+(?:here\s+)?to\s+(?:play|watch)\s+(?:the\s+)?video\b", _I
    ),
    # "01:58 - Source: Example": a clip's length and its source.
    re.compile(rf"^{_CLIP}\s*[-–—|]\s*source\s*:\s*[\w.&'’ -]{{1,40}}$", _I),
)


_OPENS_MEDIA = re.compile(
    r"^(?:go\s+to\s+(?:the\s+)?(?:video|audio|podcast|gallery)|watch\s+now|"
    rf"(?:watch\s+|play\s+)?video{_DOT}{_CLIP})$",
    _I,
)
# A player's line that names its clip in quotes: "Click to play video: 'X'".
_QUOTED_CLIP = re.compile(
    r"^(?:click|tap)\s+(?:here\s+)?to\s+(?:play|watch)\s+(?:the\s+)?video\s*:\s*"
    r"['‘\"“](?P<title>.+)['’\"”]$",
    _I,
)


def opens_media(line: str) -> bool:
    """A link to a clip whose title follows: ``Go to video``, ``WATCH NOW``,
    ``VIDEO 04:12``."""
    return _OPENS_MEDIA.match(line) is not None


def quoted_clip_title(line: str) -> str | None:
    """The clip's title a player's line quotes (``Click to play video:
    'Strike: Ottawa asks board to act'``), or None."""
    match = _QUOTED_CLIP.match(line)
    return match.group("title").strip() if match is not None else None


def is_player_control(line: str) -> bool:
    """An audio or video player's buttons (see the module's list)."""
    return opens_media(line) or any(p.match(line) for p in _PLAYER_CONTROLS)


_AD_CONTROL = re.compile(
    r"^(?:(?:video\s+)?ad\s+feedback|skip\s+advertisement|"
    r"advertisement\s*[·•|-]\s*scroll\s+to\s+continue(?:\s+reading)?|"
    r"scroll\s+to\s+continue\s+with\s+content)$",
    _I,
)


def is_ad_control(line: str) -> bool:
    """An ad slot's label: ``Ad Feedback``, ``Video Ad Feedback``,
    ``Advertisement · Scroll to continue``, ``SKIP ADVERTISEMENT``."""
    return _AD_CONTROL.match(line) is not None


_SHARE_CONTROL = re.compile(
    r"^share\s+(?:the\s+)?(?:full|this)\s+(?:article|story|page)$", _I
)


def is_share_control(line: str) -> bool:
    """A share button: ``Share full article``, ``Share this story``."""
    return _SHARE_CONTROL.match(line) is not None


_VERSION = (
    r"(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+this\s+"
    r"(?:article|story|report|post)"
)
_PAGE_NOTICES = (
    # "This article is more than 2 years old"
    re.compile(
        r"^this\s+(?:article|story|page|content)\s+is\s+(?:more|older)\s+than\s+"
        r"(?:\d+|an?|one|two|three|four|five|six|ten)\s+"
        r"(?:days?|weeks?|months?|years?)(?:\s+old)?\.?$",
        _I,
    ),
    # "CORRECTION: An earlier version of this report misstated ...",
    # "An earlier version of this story gave the wrong date ..."
    # "Corrections & Amplifications: An earlier version of this article ..."
    re.compile(
        r"^(?:(?:correction|clarification|editor['’]s\s+note)s?"
        r"(?:\s*&\s*[\w'’]+(?:\s+[\w'’]+)?)?\s*[:.-]\s*)?"
        rf"{_VERSION}\b",
        _I,
    ),
    re.compile(
        r"^(?:correction|clarification)s?\s*:\s*this\s+(?:article|story|report)\b", _I
    ),
    # An imprint: "Printed by the Example Newspapers of Ceylon Ltd."
    re.compile(
        r"^(?:printed|published)(?:\s+and\s+(?:printed|published))?\s+by\s+"
        r"(?:the\s+)?(?-i:[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|&|the)){0,7})"
        r"\.?$",
        _I,
    ),
    # "Appeared in the March 13, 2023, print edition."
    re.compile(
        r"^(?:appeared|appears|published|printed)\s+in\s+the\s+"
        r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4},?\s+)?print\s+edition\b"
        r"(?:\s+(?:of|as)\b[^.]*)?\.?$",
        _I,
    ),
    # "A version of this article appears in print on June 6, 2024, Section A ..."
    re.compile(
        r"^a\s+version\s+of\s+this\s+(?:article|story|report)\s+"
        r"(?:appears|appeared)\s+in\s+print\b",
        _I,
    ),
    # "Quotes displayed in real-time or delayed by at least 15 minutes."
    re.compile(
        r"^quotes\s+(?:displayed|shown)\s+in\s+real[\s-]time\s+or\s+delayed\b", _I
    ),
    # "Data is a real-time snapshot *Data is delayed at least 15 minutes."
    re.compile(
        r"^data\s+is\s+a\s+real[\s-]time\s+snapshot\b|"
        r"\bdata\s+(?:is|are)\s+delayed\s+(?:by\s+)?at\s+least\s+\d+\s+minutes\b",
        _I,
    ),
    # A paywall's notice: "Reminder, this is a Premium article and requires a
    # subscription to read."
    re.compile(
        r"\bthis\s+is\s+an?\s+(?:premium|subscriber[s']*|members?['’]?)\s+"
        r"(?:only\s+)?(?:article|story|content)\b|"
        r"\brequires\s+an?\s+(?:paid\s+)?subscription\s+to\s+(?:read|view|continue)\b",
        _I,
    ),
    # A print page's furniture: "Find this article at:", "Check the box to
    # include the list of links referenced in the article."
    re.compile(
        r"^(?:find\s+this\s+(?:article|story)\s+at\s*:?$|check\s+the\s+box\s+to\s+"
        r"include\s+the\s+list\s+of\s+links\b)",
        _I,
    ),
    # "... only a portion of the news stories offered to subscribers ...
    # Please contact us for subscription options."
    re.compile(r"(?:^|(?<=[.!?])\s)please\s+contact\s+us\s+for\s+subscription\b", _I),
    # A reader appeal: "You're a dedicated reader", "We're really pleased that
    # you've read X Example articles in the past month."
    re.compile(
        r"^you['’]re\s+a\s+(?:dedicated|loyal|regular|valued|frequent)\s+reader\b", _I
    ),
    re.compile(
        r"\byou['’]ve\s+read\s+(?:\d+|x|[a-z]+)\s+(?:[\w'’&-]+\s+){0,5}"
        r"(?:articles|stories)\s+(?:in|over|this)\s+(?:the\s+)?(?:past|last)?\s*"
        r"(?:month|week|year)\b",
        _I,
    ),
)
_NOTICE_MAX_WORDS: Final = 60


def is_page_notice(line: str) -> bool:
    """A notice about the page, not the story (see the module's list)."""
    return word_count(line) <= _NOTICE_MAX_WORDS and any(
        p.search(line) for p in _PAGE_NOTICES
    )


_LINK_LINES = (
    # "See more on: Jane Roe, Example Authority"
    re.compile(r"^(?:see|read|find)\s+more\s+(?:on|about)\s*:\s*\S", _I),
    # "Next: Remarks by the President at ...", "Previous article: ..."
    re.compile(
        r"^(?i:up\s+next|next|previous)(?i:\s+(?:article|story|post|page))?\s*:\s+[A-Z0-9]"
    ),
)
_LINK_LINE_MAX_WORDS: Final = 25


def is_link_line(line: str) -> bool:
    """A link to other pages: ``See more on: …`` (topics), ``Next: …`` (a
    headline: no sentence, no quotation)."""
    if word_count(line) > _LINK_LINE_MAX_WORDS or _QUOTE_MARK.search(line):
        return False
    if _LINK_LINES[0].match(line):
        return True
    return _LINK_LINES[1].match(line) is not None and not ends_sentence(line)


# "Example —", "PARIS --", "Example News —": capitalised words and a dash.
_DATELINE_MARK = re.compile(
    r"^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*(?:—|–|--|-)$"
)


def is_dateline_mark(line: str) -> bool:
    """A dateline's outlet or place alone on its line: ``Example —``,
    ``PARIS --``; the story starts on the next line."""
    return _DATELINE_MARK.match(line) is not None


_TIME = re.compile(r"\d[:.]\d{2}\b")
_LABEL_MAX_WORDS: Final = 3


# "Dar es Salaam. Monday, January 20, 2025 — updated on ...": a place, a
# full stop or a comma, then the stamp.
_PLACE_THEN_STAMP = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|es|de|del|da|al|el|la|le|du|of)){0,3}"
    r"[.,]\s+(?P<stamp>\S.*)$"
)


def is_labelled_stamp(line: str) -> bool:
    """A short label and a publishing stamp on one line: ``NEW DELHI June
    17, 2020 01:22 am | Updated 10:45 am IST`` (a dateline's place),
    ``All News 19:45 April 27, 2018`` (a section).  The label is one to
    three capitalised words, the rest a timestamp or a stamp line with a
    time of day (a date alone may open a sentence: ``Monday June 17 ...``);
    after a place and a full stop or comma (``Dar es Salaam. Monday, January
    20, 2025 — updated on January 20, 2025``) the rest may be a date alone."""
    place = _PLACE_THEN_STAMP.match(line)
    if place is not None and is_timestamp(place.group("stamp")):
        return True
    words = line.split()
    for n in range(1, min(_LABEL_MAX_WORDS, len(words) - 1) + 1):
        if not words[n - 1][:1].isupper():
            return False
        stamp = " ".join(words[n:])
        if _TIME.search(stamp) and (is_timestamp(stamp) or is_stamp_line(stamp)):
            return True
    return False


_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|al|el|bin)){0,3}"
_OUTLET = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|&|the)){0,5}"
_LICENSED_CREDIT = re.compile(rf"^{_NAME}\s*/\s*{_OUTLET}\s+or\s+licensors\.?$")


# "THANKS TO: Our editor Jane Roe and producer John Doe."
_THANKS_CREDIT = re.compile(r"^thanks\s+to\s*:\s*[A-Z][^\"“”]{1,120}$", _I)


def is_licensed_credit(line: str) -> bool:
    """A picture's credit alone (``Jane Roe/EXA or licensors``) or the
    thanks closing a newsletter (``THANKS TO: Our editor Jane Roe.``)."""
    return (
        _LICENSED_CREDIT.match(line) is not None
        or _THANKS_CREDIT.match(line) is not None
    )


_CAPTION_CREDITS = (
    # "... off guard.Credit...Jane Roe for The Example Times", "... Credit:
    # Jane Roe/Example"
    re.compile(
        rf"(?<=[.!?\"”’)])\s*Credit\s*(?:\.{{2,3}}|…|:)\s*{_NAME}"
        rf"(?:\s+for\s+(?:the\s+)?{_OUTLET}|\s*/\s*{_OUTLET})?\.?$"
    ),
    # "... Mountain View, Calif. (Jane Roe for The Example Post)", "...
    # (Jane Roe / For the Example Tribune)"
    re.compile(rf"\s\({_NAME}\s+(?:/\s+)?[Ff]or\s+(?:[Tt]he\s+)?{_OUTLET}\)$"),
    # "... at a rally on Wednesday. By Jane Roe, EXAMPLE TODAY"
    re.compile(rf"(?<=[.!?])\s+By\s+{_NAME},\s+{_OUTLET}$"),
    # "... products on a phone. File photo."
    re.compile(r"(?<=[.!?])\s+\(?(?i:file|stock)\s+(?i:photo|image|picture)s?\.?\)?$"),
    # "... on Capitol Hill, Jan. 14, 2025. | Jane Roe/EXAMPLE"
    re.compile(rf"(?<=[.!?])\s+\|\s+{_NAME}\s*/\s*{_OUTLET}$"),
)
# "Image: Jane Roe/EXAMPLE": a picture's labelled credit, over its caption.
_PICTURE_LABEL = re.compile(r"^(?:image|photo|picture|pic)s?\s*:\s*\S", _I)


def is_picture_label(line: str) -> bool:
    """A picture's labelled credit: ``Image: Jane Roe/EXAMPLE``."""
    return _PICTURE_LABEL.match(line) is not None and is_credit_only(line)


# "( Citizens gather on the bridge on July 16, 2016. Jane Roe - Example Agency )"
_BRACKETED_CAPTION = re.compile(
    rf"^\(\s*[A-Z][^()]{{10,}}[.!?]\s+{_NAME}\s+[-–—]\s+{_OUTLET}\s*\)$"
)
_CAPTION_MAX_WORDS: Final = 70
# "Leaders at the meeting in Adelaide. Jane Roe": a photographer's bare name
# after the caption's full stop, ending a short line with no quotation (a
# sentence never ends in a name without its full stop).
_NAMED_CAPTION = re.compile(
    r"(?<=[a-z0-9][.!?])\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}$"
)
_NAMED_CAPTION_MAX_WORDS: Final = 40


def is_furniture_caption(line: str) -> bool:
    """A photo caption closed by its credit (see the module's list)."""
    if word_count(line) > _CAPTION_MAX_WORDS:
        return False
    return _BRACKETED_CAPTION.match(line) is not None or any(
        p.search(line) for p in _CAPTION_CREDITS
    )


def is_named_caption(line: str) -> bool:
    """A caption closed by its photographer's bare name after the full stop
    (``The chairman at the meeting in Adelaide. Jane Roe``): a line of at
    most 40 words that opens with a capital and quotes no one.  A
    hard-wrapped paragraph's line may end so too ("... on Monday. Prime
    Minister"), so :mod:`whosaid.clean.layout_widgets` takes it only where
    a line starts, not inside a wrapped paragraph."""
    return (
        line[:1].isupper()
        and word_count(line) <= _NAMED_CAPTION_MAX_WORDS
        and _QUOTE_MARK.search(line) is None
        and _NAMED_CAPTION.search(line) is not None
    )


# Where a writer reports from: "Lima", "Rio de Janeiro", "Austin, Texas".
_BASE = (
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|do|del)){0,3}(?:,\s+[A-Z][\w.'’-]*)?"
)
_AUTHOR_BIO = re.compile(
    # "About the author: ...", "Contributor Jane Roe ..."
    r"^(?:(?i:about\s+the\s+author|contributors?|correspondents?)\s*:?\s+)?"
    rf"{_NAME}\s+(?:"
    # "Jane Roe covers technology policy for The Example Post.", "... reports
    # on politics from Lima."
    rf"(?:covers|writes\s+about|reports\s+on)\s+[^.!?\"“”]{{2,80}}\s+(?:for\s+"
    rf"(?:[Tt]he\s+)?{_OUTLET}|from\s+{_BASE})"
    # "Jane Roe reported from Riyadh.", "... has reported from Rio since 2009."
    rf"|(?:has\s+)?reported\s+from\s+{_BASE}(?:\s+since\s+\d{{4}})?"
    # "John Doe is a technology reporter.", "... is the paper's Moscow
    # correspondent based in Riga."
    r"|is\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}(?:reporter|correspondent|writer|"
    r"editor|columnist|journalist|producer|contributor)(?:\s+(?:based\s+)?in\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r")\.$"
)
_BIO_MAX_WORDS: Final = 25


def is_author_bio(line: str) -> bool:
    """A writer's note: ``Jane Roe covers technology policy for The Example
    Post.``, ``John Doe is a technology reporter.``, ``Contributor Jane Roe
    reported from Riyadh.``, ``About the author: John Doe has reported from
    Lima since 2009.``"""
    return word_count(line) <= _BIO_MAX_WORDS and _AUTHOR_BIO.match(line) is not None


def furniture_kind(line: str) -> str | None:
    """The leftover kind of ``line`` by the shapes of this module, wherever
    it stands, or None (stamps, captions and bios depend on the caller)."""
    if is_ad_control(line):
        return bp.ADVERTISEMENT
    if is_share_control(line):
        return bp.SHARE
    if is_link_line(line):
        return bp.LINK_BLOCK
    if is_licensed_credit(line) or is_dateline_mark(line):
        return bp.CREDIT
    if is_player_control(line) or is_page_notice(line):
        return bp.SITE_FOOTER
    return None
