"""Turn input bytes into text: encoding detection and input sanity checks.

UTF-8 (with or without a byte-order mark) is the expected encoding.  UTF-16
with a byte-order mark is accepted too.  Decoding is decided per byte, not
per file:

* valid UTF-8 is UTF-8;
* UTF-8 with a few bytes that are not valid UTF-8 (a stray byte, a
  Windows-1252 curly quote pasted into a UTF-8 page) keeps its UTF-8; only
  each bad byte is read as Windows-1252 (U+FFFD for the five bytes
  Windows-1252 leaves undefined), with the warning ``input.invalid_bytes``;
* data that is mostly not UTF-8 (more invalid byte sequences than valid
  multi-byte characters: a Latin-1 or Windows-1252 file) is decoded as
  Windows-1252 (a superset of Latin-1 for printable characters), with the
  warning ``input.decoded_as_cp1252``.

Binary data, empty input and input over the size limit raise
:class:`~whosaid.errors.InputError` with a stable code:

* ``input.binary``: NUL bytes or a large share of control characters (the
  same rule for bytes read from files and for strings given in JSON Lines
  records or to the API, see :func:`check_string`).
* ``input.empty``: nothing but whitespace.
* ``input.too_large``: more than ``max_chars`` characters (or ``max_bytes``
  bytes before decoding).

Size limits: :data:`DEFAULT_MAX_CHARS` applies to text, including the text
extracted from an HTML page; raw HTML has its own, larger cap
(:data:`DEFAULT_MAX_HTML_BYTES`), so that pages heavy with inline scripts are
read and judged by their article.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata

from whosaid.errors import InputError

logger = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 1_000_000
"""Largest accepted article text, in characters (about 150,000 words): plain
text inputs and the text extracted from an HTML page."""

DEFAULT_MAX_HTML_BYTES = 20_000_000
"""Largest accepted raw HTML page: bytes read from a file, standard input or a
WARC record; characters of an HTML string (JSON Lines ``html``, the API).  The
same as trafilatura's own ``MAX_FILE_SIZE``."""

CP1252_WARNING = "input.decoded_as_cp1252: not valid UTF-8; decoded as Windows-1252"
INVALID_BYTES_CODE = "input.invalid_bytes"

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

# One bad byte inside UTF-8: its Windows-1252 character, U+FFFD if undefined.
_BAD_BYTE_CHARS: tuple[str, ...] = tuple(
    bytes([b]).decode("latin-1").translate(_CP1252_TABLE)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    else "\ufffd"
    for b in range(256)
)
_ERROR_HANDLER = "whosaid.bad_bytes_as_cp1252"


def _bad_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each undecodable byte as its Windows-1252 char."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_BAD_BYTE_CHARS[b] for b in bad), error.end


codecs.register_error(_ERROR_HANDLER, _bad_bytes_as_cp1252)


def decode_bytes(
    data: bytes, *, max_chars: int = DEFAULT_MAX_CHARS, max_bytes: int | None = None
) -> tuple[str, list[str]]:
    """Decode input bytes to text.

    Args:
        data: The raw bytes of one input (a file, stdin).
        max_chars: The largest accepted text, in characters.
        max_bytes: The largest accepted input before decoding (default: 4
            bytes per allowed character, UTF-8's worst case).

    Returns:
        The decoded text (a UTF-8 byte-order mark removed) and a list of warning
        strings of the form ``"code: message"`` (bad bytes inside UTF-8, the
        Windows-1252 fallback).

    Raises:
        InputError: ``input.binary``, ``input.empty`` or ``input.too_large``.

    Example:
        >>> decode_bytes("café".encode("cp1252"))
        ('café', ['input.decoded_as_cp1252: not valid UTF-8; decoded as Windows-1252'])
    """
    limit = max_chars * _MAX_BYTES_PER_CHAR if max_bytes is None else max_bytes
    if len(data) > limit:
        raise InputError(
            f"input is {len(data):,} bytes, over the limit of {limit:,} bytes",
            code="input.too_large",
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(data)
        warnings: list[str] = []
    else:
        if b"\x00" in data:
            raise InputError(
                "input looks binary (it contains NUL bytes)", code="input.binary"
            )
        text, warnings = decode_utf8(data)
    if _looks_binary(text):
        raise InputError(
            "input looks binary (too many control characters)", code="input.binary"
        )
    check_text(text, max_chars=max_chars)
    return text, warnings


def decode_utf8(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes meant to be UTF-8, deciding per byte (see the module doc).

    Args:
        data: The bytes; a UTF-8 byte-order mark is removed.

    Returns:
        The text and its warnings: none for valid UTF-8,
        ``input.invalid_bytes`` (how many, and where the first is) when a few
        bytes are bad, ``input.decoded_as_cp1252`` when most are.

    Example:
        >>> text, warnings = decode_utf8("Müller".encode() + b"\x92s")
        >>> text, warnings[0].split(":")[0]
        ('Müller’s', 'input.invalid_bytes')
    """
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[offset:] if offset else data
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError as e:
        first_bad = offset + e.start
    replaced = body.decode("utf-8", "replace")
    bad = replaced.count("\ufffd") - body.count("\ufffd".encode())
    non_ascii = len(replaced) - len(replaced.encode("ascii", "ignore"))
    good = non_ascii - bad  # valid multi-byte characters
    if bad > good:
        logger.debug("input is mostly not UTF-8; decoded as Windows-1252")
        return body.decode("latin-1").translate(_CP1252_TABLE), [CP1252_WARNING]
    plural = "sequence" if bad == 1 else "sequences"
    return body.decode("utf-8", _ERROR_HANDLER), [
        f"{INVALID_BYTES_CODE}: {bad:,} byte {plural} not valid UTF-8 "
        f"(first at byte {first_bad:,}), read as Windows-1252"
    ]


def check_string(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Check text given as a string (JSON Lines ``text``, the API, ``process``)
    the way bytes read from a file are checked.

    Args:
        text: The text or HTML.
        max_chars: The largest accepted text, in characters.

    Raises:
        InputError: ``input.binary`` (a NUL character, or many control
            characters), ``input.empty`` or ``input.too_large``.
    """
    if "\x00" in text:
        raise InputError(
            "input looks binary (it contains NUL characters)", code="input.binary"
        )
    if _looks_binary(text):
        raise InputError(
            "input looks binary (too many control characters)", code="input.binary"
        )
    check_text(text, max_chars=max_chars)


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
