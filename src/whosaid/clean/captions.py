"""Photo captions and credits: a caption line, a credit alone, a caption's credit.

The patterns aim at precision: a paragraph that mentions a photo must stay
body, so the loose ones apply only to lines that report no speech.
"""

from __future__ import annotations

import re

from whosaid.clean.line_shape import word_count
from whosaid.clean.regex_needs import needed_chars, search_if_possible
from whosaid.clean.timestamps import MONTH

_I = re.IGNORECASE

_PHOTO_NOUN = (
    r"(?:photo(?:graph)?s?|pic(?:ture)?s?|images?|screen\s?grabs?|screenshots?|"
    r"(?:video|frame|image)\s+grabs?|stills?|combination\s+(?:photo|picture)s?)"
)
_PHOTO_ADJ = (
    r"(?:(?:undated|file|handout|recent|aerial|satellite|pool|archive|archival|"
    r"tv|video|combination|official)\s+)"
)
# "This undated photo released by ... shows ...", "A picture taken on ...".
# Loose enough to hit a paragraph about a photo, so it is only used on lines
# without reported speech (see _REPORTED_SPEECH).
_CAPTION_START_LOOSE = re.compile(
    rf"^(?:this|these|a|an)\s+{_PHOTO_ADJ}*{_PHOTO_NOUN}\b.{{0,300}}?"
    r"\b(?:shows?|showing|depicts?|is\s+seen|are\s+seen|"
    r"taken\s+(?:on|in|at|from|by|during))\b",
    _I,
)
_CAPTION_STARTS = (
    # A gallery's counter: "1 of 5 | Residents wade through ...".
    re.compile(r"^\d{1,3}\s+of\s+\d{1,3}\s*[|:–—]\s*\S"),
    # "File photo taken on March 8, 2017, shows ...", "Handout picture of ...".
    re.compile(rf"^(?:file|handout|undated|archive)\s+{_PHOTO_NOUN}\b", _I),
    # AP style: "In this Nov. 8, 2016, file photo, ...", "In this image made
    # from video ...".
    re.compile(
        r"^in\s+(?:this|these)\b.{0,80}?\b(?:photo(?:graph)?s?|pictures?|images?|"
        r"screenshots?|(?:video|frame)\s+grabs?)\b",
        _I,
    ),
    # "Photo: ...", "Image: ...", "Caption: ...", "Pictured: ...".
    re.compile(
        r"^(?:photo|photograph|picture|image|caption|photo\s+credit|image\s+credit|"
        r"credit|pictured|photo\s+by|pictures?\s+by)\s*(?::|\||–|—|-\s)",
        _I,
    ),
)
# BBC style: "Image caption, Ministers arrive ...", "Media caption, ...",
# "Image source, Getty Images": a label and a comma (or a colon); a source
# or credit is a short name.
_CAPTION_LABELS = (
    re.compile(r"^(?:image|media|video|photo|picture)\s+caption\s*[,:]\s*\S", _I),
    re.compile(
        r"^(?:image|media|video|photo|picture)\s+(?:source|credit)\s*[,:]\s*"
        r"[^,;\"“”]{1,60}$",
        _I,
    ),
)
# A caption in running text would quote or report speech; these start patterns
# are dropped for lines that do.
_REPORTED_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told)\b")

