"""Line-level recognisers for page leftovers: captions, breadcrumbs, footers...

Each function looks at one stripped line of text and says whether it is a
known kind of leftover.  They know nothing about where the line sits in the
article; :mod:`whosaid.clean.text` adds the position rules (a breadcrumb is
only a breadcrumb above the body, a short line is only a footer below it).

The patterns aim at precision: a body paragraph that merely mentions a photo,
a share price or a subscription must stay body, so most patterns are anchored
at the start or end of the line and the loose ones only apply to short lines.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from whosaid.clean import chrome

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

# Words per line above which the loose (unanchored) patterns never apply: real
# leftovers are short, and a long line is almost always a paragraph.
SHORT_LINE_WORDS: Final = 12
_FOOTER_MAX_WORDS: Final = 40

_I = re.IGNORECASE

# A line "ends a sentence" if its last visible character, after closing quotes
# and brackets, is terminal punctuation.
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")
_WORD = re.compile(r"\S+")

# --- captions --------------------------------------------------------------

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
    # "(Reuters file photo)", "(Getty Images)", "(Reuters)".
    re.compile(
        r"\((?:(?:[A-Z][\w.-]*\s+|(?i:file|handout|undated|pool|archive)\s+){0,3}"
        r"(?i:photo|photograph|picture|image)s?\b(?:\s*(?:/|:|(?i:by|credit))"
        r"[^()]*)?|"
        rf"{_AGENCY}(?:\s*(?:/|via|-)\s*[^()]{{1,60}})?){_CREDIT_END}"
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
        rf"{_AGENCY}(?:\s+via\s+Getty\s+Images)?(?:\s*/\s*Getty\s+Images)?"
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

# --- links, footers, share -------------------------------------------------

_LINK_MARKERS = (
    # Markers that introduce a link whatever follows them.
    re.compile(
        r"^(?:read\s+more|read\s+also|also\s+read|read\s+next|see\s+also|"
        # "Read the article in the original language", "Read the full story"
        r"read\s+the\s+(?:full\s+|original\s+|whole\s+)?(?:article|story)|"
        r"click\s+here|tap\s+here|more\s+on\s+this(?:\s+story)?|"
        r"further\s+reading)\b",
        _I,
    ),
    # Markers that need a colon (or to stand alone) to be link blocks: "More:"
    # or "Related:" yes, "More than 200 people..." no.
    re.compile(
        r"^(?:related|more|watch|listen|read|recommended|trending|"
        # "Example's Top Stories": an outlet's own list
        r"(?:[A-Z][\w.&-]*['’]s\s+)?(?:top\s+stories|most\s+read)|"
        r"recommended\s+(?:stories|articles|reading|for\s+you)|"
        r"related\s+(?:articles?|stories|story|content|coverage|news|topics|links?)|"
        r"more\s+(?:from|on|in|stories|news)(?:\s+\S+){0,4}|more\s+information|"
        r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|"
        r"most\s+(?:read|popular|viewed|shared)|top\s+stories|latest\s+news|"
        r"see\s+more|watch\s+more|more\s+videos?|keep\s+reading|"
        r"go\s+deeper|dig\s+deeper|"
        r"editor'?s?\s+picks?|don'?t\s+miss)\s*(?::|\||»|›|>|$)",
        _I,
    ),
    # A promoted show or podcast and its episode: "Listen to Example Daily:
    # What happens now", "Watch Example Tonight: ...".
    re.compile(
        r"^(?i:listen\s+to|watch|read)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}"
        r"[A-Z][\w.'’&-]*\s*:\s+\S"
    ),
    # A bracketed media tag opening a link line: "[VIDEO] Watch the hearing".
    re.compile(
        r"^[\[(](?:video|watch|photos?|gallery|slideshow|audio|listen|podcast|"
        r"live|graphic|interactive)[\])]",
        _I,
    ),
)

# A topic-list heading on a line of its own: "Keywords", "Topics", "Explore
# more on these topics" (the topic links follow it).  With a colon these are
# site footers ("Tags: Iran, US", see _FOOTERS).
_TOPIC_MARKER = re.compile(
    r"^(?:keywords|tags|topics|related\s+tags|filed\s+under|categories|"
    r"(?:explore\s+)?more\s+on\s+(?:these|this|the)\s+topics?)$",
    _I,
)

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

# "Like this story? Share it with a friend!": a share prompt.
_SHARE_PROMPT = re.compile(
    r"^(?:like|liked|enjoy|enjoyed|love|loved)\s+(?:this|our)\s+"
    r"(?:story|article|post|video|piece|content)\s*\?",
    _I,
)
# A share button's label: "Click to share on Example (Opens in new window)",
# "Click to email a link to a friend".
_SHARE_CLICK = re.compile(
    r"^click\s+to\s+(?:share|email|e-mail|print|tweet|post|save)\b[^.!?\"“”]{0,60}"
    r"(?:\(\s*opens\s+in\s+(?:a\s+)?new\s+window\s*\))?$",
    _I,
)

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

# A screen-reader list widget around related links: "list of 3 items",
# "list 1 of 3", "end of list" (Al Jazeera's "Recommended Stories").
_LIST_OPEN = re.compile(r"^list\s+of\s+\d+\s+items?$", _I)
_LIST_ITEM = re.compile(r"^list\s+\d+\s+of\s+\d+$", _I)
_LIST_CLOSE = re.compile(r"^end\s+of\s+list$", _I)

# "Follow AP's coverage at https://...", "For more news, visit www.x.com": a
# short pointer line that ends in an address.
_POINTER_TO_ADDRESS = re.compile(
    r"^(?:follow|read|see|find|get|visit|watch|listen\s+to|more\s+(?:on|about|from)|"
    r"for\s+more)\b[^\"“”]{0,160}?(?:\bat|\bon|\bvia|\bhere|\bvisit|:)\s*"
    r"(?:https?://|www\.)\S+?[.)]?$",
    _I,
)
_POINTER_MAX_WORDS = 25

# A labelled credit: "Source: Al Jazeera and news agencies", "Editor: Liu
# Jing", "Translated by: ...".  The value after the colon must be short and
# not a sentence (a body line such as "Source: the ministry said ..." is not).
_CREDIT_LABEL = re.compile(
    r"^(?:sources?|(?:chief\s+|web\s+|sub-?)?editors?|edited\s+by|editing|"
    r"reporters?|reporting|correspondents?|writers?|written\s+by|authors?|"
    r"translators?|translated\s+by|translation|photographers?|photos?\s+by|"
    r"producers?|produced\s+by|compiled\s+by|contributors?|"
    r"(?:text|video|words|story|audio|graphics?|illustrations?|design|data|visuals?)"
    r"\s+by)\s*:\s*(?P<value>\S.*)$",
    _I,
)
_CREDIT_VALUE_MAX_WORDS = 8
_QUOTE_MARK = re.compile(r"[\"“”«»]")

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
    r"(?:\s+advertisement)?|continue\s+reading\s+(?:the\s+main\s+story|below))"
    r"\s*[:.]?$",
    _I,
)

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

_SHARE_WORDS = frozenset(
    {
        "share", "shares", "this", "article", "story", "post", "page", "on", "via",
        "the", "facebook", "twitter", "x", "whatsapp", "linkedin", "email",
        "e-mail", "mail", "print", "tweet", "pinterest", "reddit", "telegram",
        "messenger", "sms", "copy", "link", "comments", "comment", "google+",
        "vk", "flipboard", "pocket", "save", "send", "to", "a", "friend",
        "gift", "social", "sharing", "count",
    }
)  # fmt: skip
_SHARE_TRIGGERS = frozenset(
    {"share", "sharing", "gift", "tweet", "facebook", "twitter", "whatsapp",
     "email", "e-mail", "print", "linkedin", "pinterest", "reddit", "telegram"}
)  # fmt: skip
# Share words that say nothing alone ("the story", "on this page").
_SHARE_FILLERS = frozenset(
    {"this", "article", "story", "post", "page", "on", "via", "the", "to", "a",
     "friend", "shares"}
)  # fmt: skip
_SHARE_SEPARATORS = re.compile(r"[\s|/•·:,\-–—]+")

# --- header lines ------------------------------------------------------------

_BYLINE = re.compile(
    # An optional wire tag first: "(LEAD) By ...", "(2nd LD) By ...".
    r"^(?-i:\([A-Z0-9][\w .-]{0,15}\)\s*)?"
    # "By" glued to the name is a scraped link: "ByJane Doe, John Roe".
    # "By: Jane Doe" with a colon.
    r"(?:by:?\s+|(?-i:By(?=[A-Z][a-z])))"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|and|&))*"
    # "By Jane Doe with AFP": a wire service that helped.
    r"(?:\s+with\s+[A-Z][\w.'’-]*(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*){0,3})?"
    # "By Jane Doe, Example News", "by Agencies / Example Times", "By Jane Doe
    # (Example Times)".
    r"(?:\s*[,|/–—-]\s*.{0,60}|\s*\([^()]{1,60}\))?$",
    _I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIMESTAMPS = (
    re.compile(
        r"^(?:published|updated|posted|last\s+updated|first\s+published|"
        r"created|modified)\b.{0,80}$",
        _I,
    ),
    # A line that is only a date and perhaps a time: "Sun Jul 30, 2017 06:39PM".
    re.compile(
        rf"^(?:\w+,?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})[,\s]+"
        r"\d{4}(?:[\s,|-]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$",
        _I,
    ),
    re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?\S*)?$"),
    # The time before the date: "06:22 PM February 05, 2025".
    re.compile(
        rf"^\d{{1,2}}[:.]\d{{2}}\s*[ap]\.?m\.?\s+(?:{_MONTH}\s+\d{{1,2}}|"
        rf"\d{{1,2}}\s+{_MONTH}),?\s+\d{{4}}$",
        _I,
    ),
)

# A credit line without "By": "Staff Writer in Baku", "Jane Doe and John Roe,
# CNN", "Jane Doe | Reuters".  Taken for a byline only next to a timestamp.
_CREDIT_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w.'’-]*"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|de|van|von|da|al|el|bin|bint)){1,3}"
)
# "Jane Doe in Paris and John Roe in Rome": a place after each author.
_CREDIT_PLACE = r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_NAME_CREDIT = re.compile(
    rf"^(?:[Bb]y\s+|By(?=[A-Z][a-z]))?{_CREDIT_NAME}(?:{_CREDIT_PLACE}(?=\s*(?:,|and\b|&)))?"
    rf"(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*){_CREDIT_NAME}"
    rf"(?:{_CREDIT_PLACE}(?=\s*(?:,|and\b|&)))?)*"
    r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|"
    r"\s+with\s+[A-Za-z][\w.'’-]*(?:\s*(?:,|and|&)\s*[A-Za-z][\w.'’-]*){0,5}|"
    r"\s*[,|–—]\s*[A-Z][\w.'’ -]{0,40}|"
    # "Jane Doe and John Roe (The Example Post)"
    r"\s*\([A-Z][\w.'’ &-]{0,40}\))?$"
)
_NAME_CREDIT_MAX_WORDS = 12
# A wire service alone in capitals, as the byline of its story: "KYODO".
_AGENCY_CREDIT = re.compile(r"^[A-Z]{3,12}$")

# A timestamp line is made only of these tokens (and punctuation), with a date
# or a time among them: "Published On 14 Jan 2025", "Updated 9:14 PM EDT,
# September 25, 2024", "December 18, 2024 7:42 PM GMT Updated 2 hours ago".
_STAMP_WORDS = frozenset(
    {"published", "updated", "update", "posted", "modified", "created", "edited",
     "issued", "last",
     "first", "on", "at", "ago", "and", "an", "a", "today", "yesterday", "local",
     "date", "publish", "uhr",
     "time", "am", "pm", "a.m", "p.m", "seconds", "second", "minutes", "minute",
     "mins", "min", "hours", "hour", "hrs", "hr", "days", "day", "weeks", "week",
     "months", "month", "years", "year", "about",
     "around", "over", "nearly", "almost", "just"}
)  # fmt: skip
_STAMP_DATE = (
    re.compile(
        r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
        r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
        r"\.?$",
        _I,
    ),
    re.compile(
        r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|"
        r"sday|rsday)?\.?$",
        _I,
    ),
    # Times "9:14", "18.05", "06:39PM"; ISO and numeric dates; "ago" counts.
    re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$", _I),
    re.compile(r"^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$"),
    re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$"),
    # "24.01.2024": day, month and year with dots.
    re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"),
    # "Sep.11.2025": a month's name, the day and the year with dots; "8h32":
    # a time written with "h".
    re.compile(r"^[a-z]{3,9}\.\d{1,2}\.\d{4}$", _I),
    re.compile(r"^\d{1,2}h\d{2}$"),
)
_STAMP_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?$", _I)
# "EDT", "GMT+7"; "UK" after a time ("16:05, UK": the UK's time).
_TIME_ZONE = re.compile(
    r"^(?:[A-Z]{1,4}T|UTC|Z|UK|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)$"
)
_DIGIT_WORD_GLUE = re.compile(r"(?<=\d)(?=[^\W\d_]{3,})")
_STAMP_TOKEN = re.compile(r"[^\s,|·•()–—]+")
_STAMP_MAX_WORDS = 16

_HEADER_SEPARATOR = re.compile(r"\||\s+[/·•]\s+")

_BREADCRUMB_PREFIX = re.compile(r"^(?:you\s+are\s+here|breadcrumbs?)\s*:\s*", _I)
_BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:/|>|»|›|→|\||::)\s*")
_GENERIC_SECTIONS = frozenset(
    {"home", "homepage", "home page", "news", "start", "main", "front page", "index"}
)
_BREADCRUMB_MAX_CHARS = 120
_TITLE_LINE_MAX_CHARS = 300
_SECTION_NAME = re.compile(r"^[^\W\d_][\w.'’&-]*(?:\s+[\w.'’&-]+)*$")
_SECTION_JOINERS = frozenset({"&", "and", "of", "the", "in"})
_SEGMENT_MAX_WORDS = 3
_SEGMENT_MAX_CHARS = 40
_TOPIC_SEGMENT_MAX_WORDS = 6


@functools.lru_cache(maxsize=4096)
def word_count(line: str) -> int:
    """Return the number of whitespace-separated words in ``line`` (cached:
    the line checks ask for it again and again)."""
    return len(_WORD.findall(line))


def ends_sentence(line: str) -> bool:
    """Return whether ``line`` ends with terminal punctuation (quotes allowed)."""
    return _SENTENCE_END.search(line.rstrip()) is not None


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
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+\d{{4}}\.$",
    _I,
)
_DATED_CAPTION_MAX_WORDS = 60
# A sentence break inside a line: a lower-case word, its full stop and a
# capital ("... too early. New Hampshire"; not "Sen. Marco" or "Jan. 26").
# A caption is one sentence; a digest paragraph ends with a dated sign-off.
_SENTENCE_BREAK = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")


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
    if _UNSTOPPED_CREDIT.search(line) or any(
        pattern.search(line)
        for pattern in _CAPTION_ENDS
        if pattern is not _DASHED_AGENCY
    ):
        return True
    if _REPORTED_SPEECH.search(line) is None and (
        _DASHED_AGENCY.search(line)
        or any(pattern.search(line) for pattern in _LOOSE_CAPTION_ENDS)
    ):
        return True
    if any(pattern.search(line) for pattern in _CAPTION_STARTS):
        return True
    if any(pattern.match(line) for pattern in _CAPTION_LABELS):
        return True
    if _REPORTED_SPEECH.search(line) is not None:
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


def is_link_marker(line: str) -> bool:
    """Return whether ``line`` is a link block (``Read More:``, ``Related: ...``).

    Args:
        line: One line of text, stripped.
    """
    if word_count(line) > 2 * SHORT_LINE_WORDS:
        return False
    return any(pattern.search(line) for pattern in _LINK_MARKERS)


def is_bare_link_marker(line: str) -> bool:
    """Return whether ``line`` is only a link marker (``You might also like``,
    ``Related stories:``): the linked headlines follow it.

    Example:
        >>> is_bare_link_marker("You might also like")
        True
        >>> is_bare_link_marker("More: the vote was close")
        False
    """
    match = _LINK_MARKERS[1].match(line)
    return match is not None and not line[match.end() :].strip(" :|»›>")


def is_capitals_section(line: str) -> bool:
    """Return whether ``line`` is a section path in capitals (``WORLD``,
    ``NATIONAL / SCIENCE & HEALTH``): no lower-case letter, one to three
    short segments.

    Alone such a line could be a headline in capitals; :mod:`whosaid.clean.text`
    takes it for a section only over a headline in normal case.
    """
    if (
        len(line) > _BREADCRUMB_MAX_CHARS
        or any(ch.islower() for ch in line)
        or ends_sentence(line)
    ):
        return False
    segments = [s.strip() for s in _BREADCRUMB_SEPARATOR.split(line)]
    return 1 <= len(segments) <= _SEGMENT_MAX_WORDS and all(
        segment
        and word_count(segment) <= _SEGMENT_MAX_WORDS
        and segment[0].isalpha()
        and _SECTION_NAME.match(segment) is not None
        for segment in segments
    )


def is_bare_address(line: str) -> bool:
    """Return whether ``line`` is only a URL or a domain name."""
    return _BARE_ADDRESS.match(line) is not None


def is_list_widget(line: str) -> str | None:
    """Return which line of a link-list widget ``line`` is, or None.

    Args:
        line: One line of text, stripped.

    Returns:
        ``"open"`` (``list of 3 items``), ``"item"`` (``list 1 of 3``),
        ``"close"`` (``end of list``) or None.
    """
    if _LIST_OPEN.match(line):
        return "open"
    if _LIST_ITEM.match(line):
        return "item"
    if _LIST_CLOSE.match(line):
        return "close"
    return None


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


def is_topic_marker(line: str) -> bool:
    """Return whether ``line`` heads a topic list (``Keywords``, ``Explore more
    on these topics``)."""
    return _TOPIC_MARKER.match(line) is not None


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


def is_share(line: str, *, trigger: bool = True) -> bool:
    """Return whether ``line`` is a sharing widget (``SHARE THIS ARTICLE``).

    Args:
        line: One line of text, stripped.
        trigger: Require a sharing word (``share``, ``Facebook``); without it
            ``Save`` or ``Copy link`` qualify, for lines next to a widget.
    """
    words = [w for w in _SHARE_SEPARATORS.split(line.lower()) if w]
    if not words or len(words) > SHORT_LINE_WORDS:
        return False
    digits_dropped = [w for w in words if not w.isdigit()]
    needed = _SHARE_TRIGGERS if trigger else _SHARE_WORDS - _SHARE_FILLERS
    return all(w in _SHARE_WORDS for w in digits_dropped) and any(
        w in needed for w in digits_dropped
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
        or (word_count(line) <= 2 * SHORT_LINE_WORDS and _SHARE_PROMPT.match(line))
        or _SHARE_CLICK.match(line)
    ):
        return SHARE
    if _ADVERTISEMENT.match(line):
        return ADVERTISEMENT
    if (
        is_link_marker(line)
        or is_list_widget(line) is not None
        or _TOPIC_MARKER.match(line)
    ):
        return LINK_BLOCK
    words = word_count(line)
    if words <= 2 * SHORT_LINE_WORDS and any(p.search(line) for p in _CREDITS):
        return CREDIT
    if (
        is_credit_label(line)
        or chrome.is_bracketed_wire_credit(line)
        or chrome.is_author_note(line)
    ):
        return CREDIT
    if is_bare_address(line) or is_page_mark(line) or _is_chrome(line):
        return SITE_FOOTER
    if words <= _POINTER_MAX_WORDS and _POINTER_TO_ADDRESS.match(line):
        return SITE_FOOTER
    if words <= _CONTACT_MAX_WORDS and any(p.match(line) for p in _CONTACT_LINES):
        return SITE_FOOTER
    if words <= _FOOTER_MAX_WORDS and any(p.search(line) for p in _FOOTERS):
        return SITE_FOOTER
    return None


def _is_chrome(line: str) -> bool:
    """Site chrome (:mod:`whosaid.clean.chrome`): page controls, box labels,
    sign-up boxes, appeals and skip links past a page part."""
    return (
        chrome.is_page_control(line)
        or chrome.is_box_label(line)
        or chrome.is_signup(line)
        or chrome.is_appeal(line)
        or chrome.is_skip_section(line)
        or chrome.is_call_to_action(line)
        or chrome.is_disclaimer(line)
    )


# A section over its writer: "Politics | Jane Doe-Roe" (above the body only).
_SECTION_CREDIT = re.compile(
    rf"^[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s*\|\s*{_CREDIT_NAME}$"
)


def is_header_line(line: str) -> bool:
    """Return whether ``line`` is a byline or a timestamp (above the body only).

    Args:
        line: One line of text, stripped.
    """
    if word_count(line) > SHORT_LINE_WORDS:
        return False
    if _BYLINE.match(line) is not None and not ends_sentence(line):
        return True
    if _SECTION_CREDIT.match(line) is not None:
        return True
    # "World News | Tue Aug 1, 2017 | 6:12am EDT", "News Desk / Updated: Jul 5,
    # 2024, 10:15 IST": a timestamp among segments.
    segments = [segment.strip() for segment in _HEADER_SEPARATOR.split(line)]
    return any(
        pattern.match(segment) for segment in segments for pattern in _TIMESTAMPS
    )


def is_bare_by(line: str) -> bool:
    """Return whether ``line`` is a bare ``By`` (the byline's name follows on
    the next line)."""
    return line.rstrip(":").strip().lower() == "by"


def is_credit_line(line: str) -> bool:
    """Return whether ``line`` reads like a byline, with or without ``By``.

    ``By Jane Doe, CNN``, ``Staff Writer in Baku``, ``Jane Doe and John Roe``:
    names and perhaps a place or an outlet; or a wire service alone in
    capitals (``EXAMPLEWIRE``).  Such a line could also be a
    name alone in the text, so :mod:`whosaid.clean.text` takes it for a
    byline only next to a timestamp line.

    Args:
        line: One line of text, stripped.
    """
    if word_count(line) > _NAME_CREDIT_MAX_WORDS or ends_sentence(line):
        return False
    return (
        _BYLINE.match(line) is not None
        or _NAME_CREDIT.match(line) is not None
        or _AGENCY_CREDIT.match(line) is not None
    )


_BARE_STAMP_WORDS = frozenset({"published", "updated", "update", "edited", "modified"})


def is_stamp_word(line: str) -> bool:
    """Return whether ``line`` is only a stamp word (``Edited``, ``Updated``):
    a byline only next to a timestamp, whose flag it is."""
    return line.rstrip(":").strip().lower() in _BARE_STAMP_WORDS


def is_timestamp(line: str) -> bool:
    """Return whether ``line`` is only a date, a time or a publishing stamp.

    Every word must be a date or time word (a month, a weekday, a number, a
    time, a time zone) or a stamp word (``Published``, ``Updated``, ``on``,
    ``ago``), and one must be a date or a time: ``Published On 14 Jan 2025``,
    ``Fri 22 Nov 2024 18.05 GMT``, ``Updated 2 hours ago``.  Such a line says
    nothing of the story wherever it stands.

    Example:
        >>> is_timestamp("Updated 9:14 PM EDT, September 25, 2024")
        True
        >>> is_timestamp("Updated figures came out on Monday.")
        False
    """
    # "07/05/2024July 5, 2024": a date glued to the next one
    tokens = _STAMP_TOKEN.findall(_DIGIT_WORD_GLUE.sub(" ", line))
    if not tokens or len(tokens) > _STAMP_MAX_WORDS:
        return False
    dated = False
    for raw in tokens:
        token = raw.rstrip(".:;")
        if not token.strip("-/"):
            continue  # a dash or slash between parts
        if any(p.match(token) or p.match(raw) for p in _STAMP_DATE):
            dated = True
        elif _STAMP_NUMBER.match(token):
            pass
        elif token.lower() == "ago":
            dated = True
        elif token.lower() in _STAMP_WORDS or _TIME_ZONE.match(token) is not None:
            continue
        else:
            return False
    return dated and (any(ch.isdigit() for ch in line) or "ago" in line.lower().split())


# A byline and stamps in one line: "Jane Doe · Example News · Posted: Sep 18,
# 2023 3:42 PM EDT | Last Updated: September 19, 2023"; a dateline and a stamp
# joined by dashes: "PARIS - Updated - May 2, 2024 08:02 am".
_STAMP_SEGMENT_SEPARATOR = re.compile(r"\s*\|\s*|\s+[·•●]\s+|\s+[-–—]\s+")
_STAMP_LINE_MAX_WORDS = 30
_STAMP_LINE_MAX_SEGMENTS = 5


_BRACKETED_SOURCE = re.compile(r"^(?P<stamp>[^()]+?)\s*\((?P<source>[^()]+)\)$")


def is_stamp_line(line: str) -> bool:
    """Return whether ``line`` is a byline and publishing stamps in segments.

    Two to five segments joined by ``|``, ``·``, ``•`` or a spaced dash
    (``PARIS - May 2, 2024 - 15:40 CEST``), or a stamp and its outlet in
    brackets (``August 14, 2024 (Example Japan)``): at least one a
    timestamp (:func:`is_timestamp`), the others names (an author, an
    outlet: :func:`is_section_name` or :func:`is_credit_line`).

    Example:
        >>> is_stamp_line("Jane Doe · Example News · Posted: Sep 18, 2023")
        True
        >>> is_stamp_line("Rates rose · Markets fell · Sep 18, 2023")
        False
    """
    if word_count(line) > _STAMP_LINE_MAX_WORDS:
        return False
    outlet = _BRACKETED_SOURCE.match(line)
    if outlet is not None:  # "August 14, 2024 (Example Japan)"
        return is_timestamp(outlet["stamp"]) and is_credit_line(outlet["source"])
    segments = [s for s in _STAMP_SEGMENT_SEPARATOR.split(line) if s]
    if not 2 <= len(segments) <= _STAMP_LINE_MAX_SEGMENTS:
        return False
    stamps = [is_timestamp(segment) for segment in segments]
    return any(stamps) and all(
        stamp or is_section_name(segment) or is_credit_line(segment)
        for segment, stamp in zip(segments, stamps, strict=True)
    )


# "Published in Example Daily, May 12th, 2023": the print edition's note.
_PRINT_NOTE = re.compile(
    r"^(?:published|printed|appeared|first\s+published)\s+in\s+(?:the\s+)?"
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*[,;]?\s+(?P<stamp>\S.*?)\.?$",
    _I,
)


def is_print_note(line: str) -> bool:
    """Return whether ``line`` says where and when the story was printed
    (``Published in Example Daily, May 12th, 2023``)."""
    match = _PRINT_NOTE.match(line)
    return match is not None and is_timestamp(match.group("stamp"))


def is_section_name(line: str) -> bool:
    """Return whether ``line`` could be a bare section name (``Middle East``).

    A section name is one to :data:`_SEGMENT_MAX_WORDS` capitalised words
    (small joiners such as ``&``, ``and`` and ``of`` allowed, and not
    counted) with no punctuation but ``.``, ``-`` and ``'`` inside words.
    Whether it *is* a section depends on what follows it (a headline), which
    the caller checks.

    Args:
        line: One line of text, stripped.

    Example:
        >>> is_section_name("Asia Pacific"), is_section_name("He left.")
        (True, False)
    """
    if len(line) > _SEGMENT_MAX_CHARS or _SECTION_NAME.match(line) is None:
        return False
    words = line.split()
    # A final period is only allowed inside an abbreviation ("U.S.").
    if line.endswith(".") and "." not in words[-1][:-1]:
        return False
    # Joiners do not count: "Israel & the Region" is two names.
    names = [w for w in words if w.lower() not in _SECTION_JOINERS]
    if len(names) > _SEGMENT_MAX_WORDS or words[0].lower() == "by":
        return False  # "By Jane Doe" is a byline
    return all(w[0].isupper() or w.lower() in _SECTION_JOINERS for w in words)


def parse_breadcrumb(line: str) -> tuple[str, ...] | None:
    """Return the segments of a breadcrumb line, or None if it is not one.

    A breadcrumb is a short line of at least three short capitalised segments
    joined by ``/``, ``>``, ``|``, ``»`` or ``›`` (two are enough when the
    first is generic, such as ``Home`` or ``News``).

    Args:
        line: One line of text, stripped.

    Returns:
        The segments, in order, or None.

    Example:
        >>> parse_breadcrumb("Home > World > Asia")
        ('Home', 'World', 'Asia')
    """
    if len(line) > _BREADCRUMB_MAX_CHARS or ends_sentence(line):
        return None
    body = _BREADCRUMB_PREFIX.sub("", line)
    segments = tuple(s.strip() for s in _BREADCRUMB_SEPARATOR.split(body))
    segments = tuple(s for s in segments if s)
    if len(segments) < 2:
        return None
    if len(segments) == 2 and segments[0].lower() not in _GENERIC_SECTIONS:
        return None
    rooted = len(segments) >= 3 and segments[0].lower() in _GENERIC_SECTIONS
    for k, segment in enumerate(segments):
        # under a generic root, the last segment may name a topic page in
        # title case ("Home / India News / Lok Sabha Election Results 2024")
        longest = (
            _TOPIC_SEGMENT_MAX_WORDS
            if rooted and k == len(segments) - 1 and _title_cased(segment)
            else _SEGMENT_MAX_WORDS
        )
        if (
            word_count(segment) > longest
            or len(segment) > _SEGMENT_MAX_CHARS
            or not (segment[0].isupper() or segment[0].isdigit())
        ):
            return None
    return segments


def _title_cased(segment: str) -> bool:
    """Every word capitalised or a number ("Lok Sabha Election Results 2024";
    not a headline's "Dock workers extend strike")."""
    return all(w[0].isupper() or w[0].isdigit() for w in segment.split())


_TITLED_TAIL_MIN_CHARS = 10


def titled_breadcrumb(line: str, headline: str) -> tuple[str, ...] | None:
    """The sections of a breadcrumb that ends with the page's own headline,
    else None.

    ``News / India News / Parliament session to begin on Monday`` over the
    headline ``Parliament session to begin on Monday amid opposition
    protests``: the last segment is the start of the headline below (at
    least 10 characters), the others are breadcrumb segments (short,
    capitalised).

    Example:
        >>> titled_breadcrumb("Home / World / Floods hit the north",
        ...                   "Floods hit the north of the country")
        ('Home', 'World')
    """
    if len(line) > _TITLE_LINE_MAX_CHARS:
        return None
    body = _BREADCRUMB_PREFIX.sub("", line)
    for m in _BREADCRUMB_SEPARATOR.finditer(body):
        tail = body[m.end() :].strip()
        if len(tail) < _TITLED_TAIL_MIN_CHARS or not headline.startswith(tail):
            continue
        segments = tuple(
            seg.strip() for seg in _BREADCRUMB_SEPARATOR.split(body[: m.start()])
        )
        if segments and all(
            seg
            and word_count(seg) <= _SEGMENT_MAX_WORDS
            and len(seg) <= _SEGMENT_MAX_CHARS
            and (seg[0].isupper() or seg[0].isdigit())
            for seg in segments
        ):
            return segments
        return None
    return None


_GLUED_SLASH = re.compile(r"\S/|/\S")
"""A slash inside a word ("AC/DC", "24/7"): no section separator."""


def section_pair(line: str) -> tuple[str, str] | None:
    """Two section names joined by a breadcrumb separator ("World | Africa",
    "Middle East > Diplomacy", "Indonesia / Politics"), else None.

    Alone such a line could be a short headline; :mod:`whosaid.clean.text`
    takes it for a section path only right above the headline.
    """
    if len(line) > _BREADCRUMB_MAX_CHARS or _GLUED_SLASH.search(line) is not None:
        return None
    segments = [s.strip() for s in _BREADCRUMB_SEPARATOR.split(line)]
    if len(segments) != 2 or not all(is_section_name(s) for s in segments):
        return None
    return segments[0], segments[1]


_SECTION_LIST = re.compile(r"\s*,\s*")
_SECTION_LIST_MAX = 3


def section_list(line: str) -> tuple[str, ...] | None:
    """Two or three section names in a comma list ("Politics, Europe"), else
    None.

    Alone such a line could be a short headline; :mod:`whosaid.clean.text`
    takes it for sections only right above the headline.

    Example:
        >>> section_list("Politics, Europe"), section_list("Rates rise, again")
        (('Politics', 'Europe'), None)
    """
    if len(line) > _BREADCRUMB_MAX_CHARS or "," not in line:
        return None
    segments = tuple(s.strip() for s in _SECTION_LIST.split(line))
    if not 2 <= len(segments) <= _SECTION_LIST_MAX or not all(
        segment and is_section_name(segment) for segment in segments
    ):
        return None
    return segments


# A section line over the headline: a section name, then one to three topic
# names joined by a separator ("News | Israel attacks on Lebanon", "CNN —
# Politics", "Environment › Climate crisis").  Dashes need spaces around them.
_SECTION_SEPARATOR = re.compile(r"\s*(?:\||›|»|>)\s*|\s+[—–]\s+")
_TOPIC_MAX_WORDS = 5
# Labels that head a headline on the same line rather than a section.
_GENRE_LABELS = frozenset(
    {"opinion", "analysis", "perspective", "commentary", "comment", "editorial",
     "review", "explainer", "interview", "factbox", "exclusive", "live", "watch",
     "video", "podcast", "breaking", "update", "fact check"}
)  # fmt: skip
_TOPIC_NAME = re.compile(r"^[A-Z0-9][\w.'’&-]*(?:\s+[\w.'’&-]+)*$")


def section_path(line: str) -> tuple[str, ...] | None:
    """The section names of a section line ("World | Africa", "News | Israel
    attacks on Lebanon", "CNN — Politics"), else None.

    The first segment is a section name (:func:`is_section_name`); each
    other one is a short topic name starting with a capital or a digit, with
    no sentence punctuation.  Alone such a line could be a short headline;
    :mod:`whosaid.clean.text` takes it for a section path only right above
    a longer headline.
    """
    pair = section_pair(line)
    if pair is not None:
        return pair
    if (
        len(line) > _BREADCRUMB_MAX_CHARS
        or "/" in line
        or ends_sentence(line)
        or parse_breadcrumb(line) is not None  # "Home » World » Asia"
    ):
        return None
    segments = [s.strip() for s in _SECTION_SEPARATOR.split(line)]
    if (
        not 2 <= len(segments) <= 4
        or not is_section_name(segments[0])
        or segments[0].lower() in _GENRE_LABELS  # "Opinion | Why rates must fall"
    ):
        return None
    for topic in segments[1:]:
        if (
            _TOPIC_NAME.match(topic) is None
            or word_count(topic) > _TOPIC_MAX_WORDS
            or len(topic) > _SEGMENT_MAX_CHARS
        ):
            return None
    return tuple(segments)


def breadcrumb_section(segments: tuple[str, ...]) -> tuple[str, ...]:
    """Return the section path of a breadcrumb: its segments after a generic root.

    Example:
        >>> breadcrumb_section(("News", "Koreas", "Russia"))
        ('Koreas', 'Russia')
    """
    if segments and segments[0].lower() in _GENERIC_SECTIONS:
        return segments[1:]
    return segments
