"""Who governs on a date (``governing.tsv``), the opposition it makes of the
other parties and their people, ties between a story's countries, and a
firm's people (issue 9, session 8).  Texts and tables written for these
tests."""

from __future__ import annotations

import pytest
from tests.factories import speaker_code as _speaker_code

import whosaid
from whosaid.actors.article_country import actors_break_tie
from whosaid.actors.governing import (
    Government,
    governing_parties,
    government_named,
    load_governments,
    never_governed,
    opposition_sectors,
)
from whosaid.actors.model import ActorDraft
from whosaid.actors.private_people import firm_titles
from whosaid.actors.tables import data_text, read_tsv

ROWS = (
    Government("XAA", "2010-01-01", "2015-06-01", frozenset({"Blue Party"})),
    Government("XAA", "2015-06-01", None, frozenset({"Red Party", "Green Party"})),
    Government("XBB", "2001-01-01", "2005-01-01", frozenset()),
)


def _draft(
    name: str,
    type: str,
    mentions: list[tuple[int, int]],
    *,
    country: str | None = None,
    sector: str | None = None,
    sources: tuple[str, ...] = ("ner",),
    roles: tuple[str, ...] = (),
) -> ActorDraft:
    return ActorDraft(
        key=(type, name.lower()),
        name=name,
        type=type,
        country=country,
        igo=None,
        sector=sector,
        code=None,
        roles=list(roles),
        mentions=list(mentions),
        sources=list(sources),
    )


@pytest.mark.parametrize(
    ("country", "date", "parties"),
    [
        ("XAA", "2012-03-04", {"Blue Party"}),
        ("XAA", "2015-06-01", {"Red Party", "Green Party"}),  # the new row's first day
        ("XAA", "2015-05-31", {"Blue Party"}),
        ("XAA", "2026", {"Red Party", "Green Party"}),
        ("XAA", None, {"Red Party", "Green Party"}),  # no date: the newest row
        ("XAA", "2009-12-31", None),  # before any row: nothing known
        ("XBB", "2003-07-01", set()),  # none of the table's parties governed
        ("XBB", "2006-01-01", None),
        ("XCC", "2020-01-01", None),
    ],
)
def test_governing_parties_on_a_date(
    country: str, date: str | None, parties: set[str] | None
) -> None:
    got = governing_parties(country, date, ROWS)
    assert (None if got is None else set(got)) == parties


def test_a_named_party_out_of_government_is_the_opposition() -> None:
    blue = _draft("Blue Party", "party", [(0, 10)], country="XAA", sector="PTY")
    red = _draft("Red Party", "party", [(20, 29)], country="XAA", sector="PTY")
    opposition_sectors([blue, red], "2020-01-01", "x" * 40, ROWS)
    assert (blue.sector, red.sector) == ("OPP", "PTY")
    assert "governing.tsv" in blue.sources


def test_a_lawmaker_named_by_a_party_out_of_government_is_the_opposition() -> None:
    text = "Al Bo, an MP from the opposition Blue Party, and Cy Do, of the Red Party."
    blue = _draft("Blue Party", "party", [(33, 43)], country="XAA", sector="PTY")
    red = _draft("Red Party", "party", [(63, 72)], country="XAA", sector="PTY")
    bo = _draft("Al Bo", "person", [(0, 5)], country="XAA", sector="LEG")
    do = _draft("Cy Do", "person", [(49, 54)], country="XAA", sector="LEG")
    opposition_sectors([blue, red, bo, do], "2020-01-01", text, ROWS)
    assert (bo.sector, do.sector) == ("OPP", "LEG")
    assert "governing.tsv" in bo.sources


def test_a_party_with_no_row_for_the_date_stays_pty() -> None:
    blue = _draft("Blue Party", "party", [(0, 10)], country="XAA", sector="PTY")
    opposition_sectors([blue], "2008-01-01", "x" * 20, ROWS)
    assert blue.sector == "PTY"


def test_an_undated_article_takes_the_newest_row_for_a_listed_party() -> None:
    # Issue 9: "without an article date, the newest entry" (codes20: the
    # sentence tables' undated opposition parties, PTI, Law and Justice)
    listed = ("organizations.tsv",)
    blue = _draft(
        "Blue Party", "party", [(0, 10)], country="XAA", sector="PTY", sources=listed
    )
    red = _draft(
        "Red Party", "party", [(20, 29)], country="XAA", sector="PTY", sources=listed
    )
    # a party NER found and the tables do not list may be a junior partner
    unknown = _draft("Blue Party", "party", [(0, 10)], country="XAA", sector="PTY")
    opposition_sectors([blue, red, unknown], None, "x" * 40, ROWS)
    assert (blue.sector, red.sector, unknown.sector) == ("OPP", "PTY", "PTY")


