"""Speaker codes of general classes the people tables and their linking
decide (issue 9): texts written for these tests, dated."""

from __future__ import annotations

import pytest
from tests.factories import speaker_code

import whosaid


def _code(text: str, date: str, source: str) -> str | None:
    article = whosaid.process(text, date=date)
    return speaker_code(article, source)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "source", "code"),
    [
        # a title matching the office a full name holds that day wins over the
        # country a nearby state suggests
        (
            "Tirana agreed to host the centres. Interior Minister Matteo "
            'Piantedosi said the government would appeal. "The protocol with '
            'Albania is legitimate," the minister told reporters.',
            "2024-10-18",
            "Matteo Piantedosi",
            "ITAGOV",
        ),
        # "PM" as a headline title joins the full name
        (
            "Singapore's Prime Minister Lawrence Wong led the party to victory. "
            "PM Wong said the result gave a clear mandate.",
            "2025-05-04",
            "PM Wong",
            "SGPGOV",
        ),
        # an armed group's military spokesman or commander is a rebel
        (
            "Houthi military spokesman Yahya Saree said the group had fired a "
            "missile at the port.",
            "2024-07-19",
            "Yahya Saree",
            "YEMREB",
        ),
        # an appointment of 2024 the raw sources lack (overrides.tsv)
        (
            "Ukraine's army chief Oleksandr Syrskyi said the front had held.",
            "2025-03-01",
            "Oleksandr Syrskyi",
            "UKRMIL",
        ),
    ],
)
def test_knowledge_code_classes(text: str, date: str, source: str, code: str) -> None:
    assert _code(text, date, source) == code


@pytest.mark.model
def test_a_hyphenated_name_is_known_by_its_first_part() -> None:
    text = (
        "Army chief General Waker-Uz-Zaman addressed the nation. Gen Waker "
        "said an interim government would be formed."
    )
    assert _code(text, "2024-08-05", "Gen Waker") == "BGDMIL"


def test_a_name_variants_short_form_names_its_person() -> None:
    from whosaid.actors.linking import _short_named
    from whosaid.actors.model import ActorDraft
    from whosaid.actors.people import People

    people = People()
    people.name_variants = {"jokowi": "joko widodo"}
    text = "Jokowi said all parties should respect the result."
    draft = ActorDraft(("person", "jw"), "Joko Widodo", "person", "IDN", *[None] * 3)
    draft.mentions.append((0, 6))
    assert _short_named(draft, people, text)
    draft.mentions[0] = (7, 11)  # "said"
    assert not _short_named(draft, people, text)


def test_a_surname_with_its_particle_links_but_keeps_the_text_s_name() -> None:
    from whosaid.actors.model import ActorDraft
    from whosaid.actors.name_forms import _linked_suffix
    from whosaid.actors.people import Office, People

    people = People()
    people.extra_offices = {
        "Q1": [Office("BFA", None, "GOV", "Prime Minister", "2022-10-21", "", "t")]
    }
    people.add("Q1", "Apollinaire Joachim Kyélem de Tambèla", ["ajk de tambela"], True)
    people.add("Q1b", "Kyelem de Tambela", ["de tambela"], False)
    people.extra_offices["Q1b"] = people.extra_offices["Q1"]
    name = "Apollinaire Kyélem de Tambèla"
    draft = ActorDraft(("person", "x"), name, "person", "BFA", *[None] * 3)
    link, kept = _linked_suffix(draft, people, "2024-01-28")
    assert link is not None and kept == name
