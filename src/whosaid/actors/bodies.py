"""Actors, step 2 (bodies): unnamed bodies and roles -- the paragraph's or
possessor's body a bare title speaks for, acronyms of bodies, the words that
make a body or a role bare, and a body's name and type."""

from __future__ import annotations

from whosaid.actors.group_nouns import group_plural
from whosaid.actors.model import (
    PRONOUN_REACH,
    SECTOR_TYPE,
    ActorIndex,
    ActorMention,
    ActorState,
    Hit,
)
from whosaid.actors.place_context import context_country
from whosaid.entities.lexicon import DIPLOMAT_WORDS
from whosaid.entities.names import looks_like_person_name

STATE_BODY_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
"""Sectors of a state's own bodies: a ministry, army, police, court or
parliament named without its country is the paragraph's state's."""


def paragraph_body_country(
    ix: ActorIndex, st: ActorState, head: Hit, body: ActorMention
) -> None:
    """A state's body named without a country ("According to the Ministry of
    Foreign Affairs and Trade" after "New Zealand has already sent ...")
    takes the state its paragraph named last before it, as a body word does
    (:func:`context_country`); else the article's country decides later."""
    if body.country or body.igo or body.sector not in STATE_BODY_SECTORS:
        return
    country = context_country(ix, st, head.i)
    if country is not None:
        body.country = country
        body.source = "; ".join(filter(None, (body.source, "paragraph country")))


SPOKESPERSON_WORDS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"}
)
"""Titles that speak for a body and take its sector (sectors.tsv "inherit"),
unlike an analyst's or strategist's, whose firm is named after them."""


def inherit_only(title_hits: list[Hit]) -> bool:
    """Whether a person's titles are only a spokesperson's
    (:data:`SPOKESPERSON_WORDS`), which take their sector from the body
    spoken for."""
    return bool(title_hits) and all(
        h.sector is not None
        and h.sector.inherit
        and h.sector.pattern.lower() in SPOKESPERSON_WORDS
        for h in title_hits
    )


BODY_TYPES_SPOKEN_FOR: frozenset[str] = frozenset(
    {"government", "party", "company", "ngo", "media", "armed_group", "igo"}
)


def paragraph_body(ix: ActorIndex, st: ActorState, tok_i: int) -> ActorMention | None:
    """The body (a ministry, party, firm...) with a sector named before a
    token in its paragraph: whom a bare "spokesman X" speaks for.  The last
    one that is a clause's subject ("The State Department said ... called on
    the police to ... Spokeswoman X said": the department), else the last
    one named."""
    pos = ix.doc[tok_i].idx
    last: ActorMention | None = None
    for m in reversed(st.mentions):
        if m.start >= pos:
            continue
        if "\n" in ix.text[m.end : pos]:
            break
        if m.type in BODY_TYPES_SPOKEN_FOR and m.sector and (m.country or m.igo):
            if _clause_subject(ix, m):
                return m
            last = last or m
    return last


def _clause_subject(ix: ActorIndex, m: ActorMention) -> bool:
    """Whether a mention is the subject of its clause (the body that acts
    or speaks), by the parse."""
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}


def titled_org_name(ix: ActorIndex, mods: list[Hit], head: Hit) -> bool:
    """Whether an organization's name right after a person's title word
    looks like a person's name ("finance spokesman Pearse Doherty"): a title
    names a person, not a body."""
    if head.kind != "org" or not mods:
        return False
    last = mods[-1]
    if not (
        last.kind == "sector"
        and last.sector is not None
        and last.sector.kind == "title"
        and last.j == head.i
    ):
        return False
    return looks_like_person_name(ix.doc[head.i : head.j].text)


def body_word_before(ix: ActorIndex, mods: list[Hit], head: Hit) -> bool:
    """Whether a name NER read as a person's follows a lower-case body word
    right before it ("the Dublin firm Harcourt Quigley", "the newspaper
    Ouest-France"): the body's name, not a person's."""
    if not mods:
        return False
    last = mods[-1]
    return (
        last.kind == "sector"
        and last.sector is not None
        and last.sector.kind == "body"
        and last.sector.sector is not None
        and last.j == head.i
        and ix.doc[last.i : last.j].text.islower()
    )


