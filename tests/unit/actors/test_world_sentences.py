"""Actors on a table of invented world-news sentences (``world_sentences.tsv``).

Each row names one mention in a sentence and the actor it must belong to:
type (for places), country, IGO and sector, and whether that actor is the
speaker of an attribution in the sentence.  The table was written apart from
the implementation (see its header).  Rows whosaid still gets wrong are
listed in ``KNOWN_WRONG`` with the reason, as strict expected failures: when
one starts to pass, the test says so and the entry must go.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

import whosaid
from whosaid.records import Actor, Article

TABLE = Path(__file__).with_name("world_sentences.tsv")
MIN_ACCURACY = 0.9

pytestmark = [pytest.mark.model]


@dataclass(frozen=True)
class Case:
    id: str
    sentence: str
    mention: str
    type: str
    country: str | None
    igo: str | None
    sector: str | None
    speaker: str
    note: str


def _cases(table: Path = TABLE) -> list[Case]:
    lines = [
        ln
        for ln in table.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        Case(
            id=r["id"],
            sentence=r["sentence"],
            mention=r["mention"],
            type=r["type"] or "",
            country=r["country"] or None,
            igo=r["igo"] or None,
            sector=r["sector"] or None,
            speaker=(r["speaker"] or "").strip().lower(),
            note=r["note"] or "",
        )
        for r in rows
    ]


CASES = _cases()
_NO_ATTRIBUTION = "the attribution extractor finds no attribution in this sentence"
KNOWN_WRONG: dict[str, str] = {
    "med-haaretz": _NO_ATTRIBUTION,
    "co-huawei": _NO_ATTRIBUTION,
    "amb-georgia-kemp": _NO_ATTRIBUTION,
    "org-aupsc": "'the African Union's Peace and Security Council' matches the UN's "
    "'Security Council'; the AU possessor is not joined across 'Peace and'",
    "opp-zwe": "spaCy tags the party name as LAW, and 'Citizens' as a sector word",
    "co-maersk": "spaCy finds no entity in 'Danish shipping group Maersk'",
    "co-codelco": "spaCy tags 'Codelco' as a place (GPE)",
}


@pytest.fixture(scope="module")
def analyzed() -> dict[str, Article]:
    articles = whosaid.process_many([c.sentence for c in CASES])
    return {c.id: a for c, a in zip(CASES, articles, strict=True)}


def _actor_for(case: Case, article: Article) -> Actor | None:
    start = case.sentence.index(case.mention)
    end = start + len(case.mention)
    best: Actor | None = None
    best_overlap = 0
    for actor in article.actors:
        for m in actor.mentions:
            overlap = min(m.end, end) - max(m.start, start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return best


def _problem(case: Case, article: Article) -> str | None:
    actor = _actor_for(case, article)
    if case.type == "place":
        if actor is not None and actor.type != "place":
            return f"a place, got {actor.type} {actor.code}"
        if any(
            a.speaker is not None
            and actor is not None
            and a.speaker.actor_id == actor.id
            for a in article.attributions
        ):
            return "a place became a speaker"
        return None
    if actor is None:
        return "no actor"
    got = (actor.country, actor.igo, actor.sector)
    want = (case.country, case.igo, case.sector)
    if got != want:
        return f"want {want}, got {got} ({actor.name!r}, {actor.type})"
    if case.speaker == "yes" and not any(
        a.speaker is not None and a.speaker.actor_id == actor.id
        for a in article.attributions
    ):
        return "not linked as the speaker"
    return None


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
    problems = {c.id: _problem(c, analyzed[c.id]) for c in CASES}
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
    problem = _problem(case, analyzed[case.id])
    assert problem is None, f"{case.mention!r} in {case.sentence!r}: {problem}"
