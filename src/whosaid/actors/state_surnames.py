"""Actors: a person whose surname is a state's name ("Prime Minister Luís
Montenegro", "Jim Jordan") is never that state.  When the speaker stage
named a person and the actor holding its mention is a state whose name
ends the person's name, the speaker's actor is the one person actor of
that surname ("Antonio Luis Montenegro", PRTGOV), named as the text names
it ("Luís Montenegro").  With no such person the state stays: the speaker
stage also names headline fragments that are no person ("Say Mexico"), and
a state there is the better reading."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.actors.model import ActorDraft
from whosaid.actors.terms import fold

__all__ = ["person_for_state_surname"]


def person_for_state_surname(
    name: str, target: ActorDraft | None, drafts: Sequence[ActorDraft]
) -> ActorDraft | None:
    """The actor of a person named ``name`` whose mention a state holds
    (see the module); ``target`` unchanged otherwise."""
    if target is None or target.type != "state" or not ends_with_state(name, target):
        return target
    surname = fold(name).split()[-1]
    found = [
        d
        for d in drafts
        if d.type == "person" and fold(d.name).split()[-1:] == [surname]
    ]
    if len(found) != 1:
        return target
    person = found[0]
    if words_of(name, person.name):
        person.name = name  # the text's full name, as linking keeps one
    return person


def words_of(name: str, label: str) -> bool:
    """Whether every word of the text's full name is a word of the
    person's name ("Luís Montenegro" of the tables' "Antonio Luis
    Montenegro"), which it then names as the text does."""
    words, have = fold(name).split(), fold(label).split()
    return len(words) < len(have) and all(w in have for w in words)


def ends_with_state(name: str, state: ActorDraft) -> bool:
    """Whether a person's name of two words or more ends with the state's
    name ("Luís Montenegro" and Montenegro)."""
    words, tail = fold(name).split(), fold(state.name).split()
    return len(words) > len(tail) >= 1 and words[-len(tail) :] == tail
