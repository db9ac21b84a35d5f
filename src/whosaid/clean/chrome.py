"""Line recognisers for site chrome: page controls, sign-up boxes, appeals.

News pages share a vocabulary of controls and boxes around the story: a
home link (``ABC News Homepage``), player and text-size controls
(``Keyboard shortcuts for audio player``, ``Text Size``, ``AA``), image
widgets (``Enlarge this image``), newsletter boxes (``Get our daily
briefing``, ``Email address``, ``By entering your email ... you agree to``),
membership appeals (``Become a member today.``), box labels (``Key
points:``), reading times (``3 min read``) and wire credits in brackets
(``(With inputs from agencies)``).  Each function here looks at one stripped
line; :mod:`whosaid.clean.boilerplate` and :mod:`whosaid.clean.text` decide
what the line is from where it stands.

Like the rest of the clean stage the patterns aim at precision: they are
anchored at the start and end of short lines, so a paragraph that merely
talks about an app, a newsletter or a privacy policy stays body.
"""

from __future__ import annotations

import functools
import re
from typing import Final

_I = re.IGNORECASE
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")
_QUOTE_MARK = re.compile(r"[\"“”«»]")

# A page control on a line of its own, in any case: "ABC News Homepage",
# "Keyboard shortcuts for audio player", "Text Size", "AA", "Enlarge this
# image", "Loading...", "Email address", "Follow us", "Start a Conversation".
_CONTROL = re.compile(
    r"^(?:"
    r"(?:[\w.'’&-]+\s+){0,3}home\s?page|back\s+to\s+(?:the\s+)?home\s?page|"
    r"keyboard\s+shortcuts(?:\s+[\w-]+){0,4}|(?:[\w-]+\s+){0,3}audio\s+player|"
    r"(?:(?:change|adjust|increase|decrease)\s+)?(?:the\s+)?(?:text|font)\s+size|"
    r"aa|a\s*[+-]\s*a\s*[+-]?|"
    # A gift button: "Gift this article", "Gift Premium Articles to Anyone".
    r"gift\s+(?:this\s+|premium\s+|an?\s+)?(?:article|story)s?(?:\s+to\s+anyone)?|"
    r"(?:enlarge|expand|view|zoom(?:\s+in)?)\s+(?:this\s+)?(?:image|photo|picture)|"
    r"(?:show|hide|toggle)\s+caption|"
    r"(?:open|view)\s+(?:this\s+)?(?:photo|image|picture)\s+in\s+(?:the\s+)?gallery|"
    r"(?:leave|send|give)\s+(?:us\s+)?(?:your\s+)?feedback|"
    r"loading(?:\s*(?:\.{3}|…))?|please\s+wait(?:\s*(?:\.{3}|…))?|"
    r"(?:your\s+)?e-?mail\s+address|enter\s+your\s+e-?mail(?:\s+address)?|"
    r"follow\s+us|start\s+a\s+conversation|read\s+later|save\s+for\s+later|bookmark|"
    r"reprints?(?:\s*(?:&|and)\s*permissions)?|"
    # A trust or standards link: "Why you can trust Example News".
    r"why\s+you\s+can\s+trust(?:\s+[\w.'’&-]+){1,3}|"
    r"(?:comments?|replies|responses)\s*(?:\(\s*[\d,.]+k?\s*\)|[\d,.]+k?)|"
    r"close|video|play(?:\s+video)?|watch\s+video|listen\s+to\s+(?:this\s+)?"
    r"(?:article|story)(?:\s+\d{1,3}\s*(?:min|mins|minutes?))?|"
    # A player: "Listen · 4:41", "Download", "Embed", "Transcript", "Press
    # play to listen to this article", "Voiced by artificial intelligence."
    r"listen(?:\s*[·•|:-]\s*|\s+)\d{1,2}:\d{2}(?::\d{2})?|download|embed|transcript|"
    r"press\s+play\s+to\s+listen(?:\s+to\s+(?:this\s+)?(?:article|story))?|"
    r"voiced\s+by\s+(?:artificial\s+intelligence|ai)\.?|"
    # Buttons: "Follow", "Normal text size", "Larger text
    # size", "Add a comment", "License this article", "For Subscribers".
    r"follow|"
    r"(?:normal|larger?|smaller?|medium|(?:very|extra)\s+large)\s+(?:text|font)\s+size|"
    r"(?:add|post|leave|write)\s+a\s+comment|"
    r"licen[cs]e\s+this\s+(?:article|story|content)|(?:for\s+)?subscribers(?:\s+only)?|"
    # Another language's edition: "Japanese version", "Lire la version
    # française", "Read in English".
    r"[\w-]+\s+version|lire\s+la\s+version\s+\w+|read\s+(?:this\s+|it\s+)?in\s+\w+|"
    # A mood poll: "How does this make you feel?", "Do you like the content
    # of this article?"
    r"how\s+does\s+this\s+(?:article\s+|story\s+)?make\s+you\s+feel\s*\??|"
    r"do\s+you\s+like\s+(?:the\s+content\s+of\s+)?this\s+(?:article|story)\s*\??|"
    # An outlet's link and alerts: "Short Url", "Get email alerts on: X",
    # "Click the alert icon to follow topics:"
    r"short\s+url|get\s+(?:e-?mail\s+)?alerts(?:\s+on\s*:.*)?|"
    r"click\s+the\s+alert\s+icon\s+to\s+follow(?:\s+topics?)?|"
    # A broadcast's programme line: "Heard on All Things Considered".
    r"heard\s+on\s+(?:[A-Z][\w'’&-]*\s*){1,4}|"
    # A transcript's stage direction: "(SOUNDBITE OF MUSIC)", "(CROSSTALK)".
    r"\((?:soundbite|sound\s+bite|begin\s+video\s+clip|end\s+video\s+clip|"
    r"crosstalk|laughter|applause|inaudible)\b[^()]{0,60}\)"
    r")\s*:?$",
    _I,
)
_MOODS: Final = frozenset(
    {
        "happy", "sad", "angry", "inspired", "anxious", "amused", "afraid",
        "surprised", "excited", "bored", "annoyed", "don't", "care", "love",
        "wow", "haha", "like", "upset", "scared", "hopeful", "worried",
    }
)  # fmt: skip
"""Buttons of a mood poll ("Happy Sad Angry Inspired Anxious")."""
_MOODS_MIN: Final = 3
_CONTROL_MAX_WORDS: Final = 8

