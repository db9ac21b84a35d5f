"""Actors: a people-table entry of a country the article never names is a
namesake, not the titled local the article quotes.

"National Police director General Jorge Luis Vargas" on a page about
Colombia that names Guatemala nowhere is not the Guatemalan party figure
"Jorge Vargas" of the people tables; "The president of the Constitutional
Court, Francisco Morales" in a Peru story is not Costa Rica's minister of
that name.  Such a person, titled with a domestic office and given no
country by the text, is unlinked again and left to the story's country (see
:func:`whosaid.actors.article_country.article_country`).  Heads of state or
government keep their link: the news names them anywhere without their
country ("Lula said").  A single sentence (the tables code sentences without
their page) names no country :data:`STORY_MENTIONS` times, so this never
fires there."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from whosaid.actors.article_country import STORY_MENTIONS, domestic_title
from whosaid.actors.model import PEOPLE_SOURCE, ActorDraft
from whosaid.actors.people import People, head_office

__all__ = [
    "STORY_MENTIONS",
    "foreign_namesake",
    "story_mentions",
    "unlink_foreign_namesakes",
    "unlinked_people",
]


def story_mentions(drafts: Sequence[ActorDraft]) -> dict[str, int]:
    """How often the article names each country: its states, places and
    peoples ("Venezuelans"), as :func:`article_country` counts them."""
    counts: dict[str, int] = {}
    for d in drafts:
        if (d.type in {"state", "place"} or PEOPLE_SOURCE in d.sources) and d.country:
            counts[d.country] = counts.get(d.country, 0) + len(d.mentions)
    return counts


def unlinked_people(drafts: Sequence[ActorDraft]) -> dict[int, ActorDraft]:
    """A copy of every person not yet linked to the people tables, by the
    draft's id, to restore a namesake's link from."""
    return {
        id(d): dataclasses.replace(
            d, roles=list(d.roles), mentions=list(d.mentions), sources=list(d.sources)
        )
        for d in drafts
        if d.type == "person" and d.kb_id is None
    }


def foreign_namesake(
    before: ActorDraft, after: ActorDraft, story: dict[str, int]
) -> bool:
    """Whether a person's new link (``after``; ``before``: the draft as the
    text alone made it) is to a country the article never names while it
    names another one :data:`STORY_MENTIONS` times or more, and the text
    gave the person no country but a domestic title."""
    country = after.country
    if after.kb_id is None or after.igo or not country or before.country or before.igo:
        return False
    if story.get(country) or max(story.values(), default=0) < STORY_MENTIONS:
        return False
    return bool(before.roles) and domestic_title(before)


def unlink_foreign_namesakes(
    drafts: Sequence[ActorDraft], before: dict[int, ActorDraft], people: People
) -> None:
    """Undo the links of :func:`foreign_namesake` people: each takes back
    the fields the text gave it.  A head of state or government keeps the
    link."""
    story = story_mentions(drafts)
    for d in drafts:
        old = before.get(id(d))
        if old is None or not foreign_namesake(old, d, story) or heads(people, d):
            continue
        for f in dataclasses.fields(d):
            setattr(d, f.name, getattr(old, f.name))


def heads(people: People, d: ActorDraft) -> bool:
    """Whether a linked person ever held a head of state's or government's
    office, as the people tables know them."""
    return any(
        head_office(o.office)
        for p in people.candidates(d.name)
        if p.id == d.kb_id
        for o in p.offices
    )
