"""Actor codes (issue 9), codes22 rules: the plurals of the sector table's
body words, and a nation's people named by their plural noun."""

from __future__ import annotations

import pytest
import spacy
from tests.factories import actor_draft

import whosaid
from whosaid.actors.article_country import article_country
from whosaid.actors.knowledge import load_knowledge
from whosaid.actors.model import ActorDraft
from whosaid.actors.plurals import plural_patterns, regular_plural
from whosaid.records import Actor


@pytest.mark.parametrize(
    ("pattern", "plural"),
    [
        ("agency", "agencies"),
        ("security agency", "security agencies"),
        ("ministry", "ministries"),
        ("union", "unions"),
        ("survey", "surveys"),  # a vowel before the y
        ("press", None),  # a sibilant ending: no regular plural to derive
        ("armed forces", None),
        ("CEO", None),  # not a lower-case word
        ("ex-", None),
    ],
)
def test_plurals_regular_plural(pattern: str, plural: str | None) -> None:
    assert regular_plural(pattern) == plural


def test_plurals_only_bodies_and_never_over_a_listed_row() -> None:
    rows = [
        ("agency", "body"),
        ("spokesman", "title"),  # titles keep their own rows
        ("former", "modifier"),
        ("authority", "body"),
        ("authorities", "body"),  # listed: the row stands
    ]
    assert plural_patterns(rows) == {"agencies": "agency"}


def test_plurals_read_as_their_singular_in_the_knowledge() -> None:
    kb = load_knowledge(spacy.blank("en").tokenizer)
    word = kb.sectors[("agencies",)]
    assert (word.sector, word.kind) == ("GOV", "body")


def _actor_of(text: str, mention: str) -> Actor:
    article = whosaid.process(text)
    start = text.index(mention)
    for actor in article.actors:
        if any(m.start <= start < m.end for m in actor.mentions):
            return actor
    raise AssertionError(f"no actor holds {mention!r}")


def test_plural_body_word_gives_the_state_s_body_its_sector() -> None:
    actor = _actor_of(
        "Canadian security agencies said the threat was rising.", "agencies"
    )
    assert (actor.country, actor.sector) == ("CAN", "GOV")


def test_people_noun_is_the_nation_s_citizens_not_the_state() -> None:
    text = "Poles said they were afraid, and Poland said it would respond."
    people = _actor_of(text, "Poles")
    state = _actor_of(text, "Poland")
    assert (people.country, people.sector, people.type) == ("POL", "CVL", "person")
    assert (state.country, state.sector, state.type) == ("POL", None, "state")


def test_known_body_after_and_is_the_tail_of_another_name() -> None:
    # "Security Council" alone is the UN's; after "Peace and" it is the AU's organ
    text = (
        "The African Union's Peace and Security Council said it was suspending "
        "the country."
    )
    actor = _actor_of(text, "Security Council")
    assert (actor.igo, actor.country) == ("AU", None)


def test_people_noun_counts_for_the_article_s_country() -> None:
    text = (
        "The president says the overhaul will give Mexicans judges who answer "
        "to the people. Senate president Gerardo Fernandez told reporters the "
        "session would go on."
    )
    actor = _actor_of(text, "Gerardo Fernandez")
    assert actor.country == "MEX"


def _story(*, officeholder: bool) -> ActorDraft:
    """ "Honduran President Manuel Zelaya said soldiers had flown him to
    Costa Rica": Honduras and Costa Rica named once each."""
    soldiers = actor_draft("Soldiers", "person", sector="MIL", sources=["sectors.tsv"])
    drafts = [
        actor_draft("Honduras", "state", country="HND"),
        actor_draft("Costa Rica", "place", country="CRI"),
        soldiers,
    ]
    if officeholder:
        drafts.append(
            actor_draft(
                "Manuel Zelaya", "person", country="HND", sector="GOV", kb_id="p1"
            )
        )
    article_country(drafts, None)
    return soldiers


def test_article_country_tie_broken_by_known_officeholders() -> None:
    assert _story(officeholder=True).country == "HND"


def test_article_country_tie_stands_without_known_officeholders() -> None:
    assert _story(officeholder=False).country is None
