"""Actors, step 2: a chain's head and modifiers -> one mention with its
country, IGO and sector."""

from __future__ import annotations

import dataclasses
import itertools

from whosaid.actors.bodies import (
    _bare_body,
    _body_name,
    _body_type,
    _clean_role,
    _definite,
    _first_kind,
    _igo_in_sentence,
    _prior_with_head,
    _private_plural,
    acronym_body,
    bare_role,
    body_acronym,
    body_word_before,
    inherit_only,
    modifies_noun_after,
    paragraph_body,
    paragraph_body_country,
    possessor_body,
    titled_org_name,
)
from whosaid.actors.body_titles import body_over_title
from whosaid.actors.chains import private_person
from whosaid.actors.critics import critic_of_modifier
from whosaid.actors.entries import (
    entry_mention,
    foreign_generic_body,
    mod_country,
    org_mention,
    person_mention,
    rank_word_in_name,
)
from whosaid.actors.group_nouns import group_igo, group_owner, someone_elses_group
from whosaid.actors.igo_nominals import igo_antecedent
from whosaid.actors.knowledge import Entry
from whosaid.actors.model import (
    MIL_REB,
    SECTOR_TYPE,
    ActorIndex,
    ActorMention,
    ActorState,
    Chain,
    Hit,
    best_sector,
    hit_country,
    is_person_hit,
    modifier_hit,
    span_text,
    tokens_lower,
)
from whosaid.actors.named_bodies import named_body, pronoun_owner
from whosaid.actors.parties import PARTY_HEAD_WORDS, PARTY_LEADER_WORDS
from whosaid.actors.place_context import context_country
from whosaid.actors.post_titles import SECURITY_SECTORS, ranks_after_posts
from whosaid.entities.lexicon import DIPLOMAT_WORDS