def test_an_undated_article_takes_the_government_its_head_is_named_in() -> None:
    # "Prime Minister Sheikh Hasina" in an undated 2023 story: her
    # government's parties govern, not the newest row's
    rows = (
        Government(
            "XAA", "2010-01-01", "2015-06-01", frozenset({"Blue Party"}), "Al Bo"
        ),
        Government("XAA", "2015-06-01", None, frozenset({"Red Party"}), "Cy Do"),
    )
    listed = ("organizations.tsv",)
    text = "Prime Minister Al Bo's Blue Party said ..."
    head = _draft("Al Bo", "person", [(15, 20)], country="XAA", sector="GOV")
    blue = _draft(
        "Blue Party", "party", [(23, 33)], country="XAA", sector="PTY", sources=listed
    )
    assert government_named("XAA", [head, blue], rows) == "2010-01-01"
    opposition_sectors([head, blue], None, text, rows)
    assert blue.sector == "PTY"
    former = _draft("Al Bo", "person", [(15, 20)], country="XAA", sector="ELI")
    assert government_named("XAA", [former], rows) is None  # not in office


def test_an_undated_article_makes_a_party_that_never_governed_the_opposition() -> None:
    # no row of XAA names the Gray Party: out of government on every day the
    # table covers, whatever day an undated article was written (codes18)
    listed = ("organizations.tsv",)
    gray = _draft(
        "Gray Party", "party", [(0, 10)], country="XAA", sector="PTY", sources=listed
    )
    other = _draft(
        "Gray Party", "party", [(0, 10)], country="XCC", sector="PTY", sources=listed
    )
    # a party NER found and the tables do not list may be a junior partner
    unknown = _draft("Pink Party", "party", [(0, 10)], country="XAA", sector="PTY")
    opposition_sectors([gray, other, unknown], None, "x" * 20, ROWS)
    assert (gray.sector, other.sector, unknown.sector) == ("OPP", "PTY", "PTY")
    assert never_governed("XAA", "Gray Party", ROWS)
    assert not never_governed("XAA", "Blue Party", ROWS)
    assert not never_governed("XCC", "Gray Party", ROWS)  # no rows: unknown


def test_a_described_party_is_never_looked_up() -> None:
    text = "the ruling coalition"
    party = _draft(
        "Ruling coalition", "party", [(0, 20)], country="XAA", sector="PTY",
        sources=("sectors.tsv", "article country"),
    )  # fmt: skip
    opposition_sectors([party], "2020-01-01", text, ROWS)
    assert party.sector == "PTY"


def test_a_person_named_by_an_opposition_party_is_the_opposition() -> None:
    text = "Blue Party whip Dana Orr said no. Red Party MP Lee Voss said yes."
    blue = _draft("Blue Party", "party", [(0, 10)], country="XAA", sector="PTY")
    red = _draft("Red Party", "party", [(34, 43)], country="XAA", sector="PTY")
    orr = _draft("Dana Orr", "person", [(0, 24)], country="XAA", sector="PTY")
    voss = _draft("Lee Voss", "person", [(34, 54)], country="XAA", sector="PTY")
    opposition_sectors([blue, red, orr, voss], "2020-01-01", text, ROWS)
    assert (orr.sector, voss.sector) == ("OPP", "PTY")


def test_a_party_in_an_apposition_after_a_person_is_theirs() -> None:
    text = "Dana Orr, the coordinator of the Blue Party senators, said no."
    blue = _draft("Blue Party", "party", [(33, 43)], country="XAA", sector="PTY")
    orr = _draft("Dana Orr", "person", [(0, 8)], country="XAA", sector="PTY")
    opposition_sectors([blue, orr], "2020-01-01", text, ROWS)
    assert orr.sector == "OPP"


def test_a_person_with_no_party_named_stays_pty() -> None:
    text = "Dana Orr said no. Elsewhere the Blue Party met."
    blue = _draft("Blue Party", "party", [(32, 42)], country="XAA", sector="PTY")
    orr = _draft("Dana Orr", "person", [(0, 8)], country="XAA", sector="PTY")
    opposition_sectors([blue, orr], "2020-01-01", text, ROWS)
    assert orr.sector == "PTY"


def test_every_shipped_governing_party_is_a_party_of_its_country() -> None:
    parties = {
        (row["country"], row["name"])
        for row in read_tsv(data_text("organizations.tsv"))
        if row["type"] in {"party", "armed_group"}  # the Taliban since 2021
    }
    rows = load_governments()
    assert rows
    for g in rows:
        for name in g.parties:
            assert (g.country, name) in parties, (g.country, name)
    for g in rows:  # a row ends before its successor starts or when it does
        assert g.end is None or g.start < g.end


