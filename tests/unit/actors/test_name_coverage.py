"""General name and title classes the coverage self-test found
(``scripts/check_coverage.py``): short forms of long names, honorifics
before a name, a given name taken for a title, the civil-service posts
"Foreign Secretary", a former head who
leads the opposition, and broadcast transcript labels."""

from __future__ import annotations

import pytest

from whosaid.actors.article_country import domestic_title
from whosaid.actors.governing import former_head_in_opposition
from whosaid.actors.model import ActorDraft
from whosaid.actors.name_keys import short_form
from whosaid.actors.people import load_people
from whosaid.actors.speaker_links import outlet_country, transcript_label
from whosaid.actors.terms import PARTY_LEADER_SOURCE, Link, Office, Person


@pytest.mark.parametrize(
    ("name", "country", "short"),
    [
        ("anura kumara dissanayake", "LKA", "anura dissanayake"),
        ("roch marc christian kabore", "BFA", "roch kabore"),
        ("sultan bin salem bin saeed al habsi", "OMN", "sultan al habsi"),
        ("tamim bin hamad al thani", "QAT", "tamim al thani"),
        ("manuel marrero cruz", "CUB", None),  # a Spanish double surname
        ("ko jong bom", "PRK", None),  # the family name first
        ("bart de wever", "BEL", None),  # the particle stays
        ("surangel whipps jr", "PLW", None),
        ("k p sharma oli", "NPL", None),  # initials
        ("ararat mirzoyan", "ARM", None),  # two words: nothing to drop
    ],
)
def test_the_short_form_news_uses_for_a_long_name(
    name: str, country: str, short: str | None
) -> None:
    assert short_form(name.split(), country) == short


def test_a_long_name_is_found_by_its_short_form_unless_shared() -> None:
    people = load_people()
    assert [p.name for p in people.candidates("Anura Dissanayake")] == [
        "Anura Kumara Dissanayake"
    ]
    assert [p.name for p in people.candidates("Sultan al-Habsi")] == [
        "Sultan bin Salem bin Saeed al-Habsi"
    ]
    # "Ali ... Khan": a surname that ends too many names keeps no short form
    assert people.candidates("Ali Khan") == []


def test_an_honorific_before_a_name_is_no_part_of_it() -> None:
    people = load_people()
    found = people.candidates("Maulana Fazlur Rehman")
    assert [p.name for p in found] == ["Fazlur Rehman"]
    # a name the tables know with the word in it is found whole
    assert "Sheikh Hasina" in {p.name for p in people.candidates("Sheikh Hasina")}


def _draft(roles: list[str]) -> ActorDraft:
    return ActorDraft(("person", "x"), "X", "person", None, None, "GOV", None, roles)


@pytest.mark.parametrize(
    ("roles", "domestic"),
    [
        (["Foreign Secretary"], True),
        (["Foreign Ministry spokesman"], False),
        (["Foreign Minister"], False),
        (["Foreign Ministry"], False),
        (["President"], False),
        (["Interior Minister"], True),
    ],
)
def test_a_foreign_secretary_holds_a_domestic_post(
    roles: list[str], domestic: bool
) -> None:
    assert domestic_title(_draft(roles)) is domestic


def _leader(party_end: str = "") -> Link:
    offices = (
        Office("PAK", None, "GOV", "Prime Minister", "2018-08-18", "2022-04-10", "ep"),
        Office(
            "PAK",
            None,
            "PTY",
            "party leader: Pakistan Tehreek-e-Insaf",
            "2013-12",
            party_end,
            PARTY_LEADER_SOURCE,
        ),
    )
    person = Person("Q155164", "Imran Khan", offices)
    return Link(person, offices[0], former=True)


def test_a_former_head_who_leads_the_opposition_is_opp_when_the_party_is_named() -> (
    None
):
    named = {"Pakistan Tehreek-e-Insaf"}
    assert former_head_in_opposition(_leader(), "2023-05-11", named)
    # without the party in the article: the former head stays ELI
    assert not former_head_in_opposition(_leader(), "2023-05-11", set())
    # no longer its leader that day
    assert not former_head_in_opposition(_leader("2020-01"), "2023-05-11", named)
    # the party in government that day (governing.tsv: PTI 2018-2022)
    assert not former_head_in_opposition(_leader(), "2020-06-01", named)


