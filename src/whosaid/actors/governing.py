"""Who governs: the opposition (OPP) among a country's parties and their
people on the article's date.

``data/governing.tsv`` lists, per country and period, which parties of the
organization table sat in the national government.  A party of a country
with a row for the article's date that is not in that row is the
opposition, and so is a person the text names by such a party ("Congress
general secretary X", "the National Rally, led by X"); a country or date
without a row says nothing (PTY stays).  An undated article takes the
government whose row names a head the text codes GOV ("Prime Minister
Sheikh Hasina"), else the newest row, for a party organizations.tsv lists
(an unlisted one may be a junior partner the rows leave out).  The
same rows say when a government changed hands (:func:`government_changed`):
an open cabinet term begun before that no longer holds.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from whosaid.actors.tables import data_text, read_tsv
from whosaid.actors.terms import PARTY_LEADER_OFFICE, PARTY_LEADER_SOURCE, Link

if TYPE_CHECKING:  # the rules' types: loading the tables needs no actors stage
    from whosaid.actors.model import ActorDraft

__all__ = [
    "GOVERNING_SOURCE",
    "Government",
    "former_head_in_opposition",
    "governing_parties",
    "government_changed",
    "leader_sector",
    "load_governments",
    "never_governed",
    "opposition_sectors",
]

GOVERNING_SOURCE = "governing.tsv"
"""The source an OPP given by :func:`opposition_sectors` records."""


@dataclass(frozen=True, slots=True)
class Government:
    """One row of ``governing.tsv``: the table's parties in a country's
    government from ``start`` to ``end`` (``None``: open)."""

    country: str
    start: str
    end: str | None
    parties: frozenset[str]
    note: str = ""


@lru_cache(maxsize=1)
def load_governments() -> tuple[Government, ...]:
    """The shipped rows, in file order."""
    out = []
    for row in read_tsv(data_text("governing.tsv")):
        parties = row.get("parties") or ""
        out.append(
            Government(
                country=row["country"],
                start=row["start"],
                end=row.get("end") or None,
                parties=frozenset(p for p in parties.split("|") if p),
                note=row.get("note") or "",
            )
        )
    return tuple(out)


def governing_parties(
    country: str,
    date: str | None,
    rows: tuple[Government, ...] | None = None,
) -> frozenset[str] | None:
    """The table's parties in ``country``'s government on ``date``
    (``YYYY[-MM[-DD]]``; ``None``: the newest row), or ``None`` when no row
    covers that day.  A row ends the day its successor starts."""
    rows = load_governments() if rows is None else rows
    mine = [g for g in rows if g.country == country]
    if not mine:
        return None
    if date is None:
        return max(mine, key=lambda g: g.start).parties
    day = date[:10]
    covering = [g for g in mine if g.start <= day and (g.end is None or day < g.end)]
    if not covering:
        return None
    return max(covering, key=lambda g: g.start).parties


def government_changed(
    country: str | None,
    since: str,
    date: str | None,
    rows: tuple[Government, ...] | None = None,
) -> bool:
    """Whether ``country``'s government changed hands between ``since`` and
    ``date``: two successive rows in between share no party (Bennett and
    Lapid's ministers were out when Netanyahu's coalition took over).  An
    open cabinet term begun before such a change no longer holds."""
    if country is None or date is None or not since:
        return False
    rows = load_governments() if rows is None else rows
    mine = sorted((g for g in rows if g.country == country), key=lambda g: g.start)
    day, start = date[:10], since[:10]
    spans = [g for g in mine if g.start <= day and (g.end is None or start < g.end)]
    return any(
        start < b.start <= day
        and _days(start, b.start) > CHANGE_SLACK_DAYS
        and not a.parties & b.parties
        for a, b in itertools.pairwise(spans)
    )


CHANGE_SLACK_DAYS = 31
"""A term begun this close before a change of government is the new
government's (a prime minister elected the day before being sworn in)."""


def _days(a: str, b: str) -> int:
    """Days from ``a`` to ``b`` (``YYYY[-MM[-DD]]``, missing parts as 1)."""

    def day(text: str) -> datetime.date:
        parts = [int(p) for p in text.split("-")[:3] if p.isdigit()]
        parts += [1] * (3 - len(parts))
        return datetime.date(
            parts[0], max(1, min(parts[1], 12)), max(1, min(parts[2], 28))
        )

    try:
        return (day(b) - day(a)).days
    except (ValueError, IndexError):
        return 0