@pytest.mark.parametrize(
    ("tied", "mentions", "winner"),
    [
        ({"XAA", "XBB"}, {"XAA": 9, "XBB": 2}, "XAA"),
        ({"XAA", "XBB"}, {"XAA": 5, "XBB": 4}, None),  # no clear lead
        ({"XAA", "XBB"}, {"XAA": 2}, None),  # too few to tell
        ({"XAA", "XBB"}, {"XCC": 20, "XBB": 4}, "XBB"),  # only the tied count
    ],
)
def test_a_tie_between_a_story_s_countries_breaks_on_its_actors(
    tied: set[str], mentions: dict[str, int], winner: str | None
) -> None:
    drafts = [
        _draft(f"Body {c}", "government", [(k, k + 1) for k in range(n)], country=c)
        for c, n in mentions.items()
    ]
    drafts.append(_draft("Place", "place", [(0, 1)] * 30, country="XAA"))
    assert actors_break_tie(drafts, tied) == winner


def test_a_firm_title_before_or_after_a_name_is_bus() -> None:
    text = (
        "Chief economist Ana Ruiz spoke. Bo Lind, a credit analyst at Norvik "
        "Bank, agreed. Cy Moss, a senior fellow at a think tank, did not."
    )
    ruiz = _draft("Ana Ruiz", "person", [(0, 24)], roles=("Chief economist",))
    lind = _draft("Bo Lind", "person", [(32, 39)])
    moss = _draft("Cy Moss", "person", [(82, 89)])
    firm_titles([ruiz, lind, moss], text)
    assert (ruiz.sector, lind.sector, moss.sector) == ("BUS", "BUS", None)
    assert lind.roles == ["credit analyst"]


def test_an_analyst_of_a_university_or_institute_is_no_firm_s() -> None:
    text = (
        "Political analyst Dee Voss of Harlow University said so. Al Tam, an "
        "economist at the Brandt Institute, agreed."
    )
    voss = _draft("Dee Voss", "person", [(0, 26)], roles=("Political analyst",))
    tam = _draft("Al Tam", "person", [(57, 63)])
    firm_titles([voss, tam], text)
    assert (voss.sector, tam.sector) == (None, None)


@pytest.mark.model
def test_an_opposition_party_and_its_member_are_opp_on_the_article_s_date() -> None:
    text = (
        "NEW DELHI -- India's parliament met on Tuesday.\n\n"
        "Congress general secretary Ravi Menon said the government had "
        "misled the house. The BJP said the claim was false."
    )
    codes = {
        a.speaker.name: a.speaker.code
        for a in whosaid.process(text, date="2024-02-15").attributions
        if a.speaker is not None
    }
    assert codes.get("Ravi Menon") == "INDOPP"
    assert codes.get("BJP") == "INDPTY"  # the name the article gives
    older = {
        a.speaker.name: a.speaker.code
        for a in whosaid.process(text, date="2010-02-15").attributions
        if a.speaker is not None
    }
    assert older.get("Ravi Menon") == "INDPTY"  # Congress governed then
    assert older.get("BJP") == "INDOPP"


@pytest.mark.model
def test_a_country_named_as_often_as_another_loses_to_the_one_its_actors_share() -> (
    None
):
    text = (
        "Mexico and the U.S. traded words on Monday.\n\n"
        "President Andrés Manuel López Obrador said Mexico would not bend. "
        "Morena said the same. Morena leaders met. The U.S. said little.\n\n"
        "Senate President Ulises Varga said the chamber would vote on Friday."
    )
    article = whosaid.process(text, date="2024-09-11")
    code = next(
        a.speaker.code
        for a in article.attributions
        if a.speaker is not None and a.speaker.name == "Ulises Varga"
    )
    assert code == "MEXLEG"


@pytest.mark.model
def test_the_democratic_party_is_korea_s_in_a_korean_story_else_the_us_party() -> None:
    korea = (
        "SEOUL -- South Korea's parliament met on Monday.\n\n"
        "The Democratic Party's floor leader, Han Do-yun, said the budget was "
        "too small."
    )
    article = whosaid.process(korea, date="2025-02-25")
    # South Korea's opposition that day (governing.tsv)
    assert _speaker_code(article, "Han Do-yun") == "KOROPP"
    us = "The Democratic Party said the bill would pass the House next week."
    article = whosaid.process(us, date="2025-02-25")
    assert _speaker_code(article, "Democratic Party") == "USAPTY"


