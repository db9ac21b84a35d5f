"""Actors: one hit or name span -> one mention (a knowledge entry, a state,
an organization or a person, with its country)."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from spacy.tokens import Token

from whosaid.actors.firm_names import company_name
from whosaid.actors.knowledge import Entry
from whosaid.actors.model import (
    LOCATIVE_PREPS,
    NO_READING,
    PEOPLE_SOURCE,
    SECTOR_TYPE,
    ActorIndex,
    ActorMention,
    ActorState,
    Hit,
    best_sector,
    disambiguate,
    hit_country,
    place_mention,
    span_text,
)
from whosaid.actors.people import load_people
from whosaid.actors.place_context import (
    COUNTRY_AS_PLACE,
    country_as_place,
    named_as_place,
    place_by_role,
)
from whosaid.actors.terms import fold
from whosaid.entities.lexicon import (
    BUS_NAME_WORDS,
    DIPLOMAT_WORDS,
    GOV_NAME_WORDS,
    MEDIA_NAME_WORDS,
    NGO_NAME_WORDS,
)
from whosaid.entities.name_parts import nickname_inside
from whosaid.entities.name_styles import strip_styles
from whosaid.entities.names import (
    name_words,
    strip_titles,
    trim_name,
)


def state_mention(
    ix: ActorIndex, start: int, end: int, country: str, name: str | None, source: str
) -> ActorMention:
    """A state acting as itself: its country, no sector."""
    return ActorMention(
        start,
        end,
        ("state", country),
        name or ix.kb.country_name(country) or country,
        "state",
        country,
        None,
        None,
        None,
        source=source,
    )


def people_mention(
    ix: ActorIndex, start: int, end: int, country: str, pattern: str
) -> ActorMention:
    """A nation's people named by their plural noun ("Poles had voted for
    change", "let Tuvaluans move there"): its private citizens (CVL), one
    group, not the state."""
    return ActorMention(
        start,
        end,
        ("body", country, "", "CVL", pattern.lower()),
        ix.text[start:end],
        "person",
        country,
        None,
        "CVL",
        None,
        source=PEOPLE_SOURCE,
    )


def foreign_generic_body(entry: Entry, doc_countries: Collection[str]) -> bool:
    """Whether a body's name many countries share (``Entry.generic``) must
    not take its knowledge row's country: the article names another
    country.  A wrong country is worse than none; the text's own (the
    body's adjective, its paragraph's or the article's state) decides."""
    return (
        entry.generic
        and entry.country is not None
        and bool(set(doc_countries) - {entry.country})
    )