# An embed or link box: "Copy/paste the article video embed link below:",
# "Copy link", "Copy the embed code".
_COPY_BOX = re.compile(
    r"^copy(?:\s*/\s*paste)?(?:\s+[\w-]+){0,5}?\s+(?:link|code|url|address)"
    r"(?:\s+(?:below|above|here))?\s*:?$",
    _I,
)
_COPY_BOX_MAX_WORDS: Final = 10

# A call to action in capitals ending a promotion line: "Before it's here,
# it's on the Example Terminal. LEARN MORE", "SUBSCRIBE NOW".
_CALL_TO_ACTION = re.compile(
    r"(?:^|(?<=[.!?:])\s+|\s+[-–—|»›]\s+)"
    r"(?:(?:LEARN|FIND\s+OUT|READ|SEE|DISCOVER)\s+MORE|"
    r"(?:SUBSCRIBE|SIGN\s+UP|JOIN|DONATE|REGISTER|TRY\s+(?:IT\s+)?FREE|"
    r"GET\s+STARTED|SHOP)(?:\s+(?:NOW|TODAY|HERE))?)"
    r"\s*[.!›»>]?$"
)
_CALL_TO_ACTION_MAX_WORDS: Final = 30

# A media widget whose caption follows in its block: "video", "Enlarge this
# image", "Play video".
_MEDIA_WIDGET = re.compile(
    r"^(?:video|watch\s+video|play(?:\s+video)?|"
    r"(?:enlarge|expand|view|zoom(?:\s+in)?)\s+(?:this\s+)?(?:image|photo|picture))$",
    _I,
)