def leader_sector(link: Link, date: str | None) -> str | None:
    """The sector a party's leadership (the Factbook's party leaders,
    :data:`PARTY_LEADER_SOURCE`) gives on ``date``: OPP when a row of this
    table covers the date and the party (by its organizations.tsv name) is
    not in it, PTY when it is; ``None`` when the table cannot say (another
    kind of link, a former leader, no row, a party the table does not
    name)."""
    office = link.office
    if link.former or office.country is None:
        return None
    party = _party_post(office.office, office.country)
    if office.source == PARTY_LEADER_SOURCE and office.office.startswith(
        PARTY_LEADER_OFFICE
    ):
        party = office.office[len(PARTY_LEADER_OFFICE) :]
    elif office.source == PARTY_LEADER_SOURCE and office.office.startswith(
        FACTBOOK_LEADER_OFFICE
    ):
        # a party this table names since the people tables were built
        party = office.office[len(FACTBOOK_LEADER_OFFICE) :]
        if party not in _table_parties(office.country):
            return None
    elif office.sector != "PTY" or party is None:
        return None
    if date is None:
        return "OPP" if never_governed(office.country, party) else None
    governing = governing_parties(office.country, date)
    if governing is None:
        return None
    return "PTY" if party in governing else "OPP"


FACTBOOK_LEADER_OFFICE = "party leader - "
"""How a party leadership's label begins when the people tables were built
with no organizations.tsv name for the party (the Factbook's name follows)."""


def _table_parties(country: str) -> set[str]:
    """The parties this table names for ``country``, in any row."""
    return {p for g in load_governments() if g.country == country for p in g.parties}


def never_governed(
    country: str, party: str, rows: tuple[Government, ...] | None = None
) -> bool:
    """Whether ``country`` has rows in this table and none of them names
    ``party``: out of government on every day the table covers, so the
    opposition even in an undated article (the Alternative for Germany,
    Japan's Communists).  A party some row names may have governed when an
    undated article was written, and says nothing."""
    rows = load_governments() if rows is None else rows
    mine = [g for g in rows if g.country == country]
    return bool(mine) and not any(party in g.parties for g in mine)


def _party_post(label: str, country: str) -> str | None:
    """The party a party post's label names ("Chairperson of the
    Kuomintang" -> "Kuomintang"), when it is one of the country's parties in
    this table; else ``None``."""
    _, sep, party = label.rpartition(" of the ")
    if not sep:
        return None
    return party if party in _table_parties(country) else None


def former_head_in_opposition(
    link: Link, date: str | None, named_parties: Collection[str]
) -> bool:
    """Whether a former head of state or government (a former link) leads,
    on ``date``, a party this table puts out of government that day, and
    the article names that party (``named_parties``: the organizations.tsv
    names of its parties): "former prime minister Imran Khan" in a story
    of his PTI in 2023 is the opposition's; without the party named, the
    former head stays ``ELI`` ("Nicolas Sarkozy said he would run
    again")."""
    if not link.former or date is None:
        return False
    for office in link.person.offices:
        if (
            office.source != PARTY_LEADER_SOURCE
            or not office.held_on(date)
            or office.country is None
            or not office.office.startswith(PARTY_LEADER_OFFICE)
        ):
            continue
        party = office.office[len(PARTY_LEADER_OFFICE) :]
        governing = governing_parties(office.country, date)
        if governing is not None and party not in governing and party in named_parties:
            return True
    return False