def entry_mention(
    ix: ActorIndex, st: ActorState, hit: Hit, start: int, end: int
) -> ActorMention | None:
    entry = hit.entry
    assert entry is not None
    decided = disambiguate(ix, st, entry, hit)
    if decided == "skip":
        return None
    if decided == "state":
        chosen = st.context_choice.get(entry.pattern.lower(), NO_READING).country
        if chosen and chosen != entry.country:
            entry = dataclasses.replace(
                entry,
                country=chosen,
                name=ix.kb.country_name(chosen) or entry.name,
                kind="country",
                type="state",
            )
    if entry.kind == "seat" and _place_alternative(ix, hit) and _locative(ix, hit):
        decided = "place"  # "a shooting in Brussels"
        entry = _place_alternative(ix, hit) or entry
    if decided == "place" or entry.kind in {"city", "region"}:
        return place_mention(start, end, entry.name, entry.source, entry.country)
    if entry.kind == "capital" or decided == "capital":
        if decided == "capital":
            chosen = st.context_choice.get(entry.pattern.lower(), NO_READING).country
            entry = dataclasses.replace(entry, country=chosen or entry.country)
        if _locative(ix, hit):
            return place_mention(start, end, entry.name, entry.source, entry.country)
        country = entry.country
        if country is None:
            return None
        return state_mention(
            ix, start, end, country, None, f"{entry.source} (capital as its state)"
        )
    if entry.type == "state" and entry.country and _region_of(ix, hit):
        # "eastern Congo", "southern Ethiopia": a region, a place
        return place_mention(start, end, entry.name, entry.source, entry.country)
    if (
        entry.type == "state"
        and entry.country
        and country_as_place(list(ix.doc[hit.i : hit.j]))
    ):
        # "drills in Kazakhstan", "flown him to Costa Rica": where, not who
        name = ix.kb.country_name(entry.country) or entry.name
        source = f"{entry.source} {COUNTRY_AS_PLACE}"
        return place_mention(start, end, name, source, entry.country)
    if entry.type == "state" and entry.country:
        return state_mention(
            ix,
            start,
            end,
            entry.country,
            ix.kb.country_name(entry.country) or entry.name,
            entry.source,
        )
    if (
        entry.type == "party"
        and entry.country
        and st.doc_countries
        and entry.country not in st.doc_countries
    ):
        # "North Macedonia's opposition Social Democrats": a party name
        # used in many countries belongs to the one the article names
        entry = dataclasses.replace(entry, country=None)
    if foreign_generic_body(entry, st.doc_countries):
        # "the Ministry of Defence" in a story about Ukraine: not the UK's
        entry = dataclasses.replace(entry, country=None)
    if entry.type == "person":
        return ActorMention(
            start,
            end,
            ("person", entry.name.lower()),
            entry.name,
            "person",
            entry.country,
            entry.igo,
            entry.sector,
            entry.code,
            source=entry.source,
            person_name=entry.name,
        )
    return ActorMention(
        start,
        end,
        ("org", entry.name.lower()),
        entry.name,
        entry.type,
        entry.country,
        entry.igo,
        entry.sector,
        entry.code,
        source=entry.source,
    )


def _place_alternative(ix: ActorIndex, hit: Hit) -> Entry | None:
    key = tuple(ix.scanner.lower[hit.i : hit.j])
    for e in ix.kb.names.get(key, ()):
        if e.kind in {"capital", "city", "region"}:
            return e
    return None


def _locative(ix: ActorIndex, hit: Hit) -> bool:
    span = ix.doc[hit.i : hit.j]
    root = span.root
    if named_as_place(list(span)) or place_by_role(root):
        return True  # "the capital Tripoli", "Beirut's southern suburbs"
    if root.dep_ in {"compound", "amod", "poss", "nmod"}:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        prep = root.head
        if prep.lower_ in {"from", "to"} and prep.head.pos_ in {"NOUN", "PROPN"}:
            return False  # "objections from Cairo", "a message to Moscow"
        return not _between_actors(root)
    if root.dep_ == "conj":
        head = root.head
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
            return not _between_actors(head)
    return False


def _region_of(ix: ActorIndex, hit: Hit) -> bool:
    """Whether a state's name follows a lower-case direction word that
    makes it a region of itself ("eastern Congo")."""
    span = ix.doc[hit.i : hit.j]
    return hit.i > 0 and named_as_place(list(span)) and ix.doc[hit.i - 1].is_lower


def _between_actors(tok: Token) -> bool:
    # "talks between Washington and Pyongyang", "relations with Moscow"
    prep = tok.head
    return bool(prep.lower_ == "between" or prep.lower_ == "with")


