"""Sentences set in a stated past year (whosaid.actors.anchors) and "former"
in the very office the tables list (whosaid.actors.linking.former_of_office)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from whosaid.actors.anchors import (
    SentenceAnchor,
    anchored_date,
    sentence_anchors,
    stated_date,
)
from whosaid.actors.linking import former_of_office
from whosaid.actors.model import ActorDraft


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("In 2004, Muammar Gaddafi told the commission ...", "2004-07-01"),
        ("In December 2011, Foreign Minister X said ...", "2011-12-15"),
        ("Back in 2009, the minister said ...", "2009-07-01"),
        ("In early 2016 the party said ...", "2016-07-01"),
        ('"In 2003, we warned them," she said.', "2003-07-01"),
        ("In 2004 percent terms, growth slowed.", None),  # no year of events
        ("In 2004-05, the budget grew.", None),  # a fiscal year
        ("In Kabul 2004 was a hard year.", None),
        ("In Brussels, the minister said ...", None),
        ("The law, passed in 2004, was upheld.", None),  # one clause's year
        ("Minister X said in March 2023 that talks would go on.", "2023-03-15"),
        ("OSCE chief Y said in 2022 that monitors had left.", "2022-07-01"),
        ("X said in 2022-23 the budget grew.", None),  # a fiscal year
        ("X said the plan, agreed in 2022, would hold.", None),
    ],
)
def test_stated_date(sentence: str, date: str | None) -> None:
    assert stated_date(sentence) == date


def _doc(words: list[str], starts: list[bool]) -> Doc:
    return Doc(Vocab(), words=words, sent_starts=starts)


def test_sentence_anchors_only_before_the_articles_year() -> None:
    words = [
        "In",
        "2004",
        ",",
        "X",
        "said",
        "so",
        ".",
        "In",
        "2016",
        ",",
        "Y",
        "spoke",
        ".",
    ]
    starts = [True] + [False] * 6 + [True] + [False] * 5
    doc = _doc(words, starts)
    anchors = sentence_anchors(doc, "2016-09-12")
    assert [a.date for a in anchors] == ["2004-07-01"]
    assert doc.text[anchors[0].start : anchors[0].end].startswith("In 2004")
    # no article date: every stated year anchors its sentence
    assert [a.date for a in sentence_anchors(doc, None)] == ["2004-07-01", "2016-07-01"]


def test_anchored_date_needs_every_mention_in_one_stated_year() -> None:
    anchors = [
        SentenceAnchor(0, 50, "2004-07-01"),
        SentenceAnchor(100, 150, "2009-07-01"),
    ]
    assert anchored_date([(10, 20)], anchors) == "2004-07-01"
    assert anchored_date([(10, 20), (30, 40)], anchors) == "2004-07-01"
    # also named in an unanchored sentence: the article's date
    assert anchored_date([(10, 20), (60, 70)], anchors) is None
    # named in sentences of two different years: no single date
    assert anchored_date([(10, 20), (110, 120)], anchors) is None
    assert anchored_date([], anchors) is None


@pytest.mark.parametrize(
    ("roles", "office", "former"),
    [
        (["former president"], "chief of state: President", True),
        (["ousted president"], "President", True),
        (["ex-president"], "President", True),
        (["the former NATO chief"], "Minister of Finance", False),  # another office
        (["president"], "President", False),
        ([], "President", False),
    ],
)
def test_former_of_office(roles: list[str], office: str, former: bool) -> None:
    assert former_of_office(roles, office) is former


@pytest.mark.parametrize("modifier", ["Former", "Ousted", "Deposed", "Toppled"])
def test_a_participle_modifier_puts_the_title_in_the_past(modifier: str) -> None:
    import whosaid

    text = f"{modifier} president Omar al-Bashir said he was innocent."
    article = whosaid.process(text, date="2020-05-01")
    bashir = next(a for a in article.actors if a.name == "Omar al-Bashir")
    assert (bashir.country, bashir.sector) == ("SDN", "ELI")


def test_a_sentence_set_in_a_past_year_codes_the_office_held_then() -> None:
    import whosaid

    text = "In 2004, Muammar Gaddafi told the European Commission it had chosen peace."
    gaddafi = next(
        a for a in whosaid.process(text).actors if a.name == "Muammar Gaddafi"
    )
    assert (gaddafi.country, gaddafi.sector) == ("LBY", "GOV")
    # named again in a sentence of the article's own time: the article's date
    text += " Gaddafi was killed in 2011."
    article = whosaid.process(text, date="2016-05-01")
    gaddafi = next(a for a in article.actors if a.name == "Muammar Gaddafi")
    assert gaddafi.sector == "ELI"


def _draft(
    name: str, type_: str, country: str | None, sector: str | None, kb: str | None
) -> ActorDraft:
    d = ActorDraft((type_, name.lower()), name, type_, country, None, sector, None)
    d.kb_id = kb
    d.mentions = [(0, len(name))]
    return d


def test_a_text_naming_no_state_takes_its_officeholders_country() -> None:
    from whosaid.actors.article_country import article_country

    park = _draft("Park Geun-hye", "person", "KOR", "GOV", "Q138048")
    assembly = _draft("National Assembly", "government", None, "LEG", None)
    article_country([park, assembly], None)
    assert assembly.country == "KOR"


def test_officeholders_of_two_countries_give_none() -> None:
    from whosaid.actors.article_country import article_country

    a = _draft("A B", "person", "KOR", "GOV", "Q1")
    b = _draft("C D", "person", "JPN", "GOV", "Q2")
    court = _draft("Supreme Court", "government", None, "JUD", None)
    article_country([a, b, court], None)
    assert court.country is None
    # an unlinked person names no country
    d = _draft("G H", "person", "KOR", "GOV", None)
    article_country([d, court], None)
    assert court.country is None
    # a former officeholder the tables know does (codes21: "former president
    # Jacob Zuma ... The Constitutional Court")
    c = _draft("E F", "person", "KOR", "ELI", "Q3")
    article_country([c, d, court], None)
    assert court.country == "KOR"


def test_a_stated_year_goes_on_to_its_paragraphs_next_sentences() -> None:
    words = ["In", "2008", ",", "X", "said", "so", ".", "Y", "said", "so", "."]
    words += ["Z", "said", "on", "Tuesday", "."]
    starts = [True] + [False] * 6 + [True] + [False] * 3 + [True] + [False] * 4
    doc = _doc(words, starts)
    anchors = sentence_anchors(doc, "2016-09-12")
    # "Y said so." is still 2008; "Z said on Tuesday." is the article's time
    texts = [doc.text[a.start : a.end] for a in anchors]
    assert texts == ["In 2008 , X said so .", "Y said so ."]
    assert {a.date for a in anchors} == {"2008-07-01"}


def test_an_igo_named_nearby_does_not_take_a_head_of_state() -> None:
    import whosaid

    text = (
        "The ICC prosecutor said the case against President Uhuru Kenyatta "
        "would go ahead."
    )
    article = whosaid.process(text, date="2013-05-01")
    kenyatta = next(a for a in article.actors if a.name == "Uhuru Kenyatta")
    assert (kenyatta.country, kenyatta.igo, kenyatta.sector) == ("KEN", None, "GOV")


@pytest.mark.parametrize(
    ("roles", "bare"),
    [
        (["President"], True),
        (["Prime Minister"], True),
        (["CARICOM chair"], False),
        (["the UN High Commissioner for Human Rights"], False),
        ([], False),
    ],
)
def test_bare_head_title(roles: list[str], bare: bool) -> None:
    from whosaid.actors.linking import bare_head_title

    assert bare_head_title(roles) is bare