def test_a_bare_party_title_takes_the_party_named_before_it() -> None:
    text = "The Blue Party objected.\nParty spokesman Dana Orr said no."
    blue = _draft("Blue Party", "party", [(4, 14)], country="XAA", sector="PTY")
    orr = _draft(
        "Dana Orr", "person", [(25, 49)], country="XAA", sector="PTY",
        roles=("Party spokesman",),
    )  # fmt: skip
    opposition_sectors([blue, orr], "2020-01-01", text, ROWS)
    assert orr.sector == "PTY"  # the Blue Party is in another paragraph
    text = "The Blue Party objected. Party spokesman Dana Orr said no."
    orr.mentions = [(25, 49)]
    opposition_sectors([blue, orr], "2020-01-01", text, ROWS)
    assert orr.sector == "OPP"


@pytest.mark.model
def test_a_party_founder_is_the_party_s_not_a_firm_s() -> None:
    text = (
        "France's unions marched again.\n\n"
        "La France Insoumise founder Paul Marchal wrote that the reform was "
        "illegitimate."
    )
    article = whosaid.process(text, date="2023-03-16")
    assert _speaker_code(article, "Paul Marchal") == "FRAOPP"


@pytest.mark.model
def test_da_is_south_africa_s_party_only_in_a_south_african_story() -> None:
    text = (
        "South Africa's ANC lost its majority.\n\n"
        "DA leader Pieter Botha said the party would talk to the ANC."
    )
    article = whosaid.process(text, date="2024-06-02")
    assert _speaker_code(article, "Pieter Botha") == "ZAFOPP"
    text = "Manhattan DA Ruth Adler said the case against the builder would go ahead."
    article = whosaid.process(text, date="2024-06-02")
    codes = [a.code for a in article.actors]
    assert not any(c and c.startswith("ZAF") for c in codes)


@pytest.mark.model
def test_a_country_inside_an_organization_s_name_gives_its_country() -> None:
    text = (
        "Seoul stocks fell on Monday.\n\n"
        "The Korea Federation of Tile Makers said members needed help. "
        "The Asociación de Exportadores de Perú said exports slowed. "
        "Statistics Norway said prices rose."
    )
    article = whosaid.process(text, date="2025-02-25")
    by_name = {a.name: a.code for a in article.actors}
    assert by_name.get("Korea Federation of Tile Makers", "").startswith("KOR")
    assert by_name.get("Asociación de Exportadores de Perú", "").startswith("PER")
    assert by_name.get("Statistics Norway") == "NORGOV"


def test_a_short_name_the_people_tables_know_makes_a_speaker_a_person() -> None:
    from whosaid.actors.speaker_links import speaker_person
    from whosaid.records import Span, Speaker

    text = "XYZQ says the plan will work."
    speaker = Speaker(
        name="XYZQ", mention=Span(start=0, end=4, text="XYZQ"), resolved_by="name"
    )
    assert speaker_person(speaker, text) is None  # an acronym: no person's name
    draft = speaker_person(speaker, text, {"xyzq": "someone"})
    assert draft is not None and (draft.name, draft.mentions) == ("XYZQ", [(0, 4)])


def test_a_person_who_leads_a_party_is_its_leader() -> None:
    from whosaid.actors.party_people import party_of_leader

    text = "Dana Orr, who leads the Blue Party's deputies, said no."
    blue = _draft("Blue Party", "party", [(24, 34)], country="XAA", sector="PTY")
    orr = _draft("Dana Orr", "person", [(0, 8)])
    assert party_of_leader(orr, [blue], text) is blue
    other = "Dana Orr, who leads a choir, met the Blue Party."
    blue.mentions = [(37, 47)]
    assert party_of_leader(orr, [blue], other) is None


@pytest.mark.model
def test_the_leader_of_a_parliamentary_majority_is_a_lawmaker() -> None:
    text = (
        "Georgia's parliament passed the bill on Tuesday.\n\n"
        "Levan Abashidze, the leader of the parliamentary majority, said the "
        "law would bring transparency."
    )
    article = whosaid.process(text, date="2024-05-14")
    assert _speaker_code(article, "Levan Abashidze") == "GEOLEG"


@pytest.mark.model
def test_a_public_health_ministry_and_a_body_of_a_named_state_are_gov() -> None:
    text = (
        "Two people died, according to Thailand's Public Health Ministry. "
        "The Electoral Commission of Kenya said counting would resume."
    )
    article = whosaid.process(text, date="2025-07-24")
    by_name = {a.name: a.code for a in article.actors}
    assert by_name.get("Thailand's Public Health Ministry") == "THAGOV"
    # the table's "Electoral Commission" is the UK's: "of Kenya" decides
    assert by_name.get("Electoral Commission of Kenya") == "KENGOV"