def org_mention(
    ix: ActorIndex, st: ActorState, hit: Hit, mods: list[Hit], of_mods: list[Hit]
) -> ActorMention | None:
    start, end, _text = span_text(ix, hit.i, hit.j)
    s, e = trim_name(ix.text, start, end)
    if e <= s:
        return None
    name = ix.text[s:e]
    key_name = name
    words = [w.lower().strip(".,") for w in name_words(name)]
    country, igo = mod_country(ix, st, mods + of_mods, title_words=set())
    name = _full_org_name(ix, hit, name)
    group_words = _group_words(ix, hit, words)
    sector = None
    typ = "other"
    # the longer body words first: "National Bureau of Statistics" GOV,
    # "Nigeria Labour Congress" LAB (not "congress" LEG)
    sector = _body_words_sector(ix, words)
    for w in words if sector is None else ():
        sec = ix.kb.sectors.get((w,))
        if sec is not None and sec.sector and not rank_word_in_name(w, sec.kind):
            sector = best_sector(sector, sec.sector)
    if any(w.startswith("prosecut") for w in words):
        sector = best_sector(sector, "JUD")
    if "bank" in words and {
        "central",
        "reserve",
        "national",
        "state",
        "people's",
    } & set(words):
        sector = "GOV"  # "South Africa's Reserve Bank", "the State Bank of Vietnam"
    if national_bank_country(ix, name) is not None:
        sector = "GOV"  # "Banco de México", "Bank of Canada": the central bank
    if any(w in MEDIA_NAME_WORDS for w in words):
        sector = sector or "MED"
    if company_name(words):
        sector = sector or "BUS"  # "CME Group", "Wirecard AG", "XP Investimentos"
    if sector:
        typ = SECTOR_TYPE.get(sector, "other")
    if country is None and igo is None:
        country = _country_in_name(ix, hit.i, hit.j, st)
    if (
        sector is None
        and any(w in BUS_NAME_WORDS or w in BUSINESS_GROUP_WORDS for w in group_words)
        and not _workers_union(group_words)  # "Retail Workers Union" is LAB
    ):
        # "Federation of German Industries", "Manufacturers Association of
        # Nigeria": a business association is business's, not an NGO
        sector = "BUS"
        typ = "company"
    if sector is None and _workers_union(group_words):
        sector = "LAB"  # "Kenya Union of Journalists", "Federation of Trade Unions"
        typ = "other"
    if sector is None and any(w in NGO_NAME_WORDS for w in words[1:]):
        sector = "NGO"  # "Sudan Doctors Network", "Kenya's Law Society"
        typ = "ngo"
    if sector is None and (country or igo) and any(w in GOV_NAME_WORDS for w in words):
        sector = "GOV"  # "Iceland's Met Office", "the National Election Commission"
        typ = "government"
    if igo and sector == "GOV":
        sector = None
    return ActorMention(
        s,
        e,
        ("org", key_name.lower()),
        name,
        typ,
        country,
        igo,
        sector,
        None,
        source="ner",
    )


BANK_WORDS: frozenset[str] = frozenset({"bank", "banco", "banque", "banca"})
BANK_OF: frozenset[str] = frozenset({"of", "de", "do", "di", "d'"})


def national_bank_country(ix: ActorIndex, name: str) -> str | None:
    """The state a bank is named after by the state's own name ("Banco de
    México", "Bank of Canada"): the central bank's; never a name that is
    only an alias ("Bank of America")."""
    words = name.split()
    if len(words) < 3 or fold(words[0]) not in BANK_WORDS:
        return None
    if fold(words[1]) not in BANK_OF:
        return None
    rest = fold(" ".join(words[2:]))
    return next(
        (code for code, state in ix.kb.country_names.items() if fold(state) == rest),
        None,
    )


RANK_WORDS: frozenset[str] = frozenset({"general", "major", "captain"})
"""Military ranks that are also common words (sectors.tsv: "they count only
as titles before a name"): inside an organization's name they are no
officer's title ("General Elections Commission", "Major League Baseball")."""


def rank_word_in_name(word: str, kind: str) -> bool:
    """Whether a title word inside an organization's name is one of the
    :data:`RANK_WORDS`, which give the organization no sector (MIL)."""
    return kind == "title" and word in RANK_WORDS


def _body_words_sector(ix: ActorIndex, words: list[str]) -> str | None:
    """The sector of a body's words of two or three inside an organization's
    name ("bureau of statistics" in "National Bureau of Statistics": GOV)."""
    for n in (3, 2):
        for k in range(len(words) - n + 1):
            sec = ix.kb.sectors.get(tuple(words[k : k + n]))
            if sec is not None and sec.sector and sec.kind == "body":
                return sec.sector
    return None


