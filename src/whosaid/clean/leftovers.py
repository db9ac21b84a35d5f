"""More line shapes of page leftovers found inside article bodies.

Each function looks at one stripped line, as the recognisers of
:mod:`whosaid.clean.boilerplate` and :mod:`whosaid.clean.chrome` do, and
names a shape that news pages share, never one site's words:

* :func:`is_link_control` -- ``Short link:``, ``Link copied``, ``Request
  Reprint & Licensing``, ``Submit Correction``: a page's buttons;
* :func:`is_share_row` -- ``Share on Facebook | Share on X | Share by
  email``: share buttons in a row;
* :func:`is_desk_code` -- ``dpa jor/tr xx a3 ger``, ``==Kyodo``: a wire
  desk's codes or sign-off under the story;
* :func:`is_labelled_credit` -- ``Contributing: Jane Roe``, ``Main image
  credit: …``;
* :func:`is_follow_appeal` -- ``Follow Example Eye's live coverage for the
  latest on …``, ``Stay updated with the latest news!``, ``For more news and
  updates, follow us on …``, ``Get the latest news on The Example WhatsApp
  channel``: pointers to the site's other services;
* :func:`is_site_notice` -- ``IE 11 is not supported. …``, ``You can
  unsubscribe at any time. By signing up you are agreeing to our Terms …``,
  ``Comments are only available to subscribers.``, ``This story has been
  viewed 12,487 times.``, ``TEXT AD: …``,
  ``Example Standard is a leading business news website.``, ``To learn more
  about republishing this content …``, ``… Please support our independent
  journalism.``: notices about the site, not the story;
* :func:`is_related_heading` -- ``Related posts:``, ``Search Keywords:``:
  a heading of links or topics;
* :func:`is_dated_byline` -- ``By Jane Doe   April 11, 2024 | 05:37 pm
  GMT+7``, ``Example Online , Wednesday 6 Mar 2024``: a credit and its
  stamp on one line;
* :func:`is_staff_credit` -- ``MEE staff``, ``Tribune Desk``: an outlet's
  staff as the byline (a byline only next to a timestamp, as other credit
  lines);
* :func:`is_wire_credit` -- ``Example Times with EFE and AFP``: the outlet
  and the wires it drew on, under the story (below the last paragraph only:
  over the body it stands in the byline's block);
* :func:`is_credited_caption` -- ``X speaks to reporters on Tuesday. X said
  … Jane Roe / for Example News``, ``… [File, Example Standard]``: a photo
  caption closed by its photographer's credit, even when it reports speech.

Like the rest of the clean stage they aim at precision: anchored patterns,
short lines, no quotation marks.
"""

from __future__ import annotations

import re
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.clean.bylines import is_credit_line, is_stamp_line
from whosaid.clean.line_shape import SHORT_LINE_WORDS, word_count
from whosaid.clean.timestamps import is_timestamp

_I = re.IGNORECASE
_QUOTE_MARK = re.compile(r"[\"“”«»]")

_LINK_CONTROL = re.compile(
    r"^(?:short\s+(?:link|url)|permalink|link\s+copied|copy(?:\s+the)?\s+link|"
    r"request\s+(?:a\s+)?reprints?(?:\s*(?:&|and)\s*(?:licensing|permissions))?|"
    r"reprints?\s*(?:&|and)\s*(?:licensing|permissions)|"
    r"(?:submit|suggest|send)\s+(?:a\s+)?corrections?|report\s+an?\s+(?:error|typo)|"
    r"view\s+(?:our\s+)?editorial\s+(?:guidelines|standards|policy)|"
    # A comments link, a gift button, an embed's placeholder, a summary
    # switch: "Comments", "Gift this article free", "External Content",
    # "Read this news in brief form".
    r"comments|gift\s+this\s+(?:article|story)\s+(?:for\s+)?free|"
    r"(?:external|embedded|third[\s-]party)\s+content|"
    r"read\s+this\s+(?:news|article|story)\s+in\s+brief(?:\s+form)?)\s*[:!]?$",
    _I,
)


