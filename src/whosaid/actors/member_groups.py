"""Actors: "its members" -- the members of the organization its sentence
named before them, as a group actor of their own.

"The Nigeria Labour Congress said its members would strike": the union's
members are workers of its country (private citizens, CVL, as a union's
rank and file are coded); "OPEC said its members would cut output": the
member states of the IGO (the IGO's code, no sector).  Members of other
bodies (a party's, a firm's) are left alone: their code is a matter of
the body's kind.
"""

from __future__ import annotations

from typing import Any

from whosaid.actors.model import ActorDraft

MEMBERS_SOURCE = "members of the possessor"

MEMBER_WORDS: frozenset[str] = frozenset({"members", "member"})

UNION_SECTORS: frozenset[str] = frozenset({"LAB", "CVL"})
"""Sectors of a body whose members are private people (CVL): unions."""

POSSESSOR_TYPES: frozenset[str] = frozenset({"igo", "other", "ngo"})


def _its_members(tok: Any) -> bool:
    return (
        tok.lower_ in MEMBER_WORDS
        and tok.tag_ == "NNS"
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children)
    )


def _covered(drafts: list[ActorDraft], start: int, end: int) -> bool:
    return any(s < end and start < e for d in drafts for s, e in d.mentions)


def _possessor(
    drafts: list[ActorDraft], sent_start: int, before: int
) -> ActorDraft | None:
    """The actor named last before ``before`` in its sentence, when it is
    a body whose members :func:`member_groups` codes."""
    best: tuple[int, int, ActorDraft] | None = None
    for d in drafts:
        for s, e in d.mentions:
            if sent_start <= s and e <= before and (best is None or (e, -s) > best[:2]):
                best = (e, -s, d)  # the widest mention ending last
    if best is None:
        return None
    d = best[2]
    if d.type not in POSSESSOR_TYPES:
        return None
    if d.igo and not d.country:
        return d
    if d.country and d.sector in UNION_SECTORS:
        return d
    return None


def members_draft(org: ActorDraft, start: int, end: int) -> ActorDraft:
    """The members of ``org`` named at ``start:end``: the IGO's member
    states, or a union's members (its country's CVL)."""
    igo_members = bool(org.igo and not org.country)
    return ActorDraft(
        key=("members", org.name.lower()),
        name=f"Members of {org.name}",
        type="igo" if igo_members else "other",
        country=None if igo_members else org.country,
        igo=org.igo if igo_members else None,
        sector=None if igo_members else "CVL",
        code=None,
        mentions=[(start, end)],
        sources=[MEMBERS_SOURCE],
    )


def member_groups(drafts: list[ActorDraft], doc: Any) -> None:
    """Adds a group actor for each "its members" that no actor holds yet,
    whose possessor (:func:`_possessor`) is a union or an IGO."""
    if not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
        return
    for tok in doc:
        if not _its_members(tok):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if _covered(drafts, start, end):
            continue
        org = _possessor(drafts, tok.sent.start_char, start)
        if org is not None:
            drafts.append(members_draft(org, start, end))
