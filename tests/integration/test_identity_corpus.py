"""One identity per person across a corpus (issue 9): invented articles about
the 2016 US election, analyzed and stored; the speaker list groups every
spelling of a person and holds no pronoun, determiner, place or dateline."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import stored_corpus

from whosaid.actors.speaker_name_words import is_function_phrase
from whosaid.api.data import speaker_profile
from whosaid.store import Store
from whosaid.store.queries import list_speakers, search_quotes

pytestmark = [pytest.mark.model]

# Invented in wire style for this test; the quotes and events are fictional.
ARTICLES: list[tuple[str, str]] = [
    (
        "2016-09-12",
        "WASHINGTON (AP) — President Barack Obama said on Monday that the election "
        "would decide the country's course. Obama told supporters in Philadelphia "
        'that turnout mattered. "We cannot sit this one out," he said.',
    ),
    (
        "2016-09-14",
        "Obama Says Turnout Will Decide the Race\n\nPresident Obama said on "
        "Wednesday that young voters would decide the race. Donald Trump said the "
        "president was wrong. Hillary Clinton said she agreed with Obama.",
    ),
    (
        "2016-09-20",
        "NEW YORK (Reuters) — Hillary Clinton said on Tuesday that her plan would "
        "create jobs. Clinton told reporters in New York that she was confident. "
        '"We are ready," said Mrs. Clinton, who spoke after a rally.',
    ),
    (
        "2016-09-22",
        "Donald Trump said on Thursday that trade deals had hurt workers. Trump "
        "told a rally in Ohio, which he visited twice this month, that he would win. "
        "Mr. Trump said the polls were rigged.",
    ),
    (
        "2016-10-03",
        "LONDON (AP) — Britain's foreign secretary said the race was watched closely. "
        "Barack Obama said in Washington that he would campaign for Clinton. "
        "Hillary Clinton said she welcomed the help.",
    ),
    (
        "2016-10-10",
        "Obama Backs Clinton in Ohio\n\nObama said on Monday that the race was "
        "close. Mr. Obama told a crowd in Cleveland that every vote counted. Bill "
        "Clinton said his wife would win Ohio.",
    ),
    (
        "2016-05-04",
        "CHICAGO (AP) — Trump said on Wednesday that he was the nominee. Trump told "
        "supporters that the party would unite. Melania Trump said she was proud.",
    ),
    (
        "2018-03-01",
        "Obama said in a speech on Thursday that democracy needed young people. "
        "Mr. Obama spoke at a university in Chicago.",
    ),
    (
        "2016-10-20",
        "MIAMI (AP) — Clinton said on Thursday that she would win Florida. Clinton "
        "told voters in Miami that the American economy mattered most.",
    ),
    (
        "2016-10-21",
        "Officials in Ohio said turnout was high. Voters said they were tired of "
        "the race. Businesses said the campaign had hurt sales.",
    ),
    (
        "2018-03-05",
        "WASHINGTON (AP) — Johnson said on Monday that the Senate bill would pass. "
        "Johnson told reporters in Washington that he was confident.",
    ),
    (
        "2016-06-10",
        "Canada said on Monday that it would act. Canada agreed. Governor Jim "
        "Bellamy said the plan was sound.",
    ),
    (
        "2016-06-11",
        "Mexico said on Monday that it would act. Mexico agreed. Governor Jim "
        "Bellamy said the plan was sound.",
    ),
]
PEOPLE = ("Barack Obama", "Hillary Clinton", "Donald Trump")
OTHERS = ("Bill Clinton", "Melania Trump")
"""Namesakes who must stay people of their own."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("identity") / "corpus.db"
    stored_corpus(db, ARTICLES, "a")
    return db


