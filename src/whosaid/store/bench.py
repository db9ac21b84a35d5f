"""Quote-search latency benchmark on an existing corpus database.

Method (:func:`run_query_bench`), all in one process:

1. **Draw the queries** from the database itself with a seeded RNG, so the
   same database and seed give the same queries: speaker filters from
   :func:`~whosaid.store.list_speakers` (frequent names, rare names, and
   partial names: a surname or a lower-case fragment), ``about`` words (one
   or two) taken from stored quote texts, date ranges between stored article
   dates, the combinations speaker + dates, about + dates and speaker +
   about, and the unfiltered first page.  Query kinds take turns, so every
   kind the corpus allows gets its share.
2. **Warm up**: the first queries (at most :data:`WARMUP_QUERIES`) run once
   through both paths, untimed.
3. **Time** each query through both paths, interleaved (so a drift in
   machine speed hits both alike):

   * ``direct``: :func:`~whosaid.store.search_quotes` on one read-only
     connection opened beforehand (results materialized);
   * ``api``: ``GET /api/v1/quotes`` through FastAPI's ``TestClient`` (in
     process, no network): routing, validation, a read-only connection per
     request, the query and the JSON response.

   Both use the API's default page size (50).  Each result count of the API
   must equal the direct one; a difference is counted in ``mismatches``.
4. **Baselines**, interleaved with the queries: a ``SELECT 1`` round trip
   and :func:`~whosaid.store.get_article` of a random stored article on the
   same connection, and ``GET /api/v1/articles/{id}`` through the client.
   The ratios ``search p95 / baseline p95`` compare runs across machines of
   different speed better than the raw milliseconds do.

The target is a p95 quote-search latency under :data:`TARGET_P95_MS`
milliseconds; the report says whether each path meets it.  Latencies are
``time.perf_counter`` wall-clock times; the garbage collector is run before
timing but stays on.
"""

from __future__ import annotations

import gc
import math
import os
import random
import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from whosaid._version import __version__
from whosaid.store.db import open_read_only
from whosaid.store.migrate import StoreError
from whosaid.store.queries import (
    DEFAULT_LIMIT,
    get_article,
    list_speakers,
    search_quotes,
)

__all__ = [
    "DEFAULT_QUERIES",
    "TARGET_P95_MS",
    "WARMUP_QUERIES",
    "LatencyStats",
    "QueryBenchReport",
    "QuerySpec",
    "draw_queries",
    "percentile",
    "run_query_bench",
]

DEFAULT_QUERIES = 200
TARGET_P95_MS = 50.0
"""A quote search should answer within this many ms at the 95th percentile."""
WARMUP_QUERIES = 20
"""Queries run once through each path, untimed, before timing."""

_SAMPLE_QUOTES = 400
"""Quote texts sampled for ``about`` words."""
_WORD = re.compile(r"[^\W\d_]{4,}")
_STOPWORD_TEXT = """
    about above after again also because been before being below between both
    could does doing down during each even ever every from further have having
    here hers herself himself into itself just like made make many might more
    most much must myself never only other ours over said same says should since
    some still such than that their theirs them themselves then there these they
    this those though through under until upon very were what when where whether
    which while whom whose will with within without would your yours
    """
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

KINDS = (
    "speaker_frequent",
    "speaker_rare",
    "speaker_partial",
    "about_one_word",
    "about_two_words",
    "date_range",
    "speaker_and_dates",
    "about_and_dates",
    "speaker_and_about",
    "unfiltered",
)
"""Query kinds, in the order they take turns."""