def compose(
    ix: ActorIndex,
    st: ActorState,
    chain: Chain,
    head: Hit,
    mods: list[Hit],
    of_mods: list[Hit],
) -> ActorMention | None:
    doc = ix.doc
    title_hits = ranks_after_posts(
        [h for h in mods if h.kind == "sector" and not rank_before_body(ix, h, head)],
        mods,
    )
    title_words = {w for h in title_hits for w in tokens_lower(ix, h.i, h.j)}
    if head.kind == "sector":
        title_words |= set(tokens_lower(ix, head.i, head.j))
    country, igo = mod_country(ix, st, mods + of_mods, title_words=title_words)
    sectors = _title_sectors(title_hits)
    former = any(
        h.sector is not None
        and h.sector.kind == "modifier"
        and h.sector.sector == "ELI"
        for h in title_hits
    )
    start = doc[chain.start_tok].idx
    last = doc[max(head.j, *(h.j for h in of_mods)) - 1] if of_mods else doc[head.j - 1]
    end = last.idx + len(last.text)
    role_start = mods[0].i if mods else head.i
    roles: list[str] = []
    if title_hits:
        r0 = min(h.i for h in mods) if mods else head.i
        r1 = max(h.j for h in title_hits)
        role = _clean_role(ix, r0, r1)
        if role:
            roles.append(role)
    del role_start
    if titled_org_name(ix, mods, head):
        # "Sinn Féin finance spokesman Pearse Doherty" read as one ORG
        head = dataclasses.replace(head, kind="person")
    if head.kind == "person" and body_word_before(ix, mods, head):
        # "the Dublin firm Harcourt Quigley": the firm's name
        head = dataclasses.replace(head, kind="org")
    if is_person_hit(head) and body_acronym(ix, mods, head):
        # "The Elections Supervisory Agency (Bawaslu)": the agency, not a person
        return compose(ix, st, chain, mods[-1], mods[:-1], of_mods)
    if is_person_hit(head):
        if not title_hits and modifies_noun_after(ix, head):
            # "Filipino Clinton staffers": the demonym is the staffers'
            country, igo = None, None
        base = (
            entry_mention(ix, st, head, *span_text(ix, head.i, head.j)[:2])
            if head.kind == "name"
            else person_mention(ix, head, mods, of_mods, chain.start_tok)
        )
        if base is None:
            return None
        sector = base.sector
        for sec in sectors:
            sector = best_sector(sector, sec)
        org = _org_modifier(ix, st, mods)
        if org is not None and critic_of_modifier(doc, mods):
            # "Kremlin critic X": against the body, not of it
            sector = "OPP" if org.sector == "GOV" else sector
            org = dataclasses.replace(org, sector=None)
        if org is not None:
            # "Foreign Ministry spokesman X", "Huawei chief executive X";
            # never "Minister of Investment, Trade and Industry X"
            if (
                org.sector
                # "Houthi military spokesman X": an armed group's soldier
                and (
                    sector is None
                    or sector == "GOV"
                    or (sector, org.sector) == MIL_REB
                    or body_over_title(sector, org)
                )
                and not portfolio_of_office(ix, mods)
                and not party_of_officeholder(
                    org,
                    sector,
                    title_words | ({"leader"} if party_head(ix, mods) else set()),
                )
            ):
                sector = (
                    org.sector
                    if body_over_title(sector, org)
                    else best_sector(sector, org.sector)
                )
            elif org.type == "party" and sector == "BUS":
                sector = org.sector  # "La France Insoumise founder X": no firm's
            if country is None and igo is None:
                country, igo = org.country, org.igo
        if org is None and sector is None and inherit_only(title_hits):
            spoken_for = paragraph_body(ix, st, head.i)
            if spoken_for is not None:
                # "the Azerbaijani foreign ministry rejected it. ... spokesman
                # X said": the body the paragraph named last
                sector = spoken_for.sector
                if country is None and igo is None:
                    country, igo = spoken_for.country, spoken_for.igo
        if country is None and igo is None and org is None:
            prior = possessor_body(ix, st, mods) or named_body(ix, st, mods)
            if prior is not None:
                # "the agency's deputy director general X" after the IAEA;
                # "the foreign ministry spokeswoman X" after Japan's
                country, igo = prior.country, prior.igo
            owner = pronoun_owner(ix, st, chain.start_tok) if title_hits else None
            if prior is None and owner is not None:
                # "Its president, Dan Kelly" after a business federation
                country, igo = owner.country, owner.igo
                if sector is None or sector == "GOV":
                    sector = owner.sector
        if country is None and igo is None and title_hits and org is None:
            igo = _igo_in_sentence(
                ix, st, head.i
            )  # "IAEA inspectors ..., Director General X"
        if sector is None and title_hits and country and igo is None:
            # "the president of Serbia": a state's officeholder; "chief U.S.
            # economist at X": a firm's
            firm = any(h.sector is not None and h.sector.firm for h in title_hits)
            sector = "BUS" if firm else "GOV"
        if former:
            sector = "ELI"
        if sector is None and not title_hits and private_person(ix, head):
            sector = "CVL"
        diplomat = bool(title_words & DIPLOMAT_WORDS)
        if diplomat and country:
            igo = None
        if igo and not country and sector not in {"JUD", "ELI"}:
            sector = None  # an IGO's official carries the IGO
        if igo and country and not diplomat:
            # "EU foreign policy chief": IGO officials carry the IGO
            country_first = _first_kind(mods) == "country"
            if not country_first:
                country = None
            else:
                igo = None
        if country is None and igo is None:
            country, igo = base.country, base.igo
        if not title_hits and base.sector is None and not mods and sector != "CVL":
            sector = None
        return ActorMention(
            start,
            end,
            base.key,
            base.name,
            "person",
            country,
            igo,
            sector if (country or igo or sector) else None,
            base.code,
            roles=roles or base.roles,
            source="title" if title_hits else base.source,
            person_name=base.name,
            context_country=(
                context_country(ix, st, head.i)
                if country is None and igo is None and (title_hits or org)
                else None
            ),
        )
    if head.kind == "org":
        base = org_mention(ix, st, head, mods, of_mods)
        if base is None:
            return None
        for sec in sectors:
            base.sector = best_sector(base.sector, sec)
        if base.igo and base.sector == "GOV":
            base.sector = None  # an IGO's body: the IGO alone
        if base.sector:
            base.type = SECTOR_TYPE.get(base.sector, base.type)
        paragraph_body_country(ix, st, head, base)
        base.start = min(base.start, start)
        return base
    if head.kind == "name" and head.entry is not None:
        base = entry_mention(ix, st, head, *span_text(ix, head.i, head.j)[:2])
        if base is None:
            return None
        if base.type == "place":
            return base
        entry = head.entry
        poss = _possessor_country(ix, st, mods, head) or _demonym_before(mods, head)
        if (
            poss
            and entry.country
            and poss != entry.country
            and entry.type in {"government", "party"}
        ):
            # "South Korea's Joint Chiefs of Staff": the possessor decides
            base.country = poss
            base.name = _body_name(ix, chain.start_tok, head.j)
            base.key = ("body", poss, "", base.sector or "", entry.name.lower())
        of_state = _of_state(ix, st, of_mods, head)
        if (
            of_state is not None
            and entry.country
            and of_state[0] != entry.country
            and entry.type == "government"
        ):
            # "the Electoral Commission of South Africa": not the UK's
            base.country = of_state[0]
            base.name = _body_name(ix, chain.start_tok, of_state[1])
            base.key = ("body", of_state[0], "", base.sector or "", entry.name.lower())
        igo_poss = _possessor_igo(ix, mods, head)
        if igo_poss and entry.type == "igo" and entry.igo != igo_poss:
            # "the African Union's Peace and Security Council"
            base.igo = igo_poss
            base.code = ix.kb.igo_codes.get(igo_poss)
            base.name = _body_name(ix, chain.start_tok, head.j)
            base.key = ("body", "", igo_poss, base.sector or "", entry.name.lower())
        if base.country is None and base.igo is None and entry.type != "ngo":
            base.country, base.igo = country, igo
            if country or igo:
                name = _body_name(ix, chain.start_tok, head.j)
                base.name = name
                base.key = (
                    "body",
                    country or "",
                    igo or "",
                    base.sector or "",
                    entry.name.lower(),
                )
        for sec in sectors:
            if sec == "ELI" and entry.type != "person":
                continue  # "the party of former prime minister X": X's word
            if base.sector is None or sec in {"OPP", "ELI"}:
                base.sector = best_sector(base.sector, sec)
        if entry.generic and base.type == "government":
            paragraph_body_country(ix, st, head, base)
        base.start = start
        base.end = end
        return base
    if head.kind == "sector" and head.sector is not None:
        sector = head.sector.sector
        for sec in sectors:
            sector = best_sector(sector, sec) if sector else sec
        if former:
            sector = "ELI"
        owner = group_owner(ix, st, head) if country is None and igo is None else None
        if owner is not None:  # "Hayat Tahrir al-Sham said its fighters"
            country, igo = owner.country, owner.igo
        elif country is None and igo is None:
            igo = group_igo(ix, st.all_hits, head)  # "Judges at the ICC"
        if country is None and igo is None:
            definite = _definite(ix, chain.start_tok, head.i)
            if not definite and not _bare_body(ix, head, sector):
                return None  # "a leader", "celebrity": nobody in particular
            if someone_elses_group(ix, head):
                return None  # "Le Pen's lawyers", "two of its justices"
            prior = _prior_with_head(ix, st, head) if definite and not mods else None
            if prior is None and definite and not mods:
                prior = igo_antecedent(ix, st, head)  # "UNESCO chief X ... the agency"
            if prior is not None:
                # "Suriname's central bank ... the bank said": the same body
                return dataclasses.replace(
                    prior, start=start, end=end, roles=[], source="nominal"
                )
            if bare_role(head, mods, of_mods):
                return None  # "the spokesman" speaking for no one named
            body = named_body(ix, st, mods)
            if body is not None:
                country, igo = body.country, body.igo
            elif not _private_plural(ix, head, sector):
                country = context_country(ix, st, head.i)
        if sector is None and country is None and igo is None:
            return None
        if sector is None and country and igo is None and head.sector.kind == "title":
            sector = "GOV"  # "Bamako's representative": a state's officeholder
        typ = _body_type(head, sector)
        head_words = " ".join(tokens_lower(ix, head.i, head.j))
        name = _body_name(ix, chain.start_tok, max([head.j, *(h.j for h in of_mods)]))
        diplomat = bool(title_words & DIPLOMAT_WORDS)
        if diplomat and country:
            igo = None
        if igo and country:
            country = None if _first_kind(mods) != "country" else country
            if country:
                igo = None
        if igo and sector == "GOV":
            sector = None
        return ActorMention(
            start,
            end,
            ("body", country or "", igo or "", sector or "", head_words),
            name,
            typ,
            country,
            igo,
            sector,
            None,
            roles=roles,
            source="sectors.tsv",
        )
    return None