def opposition_sectors(
    drafts: list[ActorDraft],
    date: str | None,
    text: str,
    rows: tuple[Government, ...] | None = None,
    *,
    date_of: Callable[[ActorDraft], str | None] | None = None,
) -> None:
    """Parties out of government, and the people the text names by them,
    are the opposition: PTY -> OPP (in place); so is a lawmaker named by
    such a party ("an MP from the opposition European Solidarity party",
    "Democratic Party floor leader X" under a People Power government):
    LEG -> OPP.  ``date_of``: the date the text gives an actor's own
    sentences ("In 2024, South Korea's Democratic Party said"), which wins
    over the article's where the table has a row for it.  Undated: the
    government the text names its head of (:func:`government_named`), else
    the newest row, and only for a listed party."""
    called_opposition(drafts, text)
    parties = [d for d in drafts if d.type == "party" and d.country and _named(d)]
    for d in drafts:
        if not d.country or not (
            d.sector == "PTY" or (d.sector == "LEG" and d.type == "person")
        ):
            continue
        party = d if d.type == "party" and _named(d) else None
        if d.type == "person":
            party = _party_of(d, parties, text)
        if party is None or party.country != d.country:
            continue
        governing = _sentence_government(d, date_of, rows)
        if governing is None:
            if date is None and not _listed(party):
                continue
            when = date or government_named(d.country, drafts, rows)
            governing = governing_parties(d.country, when, rows)
        if governing is None or party.name in governing:
            continue
        d.sector = "OPP"
        d.sources.append(GOVERNING_SOURCE)
    opposition_members(drafts, text)
    ruling_armed_groups(drafts, date, rows)


def _sentence_government(
    d: ActorDraft,
    date_of: Callable[[ActorDraft], str | None] | None,
    rows: tuple[Government, ...] | None,
) -> frozenset[str] | None:
    """The parties governing ``d``'s country on the date its own sentences
    state, when the table has a row for it; else ``None`` (the article's
    date decides)."""
    day = date_of(d) if date_of is not None and d.country else None
    return governing_parties(d.country, day, rows) if day and d.country else None


def government_named(
    country: str,
    drafts: list[ActorDraft],
    rows: tuple[Government, ...] | None = None,
) -> str | None:
    """For an undated article, the start of the newest government of
    ``country`` whose row's note names a person the text codes GOV there
    ("Prime Minister Sheikh Hasina": her government's, not today's); else
    ``None`` (:func:`governing_parties` then takes the newest row)."""
    rows = load_governments() if rows is None else rows
    surnames = {
        d.name.split()[-1]
        for d in drafts
        if d.type == "person"
        and d.country == country
        and d.sector == "GOV"
        and d.name.split()
    }
    named = [
        g
        for g in rows
        if g.country == country
        and any(re.search(rf"\b{re.escape(s)}\b", g.note) for s in surnames)
    ]
    return max(named, key=lambda g: g.start).start if named else None


def ruling_armed_groups(
    drafts: list[ActorDraft],
    date: str | None,
    rows: tuple[Government, ...] | None = None,
) -> None:
    """An armed group a row puts in its country's government that day
    (undated: the newest row) governs: REB -> GOV (in place), and so do
    the people the text names by it ("Taliban spokesman X" after 2021)."""
    ruling = [
        d
        for d in drafts
        if d.type == "armed_group"
        and d.sector == "REB"
        and d.country
        and d.name in (governing_parties(d.country, date, rows) or ())
    ]
    for group in ruling:
        group.sector = "GOV"
        group.sources.append(GOVERNING_SOURCE)
    for d in drafts:
        if d.type != "person" or d.sector != "REB":
            continue
        if any(
            g.country == d.country and _inside(g.mentions, d.mentions) for g in ruling
        ):
            d.sector = "GOV"
            d.sources.append(GOVERNING_SOURCE)


def _inside(parts: list[tuple[int, int]], wholes: list[tuple[int, int]]) -> bool:
    """Whether a mention of ``parts`` lies inside one of ``wholes``."""
    return any(s <= ps and pe <= e for ps, pe in parts for s, e in wholes)


_OPPOSITION_BEFORE = re.compile(
    r"\b(?:main\s+)?opposition\s+(?:the\s+)?$", re.IGNORECASE
)
"""Words right before a party's name that call it the opposition ("Taiwan's
opposition Kuomintang", "the main opposition Chadema")."""


def called_opposition(drafts: list[ActorDraft], text: str) -> None:
    """A party the text calls the opposition right before its name is OPP
    (in place), also where its name is only a modifier in a person's title
    ("the chairwoman of Taiwan's opposition Kuomintang")."""
    for d in drafts:
        if d.type != "party" or d.sector != "PTY":
            continue
        if any(
            _OPPOSITION_BEFORE.search(text, max(0, s - 30), s) for s, _ in d.mentions
        ):
            d.sector = "OPP"


