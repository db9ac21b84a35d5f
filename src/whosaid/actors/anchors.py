"""Sentences set in a stated past year: the date their people are coded on.

Background paragraphs state their own time: "In 2004, Muammar Gaddafi told
the European Commission ...", "Back in March 2011, Foreign Minister Saud
al-Faisal said ...".  An actor named only in such sentences is coded by the
office held then (Gaddafi ``LBYGOV`` in 2004), not by the article's date
(Gaddafi, dead in 2011, ``ELI`` in a 2016 article).  An actor also named in a
sentence without such an anchor keeps the article's date: the text speaks of
them now as well.

Only a year stated at the very start of a sentence anchors it ("In 2004,",
"In December 2011", "Back in 2009"), or one right after the verb that
reports the speech ("X said in March 2023 that ..."); a year elsewhere in
the sentence often dates one clause only ("... said the law, passed in
2004, was ...").  A year after
the article's own year (a plan for 2030) anchors nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from whosaid.entities.lexicon import MONTH_NUMBERS
from whosaid.nlp.models import doc_text

__all__ = ["SentenceAnchor", "anchored_date", "sentence_anchors"]

_ANCHOR = re.compile(
    r"""^\W{0,2}                              # an opening quote mark
    (?:(?:Back|As\ early\ as|As\ late\ as|Even|Already)\ )?
    [Ii]n\ (?:(?:early|late|mid-?)\ ?)?
    (?:(?P<month>[A-Z][a-z]+)\ )?
    (?P<year>(?:19|20)\d\d)
    (?![\d%])(?!\s*(?:percent|per\ cent|people|votes|troops|-))""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class SentenceAnchor:
    """A sentence (character offsets) and the date it states (``YYYY-MM-DD``)."""

    start: int
    end: int
    date: str


_REPORTED_IN = re.compile(
    r"""\b(?:said|told|says|stated|announced|warned|wrote|added|declared)
    \ in\ (?:(?:early|late|mid-?)\ ?)?
    (?:(?P<month>[A-Z][a-z]+)\ )?
    (?P<year>(?:19|20)\d\d)
    (?![\d%])(?!\s*(?:percent|per\ cent|-))""",
    re.VERBOSE,
)
"""A year right after the reporting verb: "X said in March 2023 that ..."."""


def stated_date(sentence: str) -> str | None:
    """The date a sentence's opening words (or the words right after its
    reporting verb) state: ``YYYY-MM-15`` with a month, else ``YYYY-07-01``
    (mid-year); ``None`` without one."""
    m = _ANCHOR.match(sentence) or _REPORTED_IN.search(sentence)
    if m is None:
        return None
    month = (m.group("month") or "").lower()
    if month and month not in MONTH_NUMBERS:
        return None  # "In Kabul 2004": not a month
    if month:
        return f"{m.group('year')}-{MONTH_NUMBERS[month]:02d}-15"
    return f"{m.group('year')}-07-01"


def sentence_anchors(doc: Any, article_date: str | None) -> list[SentenceAnchor]:
    """The sentences of ``doc`` set in a stated year before the article's
    (any stated year when the article has no date).  The year goes on to the
    next sentences of its paragraph ("In 2008, OPEC's secretary-general said
    ... Ali al-Naimi, the oil minister, said ...") until one states a time of
    its own: another year, or the article's days ("on Tuesday", "this week",
    "now")."""
    out: list[SentenceAnchor] = []
    current: str | None = None
    text = doc_text(doc)  # spaCy's doc.text and sent.text join every token
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if current is not None and "\n" in text[out[-1].end : start]:
            current = None  # a new paragraph
        sentence = text[start:end]  # sent.text
        date = stated_date(sentence)
        if date is None and current is not None and not _own_time(sentence):
            date = current
        current = None
        if date is None:
            continue
        if article_date and date[:4] >= article_date[:4]:
            continue  # this year, or a plan for a later one
        out.append(SentenceAnchor(start, end, date))
        current = date
    return out


_OWN_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d|today|tonight|yesterday|now|currently|"
    r"(?:on|last|this|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|weekend))\b",
    re.IGNORECASE,
)


def _own_time(sentence: str) -> bool:
    """Whether a sentence states a time of its own (a year, or a day of the
    article's week)."""
    return _OWN_TIME.search(sentence) is not None


def anchored_date(
    mentions: Iterable[tuple[int, int]], anchors: Sequence[SentenceAnchor]
) -> str | None:
    """The date of an actor named only in anchored sentences that all state
    the same date; ``None`` when any mention lies in an unanchored sentence."""
    dates = set()
    for start, end in mentions:
        anchor = next((a for a in anchors if a.start <= start and end <= a.end), None)
        if anchor is None:
            return None
        dates.add(anchor.date)
    return dates.pop() if len(dates) == 1 else None