def body_acronym(ix: ActorIndex, mods: list[Hit], head: Hit) -> bool:
    """Whether a name read as a person's is in parentheses right after an
    organization's name or a body word ("the Elections Supervisory Agency
    (Bawaslu)"): the body's short name."""
    if not mods:
        return False
    last = mods[-1]
    return (
        (
            last.kind == "org"
            or (
                last.kind == "sector"
                and last.sector is not None
                and last.sector.kind == "body"
            )
        )
        and last.j == head.i - 1
        and ix.doc[head.i - 1].text == "("
    )


def acronym_body(ix: ActorIndex, st: ActorState, hit: Hit) -> ActorMention | None:
    """The earlier body whose name the text followed by this organization
    name in parentheses ("The General Elections Commission (KPU) ... KPU
    chairman X": the commission), when that body has a country, IGO or
    sector."""
    short = ix.text[ix.doc[hit.i].idx : ix.doc[hit.j - 1].idx + len(ix.doc[hit.j - 1])]
    pos = ix.doc[hit.i].idx
    for m in reversed(st.mentions):
        if m.start >= pos or not (m.sector or m.country or m.igo):
            continue
        after = ix.text[m.end : m.end + len(short) + 4].lstrip()
        if after.startswith(f"({short})"):
            return m
    return None


def _igo_in_sentence(ix: ActorIndex, st: ActorState, tok_i: int) -> str | None:
    """The one IGO named earlier in the same sentence, if exactly one.

    An IGO with another named person between it and the title is that
    person's ("with the WHO Director-General, Dr Tedros, ... President
    Hassan said"): the later title is not the IGO's."""
    start = ix.doc[ix.sent_start[tok_i]].idx
    pos = ix.doc[tok_i].idx
    people = [
        m.start for m in st.mentions if m.type == "person" and m.key[0] == "person"
    ]
    igos = {
        m.igo
        for m in st.mentions
        if m.igo
        and m.type == "igo"
        and start <= m.start < pos
        and not any(m.end <= p < pos for p in people)
    }
    return igos.pop() if len(igos) == 1 else None


def possessor_body(
    ix: ActorIndex, st: ActorState, mods: list[Hit]
) -> ActorMention | None:
    """The body a definite possessor names ("the agency's", "the bank's"
    before a title): the latest earlier actor whose name ends with its head
    noun (see :func:`_prior_with_head`)."""
    for h in mods:
        if (
            h.kind == "sector"
            and h.sector is not None
            and h.sector.kind == "body"
            and h.i > 0
            and ix.lower[h.i - 1] == "the"
            and h.j < len(ix.lower)
            and ix.lower[h.j] in {"'s", "’s"}
        ):
            return _prior_with_head(ix, st, h)
    return None


def _prior_with_head(ix: ActorIndex, st: ActorState, head: Hit) -> ActorMention | None:
    """The latest earlier actor in the last sentences whose name ends
    with this body's head noun ("the bank" -> "Suriname's central bank"), or
    whose name is that noun of something ("the Bank" -> "Bank of England").
    A capitalized head ("the Bank") is the name cut short: it reaches back
    over the whole article."""
    word = ix.lower[head.j - 1]
    pos = ix.doc[head.i].idx
    reach = PRONOUN_REACH
    if ix.doc[head.j - 1].text[:1].isupper() and head.j - 1 > ix.sent_start[head.i]:
        reach = pos
    for m in reversed(st.mentions):
        if m.start >= pos or pos - m.start > reach:
            continue
        if m.type in {"place", "state", "person"}:
            continue
        words = m.name.lower().split() if m.name else []
        if words[-1:] == [word] or (
            len(m.key) >= 5 and m.key[4].split()[-1:] == [word]
        ):
            return m
        if len(words) >= 3 and words[0] == word and words[1] == "of":
            return m
    return None


