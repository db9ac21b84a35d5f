"""One identity per person across a corpus (issue 9, corpus22): invented
articles with the shapes that split or misnamed PolNeAR's most quoted
speakers -- a headline word glued before a surname, "Mr. Trump" beside a
relative named in full, an outlet's short name, a state after a capitalised
word, a state's envoy to the UN, "police" in two stories.  The speaker list
holds no pronoun, determiner, place or dateline, and each person is one
identity."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import stored_corpus

from whosaid.actors.speaker_name_words import is_function_phrase
from whosaid.store import Store
from whosaid.store.queries import list_speakers

pytestmark = [pytest.mark.model]

# Invented for this test; the quotes and events are fictional.
ARTICLES: list[tuple[str, str]] = [
    (
        "2016-09-22",
        "Weary Obama Defends His Record\n\nPresident Barack Obama said on Thursday "
        "that the economy had recovered. Obama told a crowd in Ohio that the work "
        "was not finished.",
    ),
    (
        "2016-04-25",
        "Ivanka Trump toured the plant in Ohio on Monday. Mr. Trump said the "
        "factory would reopen. Mr. Trump told workers that jobs would return. "
        '"We will build it here," Mr. Trump said.',
    ),
    (
        "2016-09-26",
        "The Tampa Bay Times endorsed Hillary Clinton on Monday. The Times said "
        "she was the only qualified candidate. Clinton said she was grateful.",
    ),
    (
        "2016-09-28",
        "If the talks fail, there are other tools. Say Mexico demanded that the "
        "United States pay for the wall. Mexico said on Wednesday that it would "
        "not pay. Donald Trump said Mexico would pay.",
    ),
    (
        "2016-08-03",
        "Former U.N. Ambassador John Bolton said on Wednesday that the deal was "
        "weak. Bolton told reporters in Washington that Iran would cheat.",
    ),
    (
        "2016-09-21",
        "CHARLOTTE (AP) — Police said the man was armed. The police said they "
        "would release the video. Hillary Clinton said the shooting was tragic.",
    ),
    (
        "2016-07-10",
        "DALLAS (AP) — Police said the suspect acted alone. The police told "
        "reporters that the city was safe. Barack Obama said the nation grieved.",
    ),
    (
        "2016-10-05",
        "Hillary Clinton said on Wednesday that she would win Ohio. Donald Trump "
        "said on Wednesday that he would win Ohio. Obama said both were wrong.",
    ),
]
PEOPLE = {"Obama": "Q76", "Clinton": "Q6294", "Trump": "Q22686"}
NAMESAKES = ("Ivanka Trump",)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("identity22") / "corpus.db"
    stored_corpus(db, ARTICLES, "c")
    return db


def test_each_person_is_one_identity(corpus: Path) -> None:
    """Every attribution naming a surname of the three is its person's
    linked identity, but a relative named in full."""
    with Store(corpus) as store:
        for surname, qid in PEOPLE.items():
            rows = store.conn.execute(
                "SELECT speaker_name, speaker_identity FROM attributions "
                "WHERE speaker_name LIKE ?",
                (f"%{surname}%",),
            ).fetchall()
            assert rows, surname
            others = {(n, i) for n, i in rows if i != qid and n not in NAMESAKES}
            assert not others, (surname, others)


def test_mr_trump_is_never_his_daughter(corpus: Path) -> None:
    with Store(corpus) as store:
        rows = store.conn.execute(
            "SELECT speaker_name FROM attributions WHERE article_id = 'c1'"
        ).fetchall()
        assert rows and "Ivanka Trump" not in {r[0] for r in rows}, rows


def test_top_speakers_are_entities(corpus: Path) -> None:
    """No pronoun, determiner, place or dateline; a state keeps its name; an
    outlet's short name is its full name; two stories' police are two."""
    with Store(corpus) as store:
        speakers = list_speakers(store.conn, limit=50)
        names = [s.name for s in speakers]
        for s in speakers:
            assert not is_function_phrase(s.name), s
            assert s.name.upper() != s.name, s  # no dateline ("CHARLOTTE")
            assert s.name not in {"Ohio", "Washington", "Charlotte", "Dallas"}, s
        assert "Say Mexico" not in names, names
        assert "Times" not in names, names
        police = [s for s in speakers if s.name.lower() == "police"]
        assert all(s.attributions <= 2 for s in police), police


def test_an_envoy_to_the_un_is_their_states_entry(corpus: Path) -> None:
    with Store(corpus) as store:
        rows = store.conn.execute(
            "SELECT DISTINCT speaker_identity FROM attributions "
            "WHERE speaker_name LIKE '%Bolton%'"
        ).fetchall()
        assert rows and {r[0] for r in rows} == {"Q311269"}, rows
