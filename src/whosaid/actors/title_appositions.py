"""Actors: a name in apposition to a nameless titled person is that person.

"the United States ambassador in Lima, Lisa Kenna, wrote ...": the place
after the title ("in Lima", where the envoy serves) ends the title's noun
phrase, so the title and the name become two actors -- a nameless "United
States ambassador" (USAGOV) and a "Lisa Kenna" with no code.  When the name
follows the title's mention right after a comma, with at most such a
locative place between, and the text gave the name no title, country or IGO
of its own, the name takes the title's country, IGO, sector, role and
mentions, and the nameless actor goes.  The country is the title's own
(the sending state's: "U.S." before "ambassador"), never the place's."""

from __future__ import annotations

import re

from whosaid.actors.model import ActorDraft

__all__ = ["TITLE_APPOSITION", "title_appositions"]

TITLE_APPOSITION = re.compile(
    r"(?:\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    r",\s+$"
)
"""What may stand between a title's mention and the name after it: a
locative place ("in Lima", "to the Netherlands"), then the apposition's
comma."""

POSSESSOR_BEFORE = re.compile(r"['’]s?\s*$")
"""A possessive right before the title: the title is the possessor's post
(a union's, a firm's), whose country and sector it does not carry."""

APPOSITION_SOURCE = "title apposition"


def title_appositions(drafts: list[ActorDraft], text: str) -> list[ActorDraft]:
    """The drafts with every named person placed by the nameless titled
    person in apposition before them (see the module)."""
    nameless = [d for d in drafts if _nameless_titled(d)]
    if not nameless:
        return drafts
    gone: set[int] = set()
    for d in drafts:
        if not _bare_name(d):
            continue
        title = _title_before(d, nameless, text, gone)
        if title is None:
            continue
        d.country, d.igo = title.country, title.igo
        d.sector = d.sector or title.sector
        d.roles.append(title.name)
        d.mentions.extend(m for m in title.mentions if m not in d.mentions)
        d.sources.append(APPOSITION_SOURCE)
        gone.add(id(title))
    return [d for d in drafts if id(d) not in gone]


def _nameless_titled(d: ActorDraft) -> bool:
    """A person actor named by a title alone ("United States ambassador")
    that says whose it is (a country or an IGO)."""
    return (
        d.type == "person"
        and bool(d.key)
        and d.key[0] == "body"
        and bool(d.country or d.igo)
        and len(d.mentions) == 1
    )


def _bare_name(d: ActorDraft) -> bool:
    """A named person the text gave no title, country or IGO."""
    return (
        d.type == "person"
        and bool(d.key)
        and d.key[0] == "person"
        and not d.roles
        and d.country is None
        and d.igo is None
    )


def _title_before(
    d: ActorDraft, nameless: list[ActorDraft], text: str, gone: set[int]
) -> ActorDraft | None:
    """The nameless titled person whose one mention the name's first
    mention follows in apposition, else ``None``."""
    start = d.first
    for title in nameless:
        if id(title) in gone:
            continue
        begin, end = title.mentions[0]
        if POSSESSOR_BEFORE.search(text, max(0, begin - 4), begin):
            continue  # "Unison's Manchester branch secretary, X": the union's
        if end <= start and TITLE_APPOSITION.fullmatch(text, end, start):
            return title
    return None