def is_link_control(line: str) -> bool:
    """A page's button: ``Short link:``, ``Link copied``, ``Request Reprint
    & Licensing``, ``Submit Correction``, ``View Editorial Guidelines``,
    ``Comments``, ``Gift this article free``, ``External Content`` (an
    embed's placeholder), ``Read this news in brief form``."""
    return _LINK_CONTROL.match(line) is not None


_SHARE_BUTTON = re.compile(
    r"^(?:share|post|tweet|send)\s+(?:on|by|via|to|with)\s+[\w.+-]+(?:\s+[\w.+-]+)?$",
    _I,
)
_ROW_SEPARATOR = re.compile(r"\s*[|•·]\s*")


def is_share_row(line: str) -> bool:
    """Share buttons in a row: ``Share on Facebook | Share on X | Share by
    email`` (two or more, each "share on/by/via" and a short name)."""
    buttons = [b for b in _ROW_SEPARATOR.split(line) if b]
    return len(buttons) >= 2 and all(_SHARE_BUTTON.match(b) for b in buttons)


# "dpa jor/tr xx a3 ger": lower-case codes of up to six letters or digits,
# one of them with a slash (the editors' initials).
_DESK_CODE = re.compile(
    r"^(?=.*[a-z0-9]/[a-z0-9])[a-z0-9]{1,6}(?:/[a-z0-9]{1,6})*"
    r"(?:\s+[a-z0-9]{1,6}(?:/[a-z0-9]{1,6})*){2,8}$"
)
# "Example-SDA/example.ch/ds": agency, outlet and initials in one slashed word.
_SLASHED_DESK_CODE = re.compile(r"^[A-Z][\w.-]{1,20}(?:/[\w.-]{1,20}){2,4}$")
# "EXA abc/def/gh": a wire's capitals and its editors' slashed initials.
_WIRE_DESK_CODE = re.compile(
    r"^[A-Z]{2,6}(?:\s+[a-z0-9]{1,6}(?:/[a-z0-9]{1,6})+){1,4}$"
)
# "EXA ABC DEF GHI": a wire's capitals and its editors' initials in capitals.
_CAPITAL_DESK_CODE = re.compile(r"^[A-Z]{2,5}(?:\s+[A-Z]{3}){2,6}$")
# "==Kyodo", "== AFP", "-- EXAMPLE": a wire's sign-off after a rule.
_RULED_SIGN_OFF = re.compile(
    r"^(?:={2,}|-{2,}|[—–])\s*[A-Z][\w.-]{1,20}(?:\s+[A-Z][\w.-]{1,20})?$"
)


# "Contributing: Jane Roe", "Main image credit: Jane Roe/Example".
_LABELLED_CREDIT = re.compile(
    r"^(?:contributing|contributors?|(?:main\s+)?(?:image|photo|picture)\s+credit)"
    r"\s*:\s*[A-Z][^.!?\"“”]{1,60}$",
    _I,
)


# "Example's Jane Roe contributed from Paris. Edited by: John Doe", "Jane Roe
# contributed to this report."
_CONTRIBUTED_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,5}contributed\s+(?:to\s+this\s+(?:report|story|article)|"
    r"reporting|from\s+[A-Z][^.!?\"“”]{0,40})\.?"
    r"(?:\s+edited\s+by\s*:?\s*[A-Z][^.!?\"“”]{0,40}\.?)?$",
    _I,
)
# "By: Example 24 with AFP, Reuters": the byline of an outlet and its wires.
_WIRE_BYLINE = re.compile(
    r"^by\s*:?\s+(?:[A-Z0-9][\w.'’&-]*\s+){1,4}with\s+(?:[A-Z]{2,6}|Reuters|agencies|wires)"
    r"(?:\s*(?:,|and|&)\s*(?:[A-Z]{2,6}|Reuters|agencies|wires))*\.?$",
    _I,
)


# "Example.ca Ottawa News Bureau Online Producer", "Senior Political
# Correspondent": a journalist's title alone on its line, every word capitalised.
_STAFF_TITLE = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){0,6}(?i:producer|reporter|correspondent|editor|writer|"
    r"journalist|columnist|photographer|videographer)s?(?:\s+@\w{2,30})?$"
)
# "Example Images", "Example Photo": a picture agency's credit alone.
_PICTURE_CREDIT = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,2}(?:Images|Photos?|Pictures)$"
)


