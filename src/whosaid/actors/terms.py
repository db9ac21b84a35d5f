"""Terms in office and what they say on a date: which term codes a person
that day (held, else the latest before it), whether they are former, and
whom a surname alone may name ("Obama" in 2019, "Trump" in 2016).

:mod:`whosaid.actors.people` indexes the people tables by name and links a
name with these rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "EP_OPEN_UNTIL",
    "PARTY_LEADER_OFFICE",
    "PARTY_LEADER_SOURCE",
    "PHX_OPEN_UNTIL",
    "Link",
    "Office",
    "Person",
    "best_links",
    "fold",
    "head_office",
    "link_on",
    "surname_links",
]

_DASHES = re.compile(r"[-‐‑–—_]")
_NOT_WORD = re.compile(r"[^\w ]")
_SPECIAL = str.maketrans(
    {"ı": "i", "ø": "o", "ß": "ss", "đ": "dj", "Đ": "Dj", "ł": "l", "æ": "ae"}
)
"""Letters NFKD leaves whole; the South Slavic "đ" as English news writes it
("Tuđman": "Tudjman", "Đukanović": "Djukanovic")."""
HEAD_OFFICE_WORDS: tuple[str, ...] = (
    "president",
    "prime minister",
    "chancellor",
    "premier",
    "king",
    "emir",
    "crown prince",
    "supreme leader",
    "secretary-general",
    "secretary general",
    "chief of state",
    "head of government",
    "taoiseach",
)
"""Offices whose holders are known by their surname alone ("Putin")."""


def fold(text: str) -> str:
    """A name's matching key: lowercase, accents folded, dashes as spaces,
    other punctuation dropped ("Zelenskyy's" keeps its letters)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        text = "".join(c for c in text if not unicodedata.combining(c)).translate(
            _SPECIAL
        )
    text = _NOT_WORD.sub("", _DASHES.sub(" ", text.lower()))
    return " ".join(text.split())


PHX_OPEN_UNTIL = "2014"
"""The year the Phoenix dictionaries were built (few entries after 2012): an
open term of theirs is not known to hold after it (a minister of 2009 is no
minister in 2024), nor known to have ended (a senator of 2007 still sat in
2017).  After it the term still codes the person, but as a stale one
(:attr:`Link.stale`): what the text says of them wins."""
PARTY_LEADER_SOURCE = "cia-party"
"""The source of a party's leadership (the Factbook's "political parties and
leaders", offices.tsv ``party leader: <party>``, PTY)."""
PARTY_LEADER_OFFICE = "party leader: "
"""How such an office's label begins; the party's name follows."""
EP_OPEN_UNTIL = "2024-10"
"""Newest month of the EveryPolitician lists (their world-leaders update;
the cabinets stop in 2022-2023): an open term of theirs is not known to
hold after it."""


@dataclass(frozen=True, slots=True)
class Office:
    """One term in one office (dates ``YYYY[-MM[-DD]]``; ``end`` empty: open)."""

    country: str | None
    igo: str | None
    sector: str | None
    office: str
    start: str
    end: str
    source: str

    @property
    def known_end(self) -> str:
        """The end, or for an open EveryPolitician term the month its data
        stops (:data:`EP_OPEN_UNTIL`): a term open in a 2022 list says
        nothing about 2025 ("Parliamentary Under-Secretary … 2020-02-14.." is
        no office of Kemi Badenoch's in 2025)."""
        if not self.end and self.source == "ep":
            return EP_OPEN_UNTIL
        return self.end

    def stale_on(self, date: str) -> bool:
        """Whether the term is an open one of a source that stopped long
        before ``date`` (Phoenix: :data:`PHX_OPEN_UNTIL`)."""
        return (
            not self.end
            and self.source == "phx"
            and date[: len(PHX_OPEN_UNTIL)] > PHX_OPEN_UNTIL
        )

    def held_on(self, date: str) -> bool:
        """Whether the term covers ``date`` (compared at the term's precision)."""
        if self.start and date[: len(self.start)] < self.start:
            return False
        end = self.known_end
        if not end:
            return True
        if len(end) < 10:
            return date[: len(end)] <= end
        return date < end

    def ended_by(self, date: str) -> bool:
        end = self.known_end
        return bool(end) and not self.held_on(date) and date[: len(end)] >= end


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    offices: tuple[Office, ...]
    candidacies: tuple[tuple[str, str], ...] = ()
    """``(country, election date)`` of the major elections they ran in."""