def test_an_acronym_in_parentheses_after_a_body_is_that_body() -> None:
    from whosaid.actors.grouping import parenthesized_acronyms

    text = "The Board of Tile Makers (BTM) met. Later the BTM said no. The QRS left."
    body = _draft(
        "Board of Tile Makers", "other", [(4, 24)], country="XAA", sector="BUS",
        sources=("organizations.tsv",),
    )  # fmt: skip
    acronym = _draft("BTM", "other", [(26, 29), (46, 49)])
    other = _draft("QRS", "other", [(63, 66)])
    out = parenthesized_acronyms([body, acronym, other], text)
    assert out == [body, other]
    assert body.mentions == [(4, 24), (26, 29), (46, 49)]
    # the rest of the body's name may stand between: "... in Ruritania (UTM)"
    text = "The UN Tile Mission in Ruritania (UTM) met. The UTM said no."
    body = _draft("UN Tile Mission", "igo", [(4, 19)], sources=("organizations.tsv",))
    acronym = _draft("UTM", "other", [(34, 37), (48, 51)])
    assert parenthesized_acronyms([body, acronym], text) == [body]
    text = "The UN Tile Mission met; aid (UTM) came. The UTM said no."
    acronym = _draft("UTM", "other", [(30, 33), (45, 48)])
    body.mentions = [(4, 19)]
    assert len(parenthesized_acronyms([body, acronym], text)) == 2


def test_a_private_person_s_apposition_makes_them_cvl() -> None:
    from whosaid.actors.private_people import private_appositions

    text = (
        '"We ran," said Ana Ruiz, 54, a rice farmer from the valley. Bo Lind, '
        "a 19-year-old student, agreed. Cy Moss, a senior fellow, did not."
    )
    ruiz = _draft("Ana Ruiz", "person", [(15, 23)])
    lind = _draft("Bo Lind", "person", [(60, 67)])
    moss = _draft("Cy Moss", "person", [(100, 107)])
    private_appositions([ruiz, lind, moss], text)
    assert (ruiz.sector, lind.sector, moss.sector) == ("CVL", "CVL", None)
    assert (ruiz.roles, lind.roles) == (["rice farmer"], ["19-year-old student"])


def test_an_office_worker_or_a_designer_in_an_apposition_is_a_private_person() -> None:
    from whosaid.actors.private_people import private_appositions

    text = (
        "Jo Kim, a 34-year-old office worker who came late, said so. "
        "Al Ode, a graphic designer, agreed. Di Roe, a union worker, did not."
    )
    kim = _draft("Jo Kim", "person", [(0, 6)])
    ode = _draft("Al Ode", "person", [(60, 66)])
    roe = _draft("Di Roe", "person", [(96, 102)])
    private_appositions([kim, ode, roe], text)
    assert (kim.sector, ode.sector, roe.sector) == ("CVL", "CVL", None)
    assert (kim.roles, ode.roles) == (
        ["34-year-old office worker"],
        ["graphic designer"],
    )


def test_a_union_named_without_a_country_takes_the_articles() -> None:
    from whosaid.actors.article_country import article_country

    korea = _draft("South Korea", "state", [(0, 5), (6, 11)], country="KOR")
    union = _draft("Confederation of Trade Unions", "other", [(17, 46)], sector="LAB")
    firm = _draft("Acme", "company", [(0, 1)], sector="BUS")
    named_firm = _draft("Acme Corp", "company", [(0, 1)], sector="BUS")
    article_country([korea, union, firm, named_firm], None)
    # a body named as a firm ("Corp", "AG") takes it too since codes30
    assert (union.country, firm.country, named_firm.country) == ("KOR", None, "KOR")


ISRAEL_LIKE = (
    Government("XAA", "2015-01-01", "2021-06-13", frozenset({"Blue Party"})),
    Government("XAA", "2021-06-13", "2022-12-29", frozenset({"Red Party"})),
    Government("XAA", "2022-12-29", None, frozenset({"Blue Party", "Green Party"})),
    Government("XBB", "2020-01-01", "2024-03-04", frozenset()),
    Government("XBB", "2024-03-04", None, frozenset({"Gold Party"})),
)


