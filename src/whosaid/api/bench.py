"""Server benchmarks: GET latency beside a slow analysis; the speaker page's cost.

Two commands (``python -m whosaid.api.bench --help``):

``serve``
    Builds a synthetic corpus (or takes ``--db``), starts ``whosaid serve``'s
    app under uvicorn **in a child process** on 127.0.0.1 (an ephemeral port,
    the bound socket handed over), and from this process times ``GET``
    requests over the JSON API: first alone, then while one slow ``POST
    /api/v1/analyze`` (a long run-on sentence) is in flight, then while the
    slow one and a burst of small analyses (``--burst``) are sent.  GETs go
    out at a fixed rate (``--rate``), and each latency counts from when the
    request was due (no coordinated omission).  Prints
    p50/p95/max per phase, the status codes of the analyses, and whether the
    slow analysis was still running when the last GET ended.

``speaker-page``
    Builds the synthetic corpus at two scales (1x and ``--factor``x: the
    speakers grow with the corpus, one speaker keeps the same quotes) and
    times the speaker profile of the fixed speaker and of the most quoted
    one; prints the ratios and SQLite's plan of the speaker's quote query.
    Uses only :func:`whosaid.api.data.speaker_profile` and the store, so the
    same file run with an older whosaid on the path measures that version.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

__all__ = ["build_corpus", "main", "percentile"]

FIXED_SPEAKER = "Anna Berg"
FIXED_QUOTES = 40
_WORDS = tuple(
    [
        "budget",
        "vote",
        "talks",
        "grain",
        "corridor",
        "harbour",
        "bridge",
        "election",
        "treaty",
        "tariff",
        "pension",
        "reform",
        "border",
        "ceasefire",
        "inflation",
        "harvest",
        "railway",
        "strike",
        "summit",
        "coalition",
        "deficit",
        "vaccine",
        "drought",
        "pipeline",
        "subsidy",
    ]
)
SLOW_PHRASE = "Unclosed quote begins here and the official said it would continue, "


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values``, nearest-rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q * len(ordered) + 0.5)))
    return ordered[rank - 1]


# --- a synthetic corpus ---------------------------------------------------------


def _name(i: int) -> str:
    first = ("Ivan", "Maria", "Karl", "Lena", "Omar", "Sofia", "Jun", "Ada")[i % 8]
    return f"{first} Speaker{i:05d}"


def build_corpus(path: Path, *, articles: int, seed: int = 7) -> dict[str, Any]:
    """Write a synthetic corpus of ``articles`` articles to ``path``.

    Speakers: ``articles // 2`` of them, Zipf-like (a few speak often, most
    rarely), so the speakers and the top speaker's quotes grow with the
    corpus; :data:`FIXED_SPEAKER` has :data:`FIXED_QUOTES` quotes at any
    size.  Quotes name other speakers (full names and surnames).

    Returns:
        Counts and the most quoted speaker's name.
    """
    from whosaid.records import Article, Attribution, Span, Speaker
    from whosaid.store import Store

    rng = random.Random(seed)
    n_speakers = max(8, articles // 2)
    weights = [1.0 / (i + 1) for i in range(n_speakers)]
    fixed_at = set(rng.sample(range(articles), min(FIXED_QUOTES, articles)))
    total = 0
    said: Counter[str] = Counter()
    with Store(path) as store:
        for a in range(articles):
            speakers = rng.choices(range(n_speakers), weights, k=8)
            names = [_name(i) for i in speakers]
            if a in fixed_at:
                names[0] = FIXED_SPEAKER
            text = f"Report {a}\n\n"
            spans: list[tuple[int, int, int, int, str]] = []
            for name in names:
                other = _name(rng.randrange(n_speakers))
                mention = other if rng.random() < 0.5 else other.split()[-1]
                words = " ".join(rng.choices(_WORDS, k=12))
                content = f"We spoke with {mention} about the {words}"
                c0 = len(text) + 1
                text += f'"{content}," '
                s0 = len(text)
                text += f"{name} said.\n\n"
                spans.append((c0, c0 + len(content), s0, s0 + len(name), name))
                said[name] += 1
            attributions = tuple(
                Attribution(
                    id=f"art{a}:a{i}",
                    kind="direct",
                    source=(Span.of(text, s0, s1),),
                    cue=(Span.of(text, s1 + 1, s1 + 5),),
                    content=(Span.of(text, c0, c1),),
                    speaker=Speaker(
                        name=name,
                        mention=Span.of(text, s0, s1),
                        resolved_by="name",
                    ),
                    confidence=0.9,
                    method="synthetic",
                )
                for i, (c0, c1, s0, s1, name) in enumerate(spans)
            )
            total += len(attributions)
            store.save_article(
                Article(
                    id=f"art{a}",
                    path=None,
                    url=f"https://news.example/{a}",
                    date=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}",
                    title=Span.of(text, 0, len(f"Report {a}")),
                    section=(),
                    text=text,
                    body=(),
                    captions=(),
                    boilerplate=(),
                    attributions=attributions,
                    warnings=(),
                    error=None,
                    whosaid_version="bench",
                    model="synthetic",
                )
            )
    return {
        "articles": articles,
        "attributions": total,
        "speakers": len(said),
        "top": said.most_common(1)[0][0],
        "top_quotes": said.most_common(1)[0][1],
    }


# --- speaker page ------------------------------------------------------------------


def _time_profile(db: Path, name: str, repeat: int) -> tuple[float, float]:
    """(first call, best of ``repeat`` calls) of the speaker's profile."""
    from whosaid.api.data import reader, speaker_profile

    times = []
    for _ in range(repeat):
        with reader(db) as conn:
            start = time.perf_counter()
            profile = speaker_profile(conn, name)
            times.append(time.perf_counter() - start)
        assert profile is not None, name
    return times[0], min(times)


