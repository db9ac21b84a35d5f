"""The server's hardening: limits, Host/Origin checks, headers, links, paging,
read-only storage and the speaker page's cost (issue 12).

Uses the hand-made corpus of ``test_api``; no model is loaded.  Concurrency is
measured by ``python -m whosaid.api.bench serve``, not here.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pool_jobs import sleepy
from test_api import BASE_URL, IN_PROCESS, OSLO, assert_envelope, kyiv, oslo

from whosaid.api import data
from whosaid.api.analysis import AnalysisPool, AnalyzeLimits, Busy, JobFailed, Timeout
from whosaid.api.app import MAX_OFFSET, create_app
from whosaid.api.security import (
    SECURITY_HEADERS,
    allowed_hosts,
    host_name,
    is_json_media_type,
    web_url,
)
from whosaid.records import Article
from whosaid.store import Store, open_read_only, read_only_uri
from whosaid.store import db as store_db


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        store.save_article(oslo())
        store.save_article(kyiv())
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, analyze=IN_PROCESS), base_url=BASE_URL) as c:
        yield c


def post_json(client: TestClient, body: Any, **headers: str) -> Any:
    return client.post("/api/v1/analyze", json=body, headers=headers)


# --- security headers ---------------------------------------------------------------


def assert_security_headers(response: Any) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (name, response.request.url)
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "http" not in csp and "*" not in csp  # no external source


def test_security_headers_on_every_response(db: Path) -> None:
    app = create_app(db, analyze=IN_PROCESS)
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as c:
        for url in (
            "/api/v1/articles",
            "/articles",
            "/articles/oslo",
            "/speakers/Anna Berg",
            "/static/whosaid.css",
            "/docs",
            "/redoc",
            "/openapi.json",
            "/api/v1/nope",  # 404
            "/api/v1/articles?limit=x",  # 422
        ):
            assert_security_headers(c.get(url))
        assert_security_headers(c.post("/api/v1/analyze", content=b"x"))  # 415
        assert_security_headers(c.get("/", headers={"Host": "evil.example"}))  # 400


def test_security_headers_on_internal_errors(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret")

    monkeypatch.setattr(data, "articles_page", boom)
    app = create_app(db, analyze=IN_PROCESS)
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as c:
        r = c.get("/api/v1/articles")
    assert_envelope(r, 500, "internal")
    assert_security_headers(r)


# --- Host and Origin ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "host"),
    [
        ("localhost", "localhost"),
        ("LOCALHOST:8000", "localhost"),
        ("127.0.0.1:8000", "127.0.0.1"),
        ("[::1]:8000", "::1"),
        ("[::1]", "::1"),
        ("corpus.example.", "corpus.example"),
        ("", None),
        ("[::1", None),
        ("a:b:c", None),
        ("host:port", None),
    ],
)
def test_host_name(value: str, host: str | None) -> None:
    assert host_name(value) == host


def test_allowed_hosts_defaults_and_bind_address() -> None:
    assert allowed_hosts() == {"localhost", "127.0.0.1", "::1"}
    assert "10.0.0.5" in allowed_hosts("10.0.0.5")
    assert "fe80::1" in allowed_hosts("fe80::1")
    assert allowed_hosts("0.0.0.0") == allowed_hosts()  # names no host
    assert "corpus.example" in allowed_hosts(None, ["Corpus.Example"])


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "127.0.0.2", "localhost.evil.example"]
)
def test_bad_host_is_400(client: TestClient, host: str) -> None:
    r = client.get("/api/v1/speakers", headers={"Host": host})
    body = assert_envelope(r, 400, "request.bad_host")
    assert "--allow-host" in body["error"]["message"]


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1", "[::1]:8000"])
def test_loopback_hosts_are_served(client: TestClient, host: str) -> None:
    assert client.get("/api/v1/speakers", headers={"Host": host}).status_code == 200


def test_configured_hosts(db: Path) -> None:
    app = create_app(
        db, hosts=["corpus.example"], bind_host="10.1.2.3", analyze=IN_PROCESS
    )
    with TestClient(app, base_url="http://corpus.example") as c:
        assert c.get("/api/v1/speakers").status_code == 200
        headers = {"Host": "10.1.2.3:8000"}
        assert c.get("/api/v1/speakers", headers=headers).status_code == 200
        headers = {"Host": "other.example"}
        assert c.get("/api/v1/speakers", headers=headers).status_code == 400
    app = create_app(db, hosts=["*"], analyze=IN_PROCESS)
    with TestClient(app, base_url="http://any.example") as c:
        assert c.get("/api/v1/speakers").status_code == 200


@pytest.fixture
def fake_analysis(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """whosaid.process replaced by the Oslo record; returns the texts seen."""
    seen: list[str] = []

    def fake(text: str, **kwargs: Any) -> Article:
        seen.append(text)
        return oslo()

    monkeypatch.setattr("whosaid.pipeline.process", fake)
    return seen


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "http://127.0.0.1:9999"},  # another port is another origin
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
    ],
)
def test_cross_origin_post_is_403(
    client: TestClient, fake_analysis: list[str], headers: dict[str, str]
) -> None:
    r = post_json(client, {"text": OSLO}, **headers)
    assert_envelope(r, 403, "request.cross_origin")
    assert fake_analysis == []


def test_same_origin_post_and_cross_origin_get_pass(
    client: TestClient, fake_analysis: list[str]
) -> None:
    r = post_json(
        client, {"text": OSLO}, Origin=BASE_URL, **{"Sec-Fetch-Site": "same-origin"}
    )
    assert r.status_code == 200, r.text
    assert fake_analysis == [OSLO]
    r = client.get("/api/v1/speakers", headers={"Origin": "http://evil.example"})
    assert r.status_code == 200
    assert "access-control-allow-origin" not in r.headers


# --- JSON bodies only ---------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain",
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        None,
    ],
)
def test_non_json_post_is_415(
    client: TestClient, fake_analysis: list[str], content_type: str | None
) -> None:
    body = (
        b'{"text": "' + OSLO.replace("\n", "\\n").replace('"', '\\"').encode() + b'"}'
    )
    headers = {"Content-Type": content_type} if content_type else {}
    r = client.post("/api/v1/analyze", content=body, headers=headers)
    assert_envelope(r, 415, "request.unsupported_media_type")
    assert fake_analysis == []


def test_json_media_types() -> None:
    assert is_json_media_type("application/json")
    assert is_json_media_type("Application/JSON; charset=utf-8")
    assert is_json_media_type("application/merge-patch+json")
    assert not is_json_media_type("text/json+plain")
    assert not is_json_media_type("text/plain")
    assert not is_json_media_type(None)


# --- limits of the analysis ------------------------------------------------------


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """whosaid.process blocks until the event is set (then: the Oslo record)."""
    event = threading.Event()

    def blocked(text: str, **kwargs: Any) -> Article:
        event.wait(30)
        return oslo()

    monkeypatch.setattr("whosaid.pipeline.process", blocked)
    yield event
    event.set()


def _wait_for(predicate: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_full_queue_is_429_and_gets_still_answer(
    db: Path, gate: threading.Event
) -> None:
    limits = AnalyzeLimits(workers=1, queue=1, timeout_s=30, processes=False)
    app = create_app(db, analyze=limits)
    pool: AnalysisPool = app.state.analysis
    with TestClient(app, base_url=BASE_URL) as c:
        answers: list[int] = []
        posts = [
            threading.Thread(
                target=lambda: answers.append(post_json(c, {"text": OSLO}).status_code)
            )
            for _ in range(2)
        ]
        for t in posts:
            t.start()
        _wait_for(lambda: pool.pending == 2)  # one running, one queued
        r = post_json(c, {"text": OSLO})
        body = assert_envelope(r, 429, "analyze.busy")
        assert "1 queued" in body["error"]["message"]
        assert int(r.headers["retry-after"]) >= 1
        assert c.get("/api/v1/speakers").status_code == 200  # not blocked
        gate.set()
        for t in posts:
            t.join(10)
    assert answers == [200, 200]
    assert pool.pending == 0


def test_analysis_over_budget_is_504(db: Path, gate: threading.Event) -> None:
    limits = AnalyzeLimits(workers=1, queue=1, timeout_s=0.2, processes=False)
    with TestClient(create_app(db, analyze=limits), base_url=BASE_URL) as c:
        r = post_json(c, {"text": OSLO})
        body = assert_envelope(r, 504, "analyze.timeout")
        assert "0.2 s" in body["error"]["message"]
        gate.set()


def test_queued_past_budget_is_503_without_running() -> None:
    started: list[int] = []
    release = threading.Event()

    def job(payload: dict[str, Any]) -> dict[str, Any]:
        started.append(payload["n"])
        release.wait(10)
        return {}

    async def scenario() -> None:
        limits = AnalyzeLimits(workers=1, queue=2, timeout_s=0.3, processes=False)
        pool = AnalysisPool(limits, job=job)
        first = asyncio.ensure_future(pool.run({"n": 1}))
        await asyncio.sleep(0.05)
        with pytest.raises(Busy) as queued:
            await pool.run({"n": 2})
        assert queued.value.queued
        with pytest.raises(Timeout):
            await first
        release.set()
        pool.close()

    asyncio.run(scenario())
    assert started == [1]


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError, match="workers"):
        AnalyzeLimits(workers=0)
    with pytest.raises(ValueError, match="queue"):
        AnalyzeLimits(queue=-1)
    with pytest.raises(ValueError, match="timeout"):
        AnalyzeLimits(timeout_s=0)


def test_process_worker_is_stopped_past_the_budget() -> None:
    """A process-mode analysis over budget is killed; the next one gets a new one."""

    async def scenario() -> None:
        limits = AnalyzeLimits(workers=1, queue=0, timeout_s=1.0, processes=True)
        pool = AnalysisPool(limits, job=sleepy)
        try:
            first = await pool.run({"echo": "a"})
            assert first["echo"] == "a" and first["pid"] != os.getpid()
            started = time.monotonic()
            with pytest.raises(Timeout):
                await pool.run({"sleep": 60})
            assert time.monotonic() - started < 20
            with pytest.raises(JobFailed, match="bad payload"):
                await pool.run({"fail": True})
            second = await pool.run({"echo": "b"})
            assert second["echo"] == "b" and second["pid"] != first["pid"]
            assert pool.pending == 0
        finally:
            pool.close()

    asyncio.run(scenario())


# --- links from stored URLs ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.domain)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "http:/no-host",
        "file:///etc/passwd",
    ],
)
def test_stored_url_that_is_not_http_is_not_a_link(tmp_path: Path, url: str) -> None:
    assert web_url(url) is None
    path = tmp_path / "xss.db"
    record = oslo()
    with Store(path) as store:
        store.save_article(
            Article(**{**{f: getattr(record, f) for f in record.__slots__}, "url": url})
        )
    with TestClient(create_app(path, analyze=IN_PROCESS), base_url=BASE_URL) as c:
        html = c.get("/articles/oslo").text
    assert "source page</a>" not in html
    hrefs = re.findall(r"""href=["']([^"']*)""", html)
    assert not [h for h in hrefs if not h.startswith(("/", "#", "?"))], hrefs
    assert "<script>alert" not in html


def test_http_urls_are_links(client: TestClient) -> None:
    assert web_url("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert web_url(" HTTP://news.example/ ") == "HTTP://news.example/"
    html = client.get("/articles/oslo").text
    assert (
        'href="https://news.example/oslo" rel="noreferrer nofollow">source page' in html
    )


# --- paging --------------------------------------------------------------------------


LISTS = [
    "/api/v1/articles",
    "/api/v1/quotes",
    "/api/v1/speakers",
    "/api/v1/actors/NORGOV",
    "/api/v1/events",
    "/api/v1/dyads",
    "/articles",
    "/quotes",
    "/speakers",
]


@pytest.mark.parametrize("url", LISTS)
def test_offset_out_of_range_is_422(client: TestClient, url: str) -> None:
    for offset in (2**63, 2**63 - 1, 2**64, MAX_OFFSET + 1, -1):
        r = client.get(url, params={"offset": offset})
        assert r.status_code == 422, (url, offset, r.status_code, r.text[:200])
        if url.startswith("/api/"):
            body = assert_envelope(r, 422, "request.invalid")
            assert "offset" in body["error"]["message"]


@pytest.mark.parametrize("url", LISTS)
def test_largest_offset_is_an_empty_page(client: TestClient, url: str) -> None:
    r = client.get(url, params={"offset": MAX_OFFSET})
    assert r.status_code == 200, r.text
    if url.startswith("/api/"):
        body = r.json()
        page = body.get("quotes", body)
        assert page["items"] == [] and page["has_more"] is False


@pytest.mark.parametrize("url", [u for u in LISTS if u.startswith("/api/")])
def test_limit_zero_has_no_more(client: TestClient, url: str) -> None:
    body = client.get(url, params={"limit": 0}).json()
    page = body.get("quotes", body)
    assert page["items"] == [] and page["has_more"] is False
    if "/events" in url or "/dyads" in url:
        return  # the hand-made corpus has no events
    full = client.get(url).json()
    full_page = full.get("quotes", full)
    assert full_page["items"]  # there is data: has_more False is not "empty"
    if "total" in page:
        assert page["total"] == full_page["total"] > 0


def test_has_more_when_a_page_is_full(client: TestClient) -> None:
    for url in ("/api/v1/articles", "/api/v1/quotes", "/api/v1/speakers"):
        assert client.get(url, params={"limit": 1}).json()["has_more"] is True, url
        last = client.get(url, params={"limit": 1000}).json()
        assert last["has_more"] is False, url


# --- read-only storage --------------------------------------------------------------


def test_read_only_uri_choice(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_only_uri(db).endswith("?mode=ro")
    monkeypatch.setattr(store_db, "_can_write", lambda path: path != db.parent)
    assert read_only_uri(db).endswith("?mode=ro&immutable=1")
    monkeypatch.setattr(store_db, "_can_write", lambda path: path != db)
    assert read_only_uri(db).endswith("?mode=ro&immutable=1")
    wal = Path(f"{db}-wal")
    wal.write_bytes(b"")  # a WAL to replay: SQLite must see it
    assert read_only_uri(db).endswith("?mode=ro")
    wal.unlink()
    conn = open_read_only(db)  # the immutable URI opens and reads
    try:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    finally:
        conn.close()
    assert not wal.exists() and not Path(f"{db}-shm").exists()


def _read_only_copy(db: Path, folder: Path) -> Path:
    folder.mkdir()
    copy = folder / db.name
    shutil.copy(db, copy)
    return copy


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod does not stop root from writing (the mount "
    "test and test_read_only_uri_choice cover it)",
)
def test_serving_a_chmod_read_only_copy(db: Path, tmp_path: Path) -> None:
    copy = _read_only_copy(db, tmp_path / "ro")
    copy.chmod(0o444)
    copy.parent.chmod(0o555)
    try:
        with TestClient(create_app(copy, analyze=IN_PROCESS), base_url=BASE_URL) as c:
            assert c.get("/api/v1/speakers").json()["total"] == 2
        conn = open_read_only(copy)
        conn.close()
    finally:
        copy.parent.chmod(0o755)


def test_quotes_and_export_on_a_read_only_mount(db: Path, tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    mount = shutil.which("mount")
    if unshare is None or mount is None:
        pytest.skip("no unshare/mount to make a read-only mount")
    folder = tmp_path / "ro"
    copy = _read_only_copy(db, folder)
    probe = subprocess.run(
        [
            unshare,
            "-m",
            "sh",
            "-c",
            f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder}",
        ],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here: {probe.stderr.strip()}")
    out = tmp_path / "out"
    whosaid = f'"{sys.executable}" -m whosaid'
    command = (
        f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder} && "
        f"(touch {folder}/x 2>/dev/null && echo WRITABLE; "
        f"{whosaid} quotes --db {copy} --speaker berg --format jsonl && "
        f"{whosaid} export --db {copy} --format csv --out {out})"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [unshare, "-m", "sh", "-c", command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "WRITABLE" not in done.stdout
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    quotes = [json.loads(line) for line in lines if line.startswith("{")]
    assert [q["speaker_name"] for q in quotes] == ["Anna Berg", "Anna Berg"]
    assert (out / "attributions.csv").is_file()


# --- the speaker page ----------------------------------------------------------------


def _brute_force_actors(db: Path, speaker: str) -> list[tuple[str, int]]:
    """The speaker page's old algorithm: every speaker against every quote."""
    with data.reader(db) as conn:
        profile = data.speaker_profile(conn, speaker)
        assert profile is not None
        counts: Counter[str] = Counter()
        for other in data.list_speakers(conn):
            if other.name.casefold() == speaker.casefold():
                continue
            pattern = data._name_pattern(other.name)
            if pattern is None:
                continue
            hits = sum(1 for q in profile.quotes if pattern.search(q.content_text))
            if hits:
                counts[other.name] = hits
        return counts.most_common()


def test_speaker_page_finds_the_same_actors_as_checking_everyone(
    tmp_path: Path,
) -> None:
    from whosaid.api.bench import build_corpus

    path = tmp_path / "synthetic.db"
    info = build_corpus(path, articles=60)
    with data.reader(path) as conn:
        names = [s.name for s in data.list_speakers(conn)]
    assert info["speakers"] == len(names) > 20
    checked = 0
    for name in names[:: max(1, len(names) // 10)]:
        with data.reader(path) as conn:
            profile = data.speaker_profile(conn, name)
        assert profile is not None
        expected = _brute_force_actors(path, name)
        assert profile.actors == expected[:20], name
        checked += bool(expected)
    assert checked >= 3


def test_speaker_page_is_the_exact_speaker_and_sees_new_data(db: Path) -> None:
    with data.reader(db) as conn:
        before = data.speaker_profile(conn, "Ivan Petrov")
    assert before is not None and before.actors == [("Anna Berg", 1)]
    conn = sqlite3.connect(db)
    with conn:  # a longer name containing theirs is someone else
        conn.execute(
            "UPDATE attributions SET speaker_name = 'Ivan Petrovich' "
            "WHERE id = 'kyiv:a2'"
        )
    conn.close()
    with data.reader(db) as conn:
        after = data.speaker_profile(conn, "ivan petrov")
        other = data.speaker_profile(conn, "Ivan Petrovich")
    assert after is not None and other is not None
    assert after.attributions == before.attributions - 1 == 2
    assert other.attributions == 1


@pytest.mark.model
@pytest.mark.slow  # starts a worker process that loads the model
def test_analyze_in_a_worker_process_with_the_model(db: Path) -> None:
    """The default app analyzes in a child process (what whosaid serve runs)."""
    app = create_app(db)
    assert app.state.analysis.limits.processes
    with TestClient(app, base_url=BASE_URL) as c:
        text = 'Rain expected\n\n"We will reopen the bridge," Mayor Carla Diaz said.'
        r = post_json(c, {"text": text})
        assert r.status_code == 200, r.text
        names = [a["speaker"]["name"] for a in r.json()["attributions"]]
        assert "Carla Diaz" in names


def test_a_crashing_analysis_is_500_without_details(
    db: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def crash(self: AnalysisPool, payload: dict[str, Any]) -> dict[str, Any]:
        raise JobFailed("ValueError: /secret/path")

    monkeypatch.setattr(AnalysisPool, "run", crash)
    with TestClient(create_app(db, analyze=IN_PROCESS), base_url=BASE_URL) as c:
        r = post_json(c, {"text": OSLO})
    body = assert_envelope(r, 500, "analyze.failed")
    assert "secret" not in body["error"]["message"]
    assert "/secret/path" in caplog.text


def test_serve_passes_hosts_and_limits_to_the_app(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import typer
    import uvicorn
    from typer.testing import CliRunner

    from whosaid.api.serve import serve_cmd

    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen.update(app=app, **kwargs)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    cli = typer.Typer()
    cli.command("serve")(serve_cmd)
    cli.command("noop")(lambda: None)
    args = ["serve", "--db", str(db), "--host", "10.9.8.7", "--port", "8001"]
    args += ["--allow-host", "corpus.example", "--allow-host", "news.example"]
    args += ["--analyze-workers", "2", "--analyze-queue", "7"]
    args += ["--analyze-timeout", "12.5"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    app = seen["app"]
    assert (seen["host"], seen["port"]) == ("10.9.8.7", 8001)
    limits = app.state.analysis.limits
    assert (limits.workers, limits.queue, limits.timeout_s) == (2, 7, 12.5)
    # No "with": the lifespan (which starts the worker processes) stays off.
    c = TestClient(app, base_url="http://news.example")
    assert c.get("/api/v1/speakers").status_code == 200
    for host in ("corpus.example", "10.9.8.7:8001", "localhost"):
        assert c.get("/api/v1/speakers", headers={"Host": host}).status_code == 200
    assert c.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert app.state.analysis.pending == 0
