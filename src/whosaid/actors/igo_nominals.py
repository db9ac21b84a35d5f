"""A definite body noun that refers back to the IGO its sentence named.

"UNESCO chief Audrey Azoulay said the agency would help rebuild Mosul", "ICJ
President Joan Donoghue said the court had ordered ...": the noun names no
body of its own; it is the international organisation the sentence named
before it (its official's modifier, or the organisation itself).  Without
this the noun took a state from the story (Iraq's, Haiti's GOV): a wrong
country.  Only a one-word body noun of the sector table ("agency",
"court", "tribunal", "mission"; not "bank", a firm's word), only the same
sentence, and only when no state, government body or other organisation
comes between the IGO and the noun.

A bare member plural after the IGO ("NATO's chief said the allies had
agreed", "OPEC's secretary general said members would cut output") is a
group of that IGO, an actor of its own (:func:`igo_member_mentions`).
"""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.actors.model import ActorIndex, ActorMention, ActorState, Hit

__all__ = ["igo_antecedent", "igo_before", "igo_member_mentions"]

IGO_BODY_SECTORS: frozenset[str] = frozenset({"GOV", "JUD"})
"""Sectors of the body nouns an IGO can be referred to by ("agency",
"mission" GOV; "court", "tribunal" JUD)."""

INTERVENING_TYPES: frozenset[str] = frozenset(
    {"state", "government", "company", "ngo", "media", "party", "armed_group", "other"}
)
"""Mention types that, between the IGO and the noun, could be its
antecedent instead."""


def igo_antecedent(ix: ActorIndex, st: ActorState, head: Hit) -> ActorMention | None:
    """The IGO mention a definite one-word body noun refers back to, in its
    own sentence, or None."""
    word = head.sector
    if word is None or word.kind != "body" or word.sector not in IGO_BODY_SECTORS:
        return None
    if head.j - head.i != 1:
        return None
    return igo_before(ix, st, head.i)


def igo_before(ix: ActorIndex, st: ActorState, i: int) -> ActorMention | None:
    """The IGO mention nearest before token ``i`` in its sentence, with no
    state or other body between them, or None."""
    pos = ix.doc[i].idx
    sent_start = ix.doc[ix.sent_start[i]].idx
    for m in sorted(st.mentions, key=lambda m: -m.start):
        if m.start >= pos or m.end > pos:
            continue
        if m.start < sent_start:
            return None
        if m.type == "igo" and m.igo:
            return m
        if m.type in INTERVENING_TYPES:
            return None
    return None


MEMBER_WORDS: frozenset[str] = frozenset({"allies", "members", "monitors"})
"""Bare plurals that, after an IGO in their sentence, name its members or
its mission's people ("NATO's chief said the allies had agreed", "OPEC's
secretary general said members would cut output", "the OSCE said monitors
would be sent")."""

BARE_DEPS: frozenset[str] = frozenset({"det"})


def igo_member_mentions(ix: ActorIndex, st: ActorState) -> None:
    """Make a bare member plural (:data:`MEMBER_WORDS`, "member states")
    after an IGO in its sentence a group of that IGO: no country, no
    sector, an actor of its own (not the IGO's, whose name it would take as
    a speaker).  A plural with a possessor, modifier or complement ("its
    members", "Russian monitors", "members of parliament") or inside
    another phrase ("one of the allies") names someone else's people."""
    for tok in ix.doc:
        if not _bare_member_plural(tok):
            continue
        igo = igo_before(ix, st, tok.i)
        if igo is None:
            continue
        first = tok.i - 1 if tok.lower_ == "states" else tok.i
        start, end = ix.doc[first].idx, tok.idx + len(tok.text)
        st.mentions[:] = [m for m in st.mentions if m.end <= start or m.start >= end]
        name = ix.text[start:end]
        st.mentions.append(
            ActorMention(
                start,
                end,
                ("body", "", igo.igo or "", "", name.lower()),
                name[:1].upper() + name[1:],
                "igo",
                None,
                igo.igo,
                None,
                None,
                source="igo members",
            )
        )


def _bare_member_plural(tok: Token) -> bool:
    """A lower-case member plural with only "the" before it, heading a
    phrase of its own."""
    word = tok.lower_
    if word == "states":
        if not _member_states(tok):
            return False
    elif not _bare_lower_member(tok):
        return False
    if any(c.dep_ == "det" and c.lower_ != "the" for c in tok.children):
        return False
    return not (tok.dep_ == "pobj" and tok.head.head.pos_ in OWNER_HEADS)


def _bare_lower_member(tok: Token) -> bool:
    """A lower-case word of :data:`MEMBER_WORDS` with no dependant but a
    determiner."""
    return (
        tok.lower_ in MEMBER_WORDS
        and tok.text.islower()
        and all(c.dep_ in BARE_DEPS for c in tok.children)
    )


def _member_states(tok: Token) -> bool:
    """ "member states": "states" whose one modifier is "member" right
    before it."""
    kids = [c for c in tok.children if c.dep_ != "det"]
    return len(kids) == 1 and kids[0].lower_ == "member" and kids[0].i == tok.i - 1


OWNER_HEADS: frozenset[str] = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