def speaker_page_bench(base: int, factor: int, repeat: int) -> None:
    """Print the speaker-page timings at two scales and their ratios."""
    from whosaid.api.data import reader

    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for scale in (1, factor):
            db = Path(tmp) / f"x{scale}.db"
            info = build_corpus(db, articles=base * scale)
            first, fixed = _time_profile(db, FIXED_SPEAKER, repeat)
            top = _time_profile(db, info["top"], repeat)[1]
            rows.append((scale, info, fixed, top))
            print(
                f"x{scale:<3} articles={info['articles']:>6} "
                f"attributions={info['attributions']:>7} "
                f"speakers={info['speakers']:>6}  "
                f"{FIXED_SPEAKER} ({FIXED_QUOTES} quotes): {fixed * 1000:8.2f} ms "
                f"(first call {first * 1000:.2f} ms)  "
                f"top speaker ({info['top_quotes']} quotes): {top * 1000:8.2f} ms",
                flush=True,
            )
        (_, _, f1, t1), (_, _, fn, tn) = rows
        print(
            f"ratio x{factor}/x1: fixed speaker {fn / f1:.2f}  "
            f"top speaker {tn / t1:.2f} (its quotes grew "
            f"{rows[1][1]['top_quotes'] / rows[0][1]['top_quotes']:.1f}x)"
        )
        with reader(Path(tmp) / f"x{factor}.db") as conn:
            plan = conn.execute(
                "EXPLAIN QUERY PLAN SELECT a.id FROM attributions AS a "
                "JOIN articles AS r ON r.id = a.article_id "
                "WHERE a.speaker_name = ? COLLATE NOCASE "
                "ORDER BY r.date_key IS NULL, r.date_key DESC, r.seq, a.idx",
                (FIXED_SPEAKER,),
            ).fetchall()
        print("plan of the speaker's quotes (speaker_is):")
        for row in plan:
            print("  " + str(row[3]))


# --- GET latency beside a slow analysis ------------------------------------------


