"""Turn input bytes into text: encoding detection and input sanity checks.

UTF-8 (with or without a byte-order mark) is the expected encoding.  UTF-16
with a byte-order mark is accepted too.  Anything else that does not look
binary is decoded as Windows-1252 (a superset of Latin-1 for printable
characters), and a warning says so.  Binary data, empty input and input over
the size limit raise :class:`~whosaid.errors.InputError` with a stable code:

* ``input.binary``: NUL bytes or a large share of control characters.
* ``input.empty``: nothing but whitespace.
* ``input.too_large``: more than ``max_chars`` characters.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata

from whosaid.errors import InputError

logger = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 1_000_000
"""Largest accepted article, in characters (about 150,000 words)."""

CP1252_WARNING = "input.decoded_as_cp1252: not valid UTF-8; decoded as Windows-1252"

# UTF-8 needs at most 4 bytes per character, so data longer than this many
# bytes per allowed character is certainly too large and is never decoded.
_MAX_BYTES_PER_CHAR = 4

# Share of control characters (other than tab, newlines and form feed) above
# which decoded data is taken for binary.  Real text has next to none; random
# bytes give about 1 in 8.  5% leaves room for stray escapes in scraped text.
_MAX_CONTROL_SHARE = 0.05
# Only this many leading characters are inspected for the control-char share.
_SNIFF_CHARS = 65_536
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")

# Python's cp1252 codec leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90,
# 0x9D); decode via Latin-1 and map the 0x80-0x9F range the cp1252 way so that
# every byte decodes and undefined ones keep their Latin-1 code point.
_CP1252_TABLE: dict[int, str] = {}
for _byte in range(0x80, 0xA0):
    try:
        _CP1252_TABLE[_byte] = bytes([_byte]).decode("cp1252")
    except UnicodeDecodeError:
        continue


def decode_bytes(
    data: bytes, *, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[str, list[str]]:
    """Decode input bytes to text.

    Args:
        data: The raw bytes of one input (a file, stdin).
        max_chars: The largest accepted text, in characters.

    Returns:
        The decoded text (a UTF-8 byte-order mark removed) and a list of warning
        strings of the form ``"code: message"`` (the Windows-1252 fallback).

    Raises:
        InputError: ``input.binary``, ``input.empty`` or ``input.too_large``.

    Example:
        >>> decode_bytes("café".encode("cp1252"))
        ('café', ['input.decoded_as_cp1252: not valid UTF-8; decoded as Windows-1252'])
    """
    if len(data) > max_chars * _MAX_BYTES_PER_CHAR:
        raise InputError(
            f"input is {len(data):,} bytes, over the limit of {max_chars:,} characters",
            code="input.too_large",
        )
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(data)
    else:
        if b"\x00" in data:
            raise InputError(
                "input looks binary (it contains NUL bytes)", code="input.binary"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1").translate(_CP1252_TABLE)
            warnings.append(CP1252_WARNING)
            logger.debug("input is not valid UTF-8; decoded as Windows-1252")
    if _looks_binary(text):
        raise InputError(
            "input looks binary (too many control characters)", code="input.binary"
        )
    check_text(text, max_chars=max_chars)
    return text, warnings


def check_text(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Check that decoded input is neither empty nor too large.

    Args:
        text: Decoded text or HTML.
        max_chars: The largest accepted text, in characters.

    Raises:
        InputError: ``input.empty`` or ``input.too_large``.
    """
    if not text.strip():
        raise InputError("input is empty or whitespace only", code="input.empty")
    if len(text) > max_chars:
        raise InputError(
            f"input is {len(text):,} characters, over the limit of {max_chars:,}",
            code="input.too_large",
        )


def _decode_utf16(data: bytes) -> str:
    try:
        # The "utf-16" codec reads and removes the byte-order mark.
        return data.decode("utf-16")
    except UnicodeDecodeError as e:
        raise InputError(
            "input starts with a UTF-16 byte-order mark but is not valid UTF-16",
            code="input.binary",
        ) from e


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_CHARS]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    controls = sum(
        1
        for char in sample
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) == "Cc"
    )
    return controls / len(sample) > _MAX_CONTROL_SHARE