@dataclass(frozen=True, slots=True)
class Link:
    """A person linked on a date: ``office`` is the term that codes them (held
    that day, else the latest before it, else the newest); ``former``: every
    term had ended by that day."""

    person: Person
    office: Office
    former: bool
    stale: bool = False
    """The office is an open term of a source that stopped long before the
    date (:meth:`Office.stale_on`): perhaps no longer held."""

    @property
    def country(self) -> str | None:
        return self.office.country

    @property
    def igo(self) -> str | None:
        return self.office.igo

    @property
    def sector(self) -> str | None:
        if self.former and self.office.source == PARTY_LEADER_SOURCE:
            return "PTY"  # a party's former leader is no former officeholder
        return "ELI" if self.former else self.office.sector

    @property
    def source(self) -> str:
        label = self.office.office or self.office.sector or ""
        span = f"{self.office.start or '?'}..{self.office.end}"
        where = f"{self.office.source}: {label} {span}".replace(" )", ")")
        return f"people.tsv {self.person.id} ({where})"


FORMER_HEAD_YEARS = 4
"""A former head is known by surname alone this many years after office
("Obama" in 2019)."""
FUTURE_HEAD_YEARS = 2
"""A future head is known by surname alone this many years before office:
the campaign ("Trump" in 2016)."""


def surname_links(people: Sequence[Person], date: str | None) -> list[Link]:
    """The people a surname alone ("Obama", "Trump") may name on ``date``.

    Only heads of state or government, and major candidates near an
    election, are known by surname alone.  Heads in office that day come
    first; with none, those whose head term ended at most
    :data:`FORMER_HEAD_YEARS` before (a former head: ``ELI``) or begins at
    most :data:`FUTURE_HEAD_YEARS` after (a candidate: country, no sector),
    and candidates of an election within the candidate windows (coded by
    their offices that day), the nearest first.  Without a date: any head.
    """
    links = [lk for p in people if (lk := link_on(p, date)) is not None]
    if date is None:
        return [lk for lk in links if _head(lk.office.office)]
    current = [lk for lk in links if not lk.former and _head(lk.office.office)]
    if current:
        return current
    near: list[tuple[float, Link]] = []
    for p in people:
        running = _candidacy_gap(p, date)
        if running is not None:
            lk = link_on(p, date)
            if lk is not None:
                near.append((running, lk))
        gaps = [g for o in p.offices if _head(o.office) and (g := _gap(o, date))]
        if not gaps:
            continue
        gap, before = min(gaps)
        if before:  # the term begins after the date
            first = min(p.offices, key=lambda o: o.start)
            office = Office(first.country, first.igo, None, "", "", "", first.source)
            near.append((gap, Link(p, office, former=False)))
        else:
            lk = link_on(p, date)
            if lk is not None:
                near.append((gap, lk))
    if not near:
        return []
    best = min(g for g, _ in near)
    return [lk for g, lk in near if g == best]


CANDIDATE_YEARS_BEFORE = 1.5
"""A candidate is known by surname alone this many years before the
election (the campaign: "Clinton" in 2016 is Hillary Clinton)..."""
CANDIDATE_YEARS_AFTER = 1.0
"""... and this many years after it."""


def _candidacy_gap(person: Person, date: str) -> float | None:
    """Years between ``date`` and the nearest election the person ran in,
    within the candidate windows; ``None`` outside them."""
    year = _year(date)
    gaps = [
        abs(_year(election) - year)
        for _, election in person.candidacies
        if -CANDIDATE_YEARS_AFTER <= _year(election) - year <= CANDIDATE_YEARS_BEFORE
    ]
    return min(gaps) if gaps else None


def _gap(office: Office, date: str) -> tuple[float, bool] | None:
    """Years from ``date`` to a head term it falls outside, and whether the
    term is still to come; ``None`` past the windows."""
    year = _year(date)
    if office.start and date[: len(office.start)] < office.start:
        gap = _year(office.start) - year
        return (gap, True) if gap <= FUTURE_HEAD_YEARS else None
    if office.end and office.ended_by(date):
        gap = year - _year(office.end)
        return (gap, False) if gap <= FORMER_HEAD_YEARS else None
    return None


def _year(date: str) -> float:
    """``YYYY[-MM[-DD]]`` as a fractional year (for gaps between terms)."""
    parts = [int(x) for x in date[:10].split("-") if x.isdigit()]
    year = parts[0] if parts else 0
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    return year + (month - 1) / 12 + (day - 1) / 365