@pytest.mark.parametrize(
    ("country", "since", "date", "changed"),
    [
        (
            "XAA",
            "2021-06-13",
            "2023-07-24",
            True,
        ),  # Red's minister after Blue came back
        ("XAA", "2021-06-13", "2022-06-01", False),  # still the same government
        ("XAA", "2016-05-01", "2021-01-01", False),
        ("XAA", "2016-05-01", "2023-07-24", True),
        ("XAA", "2023-01-02", "2024-01-01", False),
        ("XBB", "2024-03-03", "2025-01-01", False),  # sworn in a day early
        ("XBB", "2022-01-01", "2025-01-01", True),
        ("XCC", "2020-01-01", "2025-01-01", False),  # no rows: nothing known
        ("XAA", "2021-06-13", None, False),  # undated
    ],
)
def test_a_government_changes_hands_when_successive_rows_share_no_party(
    country: str, since: str, date: str | None, changed: bool
) -> None:
    from whosaid.actors.governing import government_changed

    assert government_changed(country, since, date, ISRAEL_LIKE) is changed


@pytest.mark.parametrize(
    ("roles", "bare"),
    [
        (["leader"], True),
        (["Its leader"], True),
        (["party leader"], False),
        ([], False),
    ],
)
def test_a_bare_leader_title(roles: list[str], bare: bool) -> None:
    from whosaid.actors.party_sectors import bare_leader

    assert bare_leader(roles) is bare


def test_an_open_cabinet_term_begun_before_a_change_of_government_is_over() -> None:
    from whosaid.actors.linking import link_people
    from whosaid.actors.people import Office, People

    people = People()
    people.extra_offices = {
        "Q1": [
            Office("ISR", None, "GOV", "Minister of Tourism", "2021-06-13", "", "ep")
        ]
    }
    people.add("Q1", "Dov Ararat", ["dov ararat"], False)
    text = "Dov Ararat said no."
    later = _draft("Dov Ararat", "person", [(0, 10)])
    link_people([later], people, "2023-07-24", text)
    # Israel's government changed hands on 2022-12-29 (governing.tsv)
    assert (later.kb_id, later.country, later.sector) == ("Q1", "ISR", "ELI")
    chair = _draft("Dov Ararat", "person", [(0, 10)], roles=("Unity chairman",))
    link_people([chair], people, "2023-07-24", text)
    assert chair.sector == "OPP"
    then = _draft("Dov Ararat", "person", [(0, 10)])
    link_people([then], people, "2022-03-01", text)
    assert then.sector == "GOV"
    # a party's leader by the text ("Unity leader X"): the office no longer
    # decides, the leader leads the opposition
    led = _draft(
        "Dov Ararat", "person", [(0, 10)], sector="PTY", roles=("Unity leader",)
    )
    link_people([led], people, "2023-07-24", text)
    assert led.sector == "OPP"


@pytest.mark.model
def test_italy_s_democratic_party_in_and_out_of_government() -> None:
    text = (
        "ROME -- Italy's Senate voted on Tuesday.\n\n"
        "The Democratic Party said the reform was a mistake."
    )
    assert _speaker_code(whosaid.process(text, date="2023-05-01"), "Democratic") == (
        "ITAOPP"
    )
    assert _speaker_code(whosaid.process(text, date="2020-05-01"), "Democratic") == (
        "ITAPTY"
    )


@pytest.mark.model
def test_a_business_association_is_bus_not_an_ngo() -> None:
    text = (
        "The Manufacturers Association of Ruritania said the rate rise would "
        "hurt factories. The Ruritania Society for the Blind said it would "
        "hurt no one."
    )
    article = whosaid.process(text, date="2024-07-23")
    sectors = {a.name: a.sector for a in article.actors}
    assert sectors.get("Manufacturers Association of Ruritania") == "BUS"
    assert sectors.get("Ruritania Society for the Blind") == "NGO"


@pytest.mark.model
def test_the_coalition_is_australia_s_only_in_an_australian_story() -> None:
    text = (
        "CANBERRA -- Australia's central bank cut rates.\n\n"
        "The Coalition says the government cannot take credit for the cut."
    )
    assert _speaker_code(whosaid.process(text, date="2025-02-18"), "Coalition") == (
        "AUSOPP"
    )
    assert _speaker_code(whosaid.process(text, date="2016-02-18"), "Coalition") == (
        "AUSPTY"
    )
    other = "Coalition forces said they struck targets near Mosul in Iraq."
    codes = [a.code for a in whosaid.process(other, date="2016-02-18").actors]
    assert not any(c and c.startswith("AUS") for c in codes)


def test_every_row_says_what_it_was_checked_against() -> None:
    rows = read_tsv(data_text("governing.tsv"))
    assert rows
    for row in rows:
        checked = row.get("checked_against") or ""
        assert checked.startswith(("OK: ", "UNVERIFIED: ")), row