# A reading time: "3 min read", "5 minutes", "3 min", "Reading Time: 3 minutes",
# "3 min Reading time", "3 mins to read".
_READING_TIME = re.compile(
    r"^(?:reading\s+time\s*:?\s*)?\d{1,3}\s*(?:min|mins|minutes?)\.?"
    r"(?:\s+(?:to\s+)?read(?:ing\s+time)?)?$",
    _I,
)

# A box label on a line of its own: "Key points:", "Note from the author:".
_BOX_LABEL = re.compile(
    r"^(?:key\s+(?:points|takeaways|facts)|highlights|in\s+brief|at\s+a\s+glance|"
    r"in\s+short|summary|note\s+from\s+the\s+(?:author|editor|editors)|"
    r"a\s+note\s+from\s+(?:the\s+)?(?:author|editor|editors|us))\s*:?$",
    _I,
)

# Sign-up boxes: the consent line, the privacy notice, the newsletter name,
# the app or newsletter pointer and the channel invitation.
_SIGNUP = (
    re.compile(
        r"^by\s+(?:entering|providing|submitting|signing\s+up|clicking|"
        r"subscribing|registering|continuing|creating)\b.{0,200}?"
        r"\b(?:agree|acknowledge|consent)",
        _I,
    ),
    re.compile(
        r"^your\s+(?:information|data|details|e-?mail(?:\s+address)?|personal\s+"
        r"(?:information|data))\b.{0,120}\bprivacy\b",
        _I,
    ),
    re.compile(
        r"^(?:keep\s+up|stay\s+(?:up\s+to\s+date|informed|connected|in\s+the\s+know)|"
        r"get|download|install|receive)\b[^.!?\"“”]{0,80}?\b(?:our|the)\b"
        r"[^.!?\"“”]{0,40}\b(?:app|newsletters?|briefing|alerts)\.?$",
        _I,
    ),
    re.compile(
        r"^(?:join|follow|subscribe\s+to)\s+(?:\S+\s+){0,3}(?:telegram|whatsapp|"
        r"youtube|facebook|instagram|linkedin|tiktok|signal|viber)\s+"
        r"(?:channel|group|page|community|account)\b",
        _I,
    ),
    re.compile(r"^follow\s+us\s+on\s+social\s+media\b", _I),
    # "Join Example News on WhatsApp for breaking news".
    re.compile(
        r"^(?:join|follow)\s+(?:us|(?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}))"
        r"\s+on\s+(?:telegram|whatsapp|youtube|"
        r"facebook|instagram|linkedin|tiktok|signal|viber|google\s+news)\b",
        _I,
    ),
    # A bare sign-up button: "Subscribe", "Sign up now", "Contribute".
    re.compile(
        r"^(?:subscribe|sign\s+up|donate|contribute)(?:\s+(?:now|today|here))?[.!]?$",
        _I,
    ),
    # "Daily newsletter", "The Morning Brief newsletter" (not "He launched a
    # newsletter").
    re.compile(
        r"^(?:(?:[A-Z][\w'’-]*|daily|weekly|morning|evening|free|our|the)\s+){0,3}"
        r"(?:[Nn]ewsletters?|NEWSLETTERS?)$"
    ),
    # A members-only comment box: "Please note you must be a Maverick Insider
    # to comment. Sign up here or sign in if you are already an Insider."
    re.compile(
        r"^(?:please\s+note\s+)?you\s+must\s+be\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}"
        r"(?:member|insider|subscriber|user|reader)s?\s+to\s+comment\b",
        _I,
    ),
    # A registration prompt: "Example Premium: Register for a free account to
    # read more articles".
    re.compile(
        r"^(?:[\w.'’&-]+\s+){0,3}(?:premium\s*:\s*)?register\s+for\s+a\s+free\s+"
        r"(?:account|subscription)\b",
        _I,
    ),
)
_SIGNUP_MAX_WORDS: Final = 40
# A sign-up sentence anywhere in a short line: "Want more stories like this?
# Sign up to our free Example newsletter", "Get the latest news sent to your
# inbox. Sign up here", "For more news, click here to join our WhatsApp
# channel".
_SIGNUP_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?])\s)sign\s+up\s+(?:here|now|today|(?:to|for)\s+(?:our|the)\s+"
    r"(?:[\w'’&-]+\s+){0,4}(?:newsletters?|alerts|briefings?|e-?mails?|bulletins?))\b|"
    r"\b(?:sent|delivered)\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox\b|"
    r"\bclick\s+here\s+to\s+(?:join|subscribe|follow|sign\s+up|download)\b",
    _I,
)

