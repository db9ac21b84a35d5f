"""Actors: the country of the actors the text and the people tables leave
without one -- a titled person or an unnamed body takes the state its
paragraph names, else the article's (its dateline's, else the one it names
most), when the title is a domestic office."""

from __future__ import annotations

from collections.abc import Collection

from whosaid.actors.firm_names import company_name
from whosaid.actors.model import (
    PEOPLE_SOURCE,
    ActorDraft,
)
from whosaid.actors.outlet_story_country import outlets_country
from whosaid.actors.people import People
from whosaid.actors.sole_paragraph_country import sole_paragraph_country

DOMESTIC_SECTORS: frozenset[str] = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "ELI", "SPY", "REB"}
)


INTERNATIONAL_TITLE_WORDS: frozenset[str] = frozenset(
    [
        "president",
        "presidents",
        "prime",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "monarch",
        "foreign",
        "diplomat",
        "diplomats",
        "ambassador",
        "envoy",
        "secretary-general",
        "vice-president",
    ]
)
"""Title words of offices every state has and the news quotes abroad
("President X", "Foreign Minister X", "the ambassador"): a person so titled
and named without a country never takes the article's country -- a wrong
country is worse than none.  Other titles name a domestic office
("Governor X", "the interior minister", "army spokesman X") and may."""


SECRETARY_OF_STATE = "secretary of state"


SHADOW = "shadow"
"""A "shadow" office ("shadow chancellor", "shadow foreign secretary") is
an opposition post of a Westminster parliament: domestic, whatever office
it shadows."""


STORY_MENTIONS = 3
"""How often an article must name its leading country (states, places, a
nation's people) before a people-table namesake in a country it never names
stops placing a titled person elsewhere (see :func:`_placed_elsewhere` and
:mod:`whosaid.actors.namesakes`).  A single sentence (the tables code
sentences without their page) seldom names one that often."""


ARTICLE_COUNTRY = "article country"


PARAGRAPH_COUNTRY = "paragraph country"
"""The source of a country given by :func:`article_country`."""


def paragraph_country(
    drafts: list[ActorDraft], people: People | None, text: str = ""
) -> None:
    """A titled person with no country takes the state their paragraph
    named last before them ("China reacted sharply. Foreign Ministry
    spokesman Wang Wenbin said"; "In Germany, … Government spokesman
    Steffen Hebestreit said" in a story about France), when the title is a
    domestic office, or the paragraph names that state alone before them
    (:mod:`whosaid.actors.sole_paragraph_country`), and the people tables
    place them nowhere else."""
    for d in drafts:
        here = d.context_country
        if d.type != "person" or not here or d.country or d.igo:
            continue
        allowed = domestic_title(d) or sole_paragraph_country(drafts, d, text) == here
        if allowed and not _placed_elsewhere(d, people, here):
            if not title_allows(d, here):
                continue
            d.country = here
            d.sources.append(PARAGRAPH_COUNTRY)


FOREIGN_SECRETARY_COUNTRIES: frozenset[str] = frozenset(
    {"GBR", "IND", "PAK", "BGD", "NPL", "LKA"}
)
"""The states whose top diplomat (or foreign minister) is titled "Foreign
Secretary"."""


def title_allows(d: ActorDraft, country: str) -> bool:
    """Whether a person's title exists in ``country``: a "Foreign
    Secretary" only in :data:`FOREIGN_SECRETARY_COUNTRIES` (a story on
    India and China: India's)."""
    roles = " ".join(r.lower() for r in d.roles)
    return "foreign secretary" not in roles or country in FOREIGN_SECRETARY_COUNTRIES


GROUP_SECTORS: frozenset[str] = frozenset({"MIL", "COP"})
SECTOR_WORD_SOURCE = "sectors.tsv"


def unnamed_group(d: ActorDraft) -> bool:
    """Whether a person actor is an unnamed group of a domestic force
    ("soldiers", "police officers"): a sector word alone, no title and no
    entry of the people tables; it belongs to the article's country as a
    body would."""
    return (
        d.sector in GROUP_SECTORS
        and d.kb_id is None
        and d.sources[:1] == [SECTOR_WORD_SOURCE]
        and all(r.lower() == d.name.lower() for r in d.roles)
    )