def rank_before_body(ix: ActorIndex, hit: Hit, head: Hit) -> bool:
    """Whether a rank word that is also a common word (:data:`RANK_WORDS`)
    sits right before a body word or an organization's name: "the General
    Elections Commission" is no general's (MIL)."""
    return (
        hit.sector is not None
        and hit.j == head.i
        and rank_word_in_name(" ".join(tokens_lower(ix, hit.i, hit.j)), hit.sector.kind)
        and (
            head.kind == "org"
            or (head.sector is not None and head.sector.kind == "body")
        )
    )


def _possessor(ix: ActorIndex, mods: list[Hit], head: Hit) -> Hit | None:
    """The modifier hit directly before the head with "'s" between."""
    names = [h for h in mods if h.kind != "sector"]
    if not names:
        return None
    last = names[-1]  # "Latvia's State Security Service": skip "State"
    between = ix.lower[last.j : head.i]
    if between and between[0] in {"'s", "’s", "'", "’"}:
        return last
    return None


def _possessor_country(
    ix: ActorIndex, st: ActorState, mods: list[Hit], head: Hit
) -> str | None:
    h = _possessor(ix, mods, head)
    if h is None:
        return None
    if h.kind == "demonym" and h.demonym is not None:
        return h.demonym.country
    if h.kind == "name" and h.entry is not None and h.entry.type in {"state", "place"}:
        return hit_country(ix, st, h)
    return None