def is_labelled_credit(line: str) -> bool:
    """A credit under its label: ``Contributing: Jane Roe``, ``Main image
    credit: Jane Roe/Example``; also ``Jane Roe contributed from Paris.
    Edited by: John Doe`` and an outlet's byline with its wires (``By:
    Example 24 with AFP, Reuters``), a journalist's title alone
    (``Example.ca Ottawa News Bureau Online Producer``, ``Political
    correspondent @JaneRoeNews``) and a picture
    agency's credit alone (``Example Images``)."""
    return any(
        p.match(line) is not None
        for p in (
            _LABELLED_CREDIT,
            _CONTRIBUTED_CREDIT,
            _WIRE_BYLINE,
            _STAFF_TITLE,
            _PICTURE_CREDIT,
        )
    )


def is_desk_code(line: str) -> bool:
    """A wire desk's codes or sign-off under the story: ``dpa jor/tr xx a3
    ger``, ``EXA abc/de``, ``EXA ABC DEF GHI``, ``Exa-SDA/exa.ch/ds``,
    ``==Kyodo``, ``-- EXA``."""
    return any(
        p.match(line) is not None
        for p in (
            _DESK_CODE,
            _WIRE_DESK_CODE,
            _CAPITAL_DESK_CODE,
            _SLASHED_DESK_CODE,
            _RULED_SIGN_OFF,
        )
    )


_FOLLOW_APPEALS = (
    # "Follow Example Eye's live coverage for the latest on the war",
    # "Live updates: follow the latest on the ceasefire".
    re.compile(
        r"^(?:live\s+(?:updates?|blog)\s*:\s*)?follow\s+(?:our|the|"
        r"(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?)\s+"
        r"(?:(?:live|latest|full|ongoing)\s+)?(?:coverage|updates|blog|latest)\b",
        _I,
    ),
    # "Stay updated with the latest news!", "Stay tuned for more updates."
    re.compile(
        r"^stay\s+(?:updated|tuned|informed|up\s+to\s+date)\s+(?:with|for)\s+"
        r"(?:the\s+)?(?:latest|more|all)\b[^.!?]{0,40}[.!]?$",
        _I,
    ),
    # "For more news and updates, follow us on Facebook and X."
    re.compile(
        r"^for\s+(?:more|the\s+latest)\s+(?:news|updates|stories)\b[^.!?]{0,40}"
        r"\bfollow\s+us\b",
        _I,
    ),
    # "Get the latest news on The Example WhatsApp channel".
    re.compile(
        r"^get\s+(?:the\s+)?latest\s+(?:news|updates|stories)\s+(?:on|via|from)\s+"
        r"[^.!?]{0,40}\b(?:whatsapp|telegram|channel|app)\b",
        _I,
    ),
    # A newsletter's pitch: "Keep up to date with what's happening in Turkey",
    # "Get our free Inside Politics email for the latest news", "Catch all the
    # Latest India News ...", "I would like to be emailed about offers".
    re.compile(r"^keep\s+up\s+to\s+date\s+with\s+what['’]s\s+happening\b", _I),
    re.compile(r"^get\s+our\s+free\s+[^.!?]{0,40}\b(?:email|newsletter)\b", _I),
    re.compile(r"^catch\s+all\s+the\s+latest\b", _I),
    re.compile(r"^i\s+would\s+like\s+to\s+(?:be\s+emailed|receive)\b", _I),
    # "Follow @example", "Follow the Example Daily on Apple Podcasts, Spotify",
    # "Add Example News on Google", "Connect With Us : 0300 000 101".
    re.compile(r"^follow\s+@\w+$", _I),
    re.compile(
        r"^(?:follow|listen\s+to|subscribe\s+to)\s+[^.!?]{0,60}\bon\s+"
        r"(?:apple\s+podcasts|spotify|google\s+podcasts|amazon\s+music)\b",
        _I,
    ),
    re.compile(r"^add\s+[^.!?]{1,40}\s+on\s+google(?:\s+news)?$", _I),
    re.compile(r"^connect\s+with\s+us\b", _I),
)
_APPEAL_MAX_WORDS: Final = 25


