"""Rules of the text over the knowledge: titles that decide a sector, photo
credits that name no actor, group names that stand for a person."""

from __future__ import annotations

import pytest

import whosaid

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence",
    [
        "LONDON — Labour's shadow home secretary Yvette Cooper said the plan failed.",
        "LONDON — The shadow chancellor, Rachel Reeves, said the plan had failed.",
        "LONDON — Shadow Chancellor Rachel Reeves said the plan had failed.",
    ],
)
def test_a_shadow_minister_is_opposition(sentence: str) -> None:
    # Rachel Reeves was Chancellor from 2024; in 2023 she spoke for the opposition
    article = whosaid.process(sentence + "\n", date="2023-12-12")
    speaker = article.attributions[0].speaker
    assert speaker is not None
    assert speaker.code == "GBROPP", [(a.name, a.code) for a in article.actors]


def test_a_photo_credit_names_no_actor() -> None:
    text = (
        "ECB holds rates\n\n"
        "FRANKFURT (AP) — ECB President Christine Lagarde said prices were easing.\n\n"
        "FILE - Christine Lagarde speaks in Frankfurt, Germany, on April 11, 2024. "
        "(AP Photo/Michael Probst, File)\n\n"
        "She said the bank would decide meeting by meeting.\n"
    )
    article = whosaid.process(text, date="2024-06-06")
    assert len(article.captions) == 1
    mentions = [m.text for a in article.actors for m in a.mentions]
    assert not [m for m in mentions if "Probst" in m or "Photo" in m], mentions
    assert any(a.name == "Christine Lagarde" for a in article.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "House Speaker Paul Ryan met donors on Monday.\n\n"
            '"We will pass tax reform," the Wisconsin Republican said.\n',
            "Paul Ryan",
        ),
        (
            "Senator Elizabeth Warren spoke first. "
            "The Massachusetts Democrat said the bill would fail.\n",
            "Elizabeth Warren",
        ),
        ('"We will pass tax reform," the Wisconsin Republican said.\n', None),
    ],
)
def test_a_group_member_nominal_is_a_person_never_the_group(
    text: str, name: str | None
) -> None:
    article = whosaid.process(text, date="2017-10-02")
    speaker = article.attributions[-1].speaker
    assert speaker is not None
    assert speaker.name == name


def test_a_body_named_after_its_leader_is_of_the_leaders_country() -> None:
    text = (
        "DAMASCUS — Syria said on Monday the Obama administration had failed. "
        "Syrian officials said the Obama administration was to blame.\n"
    )
    article = whosaid.process(text, date="2016-05-02")
    [body] = [a for a in article.actors if a.name == "Obama administration"]
    assert body.code == "USAGOV"
    assert body.identity == "name:obama administration|USA"


def test_a_body_takes_no_country_from_a_topic_word_in_an_earlier_paragraph() -> None:
    text = (
        "Hearing ends\n\n"
        "WASHINGTON (AP) — The House Intelligence Committee ended its hearing "
        "on Thursday.\n\n"
        '"It was not a proper request," said a former White House Russia '
        "adviser, Nora Vale.\n\n"
        "Prosecutors said in a statement that the aide had lied to investigators.\n"
    )
    article = whosaid.process(text, date="2019-11-21")
    codes = {a.name: a.code for a in article.actors}
    assert codes["Prosecutors"] == "USAJUD", codes


def test_a_firms_title_with_a_country_is_business_not_government() -> None:
    text = (
        'Markets\n\nNEW YORK — "The market was braced for a hawkish cut," said '
        "Marta Lindqvist, chief U.S. economist at Harborline Capital in New York.\n"
    )
    article = whosaid.process(text, date="2024-12-18")
    codes = {a.name: a.code for a in article.actors}
    assert codes["Marta Lindqvist"] == "USABUS", codes


def test_an_igo_title_in_the_text_wins_over_a_past_national_office() -> None:
    # she was the Netherlands' defence minister until 2017; in 2025 the text
    # names her the UN's coordinator
    text = (
        "Lebanon\n\nBEIRUT — The United Nations special coordinator for Lebanon, "
        "Jeanine Hennis-Plasschaert, said the ceasefire must hold.\n"
    )
    article = whosaid.process(text, date="2025-01-14")
    codes = {a.name: a.code for a in article.actors}
    assert codes["Jeanine Hennis-Plasschaert"] == "IGOUNO", codes


@pytest.mark.parametrize(
    "sentence",
    [
        '"We keep kicking the can," said Rep. Wade Harlan, R-Texas, who voted no.',
        "Sen. Mara Quist, D-Ohio, said the bill was wasteful.",
        "Mara Quist (D-N.Y.) said the bill was wasteful.",
    ],
)
def test_the_ap_party_and_state_tag_makes_a_us_lawmaker(sentence: str) -> None:
    article = whosaid.process("Vote\n\n" + sentence + "\n", date="2024-09-25")
    [person] = [a for a in article.actors if a.type == "person"]
    assert person.code == "USALEG", (person.name, person.code)


def test_a_surname_with_particles_is_the_person_named_in_full() -> None:
    # "Marine" opens the name (no marine's title); "Le Pen" alone, which NER
    # may take for a title of a work, is her surname
    text = (
        "Macron calls snap election\n\n"
        "PARIS — President Emmanuel Macron called a snap election after Marine "
        "Le Pen's far-right party won the vote.\n\n"
        "Le Pen said the party would carry the hope of millions into the "
        "campaign.\n"
    )
    article = whosaid.process(text, date="2024-06-10")
    speakers = [a.speaker.name for a in article.attributions if a.speaker]
    assert "Marine Le Pen" in speakers, speakers
    codes = {a.name: a.code for a in article.actors}
    assert not (codes.get("Marine Le Pen") or "").endswith("MIL"), codes