def _demonym_before(mods: list[Hit], head: Hit) -> str | None:
    """The country of a demonym right before a body's name ("the Pakistani
    Foreign Office": Pakistan's, not the UK's)."""
    names = [h for h in mods if h.kind != "sector"]
    if names and names[-1].j == head.i and names[-1].demonym is not None:
        return names[-1].demonym.country
    return None


def _of_state(
    ix: ActorIndex, st: ActorState, of_mods: list[Hit], head: Hit
) -> tuple[str, int] | None:
    """The state named by "of" right after a body's name ("Electoral
    Commission of South Africa"), with the token its name ends at."""
    for h in of_mods:
        if ix.lower[head.j : h.i] not in (["of"], ["of", "the"]):
            continue
        if h.kind == "name" and h.entry is not None and h.entry.type == "state":
            country = hit_country(ix, st, h)
            return (country, h.j) if country else None
    return None


def _possessor_igo(ix: ActorIndex, mods: list[Hit], head: Hit) -> str | None:
    h = _possessor(ix, mods, head)
    if (
        h is not None
        and h.kind == "name"
        and h.entry is not None
        and h.entry.type == "igo"
        and h.entry.igo
    ):
        return h.entry.igo
    return None


MINISTER_WORDS: frozenset[str] = frozenset({"minister", "secretary"})
"""The titles of a government's ministers: the portfolio words before one
("Commerce", "Media", "Army", "Refugee") name the portfolio, not the
minister's sector."""
PORTFOLIO_SECTORS: frozenset[str] = frozenset(
    {"BUS", "MED", "MIL", "COP", "JUD", "SPY", "CVL", "REF", "EDU", "HLH", "LAB", "REL"}
)
"""Sectors of words that may name a minister's portfolio."""