PARTY_HEAD_WORDS: frozenset[str] = frozenset(
    {"leader", "chairman", "chairwoman", "chairperson", "chair", "head"}
)
"""Titles that say only that a person heads a party ("Its leader, X"):
no office of the state's, whatever sector the word gives elsewhere."""


def opposition_members(drafts: list[ActorDraft], text: str) -> None:
    """People the text names by a party that is the opposition (by this
    table or by the text: "Hungary's opposition Tisza party ... Its
    leader, X"): a member, lawmaker or party head with no state office
    is the opposition too (in place; the party's country where they have
    none)."""
    parties = [d for d in drafts if d.type == "party" and d.country and _named(d)]
    if not any(p.sector == "OPP" for p in parties):
        return
    for d in drafts:
        if d.type != "person" or d.igo:
            continue
        party = _its_party(d, parties, text) or _party_of(d, parties, text)
        if party is None or party.sector != "OPP":
            continue
        named = " ".join([party.name, *(text[s:e] for s, e in party.mentions)])
        if not _party_member_sector(d, named):
            continue
        if d.country not in {None, party.country}:
            continue
        d.country = party.country
        d.sector = "OPP"
        d.sources.append(GOVERNING_SOURCE)


def _its_party(
    person: ActorDraft, parties: list[ActorDraft], text: str
) -> ActorDraft | None:
    """For a title opening its sentence with "Its" (:data:`ITS_TITLE`),
    the party named first in the sentence before: its subject ("Hungary's
    opposition Tisza party said it would join the European People's Party
    group. Its leader, X"), not the last party it names."""
    for s, _ in person.mentions:
        its = ITS_TITLE.search(text, max(0, s - 120), s)
        if its is None:
            continue
        begin = max(text.rfind(". ", 0, its.start()), text.rfind("\n", 0, its.start()))
        named = [
            (ps, p)
            for p in parties
            for ps, _ in p.mentions
            if begin < ps < its.start() + 1
        ]
        if named:
            return min(named, key=lambda x: x[0])[1]
    return None


def _party_member_sector(d: ActorDraft, party_words: str = "") -> bool:
    """Whether a person's sector is one a party's opposition overrides: a
    party's or a lawmaker's, none, or a party officer's title ("Its
    leader", "PAN national president": the party's words and
    :data:`PARTY_OFFICE_WORDS`) that gave GOV when the people tables know
    no office of theirs."""
    if d.sector in {None, "PTY", "LEG"}:
        return True
    own = {w.strip(".,").lower() for w in party_words.split()}
    words = [w.strip(".,").lower() for r in d.roles for w in r.split()]
    return (
        d.sector == "GOV"
        and d.kb_id is None
        and bool(words)
        and all(w in PARTY_OFFICE_WORDS or w in own for w in words)
        and not all(w in own for w in words)
    )


PARTY_OFFICE_WORDS: frozenset[str] = PARTY_HEAD_WORDS | {
    *("its", "their", "the", "new", "national", "president", "secretary"),
    *("general", "secretary-general", "co-chair", "co-chairman", "deputy"),
}
"""Words of a party officer's title besides the party's name ("Its leader",
"PAN national president", "the party's secretary general")."""


PARTYS = re.compile(r"\bparty['’]s\b", re.IGNORECASE)
"""A title that points back at a party named before ("the party's secretary
general")."""

ITS_TITLE = re.compile(r"(?:^|[.!?]\s+)Its\s+[^.!?\n\"“]{0,80}?,?\s*$")
"""A title that opens its sentence with "Its" right before the person: "The
Congress party was less impressed. Its general secretary in charge of
communications, Jairam Ramesh," (the party named last in the paragraph)."""

PARTYS_PARAGRAPHS = 3
"""How many paragraphs back (the person's own included) "the party's" may
point: the party named last there."""


def _party_before(
    person: ActorDraft, parties: list[ActorDraft], text: str, paragraphs: int = 1
) -> ActorDraft | None:
    """The party named last before the person's first mention in their
    paragraph (or the ``paragraphs`` last ones), for a title that says only
    "party" ("party spokesman X", "the party's secretary general X")."""
    first = person.first
    start = text.rfind("\n", 0, first) + 1
    for _ in range(paragraphs - 1):
        before = text[:start].rstrip()
        if not before:
            break
        start = before.rfind("\n") + 1
    best: tuple[int, ActorDraft] | None = None
    for p in parties:
        for ps, _ in p.mentions:
            if start <= ps < first and (best is None or ps > best[0]):
                best = (ps, p)
    return best[1] if best else None


