"""Tests for whosaid.ingest.read: files, directories, stdin and JSON Lines."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from whosaid.errors import InputError
from whosaid.ingest import (
    CP1252_WARNING,
    Ingested,
    InputFailure,
    article_id,
    iter_inputs,
    read_path,
    read_path_with_warnings,
)

ARTICLE = (
    "Minister resigns over budget row\n\n"
    'The finance minister resigned on Monday, saying "enough is enough".\n'
)
HTML = (
    "<!doctype html><html><head><title>T</title></head><body><p>Hi.</p></body></html>"
)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _articles(items: list[Ingested | InputFailure]) -> list[Ingested]:
    return [item for item in items if isinstance(item, Ingested)]


def _failures(items: list[Ingested | InputFailure]) -> list[InputFailure]:
    return [item for item in items if isinstance(item, InputFailure)]


def test_read_article_id_is_sha1_prefix_of_utf8() -> None:
    expected = hashlib.sha1(ARTICLE.encode("utf-8")).hexdigest()[:16]
    assert article_id(ARTICLE) == expected
    assert len(expected) == 16


def test_read_path_reads_text_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", ARTICLE)
    article = read_path(str(path))
    assert article.text == ARTICLE
    assert article.html is None
    assert article.path == str(path)
    assert article.id == article_id(ARTICLE, path="a.txt")


def test_read_path_same_text_under_two_names_is_two_articles(tmp_path: Path) -> None:
    first = read_path(str(_write(tmp_path / "a.txt", ARTICLE)))
    second = read_path(str(_write(tmp_path / "b.txt", ARTICLE)))
    again = read_path(str(_write(tmp_path / "sub" / "a.txt", ARTICLE)))
    assert first.id != second.id
    assert first.id == again.id  # the folder is not part of the id


@pytest.mark.parametrize("suffix", [".md", ".text", ""])
def test_read_path_reads_other_suffixes_as_text(tmp_path: Path, suffix: str) -> None:
    article = read_path(_write(tmp_path / f"a{suffix}", ARTICLE))
    assert article.text == ARTICLE


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_read_path_reads_html_file(tmp_path: Path, suffix: str) -> None:
    article = read_path(_write(tmp_path / f"page{suffix}", HTML))
    assert article.html == HTML
    assert article.text is None


def test_read_path_id_is_stable_across_folders(tmp_path: Path) -> None:
    first = read_path(_write(tmp_path / "a.txt", ARTICLE))
    second = read_path(_write(tmp_path / "sub" / "a.txt", ARTICLE))
    assert first.id == second.id


def test_read_path_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_path(tmp_path / "nope.txt")
    assert info.value.code == "input.unreadable"


def test_read_path_directory_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_path(tmp_path)
    assert info.value.code == "input.unreadable"


def test_read_path_with_warnings_reports_cp1252(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin.txt", "Le café est fermé.".encode("latin-1"))
    ingested = read_path_with_warnings(path)
    assert ingested.article.text == "Le café est fermé."
    assert ingested.warnings == (CP1252_WARNING,)


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        pytest.param("empty.txt", b"", "input.empty", id="empty"),
        pytest.param("blank.txt", b" \n\n \t", "input.empty", id="whitespace"),
        pytest.param(
            "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "input.binary", id="binary"
        ),
        pytest.param("huge.txt", b"word " * 50, "input.too_large", id="too-large"),
    ],
)
def test_read_iter_inputs_bad_file_yields_failure_and_goes_on(
    tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    bad = _write(tmp_path / name, data)
    good = _write(tmp_path / "good.txt", "Short and fine.")
    items = list(iter_inputs([str(bad), str(good)], max_chars=100))
    failure = items[0]
    assert isinstance(failure, InputFailure)
    assert (failure.id, failure.path, failure.code) == (str(bad), str(bad), code)
    assert isinstance(items[1], Ingested)
    assert items[1].article.text == "Short and fine."


def test_read_iter_inputs_missing_file_yields_unreadable(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    good = _write(tmp_path / "good.txt", ARTICLE)
    items = list(iter_inputs([missing, good]))
    failure = items[0]
    assert isinstance(failure, InputFailure)
    assert (failure.code, failure.path, failure.id) == (
        "input.unreadable",
        missing,
        missing,
    )
    assert isinstance(items[1], Ingested)


def test_read_iter_inputs_passes_cp1252_warning(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin.txt", "Müller sagte nein.".encode("cp1252"))
    (item,) = list(iter_inputs([path]))
    assert isinstance(item, Ingested)
    assert item.warnings == (CP1252_WARNING,)


def test_read_iter_inputs_walks_directory_sorted_and_filtered(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "Second article.")
    _write(tmp_path / "a.html", HTML)
    _write(tmp_path / "sub" / "c.htm", HTML.replace("Hi.", "Third."))
    _write(tmp_path / "sub" / "deeper" / "d.TXT", "Fourth article.")
    _write(tmp_path / "notes.md", "ignored")
    _write(tmp_path / "data.json", "{}")
    _write(tmp_path / ".hidden.txt", "ignored")
    _write(tmp_path / ".git" / "e.txt", "ignored")
    items = list(iter_inputs([tmp_path]))
    assert not _failures(items)
    paths = [
        Path(item.article.path or "").relative_to(tmp_path) for item in _articles(items)
    ]
    assert paths == [
        Path("a.html"),
        Path("b.txt"),
        Path("sub/c.htm"),
        Path("sub/deeper/d.TXT"),
    ]


def test_read_iter_inputs_directory_includes_jsonl(tmp_path: Path) -> None:
    _write(tmp_path / "batch.jsonl", json.dumps({"text": "From JSONL."}) + "\n")
    (item,) = list(iter_inputs([tmp_path]))
    assert isinstance(item, Ingested)
    assert item.article.text == "From JSONL."


def test_read_iter_inputs_empty_directory_yields_failure(tmp_path: Path) -> None:
    _write(tmp_path / "notes.md", "ignored")
    (item,) = list(iter_inputs([tmp_path]))
    assert isinstance(item, InputFailure)
    assert item.code == "input.empty"


def _set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_read_iter_inputs_reads_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _set_stdin(monkeypatch, ARTICLE.encode())
    (item,) = list(iter_inputs(["-"]))
    assert isinstance(item, Ingested)
    assert item.article.text == ARTICLE
    assert item.article.path is None
    assert item.article.id == article_id(ARTICLE)


@pytest.mark.parametrize("prefix", ["", "  \n", "\ufeff"])
def test_read_iter_inputs_sniffs_stdin_html(
    monkeypatch: pytest.MonkeyPatch, prefix: str
) -> None:
    _set_stdin(monkeypatch, (prefix + HTML).encode())
    (item,) = list(iter_inputs(["-"]))
    assert isinstance(item, Ingested)
    assert item.article.html is not None
    assert item.article.html.lstrip().startswith("<!doctype")
    assert item.article.text is None


def test_read_iter_inputs_empty_stdin_yields_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _set_stdin(monkeypatch, b"")
    (item,) = list(iter_inputs(["-"]))
    assert isinstance(item, InputFailure)
    assert (item.code, item.path) == ("input.empty", None)


def test_read_jsonl_reads_records_with_fields(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a1",
            "text": "First.",
            "url": "https://example.com/1",
            "date": "2017-07-31",
        },
        {"html": HTML},
        {"id": 7, "text": "Third."},
    ]
    path = _write(
        tmp_path / "batch.jsonl", "".join(json.dumps(x) + "\n" for x in lines)
    )
    items = list(iter_inputs([path]))
    first, second, third = (item.article for item in _articles(items))
    assert len(items) == 3
    assert first.id == "a1"
    assert (first.text, first.url, first.date) == (
        "First.",
        "https://example.com/1",
        "2017-07-31",
    )
    assert first.path == str(path)
    assert second.html == HTML
    assert second.id == article_id(HTML, path=str(path))
    assert third.id == "7"


def test_read_jsonl_id_without_given_id_is_the_content_id(tmp_path: Path) -> None:
    # Without an id or URL, a record's source is its .jsonl file's name.
    jsonl = _write(tmp_path / "b.jsonl", json.dumps({"text": ARTICLE}) + "\n")
    txt = _write(tmp_path / "a.txt", ARTICLE)
    items = _articles(list(iter_inputs([jsonl, txt])))
    assert items[0].article.id == article_id(ARTICLE, path="b.jsonl")
    assert items[1].article.id == article_id(ARTICLE, path="a.txt")
    assert items[0].article.id != items[1].article.id


@pytest.mark.parametrize(
    ("line", "code"),
    [
        pytest.param("{not json", "input.invalid_json", id="invalid-json"),
        pytest.param("[1, 2]", "input.invalid_json", id="not-an-object"),
        pytest.param('{"text": 5}', "input.invalid_json", id="text-not-string"),
        pytest.param('{"text": "x", "id": [1]}', "input.invalid_json", id="bad-id"),
        pytest.param(
            '{"url": "https://example.com"}', "input.missing_text", id="no-text"
        ),
        pytest.param('{"text": "   "}', "input.empty", id="empty-text"),
        pytest.param(
            json.dumps({"text": "x" * 101}), "input.too_large", id="too-large"
        ),
        pytest.param(b'{"text": "caf\xe9', "input.invalid_json", id="truncated"),
    ],
)
def test_read_jsonl_bad_line_yields_failure_and_goes_on(
    tmp_path: Path, line: str | bytes, code: str
) -> None:
    raw = line if isinstance(line, bytes) else line.encode()
    path = _write(
        tmp_path / "batch.jsonl",
        b'{"text": "Before."}\n' + raw + b'\n\n{"text": "After."}\n',
    )
    items = list(iter_inputs([path], max_chars=100))
    assert len(items) == 3
    failure = items[1]
    assert isinstance(failure, InputFailure)
    assert failure.code == code
    assert failure.path == str(path)
    assert "line 2" in failure.message
    assert [item.article.text for item in _articles(items)] == ["Before.", "After."]


def test_read_jsonl_failure_keeps_given_id(tmp_path: Path) -> None:
    path = _write(tmp_path / "batch.jsonl", '{"id": "keep-me"}\n')
    (item,) = list(iter_inputs([path]))
    assert isinstance(item, InputFailure)
    assert item.id == "keep-me"


def test_read_jsonl_failure_id_defaults_to_path_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "batch.jsonl", "\n{oops\n")
    (item,) = list(iter_inputs([path]))
    assert isinstance(item, InputFailure)
    assert item.id == f"{path}:2"


def test_read_jsonl_missing_file_is_unreadable(tmp_path: Path) -> None:
    (item,) = list(iter_inputs([tmp_path / "gone.jsonl"]))
    assert isinstance(item, InputFailure)
    assert item.code == "input.unreadable"


def test_read_ingested_unpacks_as_pair(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin.txt", "Le café.".encode("latin-1"))
    article, warnings = read_path_with_warnings(path)
    assert article.text == "Le café."
    assert warnings == (CP1252_WARNING,)