def domestic_title(d: ActorDraft) -> bool:
    """Whether a person's titles name only domestic offices (see
    :data:`INTERNATIONAL_TITLE_WORDS`); a private person (CVL) counts."""
    if not d.roles:
        return d.sector == "CVL"
    roles = " ".join(r.lower() for r in d.roles)
    if SECRETARY_OF_STATE in roles:
        return False
    words = [w.strip(".,") for w in roles.split()]
    body_head = d.sector in BODY_HEAD_SECTORS
    return not any(
        w in INTERNATIONAL_TITLE_WORDS
        and not (k and w.startswith("president") and words[k - 1] in CHAMBER_WORDS)
        and not (body_head and w.startswith("president"))
        and not (w == "foreign" and _domestic_foreign_post(words[k + 1 :]))
        and not (k and words[k - 1] == SHADOW)
        for k, w in enumerate(words)
    )


def _domestic_foreign_post(after: list[str]) -> bool:
    """Whether the words after "foreign" name a post of a home civil
    service rather than an office every state has: "Foreign Secretary"
    (India's, Pakistan's, Bangladesh's top diplomat; Britain's minister),
    whose country :func:`title_allows` restricts.  A "foreign ministry
    spokesman" stays international: with no ministry named near, a story on
    two states cannot say whose he is."""
    return after[:1] == ["secretary"]


BODY_HEAD_SECTORS: frozenset[str] = frozenset({"LAB", "JUD", "LEG"})
"""Sectors a person's title takes from the body they head: a "president"
so sectored presides over a union, a court or a chamber ("Francisco X,
president of the Central Union of Workers"; "court president Y"), a
domestic office, not a head of state's.  (An IGO's court or assembly gives
its president the IGO, and an actor with an IGO takes no country.)"""


CHAMBER_WORDS: frozenset[str] = frozenset({"senate", "congress", "house", "chamber"})
"""A president of a national chamber ("Senate President X") holds a domestic
office.  Not "assembly", "parliament", "council" or "court": the General
Assembly, the European Parliament and Council and the ICJ have presidents
too."""


TIE_MARGIN = 2
"""How many times the mentions of one tied country's own actors must
outnumber the next one's for the tie to break (see :func:`actors_break_tie`)."""


def actors_break_tie(drafts: list[ActorDraft], tied: set[str]) -> str | None:
    """The country, among states named equally often, whose own people and
    bodies the article mentions most ("Mexico" and "the U.S." named three
    times each, Mexico's president, party and newspapers thirteen times):
    only a clear lead (:data:`TIE_MARGIN` times the next, and three mentions
    or more) breaks the tie; else ``None``."""
    counts = dict.fromkeys(tied, 0)
    for d in drafts:
        if d.type in {"state", "place"} or d.country not in counts:
            continue
        counts[d.country] += len(d.mentions)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 3 and n >= TIE_MARGIN * second:
        return top
    return None


def _placed_elsewhere(
    d: ActorDraft,
    people: People | None,
    country: str,
    named: Collection[str] | None = None,
) -> bool:
    """Whether the people tables know this name only in other countries;
    ``named``: the countries a story that names its own one
    :data:`STORY_MENTIONS` times names at all -- a namesake in a country it
    never names places no one elsewhere ("National Police director General
    Jorge Luis Vargas" in a Colombia story is no Guatemalan "Jorge Vargas")."""
    if people is None:
        return False
    found = {o.country for p in people.candidates(d.name) for o in p.offices}
    if named is not None:
        found &= {*named}
    return bool(found) and country not in found


def officeholders_country(drafts: list[ActorDraft]) -> dict[str, float]:
    """The country of a text that names no state or place, only people the
    people tables place in office there ("President Park Geun-hye said she
    would leave it to the National Assembly"): that one country, when all
    such people hold their offices in one; else none."""
    found = {d.country for d in drafts if d.country and _known_domestic_actor(d)}
    return {found.pop(): 1.0} if len(found) == 1 else {}


def officeholders_break_tie(drafts: list[ActorDraft], tied: set[str]) -> str | None:
    """The tied country where every person and body the knowledge places
    in office holds it ("Honduran President Manuel Zelaya said soldiers had
    flown him to Costa Rica": Honduras, named once as Costa Rica is), else
    ``None``: world knowledge of who governs where outweighs a place named
    as often."""
    found = officeholders_country(drafts)
    return next((c for c in found if c in tied), None)


KNOWN_BODY_SOURCE = "organizations.tsv"


