"""Speakers: the words an organisation goes by in one article, its long
form included when the text names it by an acronym ("the International
Monetary Fund (IMF)": "the Fund" is the IMF)."""

from __future__ import annotations

from whosaid.entities.names import initials, is_acronym, name_words
from whosaid.speakers.model import DocIndex, Entity

LONG_FORM_WORDS = 8
"""The most words a long form before an acronym in parentheses may have."""


def long_form_words(text: str, start: int, acronym: str) -> list[str]:
    """The words right before ``(ACRONYM)`` at ``start`` (the acronym's
    first character) whose initials spell it ("International Monetary
    Fund" before "(IMF)"); empty when there is no parenthesis or no run
    of words spells it."""
    if start < 2 or text[start - 1] != "(":
        return []
    words = text[max(0, start - 200) : start - 1].split()[-LONG_FORM_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        if initials(" ".join(words[k:])) == acronym.upper():
            return name_words(" ".join(words[k:]))
    return []


def organisation_words(ix: DocIndex, entity: Entity) -> list[str]:
    """The name words of an organisation, with those of the long form of an
    acronym name: the one the article spells out before the acronym in
    parentheses, else the one it defines for the acronym anywhere
    (:attr:`DocIndex.acronyms`)."""
    words = name_words(entity.name)
    if not is_acronym(entity.name):
        return words
    at = ix.text.find(f"({entity.name})")
    while at >= 0:
        found = long_form_words(ix.text, at + 1, entity.name)
        if found:
            return [*words, *found]
        at = ix.text.find(f"({entity.name})", at + 1)
    defined = ix.acronyms.get(entity.name.lower())
    return [*words, *name_words(defined)] if defined else words
