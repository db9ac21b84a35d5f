"""Hand-built articles with actors and CAMEO-coded events (no model).

Four short wire-style articles written for the event store, export, CLI and
API tests (``tests/unit/event_store``); import them as
``from tests.event_articles import ARTICLES``.  Every event names its
source and target among the article's actors; the dyad tests count the events
of :data:`ARTICLES` by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.factories import span as sp
from whosaid.records import Actor, ActorType, Article, Attribution, Event, Span, Speaker


@dataclass(frozen=True)
class A:
    """An actor to build: its code, name, type, country, IGO, sector, and the word."""

    key: str
    name: str
    type: ActorType
    code: str | None
    country: str | None
    igo: str | None
    sector: str | None
    word: str


@dataclass(frozen=True)
class E:
    """An event to build (actor keys; ``evidence`` a phrase of the text)."""

    source: str | None
    target: str | None
    code: str
    goldstein: float
    quad: int
    evidence: str
    negated: bool = False
    modality: str | None = None
    date: str | None = None
    speech: bool = False


def build(
    article_id: str,
    text: str,
    date: str | None,
    actors: list[A],
    events: list[E],
    *,
    url: str | None = None,
) -> Article:
    """An article whose actors and events index ``text``."""
    built = {
        a.key: Actor(
            id=f"{article_id}:actor{i}",
            name=a.name,
            type=a.type,
            country=a.country,
            igo=a.igo,
            sector=a.sector,
            code=a.code,
            roles=(),
            mentions=(sp(text, a.word),),
            source="test",
        )
        for i, a in enumerate(actors)
    }
    attributions: list[Attribution] = []
    records: list[Event] = []
    for i, e in enumerate(events):
        attribution_id = None
        if e.speech and e.source is not None:
            attribution_id = f"{article_id}:a{len(attributions)}"
            speaker = built[e.source]
            attributions.append(
                Attribution(
                    id=attribution_id,
                    kind="indirect",
                    source=(speaker.mentions[0],),
                    cue=(sp(text, e.evidence.split()[0]),),
                    content=(sp(text, e.evidence),),
                    speaker=Speaker(
                        name=speaker.name,
                        mention=speaker.mentions[0],
                        resolved_by="name",
                        actor_id=speaker.id,
                        code=speaker.code,
                    ),
                    confidence=0.9,
                    method="test",
                )
            )
        records.append(
            Event(
                id=f"{article_id}:e{i}",
                source=built[e.source].id if e.source else None,
                target=built[e.target].id if e.target else None,
                code=e.code,
                root=e.code[:2],
                goldstein=e.goldstein,
                quad_class=e.quad,  # type: ignore[arg-type]
                evidence=(sp(text, e.evidence),),
                attribution_id=attribution_id,
                negated=e.negated,
                modality=e.modality,
                date=e.date if e.date is not None else date,
                method="test.rule",
                confidence=0.75,
            )
        )
    first_line = text.split("\n", 1)[0]
    body_start = len(first_line) + 2
    return Article(
        id=article_id,
        path=None,
        url=url,
        date=date,
        title=Span.of(text, 0, len(first_line)),
        section=(),
        text=text,
        body=(Span.of(text, body_start, len(text)),),
        captions=(),
        boilerplate=(),
        attributions=tuple(attributions),
        warnings=(),
        error=None,
        whosaid_version="0.0.0",
        model="test",
        actors=tuple(built.values()),
        events=tuple(records),
    )


RUS = A("rus", "Russia", "state", "RUS", "RUS", None, None, "Russia")
MOSCOW = A("moscow", "Russia", "state", "RUS", "RUS", None, None, "Moscow")
USA = A(
    "usa", "United States", "government", "USAGOV", "USA", None, "GOV", "Washington"
)
RUSMIL = A(
    "rusmil", "Russian Armed Forces", "government", "RUSMIL", "RUS", None, "MIL", "army"
)
UN = A("un", "United Nations", "igo", "IGOUNO", None, "UN", None, "United Nations")

T1 = (
    "Moscow accuses Washington\n\n"
    "Russia accused Washington of meddling on Monday. Washington urged Russia to "
    "restore the talks, and Russia said it was ready to meet Washington envoys."
)
T2 = (
    "Threats traded\n\n"
    "Russia threatened to strike Washington targets. Russia did not attack "
    "Washington bases, officials said."
)
T3 = (
    "Army drills\n\n"
    "Russia criticized Washington again. The army fired shells near Washington "
    "positions. Last week Russia praised Washington for the prisoner swap. "
    "The United Nations called for calm."
)
T4 = "Undated note\n\nRussia thanked Washington."

ARTICLES: tuple[Article, ...] = (
    build(
        "wire-1",
        T1,
        "2024-03-04T08:00:00Z",  # a Monday
        [RUS, USA],
        [
            E(
                "rus",
                "usa",
                "112",
                -2.0,
                3,
                "accused Washington of meddling",
                speech=True,
            ),
            E(
                "usa",
                "rus",
                "0241",
                3.0,
                1,
                "urged Russia to restore the talks",
                speech=True,
            ),
            E(
                "rus",
                "usa",
                "036",
                4.0,
                1,
                "ready to meet Washington envoys",
                speech=True,
            ),
        ],
        url="https://example.org/wire-1",
    ),
    build(
        "wire-2",
        T2,
        "2024-03-10",  # the Sunday of the same ISO week
        [RUS, USA],
        [
            E("rus", "usa", "138", -7.0, 3, "threatened to strike", modality="threat"),
            E("rus", "usa", "190", -10.0, 4, "did not attack", negated=True),
        ],
    ),
    build(
        "wire-3",
        T3,
        "2024-03-11",  # the next Monday
        [RUS, USA, RUSMIL, UN],
        [
            E("rus", "usa", "111", -2.0, 3, "criticized Washington again"),
            E("rusmil", "usa", "195", -10.0, 4, "fired shells"),
            # the text dates this one: counted in February
            E("rus", "usa", "051", 3.4, 1, "praised Washington", date="2024-02-28"),
            E("un", None, "0243", 3.0, 1, "called for calm"),
        ],
    ),
    build("wire-4", T4, None, [RUS, USA], [E("rus", "usa", "051", 3.4, 1, "thanked")]),
)
