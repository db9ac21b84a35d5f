"""Actors: a person titled (per the parse) by a named body that no table
knows, whose noun phrase says what kind of body it is ("Derek Simpson, joint
general secretary of the Unite union", "X, president of the Federation of
Industries of the State of Sao Paulo", "X, a member of the executive
committee of the Central Union of Workers"), holds that body's office: a
union's sector (LAB) or a business body's (BUS), not the sector a bare
title word gives ("president": GOV, "committee": LEG, "general
secretary": PTY).

The body is the one :mod:`whosaid.actors.apposition_orgs` ties to the
title (possessor, compound, or object of "of"/"at"/"for"); this module
reads only its words, so it applies where no organisation draft covers
them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.actors.apposition_orgs import (
    RECODABLE_SOURCES,
    organisation_tokens,
    titles_of_name,
)
from whosaid.actors.model import ActorDraft

__all__ = ["BODY_NOUN_SOURCE", "body_noun_sector", "body_nouns"]

BODY_NOUN_SOURCE = "title body noun"
"""The source a person's sector from :func:`body_nouns` records."""

BODY_HEADS: frozenset[str] = frozenset(
    {
        "union",
        "unions",
        "federation",
        "confederation",
        "congress",
        "association",
        "chamber",
        "council",
        "syndicate",
        "guild",
        "centre",
        "center",
    }
)
"""Head nouns of a union's or business body's name."""

LABOUR_WORDS: frozenset[str] = frozenset(
    {"unions", "labour", "labor", "trade-union", "unionists"}
)
"""Words that make such a body a union (LAB), besides a word ending in
"workers" ("Mineworkers") and a lower-case "union" ("the Unite union"; a
capitalised one may be a state's: "European Union", "Union Minister")."""

BUSINESS_WORDS: frozenset[str] = frozenset(
    {
        "industry",
        "industries",
        "industrialists",
        "commerce",
        "traders",
        "employers",
        "manufacturers",
        "business",
        "businesses",
        "retail",
        "retailers",
        "merchants",
        "exporters",
        "importers",
        "bankers",
    }
)
"""Words that make such a body a business association (BUS)."""

PHRASE_STOPS: frozenset[str] = frozenset({"relcl", "acl", "appos", "conj", "cc"})
"""Dependents that leave the body's own name (a clause or a second noun
phrase after it)."""

OVERRIDABLE_SECTORS: frozenset[str | None] = frozenset({None, "GOV", "LEG", "PTY"})
"""Sectors a bare title word guesses ("president", "committee", "general
secretary"), which the named body's kind replaces."""


def body_noun_sector(words: Iterable[str]) -> str | None:
    """The sector a body's name words (as written) say it has: LAB for a
    union's, BUS for a business body's, ``None`` when the words name no
    such body (no :data:`BODY_HEADS` noun) or both kinds."""
    written = list(words)
    found = {w.lower() for w in written}
    if not found & BODY_HEADS:
        return None
    labour = (
        bool(found & LABOUR_WORDS)
        or "union" in written
        or any(w.endswith("workers") for w in found)
    )
    business = bool(found & BUSINESS_WORDS)
    if labour == business:
        return None
    return "LAB" if labour else "BUS"


def _phrase_tokens(tok: Any) -> list[Any]:
    """The tokens of a body's noun phrase: the token and its dependents,
    not a clause or a second phrase after it."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in PHRASE_STOPS:
            continue
        out.extend(_phrase_tokens(child))
    return out


def _titled_body_sector(person: ActorDraft, doc: Any) -> tuple[str, str] | None:
    """The sector of the body a person's title names, and the title's
    words, if the body's name says its kind."""
    for start, end in sorted(person.mentions):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for title in titles_of_name(span.root):
            for tok in organisation_tokens(title):
                if span.start <= tok.i < span.end and tok.pos_ == "PROPN":
                    continue  # the name itself
                phrase = _phrase_tokens(tok)
                if not any(t.pos_ == "PROPN" for t in phrase):
                    continue  # "the union's secretary": no body named
                sector = body_noun_sector(t.text for t in phrase)
                if sector is not None:
                    return sector, _title_text(title, span)
    return None


def _title_text(title: Any, name: Any) -> str:
    """The words of a person's title phrase, without their name: the role
    that says their office is a domestic one (see
    :func:`whosaid.actors.article_country.domestic_title`)."""
    doc = title.doc
    first, last = title.left_edge.i, title.right_edge.i + 1
    if name.start <= first < name.end:
        first = name.end
    if name.start < last <= name.end:
        last = name.start
    words: str = doc[first:last].text if first < last else title.text
    return words.strip(" ,")


def body_nouns(drafts: list[ActorDraft], doc: Any) -> None:
    """A person the people tables do not know, with no sector or only a
    title word's guess (:data:`OVERRIDABLE_SECTORS`), titled as holding a
    post in a body whose name says it is a union or a business body, takes
    that body's sector (LAB or BUS)."""
    if not doc.has_annotation("DEP"):
        return
    for d in drafts:
        if d.type != "person" or d.igo or d.kb_id is not None:
            continue
        if d.sector not in OVERRIDABLE_SECTORS:
            continue
        if not set(d.sources) <= RECODABLE_SOURCES:
            continue
        found = _titled_body_sector(d, doc)
        if found is None:
            continue
        d.sector, role = found
        if not d.roles:
            d.roles.append(role)
        d.sources.append(BODY_NOUN_SOURCE)
