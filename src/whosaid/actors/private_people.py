"""Actors: private people's sector from their titles and appositions (a
firm's economist or analyst is BUS, a farmer or student CVL).  Such a
title names no office abroad, so the article's country may code them
(:func:`whosaid.actors.article_country.article_country`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from whosaid.actors.knowledge_records import Demonym
from whosaid.actors.model import ActorDraft
from whosaid.actors.tables import data_text, read_tsv

__all__ = [
    "ACADEMY_AFTER",
    "AGE_APPOSITION",
    "FIRM_APPOSITION",
    "FIRM_TITLE_WORDS",
    "PRIVATE_APPOSITION",
    "PRIVATE_NOUNS",
    "PRIVATE_SOURCE",
    "demonym_country",
    "firm_titles",
    "org_appositions",
    "private_appositions",
    "private_noun_role",
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


_DESCRIPTOR_END = r"(?=[,.;]|\s+(?:in|at|from|of|who|and|said|says|told)\b)"

AGE_APPOSITION = re.compile(
    r",\s+(?:aged\s+)?\d{1,3},(?:\s+an?\s+((?:[\w-]+\s+){0,3}?[\w-]+)"
    + _DESCRIPTOR_END
    + r")?|,\s+an?\s+(\d{1,3}-year-old(?:\s+[\w-]+){1,3}?)"
    + _DESCRIPTOR_END
    + r"|,\s+an?\s+\d{1,3}-year-old\b"
)
"""An age right after a name (", 47,", ", aged 58,", ", a 41-year-old
pharmacist"): the news gives the ages of the private people it quotes; an
officeholder is named by office.  The descriptor, when it closes before a
comma or a preposition, is group 1 or 2."""

PRIVATE_SOURCE = "private apposition"
"""The source a private person's sector (and a demonym's country) records."""


PRIVATE_NOUNS: frozenset[str] = frozenset(
    row["noun"].lower() for row in read_tsv(data_text("private_nouns.tsv"))
)
"""Nouns of private people from the Phoenix agents dictionary ("dentist",
"engineer", "landowner", "scientist"; ``data/private_nouns.tsv``, built by
``scripts/build_private_nouns.py``)."""

INDEFINITE_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?an?\s+((?:[\w-]+[ \t]*){1,4})")
"""An indefinite apposition after a name and its first words: ", an Indian
software engineer", ", 61, a retired dentist"."""

DESCRIPTOR_STOPS: frozenset[str] = frozenset(
    {"at", "in", "of", "from", "for", "with", "who", "whose", "and", "said"}
)
"""Words that close a descriptor's noun phrase ("a dentist in Leeds")."""


def private_noun_role(text: str, end: int) -> str | None:
    """The descriptor of an indefinite apposition after ``end`` whose noun
    is one of :data:`PRIVATE_NOUNS` (", an Indian software engineer
    working in Texas": "Indian software engineer"), else ``None``."""
    m = INDEFINITE_APPOSITION.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for k, w in enumerate(words):
        if w.lower() in DESCRIPTOR_STOPS:
            return None
        if w.lower() in PRIVATE_NOUNS:
            return " ".join(words[: k + 1])
    return None


def private_appositions(
    drafts: list[ActorDraft],
    text: str,
    demonyms: Mapping[tuple[str, ...], Demonym] | None = None,
) -> None:
    """A person with no sector whom an apposition calls a farmer, student,
    villager, resident, protester... or gives an age (", 47,", ", a
    41-year-old pharmacist") is a private person (CVL); the apposition
    becomes a role, so the article's country may code them, unless it
    names their nationality ("a Filipino fisherman": PHL)."""
    for d in drafts:
        if d.type != "person" or d.sector is not None or d.igo:
            continue
        for _, e in d.mentions:
            role = _private_role(d, text, e)
            if role is None:
                continue
            d.sector = "CVL"
            d.sources.append(PRIVATE_SOURCE)
            if role:
                d.roles.append(role)
            country = demonym_country(role, demonyms or {})
            if country and d.country is None:
                d.country = country
            break


def _private_role(d: ActorDraft, text: str, end: int) -> str | None:
    """The private person's descriptor in the apposition after a mention
    ending at ``end`` ("" for an age alone), or ``None`` for no such
    apposition.  An age makes a private person only of someone the people
    tables do not know (an officeholder's age is no descriptor)."""
    m = PRIVATE_APPOSITION.match(text, end)
    if m is not None:
        return " ".join(m.group(1).split())
    role = private_noun_role(text, end)
    if role is not None:
        return role
    if d.kb_id is not None:
        return None
    m = AGE_APPOSITION.match(text, end)
    if m is None:
        return None
    return " ".join((m.group(1) or m.group(2) or "").split())


def demonym_country(
    role: str, demonyms: Mapping[tuple[str, ...], Demonym]
) -> str | None:
    """The country of the one nationality adjective a private person's
    descriptor holds ("Filipino fisherman", "52-year-old Brazilian
    teacher"), else ``None``."""
    found = {
        dem.country
        for w in role.split()
        if (dem := demonyms.get((w.lower(),))) is not None and dem.form == "adj"
    }
    return found.pop() if len(found) == 1 else None


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