def test_each_person_is_one_identity(corpus: Path) -> None:
    """ "Barack Obama", "President Obama", "Obama" and "Mr. Obama" in articles
    with and without the full name, in office and after it, are one speaker;
    "Trump" alone in 2016, before office, is Donald Trump; namesakes stay
    apart."""
    with Store(corpus) as store:
        speakers = list_speakers(store.conn)
        for person in PEOPLE:
            surname = person.split()[-1].lower()
            found = [
                s
                for s in speakers
                if surname in s.name.lower() and s.name not in OTHERS
            ]
            assert len(found) == 1, (person, found)
            assert found[0].name == person
            assert found[0].identity is not None
            assert found[0].identity.startswith("Q"), found[0]  # linked to knowledge
        names = {s.name: s.identity for s in speakers}
        for other in OTHERS:
            assert other in names, (other, speakers)
            assert names[other] not in {names[p] for p in PEOPLE}


def test_obama_alone_and_mr_obama_are_barack_obama(corpus: Path) -> None:
    with Store(corpus) as store:
        for article in ("a5", "a7"):  # no full name in either article
            rows = store.conn.execute(
                "SELECT speaker_name, speaker_identity FROM attributions "
                "WHERE article_id = ? AND speaker_name LIKE '%Obama%'",
                (article,),
            ).fetchall()
            assert rows, article
            assert {r[0] for r in rows} == {"Barack Obama"}, rows


def test_top_speakers_are_entities(corpus: Path) -> None:
    with Store(corpus) as store:
        for s in list_speakers(store.conn, limit=50):
            assert not is_function_phrase(s.name), s
            assert s.name.upper() != s.name, s  # no dateline ("LONDON")
            assert s.name not in {"New York", "Ohio", "Washington", "Philadelphia"}, s


def test_a_name_search_finds_every_spelling(corpus: Path) -> None:
    with Store(corpus) as store:
        quotes = search_quotes(store.conn, speaker="Barack Obama")
        spellings = {q.speaker_name for q in quotes}
        assert len(quotes) >= 4
        assert "Barack Obama" in spellings
        profile = speaker_profile(store.conn, "Obama")
        assert profile is not None and profile.name == "Barack Obama"
        assert profile.attributions == len(quotes)


def test_a_country_guessed_from_the_article_is_no_part_of_an_identity(
    corpus: Path,
) -> None:
    """An unknown governor in a story about Canada and in one about Mexico:
    each actor takes its article's country, the identity stays one."""
    with Store(corpus) as store:
        rows = store.conn.execute(
            "SELECT DISTINCT identity, country FROM actors WHERE name = 'Jim Bellamy'"
        ).fetchall()
        assert {r[1] for r in rows} == {"CAN", "MEX"}, rows
        assert len({r[0] for r in rows}) == 1, rows


def test_a_surname_alone_near_an_election_is_the_candidate(corpus: Path) -> None:
    """ "Clinton" alone in October 2016 (no full name in the article) is
    Hillary Clinton, a major candidate of that election."""
    with Store(corpus) as store:
        rows = store.conn.execute(
            "SELECT a.speaker_name FROM attributions AS a JOIN articles AS r "
            "ON r.id = a.article_id WHERE r.date = '2016-10-20'"
        ).fetchall()
        assert rows and {r[0] for r in rows} == {"Hillary Clinton"}, rows


def test_an_anonymous_group_is_named_as_the_text_names_it(corpus: Path) -> None:
    with Store(corpus) as store:
        names = {s.name for s in list_speakers(store.conn)}
        assert "Voters" in names, names


def test_a_bare_surname_is_no_foreign_head_without_evidence(corpus: Path) -> None:
    """ "Johnson" in a US story of 2018 is not Boris Johnson (Prime Minister
    from 2019): the article names no United Kingdom."""
    with Store(corpus) as store:
        rows = store.conn.execute(
            "SELECT a.speaker_name, a.speaker_code FROM attributions AS a JOIN "
            "articles AS r ON r.id = a.article_id WHERE r.date = '2018-03-05'"
        ).fetchall()
        assert rows, rows
        assert all(r[0] != "Boris Johnson" and r[1] != "GBR" for r in rows), rows