TRANSCRIPT = (
    "ARI SHAPIRO, HOST:\n\nThe court ruled today.\n\n"
    "NINA TOTENBERG, BYLINE: Hi there.\n\n"
    "JOE BIDEN, PRESIDENT: We cannot let this stand.\n\n"
    "SHAPIRO: So how far did it go?\n"
)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("SHAPIRO", ("Ari Shapiro", "host")),
        ("TOTENBERG", ("Nina Totenberg", "byline")),
        ("BIDEN", None),  # not a journalist's label
        ("Shapiro", None),  # not a label's capitals
        ("SMITH", None),
    ],
)
def test_a_transcript_label_names_the_outlets_journalist(
    name: str, label: tuple[str, str] | None
) -> None:
    assert transcript_label(name, TRANSCRIPT) == label


def test_a_transcript_journalist_takes_the_outlets_country() -> None:
    host = ActorDraft(
        ("person", "ari shapiro"), "Ari Shapiro", "person", None, None, "MED", None,
        sources=["speaker", "transcript label"],
    )  # fmt: skip
    npr = ActorDraft(("org", "npr"), "NPR", "media", "USA", None, "MED", None)
    outlet_country(host, [npr])
    assert host.country == "USA"
    other = ActorDraft(("org", "bbc"), "BBC", "media", "GBR", None, "MED", None)
    host.country = None
    outlet_country(host, [npr, other])  # two outlets' countries: none
    assert host.country is None


def _speaker_code(text: str, date: str) -> tuple[str | None, str | None]:
    import whosaid

    article = whosaid.process(text, date=date)
    speakers = [a.speaker for a in article.attributions if a.speaker is not None]
    assert speakers, article.attributions
    return speakers[0].name, speakers[0].code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # NER makes "Ararat" a place: the known full name wins
        (
            "Ararat Mirzoyan said on Monday that talks would go on.",
            "2023-09-15",
            ("Ararat Mirzoyan", "ARMGOV"),
        ),
        # "Sultan" is his given name, not the title
        (
            "Sultan bin Salem bin Saeed al-Habsi said on Monday that the budget "
            "would be balanced.",
            "2023-11-15",
            ("Sultan bin Salem bin Saeed al-Habsi", "OMNGOV"),
        ),
    ],
)
def test_a_known_full_name_is_one_person(
    text: str, date: str, expected: tuple[str, str]
) -> None:
    assert _speaker_code(text, date) == expected


def test_a_foreign_secretary_is_of_a_state_that_has_the_title() -> None:
    from whosaid.actors.article_country import title_allows

    misri = _draft(["Foreign Secretary"])
    assert title_allows(misri, "IND")
    assert title_allows(misri, "GBR")
    assert not title_allows(misri, "CHN")
    assert title_allows(_draft(["Foreign Minister"]), "CHN")


LEAD = "Officials in Kenya met on Sunday. "
PORTFOLIO_TITLES = [
    "Justice Secretary",
    "Industry Minister",
    "Public Works Minister",
    "Commerce Minister",
    "Media Minister",
    "Business Secretary",
    "Navy Secretary",
    "Army Minister",
    "Refugee Minister",
    "Attorney-General",
    "Minister of Economy and Finance",
    "Minister of Women and Children",
]


