"""Speaker names on unseen pages (issue #9, holdout12): a page leftover's
full name never renames a full name, a plural role or a descriptor opening a
name is cut, an Arabic name chain joined by "bin" is one name, a person's
office is a body of its own, and a headline's title after a semicolon names
its holder."""

from __future__ import annotations

from typing import Any

import pytest
from tests.factories import make_attribution

from whosaid.entities.name_spans import strip_descriptor
from whosaid.records import Span
from whosaid.speakers import resolve_speakers
from whosaid.speakers.model import RawMention
from whosaid.speakers.name_bounds import (
    nasab_person_name,
    occupation_before,
    plural_role,
)
from whosaid.speakers.surnames import index_keys


def test_a_leftovers_full_name_completes_only_a_surname() -> None:
    topic = RawMention(0, 22, "PERSON", "Policy Sanjay Malhotra", True)
    assert index_keys(topic) == ("malhotra", "policy")
    body = RawMention(0, 22, "PERSON", "Policy Sanjay Malhotra", False)
    assert "sanjay malhotra" in index_keys(body)


def test_a_plural_role_opening_a_sentence_is_no_name_word() -> None:
    assert plural_role("Economists") and plural_role("Analysts")
    assert not plural_role("economists")  # lower case: never in a name
    assert not plural_role("Anders")  # a given name
    text = "Economists Aditi Rao and Karan Mehta said"
    assert occupation_before(text, 0, len("Economists Aditi Rao")) == (
        len("Economists "),
        len("Economists Aditi Rao"),
    )
    # inside a sentence the word stays (NER's span is judged elsewhere)
    mid = "They quoted Economists Aditi Rao"
    start = mid.index("Economists")
    assert occupation_before(mid, start, len(mid)) == (start, len(mid))


def test_a_utility_descriptor_is_no_part_of_a_company_name() -> None:
    text = "Utility Southern California Edison said"
    end = len("Utility Southern California Edison")
    assert strip_descriptor(text, 0, end) == (len("Utility "), end)


def test_a_name_chain_joined_by_bin_is_a_person_name() -> None:
    assert nasab_person_name("Abdulaziz bin Turki Al Faisal")
    assert nasab_person_name("Mohammed bin Salman")
    assert nasab_person_name("Turki Al Faisal")
    assert not nasab_person_name("bin Salman bin")  # one word apart from links
    assert not nasab_person_name("Ministry bin Sport")


@pytest.fixture(scope="module")
def nlp() -> Any:
    from whosaid.nlp.models import load_spacy

    return load_spacy()


def _resolve(nlp: Any, text: str, *needles: str) -> list[str | None]:
    attributions = []
    for n, needle in enumerate(needles):
        start = text.index(needle)
        attributions.append(
            make_attribution(
                id=f"t{n}",
                source=(Span.of(text, start, start + len(needle)),),
                confidence=1.0,
            )
        )
    out = resolve_speakers(nlp(text), attributions)
    return [a.speaker.name if a.speaker else None for a in out]


@pytest.mark.model
def test_the_whole_arabic_name_is_the_speaker(nlp: Any) -> None:
    text = (
        "Saudi Arabia's Minister of Sport, Prince Abdulaziz bin Turki Al Faisal, "
        "told reporters that the kingdom would be ready. He said the stadiums "
        "would be built in time."
    )
    names = _resolve(
        nlp,
        text,
        "Saudi Arabia's Minister of Sport, Prince Abdulaziz bin Turki Al Faisal,",
        "He",
    )
    assert names == ["Abdulaziz bin Turki Al Faisal"] * 2


@pytest.mark.model
def test_a_headline_title_after_a_semicolon_is_its_holder(nlp: Any) -> None:
    text = (
        "Bank cuts rates for the first time in years; Governor says stance stays "
        "neutral\n\nThe central bank cut its main rate on Friday. Bank Governor "
        "Marta Ilves said the committee had voted for the cut.\n"
    )
    assert _resolve(nlp, text, "Governor", "Bank Governor Marta Ilves") == [
        "Marta Ilves",
        "Marta Ilves",
    ]


@pytest.mark.model
def test_a_persons_office_and_a_press_wing_are_bodies(nlp: Any) -> None:
    text = (
        "Deputy President Rigathi Gachagua was taken to hospital. Gachagua's "
        "office said he was stable. The president's press wing said the "
        "hearing would go on."
    )
    assert _resolve(nlp, text, "Gachagua's office", "The president's press wing") == [
        "Gachagua's office",
        "president's press wing",
    ]


@pytest.mark.model
def test_a_name_ner_cut_in_two_is_one_name(nlp: Any) -> None:
    # NER: "Mirza Fakhrul" and "Islam Alamgir", two PERSONs a space apart
    text = (
        "BNP Secretary General Mirza Fakhrul Islam Alamgir called on party "
        "workers to keep the peace. He said the country had been freed."
    )
    assert (
        _resolve(nlp, text, "BNP Secretary General Mirza Fakhrul Islam Alamgir", "He")
        == ["Mirza Fakhrul Islam Alamgir"] * 2
    )
    # two persons with a comma or "and" between them stay two
    two = "Anna Berg and Tom Holm said the talks failed."
    assert _resolve(nlp, two, "Anna Berg") == ["Anna Berg"]


def test_a_conjunct_cue_shares_its_verbs_subject() -> None:
    import spacy
    from spacy.tokens import Doc

    from whosaid.speakers.model import conjunct_heads

    words = ["Erdoğan", "thanked", "voters", "and", "said", "so"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 1, 1, 4],
        deps=["nsubj", "ROOT", "dobj", "cc", "conj", "advmod"],
    )
    assert conjunct_heads(doc[4]) == [4, 1]  # "said" -> "thanked"
    assert conjunct_heads(doc[1]) == [1]  # the root is no conjunct


@pytest.mark.model
def test_an_official_with_a_body_on_the_record_is_the_body(nlp: Any) -> None:
    text = (
        "The Japan Meteorological Agency measured the quake at magnitude 7.6. "
        "An official with the agency warned that aftershocks could continue. "
        "A senior official of the bank, who asked not to be named, said rates "
        "would rise. An official in Tokyo said the roads were closed."
    )
    names = _resolve(
        nlp,
        text,
        "An official with the agency",
        "A senior official of the bank, who asked not to be named,",
        "An official in Tokyo",
    )
    # on the record: a name (the actors stage links it to the agency)
    assert names[0] is not None
    assert names[1] is None  # the text says it stays unnamed
    assert names[2] is None  # a place is no body speaking on the record