def _full_org_name(ix: ActorIndex, hit: Hit, name: str) -> str:
    """The whole organization name when NER's entity holds the hit and only
    proper-noun modifiers before it ("the Sudan Doctors Network" names
    "Sudan Doctors Network", not "Doctors Network")."""
    for ent in ix.ents:
        if ent.label_ != "ORG" or not (ent.start < hit.i and hit.j == ent.end):
            continue
        toks = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
        before = [t for t in toks if t.i < hit.i]
        if before and all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in before):
            start = toks[0].idx
            end = toks[-1].idx + len(toks[-1].text)
            return " ".join(ix.text[start:end].split())
        break
    return name


def _group_words(ix: ActorIndex, hit: Hit, words: list[str]) -> list[str]:
    """The words of an organization's name with the proper-noun possessor
    the parse ties to it, for the group words of the name: a possessive
    splits "Nigeria Employers' Consultative Association" before
    "Consultative", yet "Employers" makes it a business association."""
    root = ix.doc[hit.i : hit.j].root
    left = root.left_edge.i
    before = [t for t in ix.doc[left : hit.i] if t.pos_ not in {"DET", "PART", "PUNCT"}]
    if not before or not all(t.pos_ == "PROPN" for t in before):
        return words
    return [t.lower_.strip(".,'’") for t in before] + words


BUSINESS_GROUP_WORDS: frozenset[str] = frozenset(
    {
        "manufacturers", "employers", "exporters", "bankers", "commerce",
        "marketers", "importers", "producers", "retailers", "traders", "dealers",
        "merchants", "industrialists", "industries", "industry", "distributors",
        "shipowners", "contractors", "insurers", "businesses", "entrepreneurs",
        "retail",
    }
)  # fmt: skip
"""Words of a business association's name ("Manufacturers Association",
"Chamber of Commerce"): BUS, as CAMEO codes business groups."""


UNION_WORDS: frozenset[str] = frozenset(
    {"union", "unions", "federation", "confederation", "congress", "syndicate"}
)
GUILD_WORDS: frozenset[str] = frozenset({"association", "guild"})
"""Nouns that name a union only beside a plural of working people ("Ontario
Nurses' Association", "Players Association"), never beside "trade" or
"transport" ("International Air Transport Association")."""
WORKER_WORDS: frozenset[str] = frozenset(
    {
        "workers", "employees", "journalists", "teachers", "nurses", "doctors",
        "drivers", "miners", "pilots", "dockers", "dockworkers", "staff", "labour",
        "labor", "trade", "transport", "civil", "servants", "metalworkers",
        "postal", "players", "footballers", "cricketers", "firefighters",
        "midwives", "seafarers", "educators", "mineworkers", "steelworkers",
        "writers", "actors", "musicians",
    }
)  # fmt: skip
"""Words of a workers' union's name beside a :data:`UNION_WORDS` noun."""
WORKING_PEOPLE: frozenset[str] = WORKER_WORDS - {
    "labour", "labor", "trade", "transport", "civil", "staff", "postal",
}  # fmt: skip
"""Plurals of working people, the words that make an association a union."""


def _workers_union(words: list[str]) -> bool:
    """Whether an organization's name is a workers' union's ("Kenya Union
    of Journalists", "Confederation of Trade Unions", "Ontario Nurses'
    Association", "Players Association"): LAB, as CAMEO codes unions."""
    bare = {w.rstrip("'’") for w in words}
    if UNION_WORDS & bare:
        return bool(WORKER_WORDS & bare)
    return bool(GUILD_WORDS & bare) and bool(WORKING_PEOPLE & bare)


