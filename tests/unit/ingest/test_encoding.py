"""Tests for whosaid.ingest.encoding: decoding and input sanity checks."""

from __future__ import annotations

import codecs

import pytest

from whosaid.errors import InputError
from whosaid.ingest import CP1252_WARNING, check_text, decode_bytes


def test_encoding_decodes_utf8_without_warnings() -> None:
    text, warnings = decode_bytes("Señor Müller said “no”.".encode())
    assert text == "Señor Müller said “no”."
    assert warnings == []


def test_encoding_strips_utf8_bom() -> None:
    text, _ = decode_bytes(codecs.BOM_UTF8 + b"Hello world.")
    assert text == "Hello world."


def test_encoding_decodes_utf16_with_bom() -> None:
    text, warnings = decode_bytes("Grüße aus Köln.".encode("utf-16"))
    assert text == "Grüße aus Köln."
    assert warnings == []


def test_encoding_falls_back_to_cp1252_with_warning() -> None:
    data = "Café owner said: “we’re closed” – 5 €.".encode("cp1252")
    text, warnings = decode_bytes(data)
    assert text == "Café owner said: “we’re closed” – 5 €."
    assert warnings == [CP1252_WARNING]
    assert CP1252_WARNING.startswith("input.decoded_as_cp1252: ")


def test_encoding_cp1252_undefined_bytes_decode_as_latin1() -> None:
    # 0x81 is undefined in Windows-1252; it must not make decoding fail.
    text, warnings = decode_bytes(b"caf\xe9 \x81 is a stray byte in this line.")
    assert text == "café \x81 is a stray byte in this line."
    assert warnings == [CP1252_WARNING]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png-header"),
        pytest.param(b"text with a NUL\x00 byte", id="nul-byte"),
        pytest.param(bytes(range(1, 32)) * 20, id="control-chars"),
    ],
)
def test_encoding_rejects_binary(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == "input.binary"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b"\n"])
def test_encoding_rejects_empty(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == "input.empty"


def test_encoding_rejects_too_many_chars_with_size_in_message() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"a" * 101, max_chars=100)
    assert info.value.code == "input.too_large"
    assert "101" in info.value.message
    assert "100" in info.value.message


def test_encoding_rejects_too_many_bytes_before_decoding() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"a" * 401, max_chars=100)
    assert info.value.code == "input.too_large"
    assert "401" in info.value.message


def test_encoding_accepts_text_at_the_limit() -> None:
    text, _ = decode_bytes("é".encode() * 100, max_chars=100)
    assert len(text) == 100


def test_encoding_check_text_rejects_whitespace() -> None:
    with pytest.raises(InputError) as info:
        check_text(" \n ")
    assert info.value.code == "input.empty"