def _known_domestic_actor(d: ActorDraft) -> bool:
    """Whether an actor's country is world knowledge of a domestic one: a
    person the people tables place in office (a former one too: "former
    president Jacob Zuma" says the story is South Africa's), or a party or
    government body of the organizations table ("The Indian National
    Congress")."""
    if d.igo is not None:
        return False
    if d.type == "person":
        return bool(d.kb_id) and d.sector in DOMESTIC_SECTORS - {"REB", "OPP", "PTY"}
    return d.type in {"party", "government"} and any(
        s.startswith(KNOWN_BODY_SOURCE) for s in d.sources
    )


ASSOCIATION_WORDS: frozenset[str] = frozenset(
    {"association", "federation", "confederation", "chamber", "council", "guild"}
)
"""Name words of a body its members join ("National Milk Producers
Federation", "Chamber of Commerce"), not of a firm."""


def business_association(d: ActorDraft) -> bool:
    """Whether a body is a business association (BUS, named a federation,
    association, chamber ...): it speaks for its country's firms, as a
    trade union speaks for its workers, so it belongs to the article's
    country as a union does; a firm (often foreign) does not."""
    if d.type in {"person", "state", "place"} or d.sector != "BUS":
        return False
    words = {w.strip(".,'’").lower() for w in d.name.split()}
    return bool(words & ASSOCIATION_WORDS)


def named_firm(d: ActorDraft) -> bool:
    """Whether a body is a firm by its own name ("Wirecard AG", "XP
    Investimentos", "CME Group"): one no table knows, so most often a firm
    of the story's country, where the business news is written about it
    (a known foreign firm has its country from the organizations table)."""
    if d.type in {"person", "state", "place"} or d.sector != "BUS":
        return False
    return company_name([w.strip(".,").lower() for w in d.name.split()])


def article_country(
    drafts: list[ActorDraft],
    dateline: str | None,
    people: People | None = None,
    text: str = "",
) -> None:
    """Officeholders with a domestic title, parties, unnamed private people,
    trade unions and media named without a country ("Governor Pence", "the
    Kayhan newspaper", "the Confederation of Trade Unions") belong to the
    article's country: its dateline's, else the country it names most
    (states, and the places where the story happens: "Goma" counts for
    Congo), when that one is named more than any other.  A person with
    another title, or whom the people tables place in another
    country, keeps no country: a wrong country is worse than none."""
    paragraph_country(drafts, people, text)
    # a dateline names where the reporter is ("THE HAGUE" for a story on
    # Libya): it only breaks ties
    counts: dict[str, float] = {}
    for d in drafts:
        if (d.type in {"state", "place"} or PEOPLE_SOURCE in d.sources) and d.country:
            # a place ("Goma", "in Manila") says where the story happens, as
            # a nation's people do ("give Mexicans judges who answer ...")
            counts[d.country] = counts.get(d.country, 0) + len(d.mentions)
    if dateline:
        counts[dateline] = counts.get(dateline, 0) + 0.5
    if not counts:
        counts = officeholders_country(drafts) or outlets_country(drafts, text)
    if not counts:
        return
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    named = set(counts) if n >= STORY_MENTIONS else None
    if n <= second:
        tied = {c for c, k in ranked if k == n}
        tie = (
            actors_break_tie(drafts, tied)
            or officeholders_break_tie(drafts, tied)
            or next((c for c in outlets_country(drafts, text) if c in tied), None)
        )
        if tie is None:
            return
        top = tie
    for d in drafts:
        if d.country is not None or d.igo is not None:
            continue
        if d.sector == "REF":
            continue  # refugees come from elsewhere than where the story is
        if unnamed_group(d):
            pass  # "soldiers": a force of the story's country, as a body
        elif d.type == "person":
            if not domestic_title(d) or _placed_elsewhere(d, people, top, named):
                continue
            if not title_allows(d, top):
                allowed = [c for c, _ in ranked if title_allows(d, c)]
                if not allowed or _placed_elsewhere(d, people, allowed[0], named):
                    continue
                d.country = allowed[0]  # the top country the title exists in
                d.sources.append(ARTICLE_COUNTRY)
                continue
        elif not (
            (
                d.sector in DOMESTIC_SECTORS
                and d.type in {"government", "party", "armed_group"}
            )
            or d.sector in {"CVL", "MED", "LAB"}
            or business_association(d)
            or named_firm(d)
        ):
            continue
        d.country = top
        d.sources.append(ARTICLE_COUNTRY)