def bare_role(head: Hit, mods: list[Hit], of_mods: list[Hit]) -> bool:
    """A role noun that says whom it serves only through what it is joined
    to ("spokesman", "analyst"), alone: nobody of its own."""
    return (
        head.sector is not None
        and head.sector.kind == "title"
        and head.sector.sector is None
        and not mods
        and not of_mods
    )


def _bare_body(ix: ActorIndex, head: Hit, sector: str | None) -> bool:
    """ "police said", "state media reported", "protesters said": a bare
    institution or a plural group stands for the one in the story."""
    if head.sector is None:
        return False
    if head.i > 0 and ix.lower[head.i - 1] in {"a", "an"}:
        return False
    last = ix.doc[head.j - 1]
    if head.sector.kind == "title":
        # "officials said", "lawmakers said": a plural of officeholders
        return (
            (
                (
                    last.tag_ in {"NNS", "NNPS"}
                    and sector in {"GOV", "MIL", "COP", "LEG", "JUD"}
                )
                or group_plural(ix, head, sector)  # "farmers", "survivors"
            )
            and not DIPLOMAT_WORDS.intersection(ix.lower[head.i : head.j])
        )
    if head.sector.kind != "body":
        return False
    return last.tag_ in {"NNS", "NNPS"} or sector in {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "MED",
    }


def _definite(ix: ActorIndex, start_tok: int, head_i: int) -> bool:
    """ "the ministry", "the country's army": a specific body, not a kind."""
    toks = ix.lower[start_tok:head_i]
    if "the" in toks or any(t in {"'s", "’s"} for t in toks):
        return True
    return start_tok > 0 and ix.lower[start_tok - 1] in {
        "the",
        "its",
        "their",
        "his",
        "her",
    }


def _body_type(head: Hit, sector: str | None) -> str:
    if head.sector is not None and head.sector.kind == "title":
        return "person"
    return SECTOR_TYPE.get(sector or "", "other")


def _first_kind(mods: list[Hit]) -> str:
    for h in mods:
        if h.kind == "demonym":
            return "country"
        if h.kind == "name" and h.entry is not None:
            if h.entry.type == "igo" or h.entry.igo:
                return "igo"
            if h.entry.country:
                return "country"
    return ""


def modifies_noun_after(ix: ActorIndex, hit: Hit) -> bool:
    """Whether a name only modifies a common noun after it ("Clinton" in
    "Filipino Clinton staffers", "the Trump campaign")."""
    last = ix.doc[hit.j - 1]
    return (
        last.dep_ in {"compound", "nmod"}
        and last.head.i >= hit.j
        and last.head.pos_ == "NOUN"
    )


def _private_plural(ix: ActorIndex, head: Hit, sector: str | None) -> bool:
    """ "Businesses said": a plural of private bodies names no office, so
    it takes no country from the story (a wrong country is worse than none);
    nor do refugees (REF), whose story is set where they fled to, not in
    the country they come from ("killers of the refugees", in Burundi)."""
    if sector == "REF":
        return True
    return sector == "BUS" and ix.doc[head.j - 1].tag_ in {"NNS", "NNPS"}


def _clean_role(ix: ActorIndex, i: int, j: int) -> str:
    toks = [t for t in ix.doc[i:j]]
    while toks and toks[0].lower_ in {"the", "a", "an"}:
        toks = toks[1:]
    while toks and toks[-1].lower_ in {"of", "to", "for", ","}:
        toks = toks[:-1]  # "president of" -> "president"
    if not toks:
        return ""
    start = toks[0].idx
    end = toks[-1].idx + len(toks[-1].text)
    return " ".join(ix.text[start:end].split())


def _body_name(ix: ActorIndex, i: int, j: int) -> str:
    toks = [t for t in ix.doc[i:j]]
    while toks and toks[0].lower_ in {"the", "a", "an"}:
        toks = toks[1:]
    if not toks:
        return ""
    start = toks[0].idx
    end = toks[-1].idx + len(toks[-1].text)
    name = " ".join(ix.text[start:end].split())
    return name[:1].upper() + name[1:]
