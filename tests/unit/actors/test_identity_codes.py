"""Speaker and actor codes on hand-written news text (issue 9, session 7):
shared party names, foreign-affairs titles, bare surnames."""

from __future__ import annotations

import pytest
from tests.factories import actor_code as _code
from tests.factories import speaker_code as _speaker_code

import whosaid

pytestmark = [pytest.mark.model]


def test_a_shared_party_word_takes_the_article_s_country() -> None:
    text = (
        "OTTAWA -- Canada's Parliament returned on Monday.\n\n"
        "Conservative Leader Pierre Poilievre said Canadians deserved answers "
        "from the government."
    )
    article = whosaid.process(text, date="2023-09-19")
    # the party Canada's; out of office, its leader leads the opposition
    assert _speaker_code(article, "Poilievre") == "CANOPP"


def test_a_shared_party_word_in_a_british_story_stays_british() -> None:
    text = (
        "LONDON -- Britain's parliament returned on Monday.\n\n"
        "Conservative MP John Redwood said British voters deserved answers."
    )
    article = whosaid.process(text, date="2023-09-19")
    assert (_code(article, "Redwood") or "").startswith("GBR")


def test_a_shared_party_word_with_no_country_named_gives_none() -> None:
    text = "Conservative commentator Ann Fielding said the plan would fail."
    article = whosaid.process(text, date="2023-09-19")
    code = _code(article, "Fielding")
    assert code is None or not code.startswith(("GBR", "CAN"))


def test_a_foreign_ministry_title_takes_the_ministry_named_in_its_paragraph() -> None:
    text = (
        "Tensions rose in the region on Monday after the drills.\n\n"
        "Japan's Foreign Ministry summoned the Chinese ambassador on Friday. "
        "The foreign ministry spokeswoman, Keiko Tanabe, said the talks would "
        "continue."
    )
    article = whosaid.process(text, date="2024-03-07")
    assert _speaker_code(article, "Keiko Tanabe") == "JPNGOV"


def test_a_foreign_ministry_title_with_no_ministry_named_gets_no_country() -> None:
    text = (
        "Japan and China held talks on Monday; Japan hosted them.\n\n"
        "A foreign ministry spokesman, Ken Okada, said the talks would continue."
    )
    article = whosaid.process(text, date="2024-03-07")
    assert _speaker_code(article, "Ken Okada") in {None, "GOV"}


def test_a_country_adjective_and_fm_make_a_foreign_minister() -> None:
    text = "Chinese FM says China, Europe should be partners\n\nThe talks ended."
    article = whosaid.process(text, date="2024-03-07")
    assert _speaker_code(article, "Chinese FM") == "CHNGOV"
    radio = whosaid.process("The station broadcast on 101.5 FM all night.")
    assert all(a.code != "GOV" for a in radio.actors)


def test_a_foreign_ministry_spokesman_the_tables_know_takes_their_country() -> None:
    text = (
        "Wang Wenbin, a spokesman for the foreign ministry, said China hoped "
        "Washington would meet Beijing halfway."
    )
    article = whosaid.process(text, date="2023-06-19")
    assert _speaker_code(article, "Wang Wenbin") == "CHNGOV"


def test_a_mother_s_surname_alone_names_no_foreign_head() -> None:
    text = (
        "Senate Republicans blocked the immigration bill on Tuesday.\n\n"
        '"This bill is a disaster for Texas," Cruz said.'
    )
    article = whosaid.process(text, date="2024-02-06")
    code = _speaker_code(article, "Cruz")
    assert code is None or not code.startswith(("CUB", "PER"))


def test_a_party_leader_named_with_its_leaning_leads_the_opposition() -> None:
    text = (
        "Germany's government collapsed on Wednesday.\n\n"
        "Friedrich Merz, the leader of the center-right Christian Democrats, "
        "said Germany needed a new vote."
    )
    article = whosaid.process(text, date="2024-11-07")
    # the leader of a party whose leader holds no office that day
    assert _speaker_code(article, "Friedrich Merz") == "DEUOPP"


def test_a_person_of_a_party_takes_the_party_s_country() -> None:
    text = (
        "Germany's coalition fell apart. Germany will vote early.\n\n"
        "Vice Chancellor Erika Hagen of the Greens said the collapse came at "
        "the wrong moment."
    )
    article = whosaid.process(text, date="2024-11-07")
    assert _speaker_code(article, "Erika Hagen") == "DEUGOV"


def test_congress_is_india_s_party_in_an_indian_story_else_a_legislature() -> None:
    india = (
        "India's Supreme Court struck down the scheme; the BJP and Modi said "
        "little.\n\nCongress general secretary Ravi Menon said the verdict was "
        "a victory for voters."
    )
    article = whosaid.process(india, date="2024-02-15")
    # India's party; out of government that day (governing.tsv): OPP
    assert _speaker_code(article, "Ravi Menon") == "INDOPP"
    us = "Congress passed the bill on Tuesday, lawmakers in Washington said."
    article = whosaid.process(us, date="2024-02-15")
    # a legislature; "lawmakers in Washington" give its sentence one country
    assert _code(article, "Congress") == "USALEG"


def test_a_lower_case_president_after_a_party_is_the_party_s_head() -> None:
    text = (
        "India's Supreme Court struck down the scheme; the BJP and Modi said "
        "little.\n\nCongress president Mallikarjun Kharge said the ruling "
        "vindicated the opposition."
    )
    article = whosaid.process(text, date="2024-02-15")
    # no office known that day (his open Phoenix term is stale after 2014)
    assert _speaker_code(article, "Kharge") == "INDOPP"


