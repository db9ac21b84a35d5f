"""Actors: the country an officeholder with no country speaks for, read
from the state or capital that is the subject of the words they say
("Foreign Minister Tom Ikimi said Abuja would not bow to pressure").

A minister the people tables do not know keeps the title's sector and no
country.  When that person says that a state ("Tunisia"), its capital
("Bonn", "Freetown") or its government will or did do something, the
state is the one the speaker speaks for: a minister announces their own
government's course.  What a state did or is ("Russia had gone well beyond
...") a speaker may say of any state: only a course to come counts
(:func:`states_a_course`).  Only the subject of the clause said counts (not a
state named after it: "Berlin would stop selling weapons to Ankara"), only
an office of a state (:data:`SPOKEN_FOR_SECTORS`), and only a person with
neither country nor IGO."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.actors.model import ActorDraft

SPOKEN_FOR = "spoken-for country"
"""The source a country given by :func:`spoken_for_countries` adds."""

SPOKEN_FOR_SECTORS: frozenset[str] = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "ELI", "SPY"}
)
"""Offices of a state: their holder speaks for it (not a party, the
opposition or rebels, who speak against its government)."""

SAYING_VERBS: frozenset[str] = frozenset(
    f"{stem}{ending}"
    for stem in (
        "announce",
        "state",
        "declare",
        "insist",
        "warn",
        "confirm",
        "promise",
        "pledge",
        "vow",
        "stress",
        "add",
    )
    for ending in ("", "s", "d", "ed")
) | {"say", "says", "said", "tell", "tells", "told"}
"""Verbs whose clause is what their subject says (word forms: the
lemmatizer is off)."""

MODALS: frozenset[str] = frozenset(
    {"would", "will", "wo", "could", "can", "ca", "must", "should", "shall"}
)

READY_WORDS: frozenset[str] = frozenset(
    {"ready", "prepared", "willing", "determined", "committed"}
)
"""Adjectives of a course the subject means to take ("Luanda was ready to
mediate")."""

STATE_TYPES: frozenset[str] = frozenset({"state", "place", "government"})
"""Actors whose country a subject of the said clause gives: a state, its
capital (a place with its country), or its government."""

SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})


def _unplaced_officeholder(d: ActorDraft) -> bool:
    return (
        d.type == "person"
        and d.country is None
        and d.igo is None
        and d.sector in SPOKEN_FOR_SECTORS
    )


def states_a_course(verb: Any) -> bool:
    """Whether the clause of ``verb`` says what its subject will, would or
    must do ("Bonn would not accept", "Berlin had to stand by Athens",
    "Luanda was ready to mediate"), not what it did or is ("Russia had gone
    beyond ...": a speaker may say that of any state)."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
        if child.dep_ == "acomp" and child.lower_ in READY_WORDS:
            return True
        if child.dep_ == "xcomp" and any(
            t.dep_ == "aux" and t.lower_ == "to" for t in child.children
        ):
            return True
    return False


def said_clause_subject(doc: Any, start: int, end: int) -> Any | None:
    """The subject of the clause that the person named at
    ``doc.text[start:end]`` says when that clause states a course
    (:func:`states_a_course`: "X said *Bonn* would ..."), or ``None``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb is root or verb.lower_ not in SAYING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not states_a_course(clause):
            continue
        return next((t for t in clause.children if t.dep_ in SUBJECT_DEPS), None)
    return None


def _state_at(drafts: Iterable[ActorDraft], pos: int) -> str | None:
    for d in drafts:
        if (
            d.type in STATE_TYPES
            and d.country
            and d.igo is None
            and any(s <= pos < e for s, e in d.mentions)
        ):
            return d.country
    return None


def spoken_for_countries(drafts: list[ActorDraft], doc: Any) -> None:
    """An officeholder with no country (:func:`_unplaced_officeholder`)
    takes the one country that the subjects of the clauses they say carry
    (:func:`said_clause_subject`), in place; none when those name two."""
    if not doc.has_annotation("DEP"):
        return
    for d in drafts:
        if not _unplaced_officeholder(d):
            continue
        found = {
            c
            for s, e in d.mentions
            if (subject := said_clause_subject(doc, s, e)) is not None
            and (c := _state_at(drafts, subject.idx))
        }
        if len(found) == 1:
            d.country = found.pop()
            d.sources.append(SPOKEN_FOR)