def link_on(person: Person, date: str | None) -> Link | None:
    offices = person.offices
    if not offices:
        return None
    home: dict[str | None, int] = {}
    for o in offices:
        home[o.country or o.igo] = home.get(o.country or o.igo, 0) + 1
    if date is None:
        newest = max(
            offices,
            key=lambda o: (o.start, o.end == "", o.end, home[o.country or o.igo]),
        )
        latest_closed = max((o.start for o in offices if o.end), default="")
        current = [o for o in offices if not o.end and o.start >= latest_closed]
        past = [o for o in offices if o.end]
        if current and former_head_leading_a_party(current, past):
            # as on a day: a former head who now leads a party is the former
            # head (Uhuru Kenyatta, the Jubilee Party's leader)
            best = max(past, key=lambda o: (o.known_end, home[o.country or o.igo]))
            return Link(person, best, former=True)
        if current:
            # the terms still open: an office before a party's leadership
            # (Medvedev, the Security Council's deputy chairman, leads United
            # Russia too), as on a day they are held
            newest = max(current, key=lambda o: (*_rank(o), home[o.country or o.igo]))
        return Link(person, newest, former=bool(newest.end))
    held = [o for o in offices if o.held_on(date)]
    past = [o for o in offices if o.ended_by(date)]
    if held and not former_head_leading_a_party(held, past):
        best = max(held, key=lambda o: (*_rank(o), home[o.country or o.igo]))
        return Link(person, best, former=False, stale=best.stale_on(date))
    if past:
        # the latest office; on a tie, the country of most of their offices
        # (France's president is also Andorra's co-prince)
        best = max(past, key=lambda o: (o.known_end, home[o.country or o.igo]))
        return Link(person, best, former=True)
    # only later offices: the person's country, no sector yet
    first = min(offices, key=lambda o: o.start)
    return Link(
        person,
        Office(first.country, first.igo, None, "", "", "", first.source),
        former=False,
    )


def former_head_leading_a_party(held: Sequence[Office], past: Sequence[Office]) -> bool:
    """Whether a former head of state or government holds no office that
    day but a party's leadership (Sarkozy leading his party in 2016): the
    former head (ELI) codes them, as before the party leaders were known."""
    return all(o.source == PARTY_LEADER_SOURCE for o in held) and any(
        _head(o.office) and not _DEPUTY_RE.search(o.office.lower()) for o in past
    )


_DEPUTY_RE = re.compile(r"\b(?:vice|deputy)\b")
"""A deputy head ("Vice President"): known by surname like a head, but a
former one who leads a party is the party's (Atiku Abubakar, the PDP's
leader), not a former head of state."""


def _rank(office: Office) -> tuple[int, int, str]:
    """Among terms held the same day: a head of state or government first,
    then any office before a party's leadership (a minister who leads a
    party codes as the minister), then the latest begun."""
    return (
        1 if _head(office.office) else 0,
        0 if office.source == PARTY_LEADER_SOURCE else 1,
        office.start,
    )


def best_links(links: list[Link], roles: Iterable[str]) -> list[Link]:
    """Namesakes: those holding office that day, then those whose office
    shares a title word, then the one country they all agree on.  A stale
    link (an open Phoenix term long after its dictionaries stopped) yields
    to a dated one of the same country: the same person twice, most often
    ("Mohammad Zarif Khonsari" beside "Mohammad Javad Zarif")."""
    dated = {lk.country for lk in links if not lk.stale}
    links = [lk for lk in links if not (lk.stale and lk.country in dated)]
    current = [lk for lk in links if not lk.former and lk.office.sector]
    if current:
        links = current
    words = {w for r in roles for w in fold(r).split() if len(w) > 3}
    if words and len(links) > 1:
        links = most_titled(links, words)
    if len(links) > 1 and len({(lk.country, lk.igo, lk.sector) for lk in links}) == 1:
        return links[:1]
    if len(links) > 1:
        prominent = [lk for lk in links if _head(lk.office.office)]
        if len(prominent) == 1:
            return prominent
    return links


def most_titled(links: list[Link], words: set[str]) -> list[Link]:
    """The links whose office shares the most of the title's ``words``
    ("Foreign Minister X": a Minister of Foreign Affairs before a Prime
    Minister namesake); all of them when none shares one."""
    shared = [len(words & set(fold(lk.office.office).split())) for lk in links]
    best = max(shared)
    return (
        [lk for lk, n in zip(links, shared, strict=True) if n == best]
        if best
        else links
    )


def head_office(office: str) -> bool:
    """Whether an office label is a head of state's or government's."""
    return _head(office)


NOT_HEAD_OFFICE_WORDS: tuple[str, ...] = (
    "to the president",
    "of the president",
    "first lady",
    "first gentleman",
    "president's",
)
"""Offices that name a head without being one ("Senior Advisor to the
President", "First Lady")."""


_HEAD_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in HEAD_OFFICE_WORDS) + r")\b"
)


def _head(office: str) -> bool:
    """Whether an office label names a head by whole words ("King of
    Jordan", never "ambassador to the United Kingdom")."""
    low = office.lower()
    return bool(_HEAD_RE.search(low)) and not any(
        w in low for w in NOT_HEAD_OFFICE_WORDS
    )