@dataclass(frozen=True, slots=True, kw_only=True)
class QuerySpec:
    """One quote search: the filters of :func:`search_quotes` (``None``: none)."""

    kind: str
    speaker: str | None = None
    about: str | None = None
    since: str | None = None
    until: str | None = None

    def params(self) -> dict[str, str]:
        """The set filters, as query parameters of ``GET /api/v1/quotes``."""
        values = {
            "speaker": self.speaker,
            "about": self.about,
            "since": self.since,
            "until": self.until,
        }
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True, slots=True, kw_only=True)
class LatencyStats:
    """Latencies of one timed path, in milliseconds.

    Percentiles interpolate linearly between the nearest ranks.
    """

    name: str
    count: int
    mean_ms: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    @classmethod
    def of(cls, name: str, seconds: Sequence[float]) -> LatencyStats:
        """Summarize latencies given in seconds."""
        ms = sorted(s * 1000.0 for s in seconds)
        if not ms:
            return cls(
                name=name,
                count=0,
                mean_ms=math.nan,
                p50_ms=math.nan,
                p95_ms=math.nan,
                p99_ms=math.nan,
                max_ms=math.nan,
            )
        return cls(
            name=name,
            count=len(ms),
            mean_ms=sum(ms) / len(ms),
            p50_ms=percentile(ms, 50),
            p95_ms=percentile(ms, 95),
            p99_ms=percentile(ms, 99),
            max_ms=ms[-1],
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class QueryBenchReport:
    """The benchmark result.

    Attributes:
        db_path: The database benchmarked.
        seed: The RNG seed the queries were drawn with.
        articles: Articles in the corpus.
        attributions: Attributions in the corpus.
        speakers: Distinct speaker names.
        dated_articles: Articles with a readable date.
        queries: The queries timed, in order.
        results: Quotes each query found (direct path), in order.
        direct: ``search_quotes`` on one read-only connection.
        api: ``GET /api/v1/quotes`` through the TestClient.
        by_kind: The direct path per query kind.
        baselines: ``select_1`` and ``get_article`` (direct) and
            ``api_article`` (``GET /api/v1/articles/{id}``).
        mismatches: Queries whose API result count differed from the direct
            one (should be 0).
        limit: Page size of every search.
        warmup: Queries run untimed first, through each path.
        target_p95_ms: The p95 target.
        sqlite_version: The SQLite library version.
        whosaid_version: The whosaid version.
    """

    db_path: str
    seed: int
    articles: int
    attributions: int
    speakers: int
    dated_articles: int
    queries: tuple[QuerySpec, ...]
    results: tuple[int, ...]
    direct: LatencyStats
    api: LatencyStats
    by_kind: tuple[LatencyStats, ...]
    baselines: tuple[LatencyStats, ...]
    mismatches: int
    limit: int = DEFAULT_LIMIT
    warmup: int = 0
    target_p95_ms: float = TARGET_P95_MS
    sqlite_version: str = sqlite3.sqlite_version
    whosaid_version: str = __version__

    def baseline(self, name: str) -> LatencyStats:
        """The baseline called ``name``."""
        for b in self.baselines:
            if b.name == name:
                return b
        raise KeyError(name)

    @property
    def direct_meets_target(self) -> bool:
        """Whether the direct path's p95 is under the target."""
        return self.direct.p95_ms < self.target_p95_ms

    @property
    def api_meets_target(self) -> bool:
        """Whether the API path's p95 is under the target."""
        return self.api.p95_ms < self.target_p95_ms

    @property
    def meets_target(self) -> bool:
        """Whether both paths have a p95 under the target."""
        return self.direct_meets_target and self.api_meets_target

    def ratios(self) -> dict[str, float]:
        """p95 of each search path over the p95 of its baselines."""
        article = self.baseline("get_article").p95_ms
        select1 = self.baseline("select_1").p95_ms
        api_article = self.baseline("api_article").p95_ms
        return {
            "direct_p95_over_get_article_p95": _ratio(self.direct.p95_ms, article),
            "direct_p95_over_select_1_p95": _ratio(self.direct.p95_ms, select1),
            "api_p95_over_api_article_p95": _ratio(self.api.p95_ms, api_article),
        }

    def to_dict(self) -> dict[str, Any]:
        """All figures as a JSON-ready dict (verdicts and ratios included)."""
        out = {
            "db_path": self.db_path,
            "seed": self.seed,
            "corpus": {
                "articles": self.articles,
                "attributions": self.attributions,
                "speakers": self.speakers,
                "dated_articles": self.dated_articles,
            },
            "limit": self.limit,
            "warmup": self.warmup,
            "direct": asdict(self.direct),
            "api": asdict(self.api),
            "by_kind": [asdict(s) for s in self.by_kind],
            "baselines": [asdict(b) for b in self.baselines],
            "ratios": self.ratios(),
            "mismatches": self.mismatches,
            "target_p95_ms": self.target_p95_ms,
            "direct_meets_target": self.direct_meets_target,
            "api_meets_target": self.api_meets_target,
            "meets_target": self.meets_target,
            "queries": [
                {**asdict(q), "results": n}
                for q, n in zip(self.queries, self.results, strict=True)
            ],
            "sqlite_version": self.sqlite_version,
            "whosaid_version": self.whosaid_version,
        }
        return {k: _json_safe(v) for k, v in out.items()}

    def format_table(self) -> str:
        """A readable table of the latencies, baselines, ratios and verdict."""
        head = (
            f"{'path':<20}{'count':>7}{'mean':>9}{'p50':>9}"
            f"{'p95':>9}{'p99':>9}{'max':>9}"
        )
        rule = "-" * len(head)

        def row(s: LatencyStats) -> str:
            return (
                f"{s.name:<20}{s.count:>7}{s.mean_ms:>9.2f}{s.p50_ms:>9.2f}"
                f"{s.p95_ms:>9.2f}{s.p99_ms:>9.2f}{s.max_ms:>9.2f}"
            )

        found = sum(self.results)
        empty = sum(1 for n in self.results if n == 0)
        lines = [
            f"whosaid {self.whosaid_version} bench-queries: {self.db_path}",
            f"corpus: {self.articles:,} articles, {self.attributions:,} "
            f"attributions, {self.speakers:,} speakers; SQLite {self.sqlite_version}",
            f"{len(self.queries)} queries (seed {self.seed}, limit {self.limit}, "
            f"{self.warmup} warm-up), {found:,} quotes found, {empty} queries empty",
            "",
            "latency, ms",
            head,
            rule,
            row(self.direct),
            row(self.api),
            rule,
            *(row(b) for b in self.baselines),
            "",
            "direct path by query kind",
            head,
            rule,
            *(row(s) for s in self.by_kind),
            "",
            "ratios: " + ", ".join(f"{k} {v:.1f}" for k, v in self.ratios().items()),
        ]
        if self.mismatches:
            lines.append(
                f"WARNING: {self.mismatches} queries gave another result count "
                "through the API than directly"
            )
        for label, stats, ok in (
            ("direct", self.direct, self.direct_meets_target),
            ("api", self.api, self.api_meets_target),
        ):
            verdict = "yes" if ok else "NO"
            lines.append(
                f"p95 < {self.target_p95_ms:g} ms ({label}): {verdict} "
                f"({stats.p95_ms:.2f} ms)"
            )
        lines.append(
            "direct = search_quotes on one read-only connection; api = GET "
            "/api/v1/quotes via TestClient (in process); paths and baselines "
            "interleaved per query."
        )
        return "\n".join(lines)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of sorted values, linearly interpolated."""
    if not sorted_values:
        return math.nan
    pos = (len(sorted_values) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    frac = pos - lo
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * frac


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 else math.nan


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


# --- drawing the queries ---------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class _Material:
    frequent: list[str]
    rare: list[str]
    partial: list[str]
    words: list[str]
    days: list[str]


def _material(conn: sqlite3.Connection, rng: random.Random) -> _Material:
    speakers = list_speakers(conn)
    names = [s.name for s in speakers]
    tenth = max(1, len(names) // 10)
    frequent = names[:tenth]
    rare = [s.name for s in speakers if s.attributions == 1] or names[-tenth:]
    partial: list[str] = []
    for name in names:
        parts = name.split()
        if len(parts) > 1 and len(parts[-1]) >= 3:
            partial.append(parts[-1])  # a surname
        elif len(name) >= 5:
            start = len(name) // 3
            partial.append(name[start : start + 3].lower())  # a fragment
    partial = sorted(set(partial))

    lo, hi = conn.execute("SELECT min(seq), max(seq) FROM attributions").fetchone()
    texts: list[str] = []
    if lo is not None:
        for _ in range(_SAMPLE_QUOTES):
            row = conn.execute(
                "SELECT content_text FROM attributions WHERE seq >= ? "
                "ORDER BY seq LIMIT 1",
                (rng.randint(lo, hi),),
            ).fetchone()
            if row is not None:
                texts.append(row[0])
    words = sorted(
        {
            w.lower()
            for t in texts
            for w in _WORD.findall(t)
            if w.lower() not in _STOPWORDS
        }
    )
    days = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT date_key FROM articles "
            "WHERE date_key IS NOT NULL ORDER BY date_key"
        )
    ]
    return _Material(
        frequent=frequent, rare=rare, partial=partial, words=words, days=days
    )


def _date_range(rng: random.Random, days: list[str]) -> tuple[str, str]:
    i, j = sorted((rng.randrange(len(days)), rng.randrange(len(days))))
    return days[i], days[j]


def _speaker(rng: random.Random, m: _Material) -> str:
    pool = rng.choice([p for p in (m.frequent, m.rare, m.partial) if p])
    return rng.choice(pool)


def _spec(kind: str, rng: random.Random, m: _Material) -> QuerySpec:
    if kind == "speaker_frequent":
        return QuerySpec(kind=kind, speaker=rng.choice(m.frequent))
    if kind == "speaker_rare":
        return QuerySpec(kind=kind, speaker=rng.choice(m.rare))
    if kind == "speaker_partial":
        return QuerySpec(kind=kind, speaker=rng.choice(m.partial))
    if kind == "about_one_word":
        return QuerySpec(kind=kind, about=rng.choice(m.words))
    if kind == "about_two_words":
        return QuerySpec(kind=kind, about=" ".join(rng.sample(m.words, 2)))
    if kind == "date_range":
        since, until = _date_range(rng, m.days)
        return QuerySpec(kind=kind, since=since, until=until)
    if kind == "speaker_and_dates":
        since, until = _date_range(rng, m.days)
        return QuerySpec(kind=kind, speaker=_speaker(rng, m), since=since, until=until)
    if kind == "about_and_dates":
        since, until = _date_range(rng, m.days)
        return QuerySpec(kind=kind, about=rng.choice(m.words), since=since, until=until)
    if kind == "speaker_and_about":
        return QuerySpec(kind=kind, speaker=_speaker(rng, m), about=rng.choice(m.words))
    return QuerySpec(kind="unfiltered")


def _possible(kind: str, m: _Material) -> bool:
    speaker = bool(m.frequent or m.rare or m.partial)
    needs: dict[str, bool] = {
        "speaker_frequent": bool(m.frequent),
        "speaker_rare": bool(m.rare),
        "speaker_partial": bool(m.partial),
        "about_one_word": bool(m.words),
        "about_two_words": len(m.words) >= 2,
        "date_range": bool(m.days),
        "speaker_and_dates": speaker and bool(m.days),
        "about_and_dates": bool(m.words) and bool(m.days),
        "speaker_and_about": speaker and bool(m.words),
    }
    return needs.get(kind, True)


def draw_queries(
    conn: sqlite3.Connection, *, queries: int, seed: int
) -> list[QuerySpec]:
    """Draw ``queries`` query specs from the corpus, deterministically.

    Kinds (:data:`KINDS`) take turns; a kind the corpus cannot feed (no dated
    article, no named speaker...) is skipped.

    Args:
        conn: An open connection to the corpus.
        queries: How many.
        seed: The RNG seed.
    """
    rng = random.Random(seed)
    material = _material(conn, rng)
    kinds = [k for k in KINDS if _possible(k, material)]
    return [_spec(kinds[i % len(kinds)], rng, material) for i in range(queries)]


# --- timing ----------------------------------------------------------------------


def run_query_bench(
    db_path: str | os.PathLike[str],
    *,
    queries: int = DEFAULT_QUERIES,
    seed: int = 0,
) -> QueryBenchReport:
    """Time quote searches on a corpus database, directly and through the API.

    See the module docstring for the method.

    Args:
        db_path: The corpus database.
        queries: How many queries to draw and time (at least 1).
        seed: The RNG seed of the draw (same database + seed: same queries).

    Returns:
        The report.

    Raises:
        ValueError: ``queries`` is below 1.
        StoreError: no usable corpus at ``db_path``, or one without articles.
    """
    if queries < 1:
        raise ValueError(f"queries must be at least 1, got {queries}")
    from fastapi.testclient import TestClient

    from whosaid.api.analysis import AnalyzeLimits
    from whosaid.api.app import create_app

    path = Path(db_path)
    conn = open_read_only(path)
    try:
        articles, dated = conn.execute(
            "SELECT count(*), count(date_key) FROM articles"
        ).fetchone()
        attributions = conn.execute("SELECT count(*) FROM attributions").fetchone()[0]
        if not articles:
            raise StoreError(
                f"{path}: the corpus has no articles to benchmark on",
                code="store.empty",
            )
        speakers = len(list_speakers(conn))
        specs = draw_queries(conn, queries=queries, seed=seed)
        article_ids = [
            r[0] for r in conn.execute("SELECT id FROM articles ORDER BY seq")
        ]
        rng = random.Random(seed + 1)
        picks = [rng.choice(article_ids) for _ in specs]

        app = create_app(path, analyze=AnalyzeLimits(processes=False))
        with TestClient(
            app, base_url="http://127.0.0.1", raise_server_exceptions=True
        ) as client:

            def direct(spec: QuerySpec) -> int:
                return len(
                    search_quotes(
                        conn,
                        speaker=spec.speaker,
                        about=spec.about,
                        since=spec.since,
                        until=spec.until,
                        limit=DEFAULT_LIMIT,
                    )
                )

            def api(spec: QuerySpec) -> int:
                response = client.get(
                    "/api/v1/quotes", params={**spec.params(), "limit": DEFAULT_LIMIT}
                )
                response.raise_for_status()
                items: list[Any] = response.json()["items"]
                return len(items)

            def api_article(article_id: str) -> None:
                client.get(
                    f"/api/v1/articles/{quote(article_id, safe='')}"
                ).raise_for_status()

            warmup = specs[:WARMUP_QUERIES]
            for spec, article_id in zip(warmup, picks, strict=False):
                direct(spec)
                api(spec)
                get_article(conn, article_id)
                api_article(article_id)
                conn.execute("SELECT 1").fetchone()

            times: dict[str, list[float]] = {
                k: []
                for k in ("direct", "api", "select_1", "get_article", "api_article")
            }
            by_kind: dict[str, list[float]] = {}
            results: list[int] = []
            mismatches = 0
            gc.collect()
            for spec, article_id in zip(specs, picks, strict=True):
                start = time.perf_counter()
                conn.execute("SELECT 1").fetchone()
                times["select_1"].append(time.perf_counter() - start)

                start = time.perf_counter()
                n = direct(spec)
                elapsed = time.perf_counter() - start
                times["direct"].append(elapsed)
                by_kind.setdefault(spec.kind, []).append(elapsed)

                start = time.perf_counter()
                get_article(conn, article_id)
                times["get_article"].append(time.perf_counter() - start)

                start = time.perf_counter()
                n_api = api(spec)
                times["api"].append(time.perf_counter() - start)

                start = time.perf_counter()
                api_article(article_id)
                times["api_article"].append(time.perf_counter() - start)

                results.append(n)
                if n_api != n:
                    mismatches += 1
    finally:
        conn.close()

    return QueryBenchReport(
        db_path=str(path),
        seed=seed,
        articles=int(articles),
        attributions=int(attributions),
        speakers=speakers,
        queries=tuple(specs),
        results=tuple(results),
        direct=LatencyStats.of("direct search", times["direct"]),
        api=LatencyStats.of("api search", times["api"]),
        by_kind=tuple(
            LatencyStats.of(kind, by_kind[kind]) for kind in KINDS if kind in by_kind
        ),
        baselines=(
            LatencyStats.of("select_1", times["select_1"]),
            LatencyStats.of("get_article", times["get_article"]),
            LatencyStats.of("api_article", times["api_article"]),
        ),
        mismatches=mismatches,
        warmup=len(warmup),
        dated_articles=int(dated),
    )
