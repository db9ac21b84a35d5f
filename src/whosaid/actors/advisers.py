"""An aide or adviser to a head of state or government ("Yuri Ushakov, a
foreign policy aide to President Vladimir Putin", "Maxim Oreshkin, President
Vladimir Putin's economic adviser") serves in that government today,
whatever office the people tables last gave them: the text wins."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from whosaid.actors.model import ActorDraft

HEAD_TITLES = r"(?:President|Prime Minister|Premier|Chancellor|King|Emir|Crown Prince)"
"""Titles of a head of state or government, as written before a name."""

_MODIFIERS = r"(?:[a-z][\w-]*\s+){0,3}"
_ADVISER = r"(?:aide|adviser|advisor)"
_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"

_TO_A_HEAD_AFTER = re.compile(
    rf"^,\s+(?:(?:a|an|the)\s+)?(?:(?:senior|top|chief|key|close)\s+)?{_MODIFIERS}"
    rf"{_ADVISER}\s+to\s+(?:the\s+)?{HEAD_TITLES}\b(?:\s+(?P<head>{_NAME}))?"
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


ADVISER_SOURCE = "adviser to a head"


def head_advised(text: str, mentions: Sequence[tuple[int, int]]) -> str | None:
    """The name of the head of state or government a person's apposition
    calls them an aide or adviser to ("Redwan Hussien, the national security
    adviser to Prime Minister Abiy Ahmed": "Abiy Ahmed"), if any."""
    for _, e in mentions:
        found = _TO_A_HEAD_AFTER.search(text[e : e + REACH])
        if found and found.group("head"):
            return found.group("head")
    return None


def advisers_of_heads(
    drafts: list[ActorDraft],
    text: str,
    head_country: Callable[[str], str | None] = lambda name: None,
) -> None:
    """An aide or adviser the tables do not know serves the government of
    the head they advise (in place): the head's country, GOV.  The head is
    an actor of the text coded GOV, else ``head_country`` (the people
    tables: the country a name heads on the article's date)."""
    heads = [d for d in drafts if d.type == "person" and d.country and not d.igo]
    for d in drafts:
        if d.type != "person" or d.country or d.igo or d.kb_id:
            continue
        name = head_advised(text, d.mentions)
        if name is None:
            continue
        head = next((h for h in heads if _names(h, name, text)), None)
        if head is not None:
            country = head.country if head.sector == "GOV" else None
        else:
            country = head_country(name)
        if country is None:
            continue
        d.country = country
        d.sector = d.sector if d.sector in {"GOV", "SPY", "MIL"} else "GOV"
        d.sources.append(ADVISER_SOURCE)


def _names(head: ActorDraft, name: str, text: str) -> bool:
    """Whether ``name`` is one of the head actor's mentions (or its name)."""
    if name == head.name or head.name.endswith(name) or name.endswith(head.name):
        return True
    return any(text[s:e].endswith(name) for s, e in head.mentions)
