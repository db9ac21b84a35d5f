"""A person named by the body they oppose: "Kremlin critic Alexei Navalny",
"government opponent X".  The body before a critic's noun is not the
person's own: a state's government so named makes them its opposition
(OPP), any other body gives them no sector."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from whosaid.actors.model import Hit

__all__ = ["CRITIC_WORDS", "critic_of_modifier"]

CRITIC_WORDS: frozenset[str] = frozenset(
    {"critic", "critics", "opponent", "opponents", "foe", "foes", "adversary"}
)
"""Nouns after a body's name that say the person stands against it."""


def critic_of_modifier(doc: Doc, mods: Sequence[Hit]) -> bool:
    """Whether a critic's noun follows one of a person's modifiers ("Kremlin
    critic X")."""
    return any(h.j < len(doc) and doc[h.j].lower_ in CRITIC_WORDS for h in mods)
