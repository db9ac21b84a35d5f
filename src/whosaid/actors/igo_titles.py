"""Actors: a person whose title names an IGO office on the page ("EU
Justice Commissioner Didier Reynders", "Mark Malloch Brown, the
administrator of the UN Development Programme", "Peter Piot, the head of
UNAIDS") is that IGO's official on the page's date, whatever national office
the people tables knew them for before ("Chris Patten" governed Hong Kong;
"Johannes Hahn" was Austria's minister): the text's own title is the
freshest knowledge there is.

The words come from ``data/igo_titles.tsv`` (built by
``scripts/build_igo_titles.py`` from the organisation table, Phoenix
International and the world office-holder tables): IGO names and acronyms,
officer titles, and the titles of a state's envoy to an IGO ("Ouattara's
ambassador to the United Nations, Youssoufou Bamba" serves their state, not
the UN).  A title phrase is the capitalised words right before a mention,
the title the draft carries, and an appositive right after (", the X of
Y,") or right before (", X of Y, Name").  A title names an IGO office when
it holds an officer's title and exactly one IGO's name; a bare portfolio
title ("Competition Commissioner") names the European Commission's when
the page names the EU or the people tables know the person as an EU member
state's politician, and "Commission Vice-President" always does
(:mod:`whosaid.actors.eu_commission`).  A person the tables hold in a national office
that day keeps it (a foreign minister chairing the OSCE is still their
state's).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from whosaid.actors.eu_commission import (
    commission_officer_title,
    member_state_politician,
)
from whosaid.actors.igo_envoys import ENVOY_WORDS
from whosaid.actors.model import ActorDraft
from whosaid.actors.people import People
from whosaid.actors.tables import data_text, read_tsv

__all__ = [
    "IGO_TITLE_SOURCE",
    "IgoTitles",
    "igo_officer_titles",
    "load_igo_titles",
    "names_igo",
    "title_appositive",
    "title_igo",
    "title_phrases",
]

IGO_TITLE_SOURCE = "igo title"
ENVOY = "envoy"
"""What :func:`title_igo` answers for a state envoy's title."""

EU = "EU"
PORTFOLIO_TITLE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}Commissioner$")
"""A bare portfolio title of a European commissioner ("Budget Commissioner")."""

NATIONAL_COMMISSIONER_WORDS: frozenset[str] = frozenset(
    {
        "assistant",
        "children's",
        "city",
        "county",
        "deputy",
        "election",
        "elections",
        "electoral",
        "federal",
        "high",
        "human",
        "information",
        "police",
        "privacy",
        "revenue",
        "rights",
        "state",
        "tax",
    }
)
"""Words of a commissioner's title that name a national office (police,
elections, a state's high commissioner), never the European Commission."""

NOT_NOW = re.compile(
    r"(?<![\w-])(?:former|ex|onetime|one-time|erstwhile|retired|late|"
    r"incoming|designate|nominee|candidate|would-be|future)(?![\w])",
    re.IGNORECASE,
)
"""Words of a title held at another time than the page's ("the former
NATO chief", "the nominee for UN secretary-general")."""

_PRE_CAPS = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,6})$")
_PHRASE = r"(?:[^,;:.\"“”\n]|(?<=[A-Z])\.|\.(?=\S))"
"""A title phrase's character: no clause punctuation ("U.N." keeps its dots)."""
_APPOSITIVE_AFTER = re.compile(
    rf"^,\s+(?:the\s+|its\s+|an?\s+)?({_PHRASE}{{3,120}}?)\s*"
    r"(?:,|;|(?<![A-Z])\.(?:\s|$)|\s+said\b|\s+says\b|\s+told\b)"
)
_APPOSITIVE_BEFORE = re.compile(rf",\s+(?:the\s+|an?\s+)?({_PHRASE}{{3,120}}),\s+$")
_WINDOW = 130


