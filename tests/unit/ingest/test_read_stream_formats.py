"""Streaming inputs: gzip-compressed JSON Lines and WARC files (CC-NEWS format)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosaid.ingest import Ingested, InputFailure, article_id, iter_inputs
from whosaid.ingest.read import input_kind, is_input_name
from whosaid.ingest.warc import is_html_content_type

PAGE = (
    "<!doctype html><html><head><title>Budget vote</title></head><body>"
    "<article><p>“The budget will pass,” Anna Berg said on Monday.</p>"
    "</article></body></html>"
)


def _write_warc(path: Path, *, gz: bool = True) -> None:
    """A small WARC: an HTML response, a PDF response, a request, a charset-less
    XHTML response."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)

        def response(url: str, body: bytes, content_type: str, date: str) -> None:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),  # known length: warcio needs no temp file
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": date},
                )
            )

        response(
            "https://news.example/budget",
            PAGE.encode("utf-8"),
            "text/html; charset=utf-8",
            "2024-05-01T10:00:00Z",
        )
        response(
            "https://news.example/report.pdf",
            b"%PDF-1.4 not a page",
            "application/pdf",
            "2024-05-01T10:01:00Z",
        )
        request = b"GET /budget HTTP/1.1\r\n\r\n"
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/budget",
                "request",
                payload=io.BytesIO(request),
                length=len(request),
            )
        )
        response(
            "https://news.example/second",
            PAGE.replace("Monday", "Tuesday").encode("utf-8"),
            "application/xhtml+xml",
            "2024-05-02T08:00:00Z",
        )


def test_warc_yields_html_responses_only_with_url_and_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    items = list(iter_inputs([path]))
    assert all(isinstance(i, Ingested) for i in items)
    articles = [i.article for i in items if isinstance(i, Ingested)]
    assert [a.url for a in articles] == [
        "https://news.example/budget",
        "https://news.example/second",
    ]
    assert [a.date for a in articles] == [
        "2024-05-01T10:00:00Z",
        "2024-05-02T08:00:00Z",
    ]
    first = articles[0]
    assert first.html == PAGE
    assert first.text is None
    assert first.path == str(path)
    assert first.id == article_id(PAGE, url="https://news.example/budget")


def test_uncompressed_warc_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _write_warc(path, gz=False)
    assert len(list(iter_inputs([path]))) == 2


def test_truncated_warc_keeps_the_pages_before_and_records_a_failure(
    tmp_path: Path,
) -> None:
    whole = tmp_path / "whole.warc"
    _write_warc(whole, gz=False)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    # keep the first record, then garbage where the next header should be
    first_end = data.index(b"WARC/1", 10)
    cut.write_bytes(data[:first_end] + b"this is not a WARC header\r\n\r\n")
    items = list(iter_inputs([cut]))
    assert isinstance(items[0], Ingested)
    assert isinstance(items[-1], InputFailure)
    assert items[-1].code == "input.unreadable"


def test_jsonl_gz_is_streamed_like_jsonl(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "One said.", "url": "https://x/a", "date": "2024-01-01"},
        {"id": "b", "html": PAGE},
        {"id": "c"},
    ]
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line) + "\n\n")
    items = list(iter_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Ingested", "Ingested", "InputFailure"]
    first = items[0]
    assert isinstance(first, Ingested)
    assert (first.article.id, first.article.url, first.article.date) == (
        "a",
        "https://x/a",
        "2024-01-01",
    )
    last = items[2]
    assert isinstance(last, InputFailure)
    assert last.code == "input.missing_text"


def test_corrupt_jsonl_gz_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl.gz"
    whole = gzip.compress(b'{"id": "a", "text": "One said."}\n' * 200)
    path.write_bytes(whole[: len(whole) // 2])
    items = list(iter_inputs([path]))
    assert isinstance(items[-1], InputFailure)
    assert items[-1].code == "input.unreadable"


def test_directory_walk_takes_compressed_and_warc_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_warc(folder / "b.warc.gz")
    with gzip.open(folder / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "j", "text": "One said."}) + "\n")
    (folder / "c.txt").write_text("Two said.", encoding="utf-8")
    (folder / "d.gz").write_bytes(gzip.compress(b"not an input"))
    ids = [i.article.id for i in iter_inputs([folder]) if isinstance(i, Ingested)]
    assert len(ids) == 4  # 1 JSONL record + 2 WARC pages + 1 text file
    assert ids[0] == "j"


def test_input_kinds_by_name() -> None:
    assert input_kind("x.JSONL.GZ") == "jsonl.gz"
    assert input_kind("x.warc.gz") == "warc"
    assert input_kind("x.warc") == "warc"
    assert input_kind("x.jsonl") == "jsonl"
    assert input_kind("x.htm") == "html"
    assert input_kind("x.gz") == "text"
    assert is_input_name("CC-NEWS-2024.warc.gz")
    assert not is_input_name("notes.gz")


def test_html_content_types() -> None:
    assert is_html_content_type("text/html; charset=ISO-8859-1")
    assert is_html_content_type("application/xhtml+xml")
    assert not is_html_content_type("application/pdf")
    assert not is_html_content_type(None)