# A membership or donation appeal, a sentence of its own in the imperative:
# "Support independent journalism in Ukraine. Become a member today.", "Thank
# you for reading." ("... hopes to become a member of parliament" is not).
_APPEAL = re.compile(
    r"(?:^|(?<=[.!?])\s)(?:(?:become\s+a\s+(?:member|subscriber|supporter|patron|donor)|"
    r"(?:help\s+|please\s+)?support\s+(?:independent|our|quality|local|public)\s+"
    r"(?:journalism|reporting|news)|thank\s+you\s+for\s+reading|"
    r"(?:donate|subscribe|join)\s+(?:now|today))\b|"
    # "Support Intelligent, Engaging, Free Press": a whole line.
    r"^support\s+(?:[\w-]+,?\s+){0,3}[\w-]+\s+(?:press|journalism|media)$|"
    # A metered page's box: "Join the Example Times Community.", "Already a
    # member? Sign in".
    r"(?-i:Join\s+(?:[Oo]ur|the)\s+(?:(?:[A-Z][\w'’&-]*|of|the|and)\s+){0,5}"
    r"Community)\b|already\s+a\s+(?:member|subscriber)\s*\?)",
    _I,
)
_APPEAL_MAX_WORDS: Final = 40
# An appeal naming the outlet, closing the line: "Our journalism is free for
# everyone. Support The Example Post.", "Example Post is the region's voice
# – support us".
_OUTLET_APPEAL = re.compile(
    r"(?:(?:^|(?<=[.!?])\s)(?-i:Support\s+(?:[Tt]he\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+[A-Z][\w'’&-]*){0,4})|\s[–—-]\s*support\s+us)\s*[.!]?$",
    _I,
)

# A wire credit in brackets on its own line: "(FRANCE 24 with AFP)", "(With
# inputs from agencies)", "(With additional reporting from Reuters)".
_BRACKETED_WIRE = re.compile(
    r"^\(\s*(?:[^()]{1,30}\s)?with\s+(?:(?:inputs?|additional\s+reporting|"
    r"reporting)\s+from\s+)?[^()]{1,40}\)\.?$",
    _I,
)
_BRACKETED_WIRE_MAX_WORDS: Final = 8

# An author's note: "Jane Doe is a politics reporter for Example News."
_AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+is\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}"
    r"(?:reporter|correspondent|writer|editor|producer|journalist|contributor|"
    r"columnist)\s+(?:for|at|with|of)\s+(?:the\s+)?"
    r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|&|the)){0,6}\.$"
)
_AUTHOR_NOTE_MAX_WORDS: Final = 20

# A skip link to the next page part: "Skip next section Related topics".
_SKIP_SECTION = re.compile(
    r"^skip\s+(?:to\s+)?(?:next|this|past|previous)\s+(?:section|module|block)\b", _I
)
_SKIP_SECTION_MAX_WORDS: Final = 8

