"""A person linked by a past office only: what that office may still say
about them on the article's date."""

from __future__ import annotations

from collections.abc import Collection

from whosaid.actors.model import ActorDraft
from whosaid.actors.terms import Link


def foreign_past_office(
    d: ActorDraft, link: Link, evidence: Collection[str] | None
) -> bool:
    """Whether a link's country should not become the person's: every term
    they are known for had ended by that day, the text gives them a title
    of its own ("Senator X"), and the article names no place of that
    office's country (the context names theirs better)."""
    return (
        link.former
        and d.sector is not None
        and evidence is not None
        and link.country is not None
        and link.country not in evidence
    )