def _listed(party: ActorDraft) -> bool:
    """Whether a party is one of organizations.tsv's: a party the tables do
    not know may have governed (a junior partner governing.tsv leaves out),
    so only a listed one is known never to have."""
    return any(s.startswith("organizations.tsv") for s in party.sources)


def _named(party: ActorDraft) -> bool:
    """Whether a party is named ("Morena", "the MK party"), not only
    described ("the party", "the ruling coalition"): only a name can be
    looked up in the table."""
    return "sectors.tsv" not in party.sources


_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?[a-zA-Z][\w -]{0,40}?\b(?:of|for|at|in|from)\s+"
    r"(?:the\s+)?(?:(?:main\s+)?opposition\s+)?$"
)
"""Between a person and their party in an apposition: ", the coordinator of
the " (before "National Action Party"), ", an MP from the opposition "
(before "European Solidarity party")."""


_SPOKESPERSON_OF = re.compile(
    r"['’]s\s+(?:shadow\s+)?(?:spokes(?:man|woman|person)|leader)\b[^.\n,]{0,60},\s+"
)
"""Between a party and the person who speaks for it, apposed after the
title: "'s spokeswoman on Indigenous Australians, " (before "Senator X")."""


def _party_of(
    person: ActorDraft, parties: list[ActorDraft], text: str
) -> ActorDraft | None:
    """The party a person is named by: one named inside a mention of
    theirs ("Congress general secretary X") or right before it, one they
    lead ("X's party", "the party, led by X"), one in an apposition right
    after them ("X, the coordinator of the National Action Party"), or, for
    a title that says only "party", the party named last before them in
    their paragraph."""
    for s, e in person.mentions:
        for p in parties:
            if any(s <= ps and pe <= e for ps, pe in p.mentions):
                return p
            if any(pe <= s and not text[pe:s].strip() for _, pe in p.mentions):
                return p  # "The Congress" + "Party general secretary X"
            if any(
                pe <= s and _SPOKESPERSON_OF.fullmatch(text[pe:s])
                for _, pe in p.mentions
            ):
                return p  # "The Coalition's spokeswoman on X, Senator Y"
    from whosaid.actors.party_people import party_of_leader

    led = party_of_leader(person, parties, text)
    if led is not None:
        return led
    if any(
        r.split()[:1] == ["Party"] or " party " in f" {r.lower()} "
        for r in person.roles
    ):
        prior = _party_before(person, parties, text)
        if prior is not None:
            return prior  # "The Congress welcomed it. Party general secretary X"
    if any(ITS_TITLE.search(text, max(0, s - 120), s) for s, _ in person.mentions):
        prior = _party_before(person, parties, text)
        if prior is not None:
            return prior
    if any(PARTYS.search(r) for r in person.roles):
        prior = _party_before(person, parties, text, paragraphs=PARTYS_PARAGRAPHS)
        if prior is not None:
            return prior  # "PTI Chairman X said ...", then "Y, the party's ..."
    for _, e in person.mentions:
        for p in parties:
            for ps, _pe in p.mentions:
                if e < ps <= e + 60 and _APPOSITION.fullmatch(text[e:ps]):
                    return p
    return None


_SHADOW_BEFORE = re.compile(r"\bshadow\s+(?:[a-z][\w-]*\s+){0,4}$", re.IGNORECASE)
"""A title's opening "shadow" that NER or the title words left out of the
mention ("the shadow work and pensions secretary, Mel Stride": the mention
starts at "secretary")."""
SHADOW_SOURCE = "shadow title"


def shadow_titles(drafts: list[ActorDraft], text: str) -> None:
    """A person whose title the text opens with "shadow" speaks for the
    opposition's front bench: GOV -> OPP (in place), whatever office they
    held before."""
    for d in drafts:
        if d.type != "person" or d.sector != "GOV" or d.igo:
            continue
        if any(_SHADOW_BEFORE.search(text[max(0, s - 60) : s]) for s, _ in d.mentions):
            d.sector = "OPP"
            d.sources.append(SHADOW_SOURCE)