@dataclass(frozen=True, slots=True)
class IgoTitles:
    names: tuple[tuple[re.Pattern[str], str, str], ...]
    """(pattern, igo, sector) of each IGO name."""
    officer: re.Pattern[str]
    envoy: re.Pattern[str]
    any_name: re.Pattern[str] | None = None
    """Every name of :attr:`names` in one pattern, in any case: a phrase it
    finds nothing in holds none of them (one search, where each name's
    pattern would search the phrase in turn)."""


_LOCK = threading.Lock()
_LOADED: list[IgoTitles] = []


def load_igo_titles() -> IgoTitles:
    """The shipped table, read once per process."""
    with _LOCK:
        if not _LOADED:
            _LOADED.append(_parse(read_tsv(data_text("igo_titles.tsv"))))
        return _LOADED[0]


def _parse(rows: list[dict[str, str]]) -> IgoTitles:
    names: list[tuple[re.Pattern[str], str, str]] = []
    officers: list[str] = []
    envoys: list[str] = []
    for row in rows:
        text = row["text"]
        if row["kind"] == "name":
            names.append((_name_pattern(text), row["igo"], row.get("sector") or ""))
        elif row["kind"] == "office":
            officers.append(text)
        elif row["kind"] == "envoy":
            envoys.append(text)
    return IgoTitles(
        tuple(names),
        _words_pattern(officers),
        _envoy_pattern(envoys),
        _any_name_pattern([row["text"] for row in rows if row["kind"] == "name"]),
    )


def _any_name_pattern(names: list[str]) -> re.Pattern[str]:
    """One pattern that finds wherever :func:`_name_pattern` of any of
    ``names`` would (and more: every name in any case)."""
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _name_pattern(name: str) -> re.Pattern[str]:
    """An IGO name as a whole word sequence: an acronym in its own case, a
    name in any case."""
    flags = 0 if name.replace(".", "").isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", flags)


_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})


def names_igo(pattern: re.Pattern[str], phrase: str) -> bool:
    """Whether ``pattern`` finds an IGO's name in ``phrase`` that is no
    tail of a longer capitalised name ("the National Security Council" is
    no "Security Council"; "UN Security Council" and "the Security
    Council" are)."""
    for m in pattern.finditer(phrase):
        before = _WORD_BEFORE.search(phrase, 0, m.start())
        word = before.group(1) if before else ""
        if (
            not word[:1].isupper()
            or word.replace(".", "").isupper()
            or word.lower() in _ARTICLES
        ):
            return True
    return False


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _envoy_pattern(envoys: list[str]) -> re.Pattern[str]:
    """An envoy's title right before an IGO's name: "ambassador to (the)"."""
    heads = {e.lower().removesuffix(" to").removesuffix(" at") for e in envoys}
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{alternatives})s?\s+(?:to|at)\s+(?:the\s+)?$", re.IGNORECASE
    )


def title_phrases(d: ActorDraft, text: str) -> Iterator[str]:
    """The title phrases of a person draft on the page: its titles, and for
    each mention the capitalised words right before it and an appositive
    right after or right before it."""
    yield from d.roles
    for start, end in sorted(d.mentions):
        before = text[max(0, start - _WINDOW) : start]
        caps = _PRE_CAPS.search(before)
        lead = _title_in_mention(text[start:end], d.name)
        if caps or lead:
            yield f"{caps.group(1) if caps else ''}{lead}".strip()
        for m in (
            _APPOSITIVE_BEFORE.search(before),
            _APPOSITIVE_AFTER.match(text[end : end + _WINDOW]),
        ):
            if m and title_appositive(m.group(1).strip()):
                yield m.group(1).strip()


CLAUSE_OPENERS: frozenset[str] = frozenset(
    {
        "who", "whom", "whose", "which", "that", "where", "when", "while",
        "after", "before", "as", "since", "because", "although", "if",
        "speaking", "meeting", "following", "with", "without", "in", "on",
        "at", "for", "from", "by", "during", "and", "or", "but", "then",
    }
)  # fmt: skip
"""First words of a clause between commas that is no title ("X, who met
the UN chief, said")."""
TITLE_HEAD_WORDS = 5
"""An appositive title's officer word comes within its first words ("the
first deputy managing director of the IMF")."""


