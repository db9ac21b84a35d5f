"""Actors: a person whose title the parse ties to a named organisation
("Helen Knight, Nice's director of medicines evaluation", "Segun
Ajayi-Kadir, Director-General of the Manufacturers Association of Nigeria",
"Derek Simpson, joint general secretary of the Unite union", "an analyst
at Rademaker Securities") holds an office of that organisation: its sector
and country, not the sector a bare title word gives ("general counsel":
MIL).

The tie is syntactic (dependency parse), so it holds for any wording: the
person's name, a title noun in apposition to it (or the title the name is
in apposition to, or a title compound before the name), and the
organisation as the title's possessor, compound, or prepositional object
(at most two prepositions deep: "head of macro research at a bank")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whosaid.actors.article_country import ARTICLE_COUNTRY, PARAGRAPH_COUNTRY
from whosaid.actors.igo_envoys import ENVOY_WORDS
from whosaid.actors.model import ActorDraft
from whosaid.entities.lexicon import ROLE_NOUNS

__all__ = [
    "APPOSITION_ORG_SOURCE",
    "apposition_orgs",
    "organisation_of_title",
    "titles_of_name",
]

APPOSITION_ORG_SOURCE = "apposition organisation"
"""The source a person's sector from :func:`apposition_orgs` records."""

TITLE_NOUNS: frozenset[str] = ROLE_NOUNS | frozenset(
    {
        "member",
        "partner",
        "strategist",
        "trustee",
        "treasurer",
        "boss",
        "fellow",
        "organiser",
        "organizer",
        "director-general",
        "secretary-general",
        "president",
    }
)
"""Nouns that name a post someone holds in a body."""

BODY_TYPES_NOT_ORGS: frozenset[str] = frozenset({"person", "state", "place", "party"})
"""Actor types that are no organisation a title may belong to here (a
party's people are the party rules' to code: leader, opposition, office)."""

RECODABLE_SOURCES: frozenset[str] = frozenset(
    {"title", "sectors.tsv", "ner", "speaker", "named later"}
    | {ARTICLE_COUNTRY, PARAGRAPH_COUNTRY}
)
"""Sources of a person known by the text alone: their sector (if any) is
read off a title word, their country (if any) off the article."""

GUESSED_COUNTRY: frozenset[str] = frozenset({ARTICLE_COUNTRY, PARAGRAPH_COUNTRY})

TIE_PREPOSITIONS: frozenset[str] = frozenset({"of", "at", "for", "with"})
"""Prepositions that tie a title to its body ("director of", "analyst at",
"spokesman for"); not "to", which names where a post is sent ("ambassador
to the UN")."""

ENVOY_TITLES: frozenset[str] = ENVOY_WORDS | {
    "diplomat",
    "delegate",
    "negotiator",
    "counterpart",
    "emissary",
}
"""Titles of people who speak for their state at a body ("China's
ambassador at the UN"): the body is no employer of theirs."""

PREP_DEPTH = 2


def _title_word(tok: Any) -> bool:
    words = {tok.text.lower(), tok.lemma_.lower()}
    words |= {w.removeprefix("co-") for w in words}
    if words & ENVOY_TITLES:
        return False
    return bool(words & TITLE_NOUNS) and tok.pos_ in {"NOUN", "PROPN"}


def titles_of_name(root: Any) -> Iterator[Any]:
    """The title nouns the parse ties to a name's head token: its
    apposition ("X, director of ..."), the title it is in apposition to
    ("the union's president, X"), a title compound before it ("NPCC chair
    X"), or the name itself when the mention is a title ("Saftu's general
    secretary")."""
    if _title_word(root):
        yield root
    for child in root.children:
        if child.dep_ == "appos" and _title_word(child):
            yield child
        if child.dep_ == "compound" and _title_word(child) and child.i < root.i:
            yield child
    if root.dep_ == "appos" and _title_word(root.head):
        yield root.head


def organisation_tokens(title: Any, depth: int = PREP_DEPTH) -> Iterator[Any]:
    """Tokens that may name the body a title belongs to: its possessor
    ("Nice's director"), compound ("TUC general secretary"), and objects of
    its tying prepositions ("director of X", "head of research at X")."""
    for child in title.children:
        if child.dep_ in {"poss", "compound"} and child.i < title.i:
            yield child
        if child.dep_ == "prep" and child.lower_ in TIE_PREPOSITIONS and depth > 0:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from (c for c in obj.children if c.dep_ == "compound")
                    yield from organisation_tokens(obj, depth - 1)


def organisation_of_title(
    title: Any, orgs: list[ActorDraft], person: ActorDraft
) -> ActorDraft | None:
    """The first organisation draft with a mention covering one of
    :func:`organisation_tokens`."""
    for tok in organisation_tokens(title):
        start = tok.idx
        for o in orgs:
            if o is person:
                continue
            if any(s <= start < e for s, e in o.mentions):
                return o
    return None


def apposition_orgs(drafts: list[ActorDraft], doc: Any) -> None:
    """A person the people tables do not know, titled (per the parse) as
    holding a post in an organisation draft with a sector or IGO, takes its
    sector and IGO, and its country when they have none, or when the
    organisation's comes from knowledge and theirs was guessed from the
    article (a guessed country never replaces another)."""
    if not doc.has_annotation("DEP"):
        return
    orgs = [
        d for d in drafts if d.type not in BODY_TYPES_NOT_ORGS and (d.sector or d.igo)
    ]
    for d in drafts:
        if d.type != "person" or d.igo or d.kb_id is not None:
            continue
        if not set(d.sources) <= RECODABLE_SOURCES:
            continue
        org = _titled_by(d, orgs, doc)
        if org is None:
            continue
        d.sector, d.igo = org.sector, org.igo
        if org.igo:
            d.country = None
        elif d.country is None or (
            org.country and _known_country(org) and GUESSED_COUNTRY & set(d.sources)
        ):
            d.country = org.country
        d.sources.append(f"{APPOSITION_ORG_SOURCE} ({org.name})")


def _known_country(draft: ActorDraft) -> bool:
    """Whether a draft's country comes from knowledge, not a guess from the
    article (one guess never replaces another)."""
    return not GUESSED_COUNTRY & set(draft.sources)


def _titled_by(
    person: ActorDraft, orgs: list[ActorDraft], doc: Any
) -> ActorDraft | None:
    for start, end in sorted(person.mentions):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for title in titles_of_name(span.root):
            org = organisation_of_title(title, orgs, person)
            if org is not None:
                return org
    return None