_AGENCY = (
    r"(?:AFP|AP|Reuters|REUTERS|EPA|EPA-EFE|Getty\s+Images|Getty|Xinhua|XINHUA|"
    r"Bloomberg|Anadolu(?:\s+Agency)?|ANADOLU\s+AGENCY|AA|IRNA|Sputnik|SPUTNIK|"
    r"TASS|Yonhap|KCNA|UPI|PA|dpa|DPA|Shutterstock|SIPA|Sipa|ZUMA|Zuma|"
    r"NurPhoto|Pool|POOL|Press\s+TV|SANA|WAFA|Mehr|Tasnim|ISNA|IRIB|Kyodo|ANSA|"
    r"Belga|Reuters\s+TV|AFPTV|AP\s+Images)"
)
# An agency's picture service: "PA Wire", "PA Media", "EPA Images".
_AGENCY_SERVICE = rf"{_AGENCY}(?:\s+(?:Wire|Media|Images|Photos?|Pictures))?"
# A credited name: capitalised words ("Kevin Lamarque", "SAUL LOEB").
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|al|el|bin)){0,4}"
# Credits may be followed by a period and closing brackets.
_CREDIT_END = r"[.)\]]*\s*$"
# An agency after a dash or a bar ending a caption: "... on Thursday. — AFP",
# "... in July | KYODO".  A paragraph may end so too, so is_caption takes it
# only on a line that does not report speech.
_DASHED_AGENCY = re.compile(
    rf"(?:(?<=[.!?])\s+[—–]|\s\|)\s*(?:{_AGENCY}|[A-Z]{{2,}}(?:\s+[A-Z]{{2,}}){{0,2}})"
    rf"(?:\s*/\s*{_NAME})?{_CREDIT_END}"
)
_CAPTION_ENDS = (
    # "(AFP Photo / Saul Loeb)", "(AP Photo/Evan Vucci)", "(Photo by X)",
    # "(Reuters file photo)", "(Getty Images)", "(Reuters)", "(PA Wire)".
    re.compile(
        r"\((?:(?:[A-Z][\w.-]*\s+|(?i:file|handout|undated|pool|archive)\s+){0,3}"
        r"(?i:photo|photograph|picture|image)s?\b(?:\s*(?:/|:|(?i:by|credit))"
        r"[^()]*)?|"
        rf"{_AGENCY_SERVICE}(?:\s*(?:/|via|-)\s*[^()]{{1,60}})?){_CREDIT_END}"
    ),
    # "... May 1, 2017. REUTERS/Kevin Lamarque", "AFP PHOTO / SAUL LOEB",
    # "(FABRICE COFFRINI/AFP/Getty Images)".
    re.compile(
        rf"(?:^|[\s.(])(?:{_AGENCY}(?:\s+(?:PHOTO|Photo|photo|Images|Pictures))?)"
        rf"\s*/\s*{_NAME}(?:\s*/\s*{_NAME})*{_CREDIT_END}"
    ),
    # "... Photo by Chip Somodevilla/Getty Images", "Jane Doe / AFP".
    re.compile(
        rf"(?:^|[\s(]){_NAME}\s*/\s*"
        rf"{_AGENCY_SERVICE}(?:\s+via\s+Getty\s+Images)?(?:\s*/\s*Getty\s+Images)?"
        rf"{_CREDIT_END}"
    ),
    # Al Jazeera style: "... in Dhaka [Jane Doe/Al Jazeera]", "... [File: AFP]",
    # "... [Courtesy of the family]", "... [Reuters]".  A bare "[Name]" is not
    # enough: the brackets need a credit label, a slash or an agency, and the
    # text before them must not end a sentence ("... the ban. [Reuters]" is a
    # news digest item citing its source).
    re.compile(
        r"[^\s.!?…\"”’]\s*\[\s*(?:"
        r"(?i:file|handout|courtesy|photo|picture|image|illustration|screengrab|"
        r"video\s+grab|supplied)(?:\s+(?i:photo|picture|image)s?)?"
        r"\s*(?::|\bof\b|\bby\b)\s*[^\[\]\"“”]{1,80}|"
        rf"{_NAME}\s*/\s*{_NAME}(?:\s*/\s*{_NAME})*|"
        rf"{_AGENCY}|Al\s+Jazeera"
        r")\s*\]\.?\s*$"
    ),
    # "... in Beirut. Photo: AFP", "| Photo by Jane Doe", "... 2018. ST PHOTO:
    # JANE DOE" (an outlet's initials first).
    re.compile(
        r"(?:^|[.!?)]\s+|[|–—]\s*)(?:[A-Z]{2,6}\s+)?(?i:photo|picture|image|photograph)s?"
        rf"(?:\s+(?i:by|credit)\s*:?|\s*:)\s*{_NAME}(?:\s*/\s*{_NAME})*{_CREDIT_END}"
    ),
    # A credit label after the caption's sentence: "... in Brisbane. Credit:
    # Jane Doe" (the credit is a short name, so a sentence never ends so).
    re.compile(
        rf"(?<=[.!?])\s+(?i:credit)\s*:\s*{_NAME}(?:\s*/\s*{_NAME})*{_CREDIT_END}"
    ),
    # A source in brackets after the caption's last sentence: "... on Oct. 31.
    # (City Administration / Telegram)", "... inflation. (Example News: Jane
    # Doe)": capitalised words, then a slash or a colon and a short name.
    re.compile(
        r"(?<=[.!?])\s+\((?!(?i:update|updated|correction|clarification|note|"
        r"editor|read|see|watch|listen|related|video)\b)"
        r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s*(?::|/)\s*"
        r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\)\s*$"
    ),
    # A copyright credit after the caption: "... in Niamey. © Jane Doe, AFP",
    # "... in Paris. - Copyright Jane Doe/AP Photo".
    re.compile(
        r"(?<=[.!?])\s+(?:[-–—]\s*)?(?:(?i:copyright)\s*©?|©)\s*"
        rf"{_NAME}(?:\s*[,/]\s*{_NAME}){{0,3}}\s*$"
    ),
    _DASHED_AGENCY,
    # A name and an agency in spaced brackets: "... in Ankara. ( Jane Doe -
    # Example Agency )".
    re.compile(rf"(?<=[.!?])\s+\(\s*{_NAME}\s*[-–—/]\s*(?:{_AGENCY}|{_NAME})\s*\)\s*$"),
    # A photographer in capitals after the caption's sentence, perhaps with a
    # source in brackets: "... on Tuesday. JANE DOE ROE (Example Office)".
    re.compile(
        r"(?<=[a-z)][.!?])\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]*){1,5}"
        r"(?:\s*\([^()\"“”]{1,40}\))?\s*$"
    ),
)