def title_appositive(phrase: str) -> bool:
    """Whether a phrase between commas reads as a title: no clause opener
    first, and an officer's or envoy's word within its first words."""
    words = phrase.split()
    if not words or words[0].lower() in CLAUSE_OPENERS:
        return False
    head = " ".join(words[:TITLE_HEAD_WORDS])
    titles = load_igo_titles()
    return bool(titles.officer.search(head) or _ENVOY_WORD.search(head))


_ENVOY_ALTERNATION = "|".join(sorted(ENVOY_WORDS | {"mission", "delegation"}))
_ENVOY_WORD = re.compile(
    rf"(?<![\w-])(?:{_ENVOY_ALTERNATION})s?(?![\w-])", re.IGNORECASE
)


def _title_in_mention(mention: str, name: str) -> str:
    """The title words a mention holds before the name ("Commissioner" of
    "Commissioner Neelie Kroes")."""
    at = mention.find(name)
    return mention[:at] if at > 0 else ""


def title_igo(phrase: str, titles: IgoTitles) -> tuple[str, str] | str | None:
    """(igo, sector) when ``phrase`` names one IGO and an officer's title
    held now (no "former NATO chief", no "nominee"); :data:`ENVOY` for a
    state envoy's title to an IGO; else ``None``."""
    if NOT_NOW.search(phrase):
        return None
    if titles.any_name is not None and titles.any_name.search(phrase) is None:
        return None  # no IGO's name
    found = {(igo, sector) for p, igo, sector in titles.names if names_igo(p, phrase)}
    if not found:
        return None
    if _envoy_to_igo(phrase, titles):
        return ENVOY
    igos = {igo for igo, _ in found}
    if len(igos) != 1 or not titles.officer.search(phrase):
        return None
    igo = igos.pop()
    court = any(sector == "JUD" for _, sector in found)
    return igo, ("JUD" if court else "")


def _envoy_to_igo(phrase: str, titles: IgoTitles) -> bool:
    """Whether an IGO's name is the object of an envoy's title ("ambassador
    to the United Nations", "mission to the EU"); "UN Special Envoy to
    Syria" is the UN's own."""
    return any(
        titles.envoy.search(phrase, 0, m.start())
        for p, _, _ in titles.names
        for m in p.finditer(phrase)
    )


def _portfolio_commissioner(phrase: str) -> bool:
    if not PORTFOLIO_TITLE.match(phrase):
        return False
    words = {w.lower() for w in phrase.split()[:-1]}
    return not words & NATIONAL_COMMISSIONER_WORDS


def _names_eu(drafts: list[ActorDraft], text: str, titles: IgoTitles) -> bool:
    """Whether the page names the EU: an actor of the EU ("Brussels" for the
    Commission) or one of its names."""
    return any(d.igo == EU for d in drafts) or any(
        igo == EU and p.search(text) for p, igo, _ in titles.names
    )


def _national_office_now(d: ActorDraft, people: People, date: str | None) -> bool:
    """Whether the tables hold the person in a national office that day (no
    date: the office that codes them now)."""
    if len(d.name.split()) < 2:
        return False
    link = people.link(d.name, date)
    if link is None:
        return False
    if date is None:
        return bool(
            not link.former and not link.stale and link.country and link.igo is None
        )
    return any(
        o.country is not None
        and o.igo is None
        and o.held_on(date)
        and not o.stale_on(date)
        for o in link.person.offices
    )


def page_igo_office(
    d: ActorDraft,
    drafts: list[ActorDraft],
    text: str,
    titles: IgoTitles,
    *,
    people: People | None = None,
) -> tuple[str, str] | str | None:
    """What the draft's title phrases say: an IGO office (igo, sector), a
    state envoy's title (:data:`ENVOY`), or nothing.  A bare portfolio
    commissioner's title is the European Commission's when the page names
    the EU or (given ``people``) the tables know the person as a politician
    of an EU member state; "Commission Vice-President" always is."""
    eu_page: bool | None = None
    for phrase in title_phrases(d, text):
        found = title_igo(phrase, titles)
        if found is not None:
            return found
        if commission_officer_title(phrase):
            return EU, ""
        if _portfolio_commissioner(phrase):
            if eu_page is None:
                eu_page = _names_eu(drafts, text, titles) or (
                    people is not None and member_state_politician(d.name, people)
                )
            if eu_page:
                return EU, ""
    return None