def is_follow_appeal(line: str) -> bool:
    """A pointer to the site's other services (see the module's list)."""
    if word_count(line) > _APPEAL_MAX_WORDS or _QUOTE_MARK.search(line):
        return False
    return any(p.match(line) for p in _FOLLOW_APPEALS)


_SITE_NOTICES = (
    # "IE 11 is not supported. For an optimal experience visit our site on
    # another browser."
    re.compile(r"\bis\s+not\s+supported\b.{0,80}\bbrowser\b", _I),
    re.compile(r"^(?:please\s+)?(?:update|upgrade)\s+your\s+browser\b", _I),
    # "You can unsubscribe at any time. By signing up you are agreeing to our
    # Terms of Use and Privacy Policy."
    re.compile(r"^you\s+can\s+unsubscribe\s+at\s+any\s+time\b", _I),
    re.compile(r"(?:^|(?<=[.!?])\s)by\s+signing\s+up\b.{0,60}\bagree", _I),
    # "Example Standard is a leading business news website."
    re.compile(
        r"^(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+is\s+(?:an?|the)\s+"
        r"(?:leading|premier|independent|trusted|top)\s+[^.!?]{0,50}"
        r"\b(?:news\s+)?(?:website|site|portal|outlet|publication|platform)\.?$",
        _I,
    ),
    # "To learn more about republishing this content and the fees, ..."
    re.compile(r"\brepublish(?:ing)?\s+this\s+(?:content|article|story)\b", _I),
    # Comment and view counters: "Comments are only available to
    # subscribers.", "Comments will be moderated. ...", "Show comments 214",
    # "This story has been viewed 12,487 times."
    re.compile(
        r"^comments\s+(?:are\s+only\s+available|will\s+be\s+moderated|"
        r"are\s+(?:closed|disabled))\b",
        _I,
    ),
    re.compile(r"^(?:show|view|read)\s+(?:all\s+)?comments?(?:\s+\(?[\d,]+\)?)?$", _I),
    re.compile(
        r"^this\s+(?:story|article)\s+has\s+been\s+(?:viewed|read|shared)\s+"
        r"[\d,]+\s+times\.?$",
        _I,
    ),
    # "(Only the headline of this report may have been reworked ...; the rest
    # of the content is auto-generated from a syndicated feed.)"
    re.compile(r"\bauto-?generated\s+from\s+an?\s+(?:syndicated\s+)?feed\b", _I),
    # "EXAMPLE provides up-to-date authentic and comprehensive news ..."
    re.compile(
        r"^(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+provides\s+"
        r"[^.!?\"“”]{0,60}\bnews\b",
        _I,
    ),
    # "This content was published on March 3, 2024 - 17:45"
    re.compile(
        r"^this\s+(?:content|article|story|page)\s+was\s+(?:first\s+)?"
        r"(?:published|posted|updated)\s+on\s+[^.!?]{4,40}$",
        _I,
    ),
    # "When citing and using any materials on the Internet, open hyperlinks
    # to example.net not lower than the first paragraph are required."
    re.compile(r"^when\s+(?:citing|quoting|using)\b.{0,80}\bhyperlinks?\b", _I),
    # A classified advert: "TEXT AD: Call ... - +234...".
    re.compile(r"^(?:text\s+ad|advert(?:isement)?|sponsored)\s*:\s*\S", _I),
    # "Example News is broadcast at 7pm on Example 4."
    re.compile(
        r"^(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,4})\s+(?:is|airs)\s+"
        r"(?:broadcast|aired|on\s+air|live)\s+(?:at|on|every|weekdays)\b[^.!?]{0,40}\.?$",
        _I,
    ),
)
_NOTICE_MAX_WORDS: Final = 45
# "... has been designated a "foreign agent". Please support our independent
# journalism.": an appeal closing the outlet's note (which may quote).
_SUPPORT_APPEAL = re.compile(
    r"(?:^|(?<=[.!?])\s)please\s+support\s+(?:our|independent)\s+"
    r"(?:[\w-]+\s+){0,2}(?:journalism|reporting|media)\.?$",
    _I,
)


def is_site_notice(line: str) -> bool:
    """A notice about the site, not the story (see the module's list)."""
    if word_count(line) > _NOTICE_MAX_WORDS:
        return False
    if _SUPPORT_APPEAL.search(line):
        return True
    return _QUOTE_MARK.search(line) is None and any(
        p.search(line) for p in _SITE_NOTICES
    )