# A credited name that may hold small words: "Office of the President",
# "The Canadian Press", "Nation Media Group".
_LONG_NAME = (
    r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|for|and|de|du|da)){0,5}"
    r"(?<=[\w.])"
)
# A capitalised credit label closing a caption without a full stop: "Andrew
# Bailey said the decision had been 'finely balanced' Credit: Jane Doe for The
# Telegraph" (running text never ends in "Credit: Name").
_UNSTOPPED_CREDIT = re.compile(
    rf"(?<=[^\s.!?])\s+(?:(?:Photo|Image)\s+)?Credit\s*:\s*{_LONG_NAME}{_CREDIT_END}"
)
# Looser credits ending a caption; a paragraph could end so too, so is_caption
# takes them only on a line that does not report speech (like _DASHED_AGENCY).
_LOOSE_CAPTION_ENDS = (
    # A source in brackets after the last sentence: "... on Tuesday. (Joint
    # Press Corps)", "... in AlUla on Tuesday. (SPA)".
    re.compile(
        r"(?<=[.!?])\s+\((?!(?i:update|updated|correction|clarification|note|"
        r"editor|read|see|watch|listen|related|video|full|more)\b)"
        r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\)\s*$"
    ),
    # An agency alone after the last sentence: "... early Wednesday. Yonhap".
    re.compile(rf"(?<=[a-z][.!?])\s+{_AGENCY}\.?\s*$"),
    # Bars between names: "... 2024. | Dennis Onsongo | Nation Media Group".
    re.compile(
        rf"(?<=[.!?])\s+\|\s*{_LONG_NAME}(?:\s*\|\s*{_LONG_NAME})+{_CREDIT_END}"
    ),
    # A photo label with the outlet's name before it or a long name after it:
    # "... on Tuesday. Post Photo: Sagun Adhikari", "... Zaluzhnyi. Photo:
    # Office of the President".
    re.compile(
        r"(?<=[.!?])\s+(?:[A-Z][\w'’&-]*\s+){0,2}(?i:photo|picture|image|photograph)s?"
        rf"(?:\s+(?i:by|credit)\s*:?|\s*:)\s*{_LONG_NAME}(?:\s*/\s*{_LONG_NAME})*"
        rf"{_CREDIT_END}"
    ),
    # Where the picture comes from: "... 2025. Photo from a Presidential
    # Communications Office video", "Image courtesy of the family".
    re.compile(
        r"(?<=[.!?])\s+(?i:photo|picture|image|screengrab|screenshot)s?\s+"
        r"(?i:from|courtesy\s+of)\s+[^.!?\"“”]{1,80}$"
    ),
    # A photographer and an outlet after a dash or glued to the full stop:
    # "... in August. - Gabriel Marcondes/Folhapress", "... on
    # Tuesday.Spencer Colby/The Canadian Press".
    re.compile(
        rf"(?<=[a-z][.!?])(?:\s*[-–—]\s*|\s*)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
        rf"\s*/\s*{_LONG_NAME}{_CREDIT_END}"
    ),
)
# A wire photo's caption ends with the day it was taken after a comma: "...
# on the outskirts of the city, Jan. 26, 2025."  Running text says "on Jan.
# 26"; the caption names the place, then the date.
_DATED_CAPTION = re.compile(
    r"\w,\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?"
    rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH}),?\s+\d{{4}}\.$",
    _I,
)
_DATED_CAPTION_MAX_WORDS = 60
# A sentence break inside a line: a lower-case word, its full stop and a
# capital ("... too early. New Hampshire"; not "Sen. Marco" or "Jan. 26").
# A caption is one sentence; a digest paragraph ends with a dated sign-off.
_SENTENCE_BREAK = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")


