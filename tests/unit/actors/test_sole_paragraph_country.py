"""A person with an office every state has takes the one country their
paragraph names before them (issue #9, codes34); a "shadow" office is
domestic."""

from __future__ import annotations

from whosaid.actors.article_country import article_country, domestic_title
from whosaid.actors.model import ActorDraft
from whosaid.actors.sole_paragraph_country import sole_paragraph_country


def _draft(
    name: str,
    kind: str,
    country: str | None,
    start: int,
    roles: tuple[str, ...] = (),
) -> ActorDraft:
    return ActorDraft(
        (kind, name.lower()),
        name,
        kind,
        country,
        None,
        "GOV" if kind == "person" else None,
        None,
        list(roles),
        [(start, start + len(name))],
        ["title" if kind == "person" else "countries.tsv"],
    )


PERU = "Neighbouring Peru declared an emergency. Prime Minister Alberto Otarola said"
TWO = "Russia struck Ukraine overnight. Prime Minister Alberto Otarola said"


def _premier(text: str, context: str) -> ActorDraft:
    d = _draft(
        "Alberto Otarola", "person", None, text.index("Alberto"), ("Prime Minister",)
    )
    d.context_country = context
    return d


def test_a_premier_takes_the_one_country_his_paragraph_names() -> None:
    premier = _premier(PERU, "PER")
    drafts = [_draft("Peru", "state", "PER", PERU.index("Peru")), premier]
    assert sole_paragraph_country(drafts, premier, PERU) == "PER"
    article_country(drafts, None, None, PERU)
    assert premier.country == "PER"


def test_two_countries_in_the_paragraph_give_a_premier_none() -> None:
    premier = _premier(TWO, "UKR")
    drafts = [
        _draft("Russia", "state", "RUS", 0),
        _draft("Ukraine", "state", "UKR", TWO.index("Ukraine")),
        premier,
    ]
    assert sole_paragraph_country(drafts, premier, TWO) is None


def test_a_country_of_an_earlier_paragraph_does_not_count() -> None:
    text = "Russia struck.\n" + PERU
    premier = _premier(text, "PER")
    drafts = [
        _draft("Russia", "state", "RUS", 0),
        _draft("Peru", "state", "PER", text.index("Peru")),
        premier,
    ]
    assert sole_paragraph_country(drafts, premier, text) == "PER"


def test_a_shadow_office_is_domestic() -> None:
    shadow = _draft("John McDonnell", "person", None, 0, ("shadow chancellor",))
    assert domestic_title(shadow)
    assert not domestic_title(_draft("X", "person", None, 0, ("chancellor",)))
