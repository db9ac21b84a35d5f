"""Rules of codes19 (session 12): a namesake chosen by the most title words,
a head of state in office keeps their own country, a body word ending a
known name is a surname, and the knowledge rows added for the newest sets."""

from __future__ import annotations

import pytest

from whosaid.actors.linking import _heads_elsewhere
from whosaid.actors.model import ActorDraft
from whosaid.actors.terms import Link, Office, Person, best_links, most_titled


def _link(country: str, label: str, start: str, end: str = "") -> Link:
    office = Office(country, None, "GOV", label, start, end, "override")
    return Link(Person(f"x:{label}", "X", (office,)), office, former=False)


def test_the_namesake_whose_office_shares_most_title_words_wins() -> None:
    pm = _link("AFG", "Prime Minister", "2021-09-07")
    fm = _link("MYS", "Minister of Foreign Affairs", "2023-12-12")
    assert most_titled([pm, fm], {"foreign", "minister"}) == [fm]
    assert best_links([pm, fm], ["Foreign Minister"]) == [fm]
    # no shared word: all stay
    assert most_titled([pm, fm], {"envoy"}) == [pm, fm]


def _draft(country: str | None, igo: str | None = None) -> ActorDraft:
    return ActorDraft(
        key=("person", "x"),
        name="X",
        type="person",
        country=country,
        igo=igo,
        sector="GOV",
        code=None,
        roles=["President"],
        mentions=[(0, 1)],
        sources=["title"],
    )


def test_a_head_in_office_keeps_their_own_country() -> None:
    president = _link("GEO", "President", "2018-12-16", "2024-12-29")
    assert _heads_elsewhere(_draft("FRA"), president, "2024-12-02")
    assert not _heads_elsewhere(_draft("GEO"), president, "2024-12-02")
    assert not _heads_elsewhere(_draft(None, "UN"), president, "2024-12-02")
    minister = _link("GEO", "Minister of Foreign Affairs", "2018-12-16")
    assert not _heads_elsewhere(_draft("FRA"), minister, "2024-12-02")


def _actors(text: str, date: str | None = None) -> dict[str, tuple[object, ...]]:
    import whosaid

    article = whosaid.process(text, date=date)
    return {a.name: (a.type, a.country, a.igo, a.sector) for a in article.actors}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "name", "expected"),
    [
        # a body word ("gang") ending a name the tables know is a surname
        (
            "Chinese Foreign Minister Qin Gang said in March 2023 that talks went on.",
            None,
            "Qin Gang",
            ("person", "CHN", None, "GOV"),
        ),
        # the year after the reporting verb dates the speech
        (
            "OSCE Secretary General Helga Schmid said in 2022 that monitors had left.",
            None,
            "Helga Schmid",
            ("person", None, "OSCE", None),
        ),
        (
            "Foreign Minister Datuk Seri Mohamad Hasan said aid had been sent.",
            "2025-04-01",
            "Mohamad Hasan",
            ("person", "MYS", None, "GOV"),
        ),
        (
            "President Salome Zourabichvili, a former French diplomat, said she"
            " would not leave office.",
            "2024-12-02",
            "Salome Zourabichvili",
            ("person", "GEO", None, "GOV"),
        ),
        (
            "The Gulf Clan said it would release the kidnapped soldiers.",
            None,
            "Gulf Clan",
            ("armed_group", "COL", None, "REB"),
        ),
    ],
)
def test_general_code_classes(
    text: str, date: str | None, name: str, expected: tuple[object, ...]
) -> None:
    assert _actors(text, date)[name] == expected