def test_an_acronym_two_organizations_share_is_decided_by_the_story() -> None:
    pakistan = (
        "ISLAMABAD -- Pakistan's top court freed Imran Khan on Thursday.\n\n"
        "The PTI said in a tweet that the verdict was a victory."
    )
    article = whosaid.process(pakistan, date="2023-05-11")
    # Pakistan's party, out of government that day (governing.tsv)
    assert _speaker_code(article, "PTI") == "PAKOPP"
    india = "NEW DELHI (PTI) -- India's Modi said the economy grew, PTI reported."
    article = whosaid.process(india, date="2023-05-11")
    assert _speaker_code(article, "PTI") == "INDMED"


def test_a_party_s_leader_named_by_relation_takes_the_party_s_country() -> None:
    text = (
        "Voters backed Claire Dumont's far-right National Rally on Sunday.\n\n"
        "The National Rally, led by 31-year-old Paul Vernet, came first. "
        'Vernet said the party stood "ready to govern." Dumont said the vote '
        "was a rebuke."
    )
    article = whosaid.process(text, date="2024-06-10")
    # the party's country; out of government that day (governing.tsv): OPP
    assert _speaker_code(article, "Vernet") == "FRAOPP"
    assert _speaker_code(article, "Dumont") == "FRAOPP"
    # a person the text relates to no party keeps no country
    other = whosaid.process("Paul Vernet's dog barked, Vernet said.", date="2024-06-10")
    assert _code(other, "Vernet") is None


def test_a_titled_person_in_a_city_takes_its_country_never_the_rival_s() -> None:
    text = (
        "China's coast guard said its personnel boarded the boats. China "
        "called it lawful, and Beijing warned Manila again.\n\n"
        "In Manila, National Security Council spokesman Ramon Dizon said the "
        "boats were in Philippine waters."
    )
    article = whosaid.process(text, date="2024-06-18")
    # the National Security Council is no one country's by name
    assert _speaker_code(article, "Ramon Dizon") == "PHLGOV"


def test_a_party_name_opening_a_longer_name_is_another_body() -> None:
    text = (
        "Japan's ruling party lost its majority.\n\n"
        "Democratic Party for the People leader Kenji Arai told reporters it "
        "would not join the coalition."
    )
    article = whosaid.process(text, date="2024-10-28")
    code = _speaker_code(article, "Kenji Arai")
    assert code is None or not code.startswith("USA")


def test_a_statistics_bureau_is_a_government_body() -> None:
    text = (
        "Nigeria's inflation rose to 29.9 per cent in January, according to the "
        "National Bureau of Statistics."
    )
    article = whosaid.process(text, date="2024-02-27")
    assert (_code(article, "National Bureau of Statistics") or "").endswith("GOV")


def test_the_places_of_a_story_help_decide_its_country() -> None:
    text = (
        "Rebels and Rwandan troops entered Goma on Monday. Rwanda denied it; "
        "Rwanda's army said nothing.\n\n"
        "Fighting spread across Goma and Bukavu and around Goma airport.\n\n"
        "Government spokesperson Marie Kabila urged residents of Goma to stay "
        "at home."
    )
    article = whosaid.process(text, date="2025-01-27")
    # Goma is in Congo: a domestic title there is Congo's, not Rwanda's
    assert _speaker_code(article, "Marie Kabila") in {"CODGOV", "GOV", None}


def test_a_union_named_after_its_country_is_no_legislature_nor_a_party() -> None:
    text = (
        "The Nigeria Labour Congress (NLC) said the decision would do little to "
        "bring down food prices."
    )
    article = whosaid.process(text, date="2024-02-27")
    a = next(a for a in article.attributions if a.speaker is not None)
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.code) == ("Nigeria Labour Congress", "NGALAB")


def test_a_party_named_with_party_after_it_is_still_that_party() -> None:
    text = "The ruling Georgian Dream party said the protests were organised abroad."
    article = whosaid.process(text, date="2024-12-01")
    assert _speaker_code(article, "Georgian Dream") == "GEOPTY"


def test_a_capital_before_a_full_name_in_one_ner_name_stays_a_place() -> None:
    text = (
        "US Ambassador to Ankara Jeff Flake told reporters that the sale would "
        "move without delay."
    )
    article = whosaid.process(text, date="2024-01-24")
    a = next(a for a in article.attributions if a.speaker is not None)
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.code) == ("Jeff Flake", "USAGOV")


@pytest.mark.parametrize(
    ("roles", "sector"),
    [
        (["Labour leader"], "OPP"),
        (["the Liberal Democrat leader"], "OPP"),
        (["Labour's nominee"], "PTY"),
        (["a Labour MP"], "PTY"),
    ],
)
def test_a_party_leader_the_tables_do_not_know_leads_the_opposition(
    roles: list[str], sector: str
) -> None:
    from whosaid.actors.linking import unlinked_party_sector

    assert unlinked_party_sector(roles) == sector


@pytest.mark.parametrize(
    ("roles", "domestic"),
    [
        (["Senate President"], True),
        (["President"], False),
        (["European Parliament President"], False),
        (["Interior Minister"], True),
    ],
)
def test_a_chambers_president_holds_a_domestic_office(
    roles: list[str], domestic: bool
) -> None:
    from whosaid.actors.article_country import domestic_title
    from whosaid.actors.model import ActorDraft

    draft = ActorDraft(
        key=("vik lind",),
        name="Vik Lind",
        type="person",
        country=None,
        igo=None,
        sector=None,
        code=None,
        roles=roles,
    )
    assert domestic_title(draft) is domestic