_RELATED_HEADING = re.compile(
    r"^(?:related\s+(?:posts?|reading|videos?|items?|headlines)|more\s+about|"
    r"explore\s+more|"
    r"search\s+(?:keywords?|tags?|terms?))\s*:?$",
    _I,
)


def is_related_heading(line: str) -> bool:
    """A heading of links or topics: ``Related posts:``, ``Search
    Keywords:``, ``More about``."""
    return _RELATED_HEADING.match(line) is not None


_CREDIT_STAMP_SEPARATOR = re.compile(r"\s*[,|·•]\s+|\s{2,}")


def is_dated_byline(line: str) -> bool:
    """A credit and its stamp on one line: ``By Jane Doe   April 11, 2024 |
    05:37 pm GMT+7``, ``Example Online , Wednesday 6 Mar 2024``: the words
    before a separator (a comma, a bar or a run of spaces) are a credit
    line, and everything after it a timestamp or a stamp line."""
    if word_count(line) > SHORT_LINE_WORDS + 4 or _QUOTE_MARK.search(line):
        return False
    for sep in _CREDIT_STAMP_SEPARATOR.finditer(line):
        credit, stamp = line[: sep.start()].strip(), line[sep.end() :].strip()
        if not credit or not stamp:
            continue
        if (is_credit_line(credit) or is_staff_credit(credit)) and (
            is_timestamp(stamp) or is_stamp_line(stamp)
        ):
            return True
    return False


_STAFF_CREDIT = re.compile(
    r"^(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+"
    r"(?:staff(?:\s+(?:writers?|reporters?))?|(?:news\s+)?desk|online\s+desk|"
    r"web\s+desk|bureau|report)$",
    _I,
)


def is_staff_credit(line: str) -> bool:
    """An outlet's staff as the byline: ``MEE staff``, ``Tribune Desk``,
    ``Star Online Report`` (a byline only next to a timestamp)."""
    return _STAFF_CREDIT.match(line) is not None


_WIRE = r"(?:[A-Z]{2,6}|Reuters|[Aa]gencies|[Ww]ires)"
_WIRE_CREDIT = re.compile(
    rf"^(?:[A-Z][\w.'’&-]*\s+){{1,4}}with\s+{_WIRE}(?:\s*(?:,|and|&)\s*{_WIRE})*\.?$"
)


def is_wire_credit(line: str) -> bool:
    """The outlet and the wires it drew on: ``Example Times with EFE and
    AFP``, ``Example Post with Reuters`` (:mod:`whosaid.clean.text` takes it
    below the last paragraph)."""
    return _WIRE_CREDIT.match(line) is not None