def _country_in_name(
    ix: ActorIndex, i: int, j: int, st: ActorState | None = None
) -> str | None:
    """A country named inside an organization's name ("... of Iran",
    "Banco de México" with its accent, "Korea Chamber of Commerce" with the
    article's reading of "Korea")."""
    lower = ix.lower
    for k in range(i, j):
        for length in (3, 2, 1):
            if k + length > j:
                continue
            words = lower[k : k + length]
            for key in dict.fromkeys((tuple(words), tuple(map(fold, words)))):
                dem = ix.kb.demonyms.get(key)
                if dem is not None:
                    return dem.country
                for e in ix.kb.names.get(key, ()):
                    if e.type == "state" and e.country:
                        return e.country
                country = _context_state(ix, st, " ".join(key))
                if country:
                    return country
    return None


def _context_state(ix: ActorIndex, st: ActorState | None, name: str) -> str | None:
    """The state a name only the context table knows ("Korea") stands for
    in this article, when its reading is a state."""
    rules = ix.kb.context.get(name)
    if st is None or not rules or rules[0].reading != "state":
        return None
    entry = Entry(
        pattern=rules[0].pattern, name=rules[0].pattern, type="state",
        country=None, igo=None, sector=None, code=None, kind="country",
        source="context.tsv", exact_case=False,
    )  # fmt: skip
    disambiguate(ix, st, entry, None)
    choice = st.context_choice.get(name)
    return choice.country if choice is not None and choice.reading == "state" else None


def known_full_name(name: str) -> bool:
    """Whether the people tables know ``name`` in full, a style and all
    ("Nana Addo Dankwa Akufo-Addo" keeps "Nana")."""
    return fold(name) in load_people().by_name


def person_mention(
    ix: ActorIndex, hit: Hit, mods: list[Hit], of_mods: list[Hit], first_tok: int
) -> ActorMention | None:
    start, end, _ = span_text(ix, hit.i, hit.j)
    s, e = trim_name(ix.text, start, end)
    s, e = strip_titles(ix.text, s, e)
    s, e = strip_styles(ix.text, s, e, known_full_name)  # "Tan Sri"
    if e <= s:
        return None
    name = ix.text[s:e]
    if not any(c.isupper() for c in name):
        return None
    if (nicknamed := nickname_inside(name)) is not None:
        name = nicknamed[0]  # Joko "Jokowi" Widodo: "Joko Widodo"
    return ActorMention(
        s,
        e,
        ("person", name.lower()),
        name,
        "person",
        None,
        None,
        None,
        None,
        source="ner",
        person_name=name,
    )


def mod_country(
    ix: ActorIndex, st: ActorState, mods: list[Hit], *, title_words: set[str]
) -> tuple[str | None, str | None]:
    country: str | None = None
    igo: str | None = None
    seen_title = False
    for h in mods:
        if h.kind == "sector":
            seen_title = True
            continue
        before = ix.lower[h.i - 1] if h.i > 0 else ""
        before2 = ix.lower[h.i - 2] if h.i > 1 else ""
        # "envoy to the UN": where a title's holder is posted, not whose
        posted_to = (
            seen_title
            and (bool(title_words & DIPLOMAT_WORDS) or igo is not None)
            and (
                before in {"to", "in", "at", "for"}
                or (before == "the" and before2 in {"to", "in", "at", "for"})
            )
        )
        if h.kind == "demonym" and h.demonym is not None:
            if country is None and not posted_to:
                country = h.demonym.country
        elif h.kind == "name" and h.entry is not None:
            e = h.entry
            if foreign_generic_body(e, st.doc_countries):
                continue  # "Chairperson of the Electoral Commission" in Ghana
            if e.type == "igo" or (e.igo and not e.country):
                if igo is None:
                    igo = e.igo
            elif e.country and e.type in {"state", "place"} | {"government"}:
                if country is None and not (posted_to and title_words & DIPLOMAT_WORDS):
                    country = hit_country(ix, st, h)
            elif e.country and country is None and not posted_to:
                country = e.country
    return country, igo
