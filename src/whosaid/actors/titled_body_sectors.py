"""Actors: a person with no sector from anywhere else whose title the
parse ties to a body the article names ("DAP secretary-general Lim Guan
Eng", "The Democratic Alliance leader, Helen Zille", "The Malaysian
Anti-Corruption Commission (MACC) said ... Its chief commissioner Azam
Baki", "Mbeki's spokesperson, Mukoni Ratshitanga") holds an office of that
body: a party's official stands in the opposition (OPP) when the party
does that day (its sector, from :mod:`whosaid.actors.ruling_parties`'
table), else for the party (PTY); a state body's official takes the body's
sector (GOV, JUD, MIL, COP, LEG); a union's LAB; a state officeholder's
spokesperson their principal's.  The person's country, if they have none,
is the body's.

This runs after every other sector rule, so it only fills a gap: people the
tables know with no office that day, and titled people whose title word
gives no sector."""

from __future__ import annotations

from typing import Any

from whosaid.actors.apposition_orgs import organisation_tokens, titles_of_name
from whosaid.actors.model import ActorDraft

__all__ = ["TITLED_BODY_SOURCE", "titled_body_sectors"]

TITLED_BODY_SOURCE = "titled body"
"""The source a sector given by :func:`titled_body_sectors` records."""

BODY_SECTORS: frozenset[str] = frozenset(
    {"GOV", "LEG", "JUD", "MIL", "COP", "LAB", "OPP", "PTY"}
)
"""Sectors of bodies whose officials hold them too."""

SPOKES_WORDS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
)
"""Titles of one who speaks for a person ("Mbeki's spokesperson")."""

PRINCIPAL_SECTORS: frozenset[str] = frozenset({"GOV"})
"""Sectors of officeholders whose spokesperson holds the same office."""

OWNER_PRONOUNS: frozenset[str] = frozenset({"its"})
"""Possessive pronouns that stand for the body named last ("Its chief
commissioner X")."""

FORMER_WORDS: frozenset[str] = frozenset(
    {"former", "ex", "ex-", "then", "late", "last", "outgoing"}
)
"""Words that make a title one held no more ("former party leader",
"Mubarak's last prime minister")."""

STATE_OFFICE_TITLES: frozenset[str] = frozenset({"minister", "premier"})
"""Titles of a state's government office with no body named ("The
Minister of Environment and Energy, X")."""

PRONOUN_REACH = 250
"""How far back (characters) a possessive pronoun's body may be named."""


def _body_sector(body: ActorDraft, title: Any) -> str | None:
    """The sector an official of ``body`` holds by ``title``."""
    if body.type == "party":
        return "OPP" if body.sector == "OPP" else "PTY"
    if body.type == "person":
        spokes = title.lower_ in SPOKES_WORDS
        return body.sector if spokes and body.sector in PRINCIPAL_SECTORS else None
    if body.type in {"state", "place"} or body.igo:
        return None
    return body.sector if body.sector in BODY_SECTORS else None


def _covering(
    drafts: list[ActorDraft], person: ActorDraft, pos: int
) -> ActorDraft | None:
    """The draft (not ``person``) with a mention covering ``pos``."""
    for d in drafts:
        if d is not person and any(s <= pos < e for s, e in d.mentions):
            return d
    return None


def _last_word_draft(
    drafts: list[ActorDraft], person: ActorDraft, tok: Any
) -> ActorDraft | None:
    """The one person or body draft (not ``person``) whose name ends in the
    proper noun ``tok``: a person by surname ("Mbeki's spokesperson" after
    "President Thabo Mbeki"), a body by its head ("Commission chairman X"
    after "the Central Election Commission")."""
    if tok.pos_ != "PROPN":
        return None
    found = [
        d
        for d in drafts
        if d is not person
        and d.type not in {"state", "place"}
        and d.name.split()[-1:] == [tok.text]
    ]
    return found[0] if len(found) == 1 else None


def _pronoun_body(drafts: list[ActorDraft], pos: int) -> ActorDraft | None:
    """The body a possessive pronoun at ``pos`` stands for: the draft named
    last before it, within :data:`PRONOUN_REACH`, when that is a body (a
    person named between may own the pronoun instead)."""
    last: tuple[int, ActorDraft] | None = None
    for d in drafts:
        for s, _ in d.mentions:
            if s < pos and pos - s <= PRONOUN_REACH and (last is None or s > last[0]):
                last = (s, d)
    if last is None or last[1].type in {"person", "state", "place"}:
        return None
    return last[1]


def _held_no_more(title: Any, name: Any) -> bool:
    """Whether a title is one its holder left ("former party leader X",
    "X, a former minister"): a former-word before it or before the name."""
    words = [c.lower_ for c in (*title.children, *name.children) if c.i < title.i]
    return bool(set(words) & FORMER_WORDS) or title.lower_.startswith("ex-")


def _named_former(d: ActorDraft) -> bool:
    """Whether a role the text gives a person is one they left ("former
    Prime Minister")."""
    words = {w.lower() for r in d.roles for w in r.replace("-", " ").split()}
    return bool(words & (FORMER_WORDS | {"ex"}))


def _state_office(title: Any) -> bool:
    """Whether a title names a state's government office ("Minister")."""
    return bool({title.lower_, title.lemma_.lower()} & STATE_OFFICE_TITLES)


def _titled_body(
    person: ActorDraft, drafts: list[ActorDraft], doc: Any, former: bool
) -> tuple[ActorDraft | None, str] | None:
    """The body a person's title names, per the parse, and the sector its
    official holds; for a person the tables know as a former officeholder
    (``former``), a state office's title held now ("The Minister of
    Environment and Energy, X") gives GOV with no body."""
    for start, end in sorted(person.mentions):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for title in titles_of_name(span.root):
            if _held_no_more(title, span.root):
                continue
            if former and _state_office(title):
                return None, "GOV"
            for tok in organisation_tokens(title):
                if span.start <= tok.i < span.end:
                    continue  # the name itself
                if tok.lower_ in OWNER_PRONOUNS and tok.dep_ == "poss":
                    body = _pronoun_body(drafts, tok.idx)
                else:
                    body = _covering(drafts, person, tok.idx) or _last_word_draft(
                        drafts, person, tok
                    )
                if body is None:
                    continue
                sector = _body_sector(body, title)
                if sector is not None:
                    return body, sector
    return None


def titled_body_sectors(drafts: list[ActorDraft], doc: Any) -> None:
    """A person with no sector, or only a former office's (ELI), and no
    IGO, whose title held now names a body takes the sector its officials
    hold, and its country when they have none
    (but never another country than theirs)."""
    if not doc.has_annotation("DEP"):
        return
    for d in drafts:
        if d.type != "person" or d.sector not in {None, "ELI"} or d.igo:
            continue
        if d.sector == "ELI" and _named_former(d):
            continue  # the text itself says so ("former Prime Minister X")
        found = _titled_body(d, drafts, doc, former=d.sector == "ELI")
        if found is None:
            continue
        body, sector = found
        if body is None:
            if d.country:
                d.sector = sector
                d.sources.append(TITLED_BODY_SOURCE)
            continue
        if d.country and body.country and body.country != d.country:
            continue
        d.sector = sector
        d.country = d.country or body.country
        d.sources.append(f"{TITLED_BODY_SOURCE} ({body.name})")