# An end mark glued to the last paragraph: "... told Xinhua. Enditem".
_TRAILING_END_MARK = re.compile(
    r"(?<=[.!?\"'”’])\s+(?:enditem|\(end\)|\[end\]|ends|-30-|###)$", _I
)

# A related story in capitals: "LEADER SAYS TALKS WILL GO ON 'FOR MONTHS'";
# shorter lines in capitals are subheadings ("WHAT HAPPENS NEXT").
_CAPITALS_MIN_WORDS: Final = 6
_CAPITALS_MAX_WORDS: Final = 20


@functools.lru_cache(maxsize=4096)
def _words(line: str) -> int:
    """Words in ``line`` (cached: every recogniser asks for the same line)."""
    return len(_WORD.findall(line))


def is_page_control(line: str) -> bool:
    """Return whether ``line`` is a page control (``Text Size``, ``Follow us``).

    Example:
        >>> is_page_control("Example News Homepage"), is_page_control("Homes burn")
        (True, False)
    """
    words = _words(line)
    return (
        (words <= _CONTROL_MAX_WORDS and _CONTROL.match(line) is not None)
        or (words <= _COPY_BOX_MAX_WORDS and _COPY_BOX.match(line) is not None)
        or _mood_buttons(line)
    )


# A page's disclaimer on how the text was made: "This is AI generated
# summarization, which may have errors.", "NPR transcripts are created on a
# rush deadline by an NPR contractor.", "This text may not be in its final
# form ..."
_DISCLAIMER = re.compile(
    r"^(?:this\s+is\s+(?:an?\s+)?ai[- ]generated\s+summar\w+|"
    r"(?:[\w.'’&-]+\s+){0,2}transcripts?\s+(?:are|is)\s+(?:created|produced|"
    r"prepared|provided)\s+(?:on\s+a\s+rush\s+deadline|by\s+an?\s+[\w.'’&-]+\s+"
    r"contractor)|this\s+(?:transcript|text)\s+may\s+not\s+be\s+in\s+its\s+final\s+form)",
    _I,
)
_DISCLAIMER_MAX_WORDS: Final = 80


def is_disclaimer(line: str) -> bool:
    """Return whether ``line`` is a page's disclaimer on how its text was
    made (an AI summary's, a transcript's).

    Example:
        >>> is_disclaimer("This is AI generated summarization, which may have errors.")
        True
        >>> is_disclaimer("The transcripts are created by court reporters, he said.")
        False
    """
    return _words(line) <= _DISCLAIMER_MAX_WORDS and _DISCLAIMER.match(line) is not None


def _mood_buttons(line: str) -> bool:
    """A row of mood buttons: three words or more, every one a mood."""
    words = line.lower().split()
    return len(words) >= _MOODS_MIN and all(w in _MOODS for w in words)


def is_call_to_action(line: str) -> bool:
    """Return whether ``line`` ends with a call to action in capitals
    (``... on the Example Terminal. LEARN MORE``, ``SUBSCRIBE NOW``).

    Example:
        >>> is_call_to_action("Get the app first. LEARN MORE")
        True
        >>> is_call_to_action("Voters want to learn more, she said.")
        False
    """
    return (
        _words(line) <= _CALL_TO_ACTION_MAX_WORDS
        and _QUOTE_MARK.search(line) is None
        and _CALL_TO_ACTION.search(line) is not None
    )


def is_media_widget(line: str) -> bool:
    """Return whether ``line`` is an image or video widget (``Enlarge this
    image``, ``video``) whose caption follows it."""
    return _MEDIA_WIDGET.match(line) is not None


def is_reading_time(line: str) -> bool:
    """Return whether ``line`` is only a reading time (``3 min read``)."""
    return _READING_TIME.match(line) is not None


def is_box_label(line: str) -> bool:
    """Return whether ``line`` labels a page box (``Key points:``)."""
    return _BOX_LABEL.match(line) is not None


