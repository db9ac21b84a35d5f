"""Ingest hardening (issue 12): decoding per byte, NUL in strings, bounded
reads, FIFOs and unreadable folders, HTML size limits."""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from whosaid.errors import InputError
from whosaid.ingest import (
    CP1252_WARNING,
    Ingested,
    InputFailure,
    check_string,
    count_inputs,
    decode_bytes,
    iter_inputs,
    jsonl_line_limit,
)
from whosaid.pipeline import raw_article

TEXT = "The minister said the talks would resume."


def _items(*paths: Path | str, **limits: int) -> list[Ingested | InputFailure]:
    return list(iter_inputs([str(p) for p in paths], **limits))


def _codes(items: list[Ingested | InputFailure]) -> list[str]:
    return ["ok" if isinstance(i, Ingested) else i.code for i in items]


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail instead of hanging forever (a FIFO used to block the run)."""

    def _timeout(signum: int, frame: object) -> None:
        raise TimeoutError("the read blocked")

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# --- decoding per byte --------------------------------------------------------


def test_stray_byte_in_utf8_keeps_the_utf8() -> None:
    # Issue 12: one bad byte turned the whole file into "Angela MÃ¼ller".
    data = "Angela Müller said the talks would resume.".encode() + b"\xff\n"
    text, warnings = decode_bytes(data)
    assert text.startswith("Angela Müller said")
    assert text.endswith("resume.ÿ\n")
    assert len(warnings) == 1
    assert warnings[0].startswith("input.invalid_bytes: 1 byte sequence")
    assert f"first at byte {len(data) - 2}" in warnings[0]


def test_cp1252_quotes_pasted_into_utf8_read_as_quotes() -> None:
    data = "Müller said ".encode() + b"\x93no\x94." + " – Köln".encode()
    text, warnings = decode_bytes(data)
    assert text == "Müller said “no”. – Köln"
    assert warnings[0].startswith("input.invalid_bytes: 2 byte sequences")


def test_undefined_cp1252_byte_inside_utf8_is_the_replacement_character() -> None:
    text, _ = decode_bytes("Müller ".encode() + b"\x81 said it.")
    assert text == "Müller \ufffd said it."


def test_mostly_invalid_utf8_is_windows_1252() -> None:
    data = "Café owner José said: “we’re closed”.".encode("cp1252")
    text, warnings = decode_bytes(data)
    assert text == "Café owner José said: “we’re closed”."
    assert warnings == [CP1252_WARNING]


def test_valid_utf8_has_no_warning() -> None:
    text, warnings = decode_bytes("Angela Müller said “yes”.".encode())
    assert (text, warnings) == ("Angela Müller said “yes”.", [])


# --- NUL and control characters in strings, as in files -----------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The minister\x00 said so.", id="nul"),
        pytest.param("\x01\x02\x03\x04 said" * 10, id="controls"),
    ],
)
def test_strings_are_checked_like_files(text: str) -> None:
    with pytest.raises(InputError) as from_string:
        check_string(text)
    with pytest.raises(InputError) as from_bytes:
        decode_bytes(text.encode())
    assert from_string.value.code == from_bytes.value.code == "input.binary"


def test_jsonl_text_with_nul_is_binary_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "nul.jsonl"
    lines = [{"text": "The minister\x00 said so."}, {"text": TEXT}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    items = _items(path)
    assert _codes(items) == ["input.binary", "ok"]


def test_jsonl_line_with_a_stray_byte_keeps_its_article(tmp_path: Path) -> None:
    path = tmp_path / "stray.jsonl"
    path.write_bytes(b'{"text": "Angela M\xc3\xbcller said it.\xff"}\n')
    (item,) = _items(path)
    assert isinstance(item, Ingested)
    assert item.article.text == "Angela Müller said it.ÿ"
    assert item.warnings[0].startswith("input.invalid_bytes:")


def test_process_checks_strings_like_files() -> None:
    with pytest.raises(InputError) as info:
        raw_article("The minister\x00 said so.")
    assert info.value.code == "input.binary"


# --- bounded JSON Lines -------------------------------------------------------


def test_jsonl_gz_line_over_the_limit_is_not_held(tmp_path: Path) -> None:
    # Issue 12: a small .jsonl.gz expanding to one huge line took 1 GB.
    path = tmp_path / "huge.jsonl.gz"
    line_mb = 24
    with gzip.open(path, "wb") as handle:
        handle.write(b'{"text": "')
        for _ in range(line_mb):
            handle.write(b"a" * (1 << 20))
        handle.write(b'"}\n')
        handle.write(json.dumps({"text": TEXT}).encode() + b"\n")
    limits = {"max_chars": 100, "max_html_bytes": 100}
    cap = jsonl_line_limit(**limits)
    assert cap < 2 << 20
    tracemalloc.start()
    try:
        items = _items(path, **limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _codes(items) == ["input.too_large", "ok"]
    failure = items[0]
    assert isinstance(failure, InputFailure)
    assert failure.id == f"{path}:1"
    assert "line 1" in failure.message
    assert peak < 8 << 20, f"peak {peak:,} bytes for a {line_mb} MB line"


def test_jsonl_line_limit_leaves_room_for_escaped_text() -> None:
    assert jsonl_line_limit(1_000_000, 20_000_000) >= 6 * 1_000_000
    assert jsonl_line_limit(1_000_000, 20_000_000) >= 2 * 20_000_000
    assert jsonl_line_limit() == 41_048_576  # as the README says


def test_plain_jsonl_long_line_then_more_lines(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    limits = {"max_chars": 10, "max_html_bytes": 10}
    cap = jsonl_line_limit(**limits)
    long_line = json.dumps({"text": "b" * (cap + 10)})
    path.write_text(
        json.dumps({"text": "first one"})
        + "\n"
        + long_line
        + "\n"
        + json.dumps({"text": "third one"})
        + "\n",
        encoding="utf-8",
    )
    assert _codes(_items(path, **limits)) == ["ok", "input.too_large", "ok"]


# --- folders: FIFOs, sockets, unreadable folders ------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_fifo_in_a_folder_is_reported_not_read(tmp_path: Path, alarm: None) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    os.mkfifo(tmp_path / "c.jsonl")
    items = _items(tmp_path)
    assert _codes(items) == ["ok", "input.not_a_file", "input.not_a_file"]
    failure = items[1]
    assert isinstance(failure, InputFailure)
    assert failure.path == str(tmp_path / "b.txt")
    assert "FIFO" in failure.message
    assert count_inputs([str(tmp_path)]) == 3


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_socket_in_a_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(tmp_path / "s.txt"))
        items = _items(tmp_path)
    finally:
        server.close()
    assert _codes(items) == ["ok", "input.not_a_file"]


def test_broken_link_in_a_folder_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "missing.txt")
    assert _codes(_items(tmp_path)) == ["input.unreadable"]


def _deny(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """Make os.scandir refuse these folders, as the file system does for a
    folder without read permission (tests may run as root, who reads all)."""
    real = os.scandir
    refused = {str(p) for p in denied}

    def scandir(path: str) -> object:
        if os.fspath(path) in refused:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_unreadable_subfolder_is_reported_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a/1.txt", "b/2.txt", "c/3.txt"):
        (tmp_path / name).parent.mkdir()
        (tmp_path / name).write_text(f"{TEXT} {name}", encoding="utf-8")
    _deny(monkeypatch, tmp_path / "b")
    items = _items(tmp_path)
    assert _codes(items) == ["ok", "input.unreadable", "ok"]
    failure = items[1]
    assert isinstance(failure, InputFailure)
    assert failure.path == str(tmp_path / "b")
    assert "Permission denied" in failure.message


def test_unreadable_top_folder_is_unreadable_not_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    _deny(monkeypatch, tmp_path)
    assert _codes(_items(tmp_path)) == ["input.unreadable"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads folders without read permission",
)
def test_unreadable_subfolder_by_permission(tmp_path: Path) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(TEXT, encoding="utf-8")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "b.txt").write_text(TEXT, encoding="utf-8")
    secret.chmod(0)
    try:
        assert _codes(_items(tmp_path)) == ["ok", "input.unreadable"]
    finally:
        secret.chmod(0o755)


def test_empty_folder_is_still_empty(tmp_path: Path) -> None:
    assert _codes(_items(tmp_path)) == ["input.empty"]


# --- HTML size limits ---------------------------------------------------------


def _page(script_bytes: int) -> str:
    script = "<script>var x = '" + "a" * script_bytes + "';</script>"
    body = "".join(f"<p>{TEXT} Paragraph {i}.</p>" for i in range(5))
    return (
        f"<html><head><title>Talks</title>{script}</head>"
        f"<body><article>{body}</article></body></html>"
    )


def test_html_over_the_text_limit_is_read_by_its_raw_limit(tmp_path: Path) -> None:
    # Issue 12: 1.1-1.5 MB pages (mostly script) failed with input.too_large.
    path = tmp_path / "page.html"
    path.write_text(_page(1_200_000), encoding="utf-8")
    (item,) = _items(path)
    assert isinstance(item, Ingested)
    assert item.article.html is not None
    assert len(item.article.html) > 1_000_000


def test_html_over_the_raw_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(5_000), encoding="utf-8")
    (item,) = _items(path, max_html_bytes=4_000)
    assert isinstance(item, InputFailure)
    assert item.code == "input.too_large"
    assert "HTML" in item.message


def test_text_file_keeps_the_text_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("a" * 101, encoding="utf-8")
    assert _codes(_items(path, max_chars=100)) == ["input.too_large"]


def test_jsonl_html_has_the_html_limit(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    page = _page(300)
    lines = [{"html": page}, {"text": page}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    items = _items(path, max_chars=200, max_html_bytes=10_000)
    assert _codes(items) == ["ok", "input.too_large"]