def _title_sectors(title_hits: list[Hit]) -> list[str]:
    """Sectors of a title's words.  Once a title with its own sector is
    seen ("Minister"), the words of its complement ("of Investment, Trade
    and Industry") no longer change it; a title that inherits its sector
    ("spokesman for the army") takes the body's."""
    out: list[str] = []
    office = False
    heads = [
        k
        for k, h in enumerate(title_hits)
        if h.sector is not None
        and h.sector.kind == "title"
        and h.sector.sector == "GOV"
        and h.sector.pattern.lower() in MINISTER_WORDS
    ]
    for k, h in enumerate(title_hits):
        sec = h.sector
        if sec is None or not sec.sector:
            continue
        if office and sec.sector not in {"OPP", "REB", "ELI"}:
            if sec.kind == "body" and sec.sector in SECURITY_SECTORS and not heads:
                out = [s for s in out if s != "GOV"] + [sec.sector]  # "of Police"
            continue  # "Minister of ... Industry" stays GOV
        if heads and k < heads[-1] and sec.sector in PORTFOLIO_SECTORS:
            continue  # "Commerce Minister", "Navy Secretary" are GOV too
        out.append(sec.sector)
        if sec.kind == "title" and sec.sector == "GOV" and sec.pattern != "leader":
            office = True  # a "leader of the parliamentary majority" is LEG
    if office and "ELI" in out and any(_elite_title(h) for h in title_hits):
        # "Supreme Leader Ayatollah X": the office, not the cleric
        elite_only = not any(
            h.sector is not None
            and h.sector.kind == "modifier"
            and h.sector.sector == "ELI"
            for h in title_hits
        )
        if elite_only:
            out = [sec for sec in out if sec != "ELI"]
    return out


def _elite_title(hit: Hit) -> bool:
    """A title word of the elites' (ELI: "ayatollah", "imam", "scholar"),
    not the modifier of a former officeholder ("former")."""
    return (
        hit.sector is not None
        and hit.sector.kind == "title"
        and hit.sector.sector == "ELI"
    )


def party_of_officeholder(org: Entry, sector: str | None, titles: set[str]) -> bool:
    """Whether a party named before a state office ("Republican Secretary of
    State X", "Democratic Gov. X") is only the holder's party: the office
    gives the sector; a party's leader ("Conservative leader X", "Congress
    president X") takes the party's, which the people tables may turn into
    GOV or OPP."""
    return org.type == "party" and sector == "GOV" and not titles & PARTY_LEADER_WORDS


def party_head(ix: ActorIndex, mods: list[Hit]) -> bool:
    """Whether a lower-case head word follows a party's name right away
    ("Congress president X"): the party's head (see
    :data:`~whosaid.actors.parties.PARTY_HEAD_WORDS`)."""
    for left, right in itertools.pairwise(mods):
        if (
            left.entry is not None
            and left.entry.type == "party"
            and right.kind == "sector"
            and right.i == left.j
            and right.j - right.i == 1
            and ix.doc[right.i].text in PARTY_HEAD_WORDS
        ):
            return True
    return False


def portfolio_of_office(ix: ActorIndex, mods: list[Hit]) -> bool:
    """Whether the organization after a state office's title is its
    portfolio ("Minister of Investment, Trade and Industry", "Secretary of
    Commerce"): "of" right after a GOV title; the office keeps GOV."""
    for left, right in itertools.pairwise(mods):
        if (
            left.kind == "sector"
            and left.sector is not None
            and left.sector.kind == "title"
            and left.sector.sector == "GOV"
            and right.kind in {"org", "name"}
            and ix.lower[left.j : right.i] == ["of"]
        ):
            return True
    return False


def _org_modifier(ix: ActorIndex, st: ActorState, mods: list[Hit]) -> Entry | None:
    """A known organization among a person's modifiers, if any."""
    for h in mods:
        if h.kind == "org":
            m = org_mention(ix, st, h, [], [])
            if m is not None and not (m.sector or m.country or m.igo):
                m = acronym_body(ix, st, h) or m
            if m is not None and (m.sector or m.country or m.igo):
                return Entry(
                    pattern=m.name,
                    name=m.name,
                    type=m.type,
                    country=m.country,
                    igo=m.igo,
                    sector=m.sector,
                    code=None,
                    kind="org",
                    source="ner",
                    exact_case=False,
                )
            continue
        e = h.entry
        if (
            h.kind == "name"
            and e is not None
            and not modifier_hit(h)
            and e.type not in {"place", "person"}
        ):
            if foreign_generic_body(e, st.doc_countries):
                return dataclasses.replace(e, country=None)  # a wrong one: none
            return e
    return None
