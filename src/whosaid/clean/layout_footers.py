"""Footer rules: what ends the story and what follows it.

An end mark glued to a paragraph (``... he said. Enditem``) is cut off it;
writers' notes ending the story are credit; below the last real paragraph,
once a footer has been seen, short non-sentence lines and dated headlines are
site footer, and so is all that follows a topic list's heading.
"""

from __future__ import annotations

import re

from whosaid.clean import boilerplate as bp
from whosaid.clean import chrome, furniture, leftovers
from whosaid.clean.figures import is_dated_item
from whosaid.clean.layout_lines import BODY, QUOTE_MARK, Line
from whosaid.clean.line_shape import SHORT_LINE_WORDS, ends_sentence, word_count
from whosaid.clean.sections import parse_breadcrumb
from whosaid.records import Boilerplate

# Tail lines this short (in words) that do not end a sentence are footer once
# a footer has been seen below the last body paragraph.
_TAIL_MAX_WORDS = 8


def trim_end_marks(lines: list[Line], labels: list[str]) -> list[Boilerplate]:
    """Cut an end mark glued to a body line (``... he said. Enditem``) off it.

    The line is shortened in ``lines``; the mark is returned as site footer.
    """
    marks: list[Boilerplate] = []
    for i, line in enumerate(lines):
        if labels[i] != BODY:
            continue
        at = chrome.trailing_end_mark(line.text)
        if at is None:
            continue
        kept = line.text[:at].rstrip()
        lines[i] = Line(line.start, line.start + len(kept), kept, line.block)
        marks.append(
            Boilerplate(
                start=line.start + at,
                end=line.end,
                text=line.text[at:],
                kind=bp.SITE_FOOTER,
            )
        )
    return marks


# A note on a writer opens with their name and a verb of their job: "Jane
# Roe is ...", "Jane Roe covers ...".
_NOTE_OPENING = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+"
    r"(?:is|was|covers|writes|reports|has\s+(?:been|covered|reported|written)|"
    r"joined|can\s+be\s+reached)\b"
)


def mark_author_bios(lines: list[Line], labels: list[str]) -> None:
    """Label the writers' notes ending the story as credit.

    ``Jane Roe covers technology policy for The Example Post.`` / ``John
    Doe is a technology reporter.`` (:func:`whosaid.clean.furniture.is_author_bio`),
    or any line opening with the name of the page's byline and a verb of
    the job (``Jane Roe is the Example Post's health correspondent. Email
    her at ...``): only the last body lines (short lines that end no
    sentence, a footer's links, do not count), so a story about a reporter
    keeps its lines.
    """
    writers = [lines[i].text for i, label in enumerate(labels) if label == bp.BYLINE]
    bios: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if labels[i] != BODY or _is_tail_label(lines[i].text):
            continue
        if not furniture.is_author_bio(lines[i].text) and not _is_note_on_writer(
            lines[i].text, writers
        ):
            # a story above them: a text of bios alone keeps its lines
            for j in bios:
                labels[j] = bp.CREDIT
            return
        bios.append(i)


def _is_tail_label(text: str) -> bool:
    """A short line that ends no sentence (``About The Example Star``): a
    footer's link the tail rules take later, never the story's end."""
    return word_count(text) <= _TAIL_MAX_WORDS and not ends_sentence(text)


# A byline's writers come before its outlet or title: "By Jane Roe and John
# Doe, Example Post", "Jane Roe | Example Post".
_BYLINE_BY = re.compile(r"^(?:(?:written|reported)\s+)?by:?\s+", re.IGNORECASE)
_BYLINE_OUTLET = re.compile(r"\s*(?:[,|/(–—]|\s-\s).*$")


def _is_note_on_writer(text: str, bylines: list[str]) -> bool:
    """A line opening with the name of a byline's writer and a verb of the
    job (``Jane Roe is ...`` under ``By Jane Roe, Health Reporter``); the
    byline's outlet is no writer (``The Example Post was unable to ...``
    under ``By Jane Roe, The Example Post`` stays body)."""
    match = _NOTE_OPENING.match(text)
    if match is None or match.group("name").split()[0] in _ARTICLES:
        return False
    name = match.group("name")
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", _writers_part(byline)) is not None
        for byline in bylines
    )


_ARTICLES = frozenset({"The", "A", "An"})


def _writers_part(byline: str) -> str:
    """The writers' names of a byline line: what stands before its outlet
    or title (``Jane Roe and John Doe`` of ``By Jane Roe and John Doe,
    Example Post``)."""
    return _BYLINE_OUTLET.sub("", _BYLINE_BY.sub("", byline.strip()))


def mark_tail_footers(lines: list[Line], labels: list[str]) -> None:
    """Label the short leftovers below the last body paragraph as site footer."""
    last_body = -1
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == BODY and (
            ends_sentence(line.text) or word_count(line.text) >= SHORT_LINE_WORDS
        ):
            last_body = i
    if last_body < 0:
        return
    seen_footer = False
    for i in range(last_body + 1, len(lines)):
        text = lines[i].text
        if labels[i] in bp.BOILERPLATE_KINDS:
            seen_footer = True
        elif labels[i] == BODY and (
            parse_breadcrumb(text) is not None
            or leftovers.is_wire_credit(text)
            or (
                seen_footer
                and (word_count(text) <= _TAIL_MAX_WORDS or is_dated_item(text))
                and not ends_sentence(text)
            )
        ):
            labels[i] = bp.SITE_FOOTER
            seen_footer = True
    # a box's heading right over its footer line ("Example Business Today"
    # over "Sign up to receive ...")
    for i in range(len(lines) - 2, last_body, -1):
        text = lines[i].text
        if (
            labels[i] == BODY
            and labels[i + 1] in bp.BOILERPLATE_KINDS
            and lines[i + 1].block == lines[i].block
            and word_count(text) <= _TAIL_MAX_WORDS
            and not ends_sentence(text)
        ):
            labels[i] = bp.SITE_FOOTER


_TOPIC_HEADING = re.compile(
    r"^(?:tags?|topics?|tagged\s+with|filed\s+under|keywords?|related\s+topics)"
    r"\s*:?$",
    re.IGNORECASE,
)
_TOPIC_TAIL_MAX_WORDS = 25
_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells)\b")


def mark_topic_tails(lines: list[Line], labels: list[str]) -> None:
    """Label what follows a topic list's heading at the page's end as site
    footer.

    ``Topics :`` over the topic names, then perhaps a reader box (``Your
    Opinion`` / ``Share your experiences ... We're here to listen.``): no
    story goes on below the topic list.  Only when every body line below
    the heading is short (at most :data:`_TOPIC_TAIL_MAX_WORDS` words) and
    quotes or reports no one.
    """
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        if labels[i] == BODY:
            if (
                word_count(text) > _TOPIC_TAIL_MAX_WORDS
                or QUOTE_MARK.search(text) is not None
                or _SPEECH_WORD.search(text) is not None
            ):
                return
        elif _TOPIC_HEADING.match(text) is not None:
            for j in range(i + 1, len(lines)):
                if labels[j] == BODY:
                    labels[j] = bp.SITE_FOOTER
            return