# A photographer's credit after the caption's last sentence: "Jane Roe / for
# Example News", "Jane Roe/Example via Getty Images", "Jane Roe Jr / ET".
_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*/\s*"
    r"(?:(?:for|via)\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|via|of|the|and|for)){0,5}"
    r"\s*$"
)
# "... since morning. [File, Example Standard]", "... on Sunday. [PHOTO
# CREDIT: @example]": a file photo's source.
_FILE_CREDIT = re.compile(
    r"(?<=[.!?])\s+\[\s*(?i:file|photo(?:\s+credit)?|handout|courtesy|credit)\s*[,:]\s*"
    r"@?[A-Za-z][\w .&'’-]{1,40}\]\s*$"
)
# "... on Tuesday. EXAMPLE PHOTO/Jane Roe/abc.", "... since morning. - Jane
# Roe/Photographer", "... to parliament. Keystone / Jane Roe": an agency's or
# a photographer's name, a slash and more credit, wherever the name comes.
_SLASHED_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s+(?:[-–—]\s+)?(?!(?:The|A|An|This|That|These|Those|It|Its|He|"
    r"His|She|Her|They|Their|We|Our|In|On|At|But|And|Some)\b)"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*/\s*[A-Za-z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,2}){1,3}\.?\s*$"
)
# "... on purpose. Image: Jane Roe/Example", "... this afternoon (Pic:
# Example.ie)": a credit under its label.
_LABELLED_PHOTO_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’])\s+|\s+\()(?i:image|photo|picture|pic|credit)s?\s*:\s*"
    r"[A-Z@][\w .&/'’-]{1,50}\)?\s*$"
)
# "... surprised markets. (NHK)", "... the capital alone. [Example News]":
# the outlet alone in brackets after a caption that opens on a present-tense
# verb of a picture ("X speaks to ...", "Protesters fill ...").
_BRACKETED_OUTLET = re.compile(
    r"(?<=[.!?])\s+(?:\([A-Z][\w.&'’ -]{1,30}\)|\[[A-Z][\w.&'’ -]{1,30}\])\s*$"
)
# "... on March 19. AA photo", "... after the river overflowed (Pic Example
# Estado)", "... on Wednesday. —JANE M. ROE": an agency's photo, a label
# without its colon in brackets, a photographer in capitals after a dash.
_AGENCY_PHOTO = re.compile(
    r"(?<=[.!?])\s+[A-Z]{2,6}\s+(?i:photo|photograph|file\s+photo)\.?\s*$"
)
_BRACKETED_LABEL = re.compile(
    r"\s\((?i:pic|photo|image|picture)s?\s+[A-Z][\w .&/'’-]{1,40}\)\s*$"
)
_DASHED_CAPITALS = re.compile(
    r"(?<=[.!?])\s*[—–]\s*[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){1,4}\s*$"
)
_PICTURE_VERB = re.compile(
    r"^[^.!?]{1,120}?\b(?:speaks|addresses|attends|arrives|walks|fill|fills|gather|"
    r"gathers|celebrate|celebrates|stand|stands|hold|holds|wave|waves|march|marches|"
    r"looks|poses|meets|shakes|sits|gestures|listens|leaves|greets|blocks|"
    r"is\s+seen|are\s+seen)\b"
)
_CAPTION_MAX_WORDS: Final = 60


def is_credited_caption(line: str) -> bool:
    """A photo caption closed by its photographer's credit (a person's name,
    a slash and the outlet) or a file photo's source in brackets, even when
    the caption reports speech ("… Critics said the vote was a formality.
    Jane Roe/Example via Getty Images"); also an agency's slashed credit
    ("EXAMPLE PHOTO/Jane Roe/abc.", "Keystone / Jane Roe"), a labelled one
    ("Image: Jane Roe/Example", "(Pic: Example.ie)", "(Pic Example
    Estado)"), an agency's photo ("… on March 19. AA photo"), a photographer
    in capitals after a dash ("… on Wednesday. —JANE M. ROE"), or the outlet
    alone in brackets ("(NHK)") after a caption that opens on a picture's
    present-tense verb ("X speaks to journalists …")."""
    if word_count(line) > _CAPTION_MAX_WORDS:
        return False
    if _PHOTOGRAPHER_CREDIT.search(line) or _FILE_CREDIT.search(line):
        return True
    if _QUOTE_MARK.search(line) is None and (
        _SLASHED_CREDIT.search(line)
        or _LABELLED_PHOTO_CREDIT.search(line)
        or _AGENCY_PHOTO.search(line)
        or _BRACKETED_LABEL.search(line)
        or _DASHED_CAPITALS.search(line)
    ):
        return True
    return bool(_BRACKETED_OUTLET.search(line) and _PICTURE_VERB.match(line))


_BULLET = re.compile(r"^[+•>»]\s+(?=\S)")


def is_bulleted_link(line: str) -> bool:
    """A link line behind a bullet: ``+ Read more: Who is …``."""
    bullet = _BULLET.match(line)
    return bullet is not None and (
        bp.boilerplate_kind(line[bullet.end() :]) == bp.LINK_BLOCK
    )


def leftover_kind(line: str) -> str | None:
    """The leftover kind of ``line`` by the shapes of this module, wherever
    it stands, or None (bylines depend on position and are not here)."""
    if is_bulleted_link(line):
        return bp.LINK_BLOCK
    if is_share_row(line):
        return bp.SHARE
    if is_related_heading(line):
        return bp.LINK_BLOCK
    if is_desk_code(line) or is_labelled_credit(line):
        return bp.CREDIT
    if is_link_control(line) or is_follow_appeal(line) or is_site_notice(line):
        return bp.SITE_FOOTER
    return None
