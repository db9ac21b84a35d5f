"""An aide or adviser to a head of state or government ("Yuri Ushakov, a
foreign policy aide to President Vladimir Putin", "Maxim Oreshkin, President
Vladimir Putin's economic adviser") serves in that government today,
whatever office the people tables last gave them: the text wins."""

from __future__ import annotations

import re
from collections.abc import Sequence

HEAD_TITLES = r"(?:President|Prime Minister|Premier|Chancellor|King|Emir|Crown Prince)"
"""Titles of a head of state or government, as written before a name."""

_MODIFIERS = r"(?:[a-z][\w-]*\s+){0,3}"
_ADVISER = r"(?:aide|adviser|advisor)"
_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"

_TO_A_HEAD_AFTER = re.compile(
    rf"^,\s+(?:(?:a|an|the)\s+)?(?:(?:senior|top|chief|key|close)\s+)?{_MODIFIERS}"
    rf"{_ADVISER}\s+to\s+(?:the\s+)?{HEAD_TITLES}\b"
)
"""After a name: ", a foreign policy aide to President X"."""

_HEADS_ADVISER = re.compile(
    rf"\b{HEAD_TITLES}\s+{_NAME}(?:'s|’s)\s+{_MODIFIERS}{_ADVISER}\b"
)
"""Around a name: "President X's economic adviser"."""

REACH = 120
"""Characters after a mention an apposition may take."""


def advises_a_head(text: str, mentions: Sequence[tuple[int, int]]) -> bool:
    """Whether a mention of a person is apposed to, or is, a title calling
    them an aide or adviser to a head of state or government."""
    for s, e in mentions:
        if _TO_A_HEAD_AFTER.search(text[e : e + REACH]):
            return True
        if _HEADS_ADVISER.search(text[s:e]) or _HEADS_ADVISER.match(
            text[e : e + REACH].lstrip(", ")
        ):
            return True
    return False
