"""Actors: a state's envoy to an intergovernmental body ("Former U.N.
Ambassador John Bolton") is their own state's official, not the body's."""

from __future__ import annotations

from whosaid.actors.model import ActorDraft
from whosaid.actors.people import Link, People

__all__ = ["ENVOY_WORDS", "envoy_to_igo"]

ENVOY_WORDS: frozenset[str] = frozenset({"ambassador", "envoy", "representative"})
"""Title words of a state's envoy: with an IGO's name ("U.N. Ambassador")
they say whom the envoy is sent to, not whom they serve."""


def envoy_to_igo(d: ActorDraft, people: People, date: str | None) -> Link | None:
    """The link of a person named in full with an envoy's title and an IGO
    ("Former U.N. Ambassador John Bolton") who links without the IGO to an
    entry that held an envoy's office ("Ambassador to the United Nations"
    of the USA); else ``None``."""
    if d.igo is None or len(d.name.split()) < 2 or not _envoy_title(d.roles):
        return None
    link = people.link(d.name, date)
    if link is None or not any(_envoy_title([o.office]) for o in link.person.offices):
        return None
    return link


def _envoy_title(titles: list[str]) -> bool:
    return any(w.strip(".,") in ENVOY_WORDS for t in titles for w in t.lower().split())
