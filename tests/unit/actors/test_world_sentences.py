"""Actors on a table of invented world-news sentences (``world_sentences.tsv``).

Each row names one mention in a sentence and the actor it must belong to:
type (for places), country, IGO and sector, and whether that actor is the
speaker of an attribution in the sentence.  The table was written apart from
the implementation (see its header).  Rows whosaid still gets wrong are
listed in ``KNOWN_WRONG`` with the reason, as strict expected failures: when
one starts to pass, the test says so and the entry must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.fixtures.sentences import Case, load_cases, problem

import whosaid
from whosaid.records import Article

TABLE = Path(__file__).with_name("world_sentences.tsv")
MIN_ACCURACY = 0.9

pytestmark = [pytest.mark.model]


CASES = load_cases(TABLE)
_NO_ATTRIBUTION = "the attribution extractor finds no attribution in this sentence"
KNOWN_WRONG: dict[str, str] = {
    "co-huawei": _NO_ATTRIBUTION,
    "co-maersk": "spaCy tags 'Maersk' as a PRODUCT: the source is 'Danish shipping "
    "group', no actor's",
}


@pytest.fixture(scope="module")
def analyzed() -> dict[str, Article]:
    articles = whosaid.process_many([c.sentence for c in CASES])
    return {c.id: a for c, a in zip(CASES, articles, strict=True)}


def test_table_covers_the_required_ground() -> None:
    countries = {c.country for c in CASES if c.country}
    igos = {c.igo for c in CASES if c.igo}
    assert len(countries) >= 40, sorted(countries)
    assert len(igos) >= 10, sorted(igos)
    notes = {c.note for c in CASES}
    for category in (
        "capital-metonym",
        "demonym",
        "title-person",
        "place",
        "ambiguous",
    ):
        assert category in notes
    for c in CASES:
        assert c.sentence.count(c.mention) == 1, c.id


def test_accuracy_over_the_table(analyzed: dict[str, Article]) -> None:
    problems = {c.id: problem(c, analyzed[c.id]) for c in CASES}
    right = sum(p is None for p in problems.values())
    share = right / len(CASES)
    wrong = "\n".join(f"{k}: {v}" for k, v in problems.items() if v)
    assert share >= MIN_ACCURACY, f"{right}/{len(CASES)} right\n{wrong}"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c,
            id=c.id,
            marks=(
                [pytest.mark.xfail(reason=KNOWN_WRONG[c.id], strict=True)]
                if c.id in KNOWN_WRONG
                else []
            ),
        )
        for c in CASES
    ],
)
def test_sentence(case: Case, analyzed: dict[str, Article]) -> None:
    wrong = problem(case, analyzed[case.id])
    assert wrong is None, f"{case.mention!r} in {case.sentence!r}: {wrong}"
