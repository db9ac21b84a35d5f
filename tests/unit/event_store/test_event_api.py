"""``/api/v1/events`` and ``/dyads``, the dyad pages, events on the article view."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.event_articles import RUS, USA, build

from whosaid.api import cameo
from whosaid.api.analysis import AnalyzeLimits
from whosaid.api.app import create_app
from whosaid.store import Store

NAMES = {
    "11": "Disapprove",
    "112": "Accuse",
    "02": "Appeal",
    "0241": "Appeal for change",
}


@pytest.fixture
def client(corpus: Path) -> Iterator[TestClient]:
    # An allowed Host; analyses (none here) in threads: no worker processes.
    app = create_app(corpus, analyze=AnalyzeLimits(processes=False))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def _ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is False and body["status"] == status
    message: str = body["error"]["message"]
    assert body["error"]["code"] == "request.invalid"
    return message


# --- /api/v1/events -----------------------------------------------------------


def test_events_endpoint_lists_and_filters(client: TestClient) -> None:
    body = _ok(client.get("/api/v1/events"))
    assert len(body["items"]) == 10 and body["has_more"] is False
    first = body["items"][0]
    assert first["id"] == "wire-3:e0" and first["day"] == "2024-03-11"
    body = _ok(client.get("/api/v1/events", params={"source": "RUS", "root": "13"}))
    assert [e["id"] for e in body["items"]] == ["wire-2:e0"]
    assert body["items"][0]["modality"] == "threat"
    body = _ok(
        client.get(
            "/api/v1/events",
            params={"target": "usa*", "since": "2024-03-10", "until": "2024-03-10"},
        )
    )
    assert [(e["id"], e["negated"]) for e in body["items"]] == [
        ("wire-2:e0", False),
        ("wire-2:e1", True),
    ]


@pytest.mark.parametrize(
    ("limit", "offset", "count", "has_more"),
    [
        (4, 0, 4, True),
        (4, 4, 4, True),
        (4, 6, 4, False),
        (4, 8, 2, False),
        (5, 10, 0, False),
    ],
)
def test_events_paging_has_more_is_exact(
    client: TestClient, limit: int, offset: int, count: int, has_more: bool
) -> None:
    body = _ok(client.get("/api/v1/events", params={"limit": limit, "offset": offset}))
    assert (len(body["items"]), body["has_more"]) == (count, has_more)
    assert (body["limit"], body["offset"]) == (limit, offset)


def test_events_bad_filters_are_422(client: TestClient) -> None:
    assert "root" in _error(client.get("/api/v1/events?root=21"), 422)
    assert "source" in _error(client.get("/api/v1/events?source=R*S"), 422)
    _error(client.get("/api/v1/events?since=yesterday"), 422)
    _error(client.get("/api/v1/events?limit=-1"), 422)


# --- /api/v1/dyads ------------------------------------------------------------


def test_dyads_endpoint_matches_the_hand_count(client: TestClient) -> None:
    body = _ok(client.get("/api/v1/dyads", params={"by": "week"}))
    assert body["by"] == "week" and body["has_more"] is False
    assert [
        (d["period"], d["source"], d["target"], d["events"], d["goldstein_sum"])
        for d in body["items"]
    ] == [
        ("2024-02-26", "RUS", "USAGOV", 1, 3.4),
        ("2024-03-04", "RUS", "USAGOV", 3, -5.0),
        ("2024-03-04", "USAGOV", "RUS", 1, 3.0),
        ("2024-03-11", "RUS", "USAGOV", 1, -2.0),
        ("2024-03-11", "RUSMIL", "USAGOV", 1, -10.0),
    ]
    negated = _ok(
        client.get(
            "/api/v1/dyads",
            params={"by": "day", "since": "2024-03-10", "include_negated": "true"},
        )
    )
    assert [(d["period"], d["events"]) for d in negated["items"]] == [
        ("2024-03-10", 2),
        ("2024-03-11", 1),
        ("2024-03-11", 1),
    ]


def test_dyads_paging_and_errors(client: TestClient) -> None:
    page = _ok(client.get("/api/v1/dyads?by=week&limit=2&offset=2"))
    assert [d["period"] for d in page["items"]] == ["2024-03-04", "2024-03-11"]
    assert page["has_more"] is True
    last = _ok(client.get("/api/v1/dyads?by=week&limit=2&offset=3"))
    assert len(last["items"]) == 2 and last["has_more"] is False
    countries = _ok(client.get("/api/v1/dyads?by=month&level=country&source=RUS*"))
    assert countries["level"] == "country"
    assert [(d["period"], d["source"], d["events"]) for d in countries["items"]] == [
        ("2024-02-01", "RUS", 1),
        ("2024-03-01", "RUS", 5),
    ]
    _error(client.get("/api/v1/dyads?level=region"), 422)
    _error(client.get("/api/v1/dyads?by=year"), 422)
    _error(client.get("/api/v1/dyads?root=0"), 422)


def test_openapi_documents_the_event_endpoints(client: TestClient) -> None:
    paths = _ok(client.get("/openapi.json"))["paths"]
    assert "/api/v1/events" in paths and "/api/v1/dyads" in paths


# --- pages --------------------------------------------------------------------


def test_article_view_lists_events_with_evidence_and_code_names(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cameo, "code_names", lambda path=None: NAMES)
    response = client.get("/articles/wire-1")
    assert response.status_code == 200
    page = response.text
    assert 'id="events"' in page
    mark = re.search(
        r'<mark class="ws-evidence" data-event-id="wire-1:e0" '
        r'title="([^"]*)">([^<]*)</mark>',
        page,
    )
    assert mark is not None
    assert mark.group(2) == "accused Washington of meddling"
    title = htmllib.unescape(mark.group(1))
    assert title == (
        "Event: Russia (RUS) → United States (USAGOV) · 112 Accuse · Goldstein -2.0"
    )
    assert (
        '<abbr class="ws-code ws-event-code" title="0241 Appeal for change">0241</abbr>'
        in page
    )
    # a code missing from the table takes its parent's name; unknown: the code alone
    assert 'title="036">036</abbr>' in page
    assert 'href="/dyads/RUS/USAGOV"' in page and 'href="/dyads/USAGOV/RUS"' in page


def test_article_view_marks_negated_and_target_less_events(client: TestClient) -> None:
    negated = client.get("/articles/wire-2").text
    assert 'class="ws-event-row ws-negated"' in negated
    assert ">not 190</abbr>" in negated and "(threat)" in negated
    igo = client.get("/articles/wire-3").text
    row = re.search(r'<tr id="wire-3:e3".*?</tr>', igo, re.S)
    assert row is not None and "United Nations" in row.group(0)


def test_article_without_events_has_no_events_section(
    client: TestClient, corpus: Path
) -> None:
    with Store(corpus) as store:
        store.save_article(
            build("quiet", "Quiet day\n\nRussia and Washington.", None, [RUS, USA], [])
        )
    assert 'id="events"' not in client.get("/articles/quiet").text


def test_dyad_page_charts_cooperation_and_conflict(client: TestClient) -> None:
    response = client.get("/dyads/RUS/USAGOV", params={"by": "day"})
    assert response.status_code == 200
    page = response.text
    svg = re.search(r"<svg class=\"ws-chart ws-dyad-chart\".*?</svg>", page, re.S)
    assert svg is not None
    bars = re.findall(
        r'<rect class="ws-bar ws-(coop|conflict)"[^>]*data-period="([\d-]+)" '
        r'data-count="(\d+)"',
        svg.group(0),
    )
    # every day from 28 February to 11 March (13 days, gaps included), two bars each
    assert len(bars) == 2 * 13
    counts = {(kind, period): int(n) for kind, period, n in bars}
    assert counts[("coop", "2024-03-04")] == 1  # wire-1:e2
    assert counts[("conflict", "2024-03-04")] == 1  # wire-1:e0
    assert counts[("conflict", "2024-03-10")] == 1  # wire-2:e0; e1 is negated
    assert counts[("coop", "2024-03-01")] == counts[("conflict", "2024-03-01")] == 0
    assert (
        "2024-03-04: 1 cooperation, 1 conflict; Goldstein sum +2.0, mean +1.00" in page
    )
    # its events are listed, the other direction linked with its count
    assert (
        'data-event-id="wire-1:e0"' in page and 'data-event-id="wire-1:e1"' not in page
    )
    assert "the other way</a> (1 event)" in page
    assert "cdn" not in page.lower()
    assert not re.search(r'(src|href)="https?://', page)


def test_dyad_page_by_form_prefix_and_errors(client: TestClient) -> None:
    form = client.get("/dyads", params={"source": "rus*", "target": "usagov"})
    assert form.status_code == 200
    assert "RUS* → USAGOV" in htmllib.unescape(form.text)
    assert 'data-event-id="wire-3:e1"' in form.text  # RUSMIL matches RUS*
    assert 'href="/dyads/RUS%2A/USAGOV?by=month"' in form.text
    assert client.get("/dyads/RUS%2A/USAGOV?by=month").text.count("ws-coop") > 1
    index = client.get("/dyads").text
    assert 'href="/dyads/RUS/USAGOV?by=week"' in index
    assert index.index("/dyads/RUS/USAGOV?") < index.index("/dyads/USAGOV/RUS?")
    assert client.get("/dyads/R*S/USA").status_code == 422
    assert client.get("/dyads/RUS/USA", params={"by": "year"}).status_code == 422
    empty = client.get("/dyads/CHN/JPN")
    assert empty.status_code == 200 and "No dated events to chart." in empty.text


# --- the CAMEO code table -----------------------------------------------------


def test_code_table_reader_and_titles(tmp_path: Path) -> None:
    table = tmp_path / "codes.tsv"
    table.write_text(
        "# CAMEO codes (MIT)\ncode\tname\troot\tgoldstein\tquad_class\n"
        "11\tDisapprove\t11\t-2.0\t3\n112\tAccuse\t11\t-2.0\t3\n\tno code\t\t\t\n",
        encoding="utf-8",
    )
    names = cameo.code_names(table)
    assert names == {"11": "Disapprove", "112": "Accuse"}
    assert cameo.code_title("112", names) == "112 Accuse"
    assert cameo.code_title("1121", names) == "1121 Accuse (under 112)"
    assert cameo.code_title("036", names) == "036"
    assert cameo.code_names(tmp_path / "absent.tsv") == {}
    assert cameo.read_code_names(["name\tx\n", "a\tb\n"]) == {}


def test_the_shipped_code_table_when_present() -> None:
    names = cameo.code_names()
    if not names:
        pytest.skip("whosaid/events/data/cameo_codes.tsv is not shipped on this branch")
    assert names.get("112") and names.get("01")


def test_article_json_carries_its_events(client: TestClient) -> None:
    body = _ok(client.get("/api/v1/articles/wire-2"))
    assert [(e["id"], e["code"], e["negated"]) for e in body["events"]] == [
        ("wire-2:e0", "138", False),
        ("wire-2:e1", "190", True),
    ]
    first = body["events"][0]
    assert first["source"] == "wire-2:actor0" and first["target"] == "wire-2:actor1"
    assert first["evidence"][0]["text"] == "threatened to strike"
    assert body["text"][
        first["evidence"][0]["start"] : first["evidence"][0]["end"]
    ] == ("threatened to strike")
