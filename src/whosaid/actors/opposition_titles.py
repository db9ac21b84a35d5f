"""People the text itself calls the opposition's: "Leader of the Opposition
in the Rajya Sabha X", "opposition lawmaker X", "X, the main opposition
leader", "X, an MP from the opposition".  The text wins over the knowledge
tables (an old office, a chamber's LEG): such a person is OPP in their
country, unless the title calls them former ("former opposition leader X"
no longer is).
"""

from __future__ import annotations

import re

from whosaid.actors.model import ActorDraft

__all__ = ["OPPOSITION_TITLE_SOURCE", "opposition_titles"]

OPPOSITION_TITLE_SOURCE = "opposition title"
"""The source an OPP given by :func:`opposition_titles` records."""

_ROLE = (
    r"(?:leader|lawmaker|legislator|mp|deputy|senator|politician|figure|"
    r"spokes(?:man|woman|person)|chief|chairman|chairwoman|candidate)"
)
_BEFORE = re.compile(
    r"(?:\bleader\s+of\s+(?:the\s+)?opposition(?:\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)?"
    rf"|\bopposition\s+{_ROLE})[\s,]*$",
    re.IGNORECASE,
)
"""A title right before a name that calls the person the opposition's."""
_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:(?:main|chief|parliamentary)\s+)?"
    rf"(?:opposition\s+{_ROLE}\b|leader\s+of\s+the\s+opposition\b"
    rf"|(?:{_ROLE}|member)\s+(?:of|from|for)\s+the\s+(?:main\s+)?opposition\b)",
    re.IGNORECASE,
)
"""An apposition right after a name that calls the person the
opposition's."""
_FORMER = re.compile(r"\b(?:former|ex-|erstwhile|then)\s*$", re.IGNORECASE)
"""A word that makes the title a past one."""


def opposition_titles(drafts: list[ActorDraft], text: str) -> None:
    """A person with a country whom a title or apposition calls the
    opposition's is OPP (in place)."""
    for d in drafts:
        if d.type != "person" or d.igo or not d.country or d.sector == "OPP":
            continue
        if any(
            called_opposition_person(text, _name_start(text, s, e, d.name), e)
            for s, e in d.mentions
        ):
            d.sector = "OPP"
            d.sources.append(OPPOSITION_TITLE_SOURCE)


def _name_start(text: str, start: int, end: int, name: str) -> int:
    """Where the name begins inside a mention that holds its title too
    ("Opposition leader Raila Odinga": at "Raila"), so that the title is
    read as the words before the name; the mention's start otherwise."""
    first = name.split()[0] if name.split() else ""
    at = text.find(first, start, end) if first else -1
    return at if at > start else start


def called_opposition_person(text: str, start: int, end: int) -> bool:
    """Whether the words right before ``text[start:end]`` or its apposition
    right after call the person the opposition's (not a former one)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    m = _BEFORE.search(before)
    if m is not None and not _FORMER.search(before[: m.start()]):
        return True
    after = _AFTER.match(text, end)
    return after is not None and "former" not in after.group(0).lower()