def is_signup(line: str) -> bool:
    """Return whether ``line`` belongs to a sign-up box.

    The consent line (``By entering your email ... you agree to ...``), the
    privacy notice (``Your information is handled under our Privacy
    Policy.``), a newsletter name (``Daily newsletter``), a pointer to the
    app or newsletter (``Get our morning briefing``), an invitation to a
    channel (``Join our Telegram channel ...``) or a line with a sign-up
    sentence and no quote (``Want more? Sign up to our free newsletter``,
    ``... sent to your inbox. Sign up here``, ``click here to join ...``).

    Example:
        >>> is_signup("Get our morning news briefing")
        True
        >>> is_signup("Get the facts before the vote, the minister said.")
        False
        >>> is_signup("Want more stories like this? Sign up to our free newsletter")
        True
    """
    if _words(line) > _SIGNUP_MAX_WORDS:
        return False
    return any(pattern.match(line) for pattern in _SIGNUP) or (
        _QUOTE_MARK.search(line) is None and _SIGNUP_SENTENCE.search(line) is not None
    )


def is_appeal(line: str) -> bool:
    """Return whether ``line`` asks the reader to join, donate or subscribe.

    Example:
        >>> is_appeal("Support independent journalism. Become a member today.")
        True
        >>> is_appeal("Our reporting is free to read. Support The Example Post.")
        True
        >>> is_appeal("The Example Post is the region's voice – support us")
        True
        >>> is_appeal("Voters in the north did not support the plan.")
        False
    """
    return (
        _words(line) <= _APPEAL_MAX_WORDS
        and _QUOTE_MARK.search(line) is None
        and (
            _APPEAL.search(line) is not None or _OUTLET_APPEAL.search(line) is not None
        )
    )


def is_bracketed_wire_credit(line: str) -> bool:
    """Return whether ``line`` is a wire credit in brackets (``(Example TV
    with AFP)``, ``(With inputs from agencies)``)."""
    return (
        _words(line) <= _BRACKETED_WIRE_MAX_WORDS
        and _BRACKETED_WIRE.match(line) is not None
    )


def is_author_note(line: str) -> bool:
    """Return whether ``line`` presents the author (``Jane Doe is a politics
    reporter for Example News.``)."""
    return (
        _words(line) <= _AUTHOR_NOTE_MAX_WORDS and _AUTHOR_NOTE.match(line) is not None
    )


def is_skip_section(line: str) -> bool:
    """Return whether ``line`` is a skip link past a page part (``Skip next
    section Related topics``)."""
    return (
        _words(line) <= _SKIP_SECTION_MAX_WORDS
        and _SKIP_SECTION.match(line) is not None
    )


_END_MARK_LINE = re.compile(r"^(?:enditem|\(end\)|\[end\]|ends|-30-|###)$", _I)


def is_end_mark(line: str) -> bool:
    """Return whether ``line`` is only a story's end mark (``Enditem``,
    ``-30-``, ``(END)``)."""
    return _END_MARK_LINE.match(line) is not None


def trailing_end_mark(line: str) -> int | None:
    """Where an end mark glued to the end of ``line`` starts, or None.

    Example:
        >>> line = "The talks will go on, he told reporters. Enditem"
        >>> line[trailing_end_mark(line):]
        'Enditem'
    """
    m = _TRAILING_END_MARK.search(line)
    if m is None:
        return None
    return m.end() - len(m.group().lstrip())


def is_capitals_headline(line: str) -> bool:
    """Return whether ``line`` is a headline in capitals (``LEADER SAYS TALKS
    WILL GO ON 'FOR MONTHS'``): 6 to 20 words, no lower-case letter, not a
    sentence."""
    return (
        _CAPITALS_MIN_WORDS <= _words(line) <= _CAPITALS_MAX_WORDS
        and not any(ch.islower() for ch in line)
        and sum(ch.isalpha() for ch in line) >= 2 * _CAPITALS_MIN_WORDS
        and _SENTENCE_END.search(line) is None
    )