NATIONAL_POLITICS: frozenset[str] = frozenset({"OPP", "PTY"})
"""Sectors a text's title gives only in a state's politics ("opposition
leader Donald Tusk")."""


def national_politician(d: ActorDraft, people: People, date: str | None) -> None:
    """A person the tables coded by an IGO office that had ended by the
    page's date, whom the page titles in a state's politics (an opposition
    or party leader), is that state's (in place): the country of their
    latest national office ("opposition leader Donald Tusk" in 2021, two
    years after the European Council: POLOPP)."""
    if d.igo is None or d.country is not None or d.sector not in NATIONAL_POLITICS:
        return
    if date is None or len(d.name.split()) < 2:
        return
    link = people.link(d.name, date)
    if link is None or link.igo != d.igo or not link.office.ended_by(date):
        return
    national = [
        o
        for o in link.person.offices
        if o.country is not None and o.igo is None and (o.start or "") <= date
    ]
    if national:
        latest = max(national, key=lambda o: o.start or "")
        d.country, d.igo = latest.country, None
        d.sources.append(f"{IGO_TITLE_SOURCE} (former {link.igo}, {latest.country})")


_ENVOY_POSSESSOR = re.compile(
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:ambassador|envoy|representative)\b"
)
"""An envoy's title with its possessor ("Ouattara's ambassador")."""


def envoy_of_state(d: ActorDraft, drafts: list[ActorDraft], text: str) -> None:
    """A state's envoy to an IGO (in place): no IGO's official; their
    state's (GOV) when the title's possessor is an actor of one country
    ("Ouattara's ambassador to the United Nations, Youssoufou Bamba")."""
    d.igo, d.sector = None, None
    d.sources.append(f"{IGO_TITLE_SOURCE} (envoy)")
    for start, end in sorted(d.mentions):
        found = list(_ENVOY_POSSESSOR.finditer(text, max(0, start - _WINDOW), end))
        if not found:
            continue
        owner = _actor_named(found[-1].group(1), drafts, text)
        if owner is not None and owner.country is not None and owner.igo is None:
            d.country, d.sector = owner.country, "GOV"
            return


def _actor_named(name: str, drafts: list[ActorDraft], text: str) -> ActorDraft | None:
    for other in drafts:
        if other.type == "place":
            continue
        if other.name == name or any(text[s:e] == name for s, e in other.mentions):
            return other
    return None


def igo_officer_titles(
    drafts: list[ActorDraft],
    text: str,
    people: People,
    date: str | None,
    *,
    date_of: Callable[[ActorDraft], str | None] | None = None,
) -> None:
    """Code (in place) each person whose title on the page names an IGO
    office as that IGO's official (no country; JUD for a court's), drop
    the IGO of a state's envoy to it, and give a former IGO official the
    page titles in a state's politics that state.  ``date_of``: the date a
    draft's own sentences state ("In 2007, Enlargement Commissioner Olli
    Rehn said"), which decides whether a national office was held then."""
    titles = load_igo_titles()
    for d in drafts:
        if d.type != "person":
            continue
        found = page_igo_office(d, drafts, text, titles, people=people)
        if found is None:
            national_politician(d, people, date)
        elif found == ENVOY:
            if d.igo is not None and d.country is None:
                envoy_of_state(d, drafts, text)
        elif isinstance(found, tuple):
            _igo_official(d, found, people, (date_of and date_of(d)) or date)


def _igo_official(
    d: ActorDraft, office: tuple[str, str], people: People, date: str | None
) -> None:
    igo, sector = office
    if (d.igo, d.country, d.sector) == (igo, None, sector or None):
        return
    if (d.igo, d.country) != (igo, None) and _national_office_now(d, people, date):
        return
    d.igo, d.country, d.sector = igo, None, sector or None
    d.sources.append(f"{IGO_TITLE_SOURCE} ({igo})")