class _Client:
    def __init__(self, port: int) -> None:
        self.port = port

    def request(
        self, method: str, path: str, body: bytes | None = None, timeout: float = 600
    ) -> tuple[int, float]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        start = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            return response.status, time.perf_counter() - start
        finally:
            conn.close()


def _gets(client: _Client, paths: Sequence[str], n: int, rate: float) -> list[float]:
    """``n`` GETs sent at ``rate`` per second whatever the answers (open loop).

    Each latency counts from when its request was due, so a stalled server
    shows in every request it holds up, not only in the few in flight.
    """
    times: list[float] = []
    errors: Counter[int] = Counter()
    lock = threading.Lock()
    start = time.perf_counter() + 0.05

    def one(i: int) -> None:
        due = start + i / rate
        status, _ = client.request("GET", paths[i % len(paths)])
        took = time.perf_counter() - due
        with lock:
            times.append(took)
            if status != 200:
                errors[status] += 1

    with ThreadPoolExecutor(max_workers=min(n, 256)) as pool:
        for i in range(n):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, i)
    if errors:
        print(f"  GET errors: {dict(errors)}")
    return times


_BURST = """
import http.client, json, sys, threading
from collections import Counter
port, n, body = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].encode()
statuses, lock = Counter(), threading.Lock()
def post():
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
    conn.request("POST", "/api/v1/analyze", body=body, headers={
        "Host": f"127.0.0.1:{port}", "Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    with lock:
        statuses[response.status] += 1
threads = [threading.Thread(target=post) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps(statuses))
"""
"""A burst of ``n`` small analyses at once, from a process of its own."""


def _report(label: str, times: list[float]) -> float:
    p95 = percentile(times, 0.95) * 1000
    print(
        f"{label:<34} n={len(times):>4}  p50 {percentile(times, 0.5) * 1000:7.1f} ms"
        f"  p95 {p95:7.1f} ms  max {max(times) * 1000:7.1f} ms",
        flush=True,
    )
    return p95