# The characters each credit ending cannot match without (most lines lack
# them: ``in`` skips the search; see regex_needs).
_ENDS_NEEDS = tuple(
    (pattern, needed_chars(pattern))
    for pattern in _CAPTION_ENDS
    if pattern is not _DASHED_AGENCY
)
_LOOSE_ENDS_NEEDS = tuple(
    (pattern, needed_chars(pattern)) for pattern in _LOOSE_CAPTION_ENDS
)
_UNSTOPPED_NEEDS = needed_chars(_UNSTOPPED_CREDIT)


def is_caption(line: str) -> bool:
    """Return whether ``line`` is a photo caption or credit line.

    Args:
        line: One line of text, stripped.

    Returns:
        True for caption starts (``This file photo taken on ... shows``, ``In
        this ... photo``, ``Photo: ...``), credit endings (``(AFP Photo /
        ...)``, ``REUTERS/Name``, ``Name/Getty Images``) and a wire photo's
        date ending (``... in the capital, Jan. 26, 2025.``).
    """
    if search_if_possible(_UNSTOPPED_CREDIT, _UNSTOPPED_NEEDS, line) or any(
        search_if_possible(pattern, needs, line) for pattern, needs in _ENDS_NEEDS
    ):
        return True
    reports_speech = _REPORTED_SPEECH.search(line) is not None
    if not reports_speech and (
        _DASHED_AGENCY.search(line)
        or any(
            search_if_possible(pattern, needs, line)
            for pattern, needs in _LOOSE_ENDS_NEEDS
        )
    ):
        return True
    if any(pattern.search(line) for pattern in _CAPTION_STARTS):
        return True
    if any(pattern.match(line) for pattern in _CAPTION_LABELS):
        return True
    if reports_speech:
        return False
    return _CAPTION_START_LOOSE.search(line) is not None or (
        word_count(line) <= _DATED_CAPTION_MAX_WORDS
        and _DATED_CAPTION.search(line) is not None
        and _SENTENCE_BREAK.search(line) is None
    )


# A credit on a line of its own: "Jane Doe/Example News", "Image: Jane
# Doe/dpa/picture alliance", "Photo credit: AFP".
_BARE_CREDIT = re.compile(rf"^{_NAME}(?:\s*/\s*{_NAME})+\.?$")
_LABELLED_CREDIT = re.compile(
    r"^(?:image|photo(?:graph)?|picture|credit|photo\s+credit|image\s+credit|"
    r"image\s+source)\s*[:|,]\s*[^.!?\"“”]{1,60}$",
    _I,
)
_CREDIT_ONLY_MAX_WORDS = 8


def is_credit_only(line: str) -> bool:
    """Return whether ``line`` is only a photo credit (``Jane Doe/Example
    News``, ``Image: Jane Doe/dpa``, ``(AP Photo/Jane Doe)``).

    Such a line credits the caption right above it.

    Example:
        >>> is_credit_only("Jane Doe/Example News"), is_credit_only("He left.")
        (True, False)
    """
    if word_count(line) > _CREDIT_ONLY_MAX_WORDS:
        return False
    if _BARE_CREDIT.match(line) or _LABELLED_CREDIT.match(line):
        return True
    found = caption_credit(line)
    return found is not None and found[0] == 0


def caption_credit(caption: str) -> tuple[int, int] | None:
    """The photo credit at the end of a caption, as offsets into it.

    ``(AP Photo/Evan Vucci)``, ``REUTERS/Kevin Lamarque``, ``Jane Doe /
    AFP``: the photographer and agency are no actors of the story.  The
    match starts at the credit itself, not at the space or full stop before
    it.

    Example:
        >>> caption = "Lagarde speaks in Frankfurt. (AP Photo/Jane Doe, File)"
        >>> start, end = caption_credit(caption)
        >>> caption[start:end]
        '(AP Photo/Jane Doe, File)'
    """
    stripped = caption.rstrip()
    for pattern in (*_CAPTION_ENDS, _UNSTOPPED_CREDIT, *_LOOSE_CAPTION_ENDS):
        m = pattern.search(stripped)
        if m is not None:
            start = m.start()
            bracket = stripped.find("[", start, m.end())
            if bracket >= 0:  # "... in Dhaka [Jane Doe/Al Jazeera]"
                return bracket, m.end()
            while start < m.end() and not (
                stripped[start].isalnum() or stripped[start] in "([©"
            ):
                start += 1
            return start, m.end()
    return None
