"""Unnamed groups and bodies named by a bare common noun (mentions27):
plurals of sector titles ("farmers", "the judges") and a modifier word
heading its own phrase ("the government said")."""

from __future__ import annotations

import pytest

import whosaid
from whosaid.actors.knowledge import load_knowledge
from whosaid.actors.plurals import group_title
from whosaid.records import Article


def _actor(article: Article, text: str) -> tuple[str | None, str | None, str | None]:
    for a in article.actors:
        if any(m.text == text for m in a.mentions):
            return (a.country, a.igo, a.sector)
    raise AssertionError(f"no actor mentions {text!r}")


def test_group_title_only_titles_with_a_sector_of_their_own() -> None:
    kb = load_knowledge(lambda s: s.split())
    sectors = kb.sectors
    assert group_title(sectors[("farmer",)])
    assert group_title(sectors[("judge",)])
    assert not group_title(sectors[("member",)])  # inherits: says nothing alone
    assert not group_title(sectors[("crowd",)])  # a body row already


def test_plural_titles_are_sector_words() -> None:
    kb = load_knowledge(lambda s: s.split())
    assert kb.sectors[("farmers",)].sector == "CVL"
    assert kb.sectors[("judges",)].sector == "JUD"
    assert kb.sectors[("fighters",)].sector == "REB"
    assert ("members",) not in kb.sectors


@pytest.fixture(scope="module")
def nlp_articles() -> dict[str, Article]:
    texts = [
        "In 2014, Prime Minister Tony Abbott said farmers would get drought relief.",
        "Kenya's Supreme Court annulled the election. "
        "The judges said the count was flawed.",
        "In 2019, President Lenín Moreno said the government would move to Guayaquil.",
        "In 2004, Prime Minister P.J. Patterson said Kingston would not recognise "
        "the interim government in Haiti.",
        "Officials said government forces had retaken the town.",
    ]
    return dict(zip(texts, whosaid.process_many(texts), strict=True))


def test_a_plural_of_people_takes_the_story_s_country(
    nlp_articles: dict[str, Article],
) -> None:
    art = next(a for t, a in nlp_articles.items() if "farmers" in t)
    assert _actor(art, "farmers") == ("AUS", None, "CVL")


def test_judges_after_a_court_are_its_country_s(
    nlp_articles: dict[str, Article],
) -> None:
    art = next(a for t, a in nlp_articles.items() if "judges" in t)
    assert _actor(art, "The judges") == ("KEN", None, "JUD")


def test_the_government_heads_its_own_phrase(
    nlp_articles: dict[str, Article],
) -> None:
    art = next(a for t, a in nlp_articles.items() if "Moreno" in t)
    assert _actor(art, "the government") == ("ECU", None, "GOV")


def test_a_state_after_in_says_whose_government(
    nlp_articles: dict[str, Article],
) -> None:
    art = next(a for t, a in nlp_articles.items() if "Haiti" in t)
    assert _actor(art, "the interim government") == ("HTI", None, "GOV")
    assert _actor(art, "Haiti")[0] == "HTI"  # the place keeps its own mention


def test_a_modifier_word_before_a_noun_stays_a_modifier(
    nlp_articles: dict[str, Article],
) -> None:
    art = next(a for t, a in nlp_articles.items() if "forces" in t)
    assert not any(m.text == "government" for a in art.actors for m in a.mentions)


def test_group_phrase_keeps_the_source_s_words() -> None:
    from whosaid.actors.group_nouns import group_phrase

    assert group_phrase("Le Pen's lawyers", "Lawyers") == "Le Pen's lawyers"
    assert group_phrase("Two of its five justices", "Justices") == (
        "Two of its five justices"
    )
    assert group_phrase("lawyers", "Lawyers") is None  # nothing to add
    assert group_phrase("the railway ministry", "Ministry") is None


def test_someone_elses_people_take_no_group_actor() -> None:
    text = (
        "A court in Paris convicted Marine Le Pen of embezzlement. "
        "Le Pen's lawyers said they would appeal."
    )
    art = whosaid.process(text)
    assert not any(
        m.text.lower() == "lawyers" and a.name == "Lawyers"
        for a in art.actors
        for m in a.mentions
    )


def test_a_state_across_a_border_gives_no_context_country() -> None:
    text = (
        "Mali's army said it had retaken a town near the border with Niger. "
        "The army said the fighters had fled."
    )
    art = whosaid.process(text)
    assert all(
        a.country != "NER"
        for a in art.actors
        if any(m.text == "fighters" for m in a.mentions)
    )