@pytest.mark.model
def test_a_minister_of_any_portfolio_is_gov() -> None:
    """The portfolio's own sector ("justice" JUD, "industry" BUS, "public"
    CVL, "army" MIL, "Labour" a party) is never the minister's; a portfolio
    of several words joined by "and" is the title's complement."""
    import whosaid
    from whosaid.records import RawArticle

    texts = [
        f"{LEAD}{title} Dana Vell said the plan would go ahead."
        for title in PORTFOLIO_TITLES
    ] + [
        f"{LEAD}The {body} said the plan would go ahead."
        for body in ("Ministry of Justice", "Ministry of Labour", "Industry Ministry")
    ]
    raws = [
        RawArticle(id=str(k), text=t, date="2024-05-01") for k, t in enumerate(texts)
    ]
    codes = {}
    for text, article in zip(texts, whosaid.process_many(raws), strict=True):
        speakers = [a.speaker for a in article.attributions if a.speaker is not None]
        codes[text[len(LEAD) : len(LEAD) + 30]] = speakers[0].code if speakers else None
    assert codes == dict.fromkeys(codes, "KENGOV")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        # a former head who leads a party out of government, the party named
        # in his apposition
        (
            "Former prime minister Rishi Sunak, the Conservative Party leader, "
            "said Labour had broken its promise.",
            "2024-10-30",
            "GBROPP",
        ),
        # a central bank named "Reserve Bank" or "Bank of ..." is no firm
        (
            "South African Reserve Bank Governor Lesetja Kganyago said the "
            "committee had decided to lower the rate.",
            "2024-11-21",
            "ZAFGOV",
        ),
        # an outlet's name opening a person's name is their given name
        (
            "Tasnim Rahman, a student coordinator at Dhaka University, said "
            "the students would not accept an army-led government in Dhaka.",
            "2024-08-05",
            "BGDCVL",
        ),
        # a former vice president who leads a party out of government
        (
            "Protesters marched in Lagos. Former Vice President Atiku Abubakar "
            "accused the government of treating hungry citizens as enemies.",
            "2024-08-02",
            "NGAOPP",
        ),
        # a union name two countries share: the article's country decides
        (
            "Argentina's CGT said the reforms would not pass. The strike shut "
            "down Buenos Aires.",
            "2024-01-24",
            "ARGLAB",
        ),
        (
            "France's CGT union said the pension reform would not pass.",
            "2023-03-01",
            "FRALAB",
        ),
        # a title glued to the next name is that person's
        (
            "In the border town of Kiryat Shmona, Mayor Avichai Stern told "
            "reporters that residents felt abandoned. Israel's army said it "
            "would stay.",
            "2024-11-26",
            "ISRGOV",
        ),
    ],
)
def test_general_code_classes(text: str, date: str, code: str) -> None:
    assert _speaker_code(text, date)[1] == code


def test_a_stale_phoenix_namesake_yields_to_a_dated_entry_of_its_country() -> None:
    from whosaid.actors.terms import best_links

    ep = Office(
        "IRN",
        None,
        "GOV",
        "Minister of Foreign Affairs",
        "2013-08-15",
        "2021-08-24",
        "ep",
    )
    phx = Office("IRN", None, "GOV", "GOV", "2002", "", "phx")
    dated = Link(Person("Q10296812", "Mohammad Javad Zarif", (ep,)), ep, former=True)
    stale = Link(Person("phx:Z", "Mohammad Zarif Khonsari", (phx,)), phx, False, True)
    assert best_links([dated, stale], ()) == [dated]
    # a stale link of another country stays a namesake
    other = Office("AFG", None, "GOV", "GOV", "2002", "", "phx")
    far = Link(Person("phx:Y", "Y", (other,)), other, False, True)
    assert best_links([dated, far], ()) == [far]


@pytest.mark.model
def test_former_in_a_partys_apposition_is_its_leaders_word() -> None:
    import whosaid

    article = whosaid.process(
        "Pakistan Tehreek-e-Insaf, the party of jailed former prime minister "
        "Imran Khan, said its supporters would march on the capital on Sunday.",
        date="2025-03-01",
    )
    party = next(a for a in article.actors if a.type == "party")
    assert party.code == "PAKOPP"


@pytest.mark.model
def test_a_seat_name_opening_a_known_full_name_is_no_seat() -> None:
    text = (
        "Officials in Botswana met on Sunday. Duma Boko, the country's president, "
        "said on Monday that the government would not change its position."
    )
    assert _speaker_code(text, "2025-09-15") == ("Duma Boko", "BWAGOV")
