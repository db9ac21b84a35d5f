"""Actors: private people's sector from their titles and appositions (a
firm's economist or analyst is BUS, a farmer or student CVL).  Such a
title names no office abroad, so the article's country may code them
(:func:`whosaid.actors.article_country.article_country`)."""

from __future__ import annotations

import re

from whosaid.actors.model import ActorDraft

__all__ = [
    "ACADEMY_AFTER",
    "FIRM_APPOSITION",
    "FIRM_TITLE_WORDS",
    "PRIVATE_APPOSITION",
    "firm_titles",
    "org_appositions",
    "private_appositions",
]

FIRM_TITLE_WORDS: frozenset[str] = frozenset(
    {"economist", "economists", "analyst", "analysts", "executive", "executives"}
)
"""Titles of a firm's people ("chief economist at X", "an analyst at Y"):
with no organization to give a sector, BUS (never GOV)."""


FIRM_APPOSITION = re.compile(
    r",\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,3}?"
    r"(?:economist|analyst|strategist|head\s+of\s+research|partner))\s+(?:at|with)\s+"
    r"(?:[A-Z]|the\s+(?!law\s)(?:[\w-]+\s+){0,2}?(?:firm|company|bank|consultancy)\b)"
)
"""A firm's title in an apposition after a name: ", chief strategist at
X", ", a political risk analyst with Y", ", a tax partner at the Dublin
firm Z" (a law firm's partner is left alone: lawyers are JUD)."""


ACADEMY_AFTER = re.compile(
    r"[^.\n]{0,60}?\b(?:University|Institute|College|School|Academy|Foundation|"
    r"Forum|Centre|Center|Council|Sciences Po)\b"
)
"""An academic or policy body named right after a title's holder ("analyst
X of Dhaka University", ", an economist at the Y Institute"): no firm's."""


PRIVATE_APPOSITION = re.compile(
    r",\s+(?:\d{1,3},\s+)?an?\s+((?:[\w-]+\s+){0,3}?"
    r"(?:farmer|student|villager|resident|protester|protestor|shopkeeper|"
    r"vendor|trader|fisherman|retiree|pensioner|teacher|nurse|taxi driver|"
    r"mother|father|homemaker|housewife|parent|widow|office\s+worker|"
    r"designer|accountant|clerk|cashier|mechanic|electrician|waiter|waitress))\b"
)
"""A private person's apposition after a name: ", 54, a rubber farmer",
", a 23-year-old student"."""


def private_appositions(drafts: list[ActorDraft], text: str) -> None:
    """A person with no sector whom an apposition calls a farmer, student,
    villager, resident, protester... is a private person (CVL); the
    apposition becomes a role, so the article's country may code them."""
    for d in drafts:
        if d.type != "person" or d.sector is not None or d.igo:
            continue
        for _, e in d.mentions:
            m = PRIVATE_APPOSITION.match(text, e)
            if m is not None:
                d.sector = "CVL"
                d.roles.append(" ".join(m.group(1).split()))
                break


def firm_titles(drafts: list[ActorDraft], text: str) -> None:
    """A person titled by a firm's role ("chief economist" before the name,
    ", an analyst at X" after it) with no sector from anywhere else is BUS,
    unless a university or institute is named right after them; the
    apposition's title becomes a role (it names no office abroad, so the
    article's country may code them)."""
    for d in drafts:
        if d.type != "person" or d.sector is not None or d.igo:
            continue
        if any(ACADEMY_AFTER.match(text, e) for _, e in d.mentions):
            continue
        words = {w.strip(".,").lower() for r in d.roles for w in r.split()}
        if words & FIRM_TITLE_WORDS:
            d.sector = "BUS"
            continue
        for _, e in d.mentions:
            m = FIRM_APPOSITION.match(text, e)
            if m is not None:
                d.sector = "BUS"
                d.roles.append(" ".join(m.group(1).split()))
                break


ORG_APPOSITION = re.compile(
    r",\s+the\s+(union|company|firm|carmaker|automaker|chipmaker|drugmaker|bank|"
    r"lender|charity|rights\s+group|think\s+tank)['’]s\s+\w"
)
"""An apposition that names a person by the organisation named before:
", the union's international president", ", the company's chief
executive"."""

POSSESSOR_SECTORS: dict[str, frozenset[str]] = {
    "union": frozenset({"LAB"}),
    "charity": frozenset({"NGO"}),
    "rights group": frozenset({"NGO"}),
    "think tank": frozenset({"NGO"}),
}
"""The sectors the organisation of such an apposition may have (a firm's
noun: BUS)."""

POSSESSOR_WINDOW = 400
"""How many characters before the person the organisation may be named."""


def org_appositions(drafts: list[ActorDraft], text: str) -> None:
    """A person whom an apposition names by the organisation before ("The
    United Steelworkers union ... David McCall, the union's international
    president") takes that organisation's sector when they have none, and
    its country when they have none (a chief executive's BUS stays): the
    latest organisation with a fitting sector named within
    :data:`POSSESSOR_WINDOW` characters before."""
    orgs = [
        d
        for d in drafts
        if d.type not in {"person", "state", "place", "igo"} and d.sector
    ]
    for d in drafts:
        if d.type != "person" or d.igo or (d.sector and d.country):
            continue
        for start, end in d.mentions:
            m = ORG_APPOSITION.match(text, end)
            if m is None:
                continue
            noun = " ".join(m.group(1).lower().split())
            wanted = POSSESSOR_SECTORS.get(noun, frozenset({"BUS"}))
            named = [
                (e, o)
                for o in orgs
                if o.sector in wanted
                for s, e in o.mentions
                if start - POSSESSOR_WINDOW <= s and e <= start
            ]
            if not named or d.sector not in {None, *wanted}:
                continue
            org = max(named, key=lambda pair: pair[0])[1]
            d.sector = org.sector
            if d.country is None:
                d.country = org.country
            d.sources.append(f"apposition ({org.name})")
            break