def test_a_partner_at_a_firm_is_bus_but_not_at_a_law_firm() -> None:
    text = (
        "X Y, a tax partner at the Dublin firm Harcourt Quigley, said so. "
        "Z W, a partner at the law firm Byrne Wallace, said so."
    )
    fahey = ActorDraft(("person", "x y"), "X Y", "person", None, None, None, None)
    fahey.mentions.append((0, 3))
    byrne = ActorDraft(("person", "z w"), "Z W", "person", None, None, None, None)
    byrne.mentions.append((text.index("Z W"), text.index("Z W") + 3))
    firm_titles([fahey, byrne], text)
    assert (fahey.sector, fahey.roles) == ("BUS", ["tax partner"])
    assert byrne.sector is None


def test_kenyas_opposition_coalition_leader_before_the_broad_based_cabinet() -> None:
    assert "United Democratic Alliance" in (
        governing_parties("KEN", "2024-06-26") or ()
    )
    assert "Orange Democratic Movement" not in (
        governing_parties("KEN", "2024-06-26") or ()
    )
    assert "Orange Democratic Movement" in (
        governing_parties("KEN", "2024-09-01") or ()
    )
    text = (
        "Azimio la Umoja One Kenya leader Raila Odinga said the bill had come too late."
    )
    article = whosaid.process(text, date="2024-06-26")
    assert _speaker_code(article, "Odinga") == "KENOPP"


def test_a_bare_spokesman_speaks_for_the_body_his_paragraph_named_last() -> None:
    text = (
        "In Baku, the Azerbaijani foreign ministry rejected the accusation. "
        '"We refuse these claims," spokesman Elnur Karimov said.'
    )
    article = whosaid.process(text, date="2024-05-15")
    assert _speaker_code(article, "Karimov") == "AZEGOV"


def test_a_strategist_speaks_for_his_firm_not_the_body_named_before_him() -> None:
    text = (
        "Investors bet that the Bank of Japan would be slower to raise rates, "
        "said Ken Mori, chief strategist at Tokyo-based Hamada Asset Management."
    )
    article = whosaid.process(text, date="2024-10-28")
    assert _speaker_code(article, "Mori") != "JPNGOV"


def test_the_partys_title_points_back_at_the_party_named_paragraphs_before() -> None:
    text = (
        "The Blue Party walked out.\n\nIts chairman spoke.\n\n"
        '"No," said Cy Do, the party\'s secretary general.'
    )
    at = text.index("Blue Party")
    blue = _draft("Blue Party", "party", [(at, at + 10)], country="XAA", sector="PTY")
    at = text.index("Cy Do")
    do = _draft(
        "Cy Do",
        "person",
        [(at, at + 5)],
        country="XAA",
        sector="PTY",
        roles=("party's secretary general",),
    )
    opposition_sectors([blue, do], "2020-01-01", text, ROWS)
    assert do.sector == "OPP"
    far = (
        "The Blue Party walked out.\n\nA.\n\nB.\n\nC.\n\n" + text[text.index('"No,"') :]
    )
    at = far.index("Cy Do")
    blue = _draft("Blue Party", "party", [(4, 14)], country="XAA", sector="PTY")
    do = _draft(
        "Cy Do",
        "person",
        [(at, at + 5)],
        country="XAA",
        sector="PTY",
        roles=("party's secretary general",),
    )
    opposition_sectors([blue, do], "2020-01-01", far, ROWS)
    assert do.sector == "PTY"


def test_a_partys_spokeswoman_apposed_before_a_senator_is_its_lawmaker() -> None:
    text = "The Blue Party's spokeswoman on health, Senator Di Roe, said no."
    roe = _draft(
        "Di Roe", "person", [(40, 54)], country="XAA", sector="LEG", roles=("Senator",)
    )
    blue = _draft("Blue Party", "party", [(4, 14)], country="XAA", sector="PTY")
    opposition_sectors([blue, roe], "2020-01-01", text, ROWS)
    assert roe.sector == "OPP"
    red = _draft("Red Party", "party", [(4, 14)], country="XAA", sector="PTY")
    roe.sector = "LEG"
    opposition_sectors([red, roe], "2020-01-01", text, ROWS)
    assert roe.sector == "LEG"