def _start_server(db: Path, timeout_s: float) -> tuple[subprocess.Popen[bytes], int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    args = ["_server", "--fd", str(sock.fileno()), "--db", str(db)]
    args += ["--timeout", str(timeout_s)]
    # This very file, whichever whosaid is on the path (to compare versions).
    run = (
        "import runpy, sys; f = sys.argv[1]; sys.argv = [f, *sys.argv[2:]]; "
        "runpy.run_path(f, run_name='__main__')"
    )
    cmd = [sys.executable, "-c", run, str(Path(__file__).resolve()), *args]
    proc = subprocess.Popen(cmd, pass_fds=[sock.fileno()])
    sock.close()
    return proc, port


def _run_server(fd: int, db: Path, timeout_s: float) -> None:
    import uvicorn

    from whosaid.api.app import create_app

    try:
        from whosaid.api.analysis import AnalyzeLimits
    except ImportError:  # a whosaid before the analysis pool: compare with it
        app = create_app(db)
    else:
        limits = AnalyzeLimits(timeout_s=timeout_s)
        app = create_app(db, bind_host="127.0.0.1", analyze=limits)
    uvicorn.run(app, fd=fd, log_level="warning")


def serve_bench(
    db: Path | None, *, requests: int, rate: float, slow_repeat: int, burst: int
) -> None:
    """Print GET latency alone, beside a slow analysis, and beside a burst."""
    with tempfile.TemporaryDirectory() as tmp:
        if db is None:
            db = Path(tmp) / "corpus.db"
            info = build_corpus(db, articles=300)
            print(
                f"corpus: {info['articles']} articles, {info['attributions']} "
                f"attributions, {info['speakers']} speakers (synthetic)"
            )
        proc, port = _start_server(db, timeout_s=120.0)
        try:
            _bench_against(port, requests, rate, slow_repeat, burst)
        finally:
            proc.terminate()
            proc.wait(30)


def _bench_against(
    port: int, requests: int, rate: float, slow_repeat: int, burst: int
) -> None:
    client = _Client(port)
    deadline = time.monotonic() + 300
    small = json.dumps({"text": 'Short.\n\n"We agree," the mayor said.'}).encode()
    while True:  # up, and the analysis worker warm
        try:
            status, took = client.request("POST", "/api/v1/analyze", small)
            if status == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit("the server did not come up")
        time.sleep(0.5)
    print(f"server on 127.0.0.1:{port}; warm analysis {took * 1000:.0f} ms")
    paths = [
        "/api/v1/speakers",
        "/api/v1/articles?limit=20",
        "/api/v1/quotes?about=budget&limit=20",
        "/api/v1/speakers?limit=10&offset=5",
    ]
    _gets(client, paths, 20, rate)  # warm the threads and the page cache
    _report("GET alone", _gets(client, paths, requests, rate))

    slow_body = json.dumps({"text": '"' + SLOW_PHRASE * slow_repeat}).encode()
    slow: dict[str, Any] = {}

    def run_slow() -> None:
        status, took = client.request("POST", "/api/v1/analyze", slow_body)
        slow.update(status=status, took=took, ended=time.perf_counter())

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(1.0)
    if slow:
        print(f"the slow analysis ended too early ({slow}): raise --slow-repeat")
    times = _gets(client, paths, requests, rate)
    in_flight = not slow
    p95 = _report("GET beside 1 slow analyze", times)
    print(f"  slow analyze still in flight after the GETs: {in_flight}")

    # The burst comes from another process, so that its threads do not slow
    # down this process's GET clients (and the measured latencies).
    burst_proc = subprocess.Popen(
        [sys.executable, "-c", _BURST, str(client.port), str(burst), small.decode()],
        stdout=subprocess.PIPE,
        text=True,
    )
    times = _gets(client, paths, requests, rate)
    in_flight_burst = not slow
    p95_burst = _report(f"GET beside slow + {burst} small analyze", times)
    print(f"  slow analyze still in flight after the GETs: {in_flight_burst}")
    out, _ = burst_proc.communicate(timeout=900)
    statuses = {int(k): v for k, v in json.loads(out or "{}").items()}
    print(f"  small analyses answered: {dict(sorted(statuses.items()))}")
    thread.join()
    print(
        f"slow analyze ({len(slow_body):,} bytes): HTTP {slow['status']} "
        f"after {slow['took']:.1f} s"
    )
    verdict = "yes" if max(p95, p95_burst) < 100 else "no"
    print(f"GET p95 < 100 ms with a slow analyze in flight: {verdict}")


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m whosaid.api.bench serve|speaker-page``."""
    parser = argparse.ArgumentParser(prog="python -m whosaid.api.bench")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="GET latency beside a slow analysis")
    p.add_argument("--db", type=Path, default=None)
    p.add_argument("--requests", type=int, default=200, help="GETs per phase")
    p.add_argument("--rate", type=float, default=50.0, help="GETs per second")
    p.add_argument("--slow-repeat", type=int, default=2000)
    p.add_argument("--burst", type=int, default=40)
    p = sub.add_parser("speaker-page", help="speaker page cost at two scales")
    p.add_argument("--articles", type=int, default=84)
    p.add_argument("--factor", type=int, default=10)
    p.add_argument("--repeat", type=int, default=10)
    p = sub.add_parser("_server")
    p.add_argument("--fd", type=int, required=True)
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--timeout", type=float, required=True)
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve_bench(
            args.db,
            requests=args.requests,
            rate=args.rate,
            slow_repeat=args.slow_repeat,
            burst=args.burst,
        )
    elif args.command == "speaker-page":
        speaker_page_bench(args.articles, args.factor, args.repeat)
    else:
        os.environ.setdefault("PYTHONUNBUFFERED", "1")
        _run_server(args.fd, args.db, args.timeout)


if __name__ == "__main__":
    main()