@pytest.mark.parametrize(
    ("opening", "sector"),
    [
        ("Its general secretary, ", "OPP"),  # "Its" points back at the party
        ("A general secretary, ", "PTY"),  # nothing points back
    ],
)
def test_its_title_points_back_at_the_party_named_before(
    opening: str, sector: str
) -> None:
    text = f"The Blue Party was less impressed. {opening}Anna Berg, said no."
    party = _draft("Blue Party", "party", [(4, 14)], country="XAA", sector="PTY")
    start = text.index("Anna") - len(opening) + opening.index(" ") + 1
    person = _draft(
        "Anna Berg",
        "person",
        [(start, text.index(", said"))],
        country="XAA",
        sector="PTY",
        roles=("general secretary",),
    )
    opposition_sectors([party, person], "2020-01-01", text, ROWS)
    assert (party.sector, person.sector) == ("OPP", sector)


def test_its_leader_after_an_opposition_party_is_the_opposition() -> None:
    # "Its leader" points at the sentence before's subject, not the last party
    # it names; a bare party-head title's GOV gives way (codes18)
    text = (
        "The opposition Blue Party said it would join the Red Party group. "
        "Its leader, Al Bo, said no."
    )
    blue = _draft("Blue Party", "party", [(15, 25)], country="XAA", sector="OPP")
    red = _draft("Red Party", "party", [(49, 58)], country="XAA", sector="PTY")
    bo = _draft(
        "Al Bo", "person", [(70, 83)], country="XAA", sector="GOV", roles=("leader",)
    )
    opposition_sectors([blue, red, bo], None, text, ROWS)
    assert bo.sector == "OPP"


def test_a_minister_named_near_an_opposition_party_keeps_the_office() -> None:
    text = "The opposition Blue Party said no. Its leader, Al Bo, said no."
    blue = _draft("Blue Party", "party", [(15, 25)], country="XAA", sector="OPP")
    bo = _draft(
        "Al Bo", "person", [(39, 52)], country="XAA", sector="GOV", roles=("minister",)
    )
    opposition_sectors([blue, bo], None, text, ROWS)
    assert bo.sector == "GOV"


def test_an_armed_group_in_government_governs_and_its_spokesman_too() -> None:
    rows = (
        Government("XAA", "2014-01-01", "2021-08-15", frozenset()),
        Government("XAA", "2021-08-15", None, frozenset({"Grey Front"})),
    )
    text = "Grey Front spokesman Al Bo said no."

    def drafts() -> list[ActorDraft]:
        group = _draft(
            "Grey Front", "armed_group", [(0, 10)], country="XAA", sector="REB"
        )
        bo = _draft("Al Bo", "person", [(0, 27)], country="XAA", sector="REB")
        return [group, bo]

    now, before = drafts(), drafts()
    opposition_sectors(now, None, text, rows)  # undated: the newest row
    opposition_sectors(before, "2019-05-01", text, rows)
    assert [d.sector for d in now] == ["GOV", "GOV"]
    assert [d.sector for d in before] == ["REB", "REB"]


def test_a_party_the_text_calls_the_opposition_is_the_opposition() -> None:
    text = "the chairwoman of Xaa's opposition Blue Party and the Red Party"
    blue = _draft("Blue Party", "party", [(35, 45)], country="XAA", sector="PTY")
    red = _draft("Red Party", "party", [(54, 63)], country="XAA", sector="PTY")
    opposition_sectors([blue, red], "2008-01-01", text, ROWS)  # no row that day
    assert (blue.sector, red.sector) == ("OPP", "PTY")


@pytest.mark.parametrize(
    ("roles", "kb_id", "sector"),
    [
        (("BP national president",), None, "OPP"),  # a party officer's title
        (("BP secretary general",), None, "OPP"),
        (("BP national president",), "Q1", "GOV"),  # the tables know an office
        (("BP minister",), None, "GOV"),  # a state office's word
    ],
)
def test_a_party_officer_titled_gov_of_a_party_out_of_power_is_opp(
    roles: tuple[str, ...], kb_id: str | None, sector: str
) -> None:
    text = f"{roles[0]} Al Bo said so."
    blue = _draft("Blue Party", "party", [(0, 2)], country="XAA", sector="PTY")
    bo = _draft(
        "Al Bo",
        "person",
        [(0, len(roles[0]) + 6)],
        country="XAA",
        sector="GOV",
        roles=roles,
    )
    bo.kb_id = kb_id
    opposition_sectors([blue, bo], "2020-01-01", text, ROWS)
    assert bo.sector == sector


def test_irish_rows_name_labour_in_the_2011_coalition() -> None:
    assert governing_parties("IRL", "2010-11-22") == {
        "Fianna Fáil",
        "Green Party (Ireland)",
    }
    assert "Labour Party (Ireland)" in (governing_parties("IRL", "2013-05-01") or ())
    assert governing_parties("IRL", "2018-01-01") == {"Fine Gael"}
