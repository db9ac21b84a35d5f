"""Read inputs (files, directories, stdin, JSON Lines) into ``RawArticle`` records.

How results and warnings flow:

* :func:`iter_inputs` is the batch entry point.  It yields one
  :class:`Ingested` per article read (a named pair: the
  :class:`~whosaid.records.RawArticle` and the ingest warnings, e.g. the
  Windows-1252 fallback) and one
  :class:`InputFailure` per input that could not be read.  A bad input never
  stops the iteration.
* :func:`read_path_with_warnings` reads one file into an :class:`Ingested`;
  :func:`read_path` is the same but returns the bare ``RawArticle`` (warnings
  are only logged).  Both raise :class:`~whosaid.errors.InputError`.
* Pass ``Ingested.warnings`` on to
  ``whosaid.clean.clean_article(article, warnings=...)``, which puts them first
  in ``CleanArticle.warnings`` (or hand the pair to the pipeline, which
  accepts ``(RawArticle, warnings)`` items).

Article ids are deterministic: an id given in a JSON Lines record is kept;
otherwise the id is the first 16 hex digits of the SHA-1 of the UTF-8 encoding
of the decoded input (text or HTML), so re-reading the same content gives the
same id wherever it comes from.

Error codes (``InputError.code`` and ``InputFailure.code``): ``input.empty``,
``input.binary``, ``input.too_large``, ``input.unreadable``,
``input.invalid_json``, ``input.missing_text``.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from whosaid.errors import InputError
from whosaid.ingest.encoding import DEFAULT_MAX_CHARS, check_text, decode_bytes
from whosaid.records import RawArticle

logger = logging.getLogger(__name__)

STDIN_PATH = "-"
"""The path that stands for standard input."""

HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
DIRECTORY_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES | JSONL_SUFFIXES
"""File suffixes taken when a directory is walked (case-insensitive); see
:func:`is_input_name` for the compressed and WARC names also taken."""
JSONL_GZ_SUFFIX = ".jsonl.gz"
WARC_NAME_SUFFIXES = (".warc", ".warc.gz")

_ID_HEX_DIGITS = 16
_BYTES_PER_CHAR = 4  # UTF-8 worst case, to bound reads before decoding


class Ingested(NamedTuple):
    """One article read, with the warnings raised while reading it.

    A named pair, so it unpacks as ``article, warnings = ingested`` and can be
    handed as is to ``whosaid.pipeline.process_many``.

    Attributes:
        article: The article as read.
        warnings: ``"code: message"`` strings, e.g. the Windows-1252 fallback.
    """

    article: RawArticle
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read.

    Attributes:
        id: The JSON Lines record's id if it had one, else ``"PATH:LINE"`` for a
            JSON Lines record, the path for a file, ``"-"`` for stdin.
        path: The path as given (``None`` for stdin).
        code: A stable error code, e.g. ``input.binary``.
        message: What went wrong, for people.
    """

    id: str
    path: str | None
    code: str
    message: str


def article_id(content: str, *, name: str = "") -> str:
    """Return the deterministic id of an input.

    Args:
        content: The decoded text or HTML.
        name: The file name the input came from (not its folder, so that a
            re-run from elsewhere gives the same id), or "" (stdin, JSONL).
            Two files with the same text under different names (a story
            republished on another date) are two articles.

    Returns:
        The first 16 hex digits of the SHA-1 of ``content`` (prefixed with
        ``name`` and a NUL when a name is given), encoded as UTF-8.
    """
    key = f"{name}\0{content}" if name else content
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[
        :_ID_HEX_DIGITS
    ]


def read_path(
    path: str | os.PathLike[str], *, max_chars: int = DEFAULT_MAX_CHARS
) -> RawArticle:
    """Read one text or HTML file.

    ``.html``/``.htm`` files give ``RawArticle(html=...)``, any other suffix
    gives ``RawArticle(text=...)``.  Warnings are logged and dropped; use
    :func:`read_path_with_warnings` to keep them.

    Args:
        path: The file to read.
        max_chars: The largest accepted input, in characters.

    Returns:
        The article, with ``path`` set to ``path`` as given.

    Raises:
        InputError: ``input.unreadable``, ``input.binary``, ``input.empty`` or
            ``input.too_large``.
    """
    ingested = read_path_with_warnings(path, max_chars=max_chars)
    for warning in ingested.warnings:
        logger.warning("%s: %s", os.fspath(path), warning)
    return ingested.article


def read_path_with_warnings(
    path: str | os.PathLike[str], *, max_chars: int = DEFAULT_MAX_CHARS
) -> Ingested:
    """Read one text or HTML file and keep the warnings raised on the way.

    Args:
        path: The file to read.
        max_chars: The largest accepted input, in characters.

    Returns:
        The article and its ingest warnings.

    Raises:
        InputError: ``input.unreadable``, ``input.binary``, ``input.empty`` or
            ``input.too_large``.
    """
    path_text = os.fspath(path)
    limit = max_chars * _BYTES_PER_CHAR
    try:
        size = Path(path_text).stat().st_size
    except OSError:
        size = 0  # _read_bytes reports the unreadable file
    if size > limit:
        raise InputError(
            f"input is {size:,} bytes, over the limit of {max_chars:,} characters",
            code="input.too_large",
        )
    data = _read_bytes(Path(path_text), limit=limit + 1)
    content, warnings = decode_bytes(data, max_chars=max_chars)
    is_html = Path(path_text).suffix.lower() in HTML_SUFFIXES
    return Ingested(
        article=_make_article(content, is_html=is_html, path=path_text),
        warnings=tuple(warnings),
    )


def iter_inputs(
    paths: Sequence[str | os.PathLike[str]], *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Ingested | InputFailure]:
    """Read every article named by ``paths``, in order.

    Each path may be:

    * a file: ``.html``/``.htm`` is read as HTML, ``.jsonl`` as JSON Lines,
      ``.jsonl.gz`` as gzip-compressed JSON Lines, ``.warc``/``.warc.gz`` as
      WARC (HTML responses only, see :mod:`whosaid.ingest.warc`), any other
      suffix as plain text; JSON Lines and WARC are streamed record by record;
    * a directory: walked recursively in sorted order, taking ``.txt``,
      ``.html``, ``.htm``, ``.jsonl``, ``.jsonl.gz``, ``.warc`` and
      ``.warc.gz`` files and skipping hidden entries;
    * ``-``: standard input, read as bytes; HTML when it starts with ``<``
      after whitespace, plain text otherwise;
    * a JSON Lines file: one JSON object per line with ``text`` or ``html``
      (if both are given, both are kept) and optional ``id``, ``url`` and
      ``date`` strings.  Blank lines are skipped.

    Args:
        paths: Files, directories or ``-``.
        max_chars: The largest accepted article, in characters.

    Yields:
        An :class:`Ingested` per article and an :class:`InputFailure` per input
        (file or JSON Lines record) that could not be read.
    """
    for path in paths:
        path_text = os.fspath(path)
        if path_text == STDIN_PATH:
            yield _read_stdin(max_chars=max_chars)
            continue
        root = Path(path_text)
        if root.is_dir():
            yield from _iter_directory(root, max_chars=max_chars)
        else:
            yield from _iter_file(path_text, max_chars=max_chars)


def input_kind(name: str) -> str:
    """How a file is read, from its name: ``jsonl``, ``jsonl.gz``, ``warc``,
    ``html`` or ``text`` (any other name)."""
    lower = name.lower()
    if lower.endswith(JSONL_GZ_SUFFIX):
        return "jsonl.gz"
    if lower.endswith(WARC_NAME_SUFFIXES):
        return "warc"
    suffix = Path(lower).suffix
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def is_input_name(name: str) -> bool:
    """True for a file name a directory walk takes: ``.txt``, ``.html``,
    ``.htm``, ``.jsonl``, ``.jsonl.gz``, ``.warc``, ``.warc.gz``."""
    lower = name.lower()
    return (
        Path(lower).suffix in DIRECTORY_SUFFIXES
        or lower.endswith(JSONL_GZ_SUFFIX)
        or lower.endswith(WARC_NAME_SUFFIXES)
    )


def _iter_directory(root: Path, *, max_chars: int) -> Iterator[Ingested | InputFailure]:
    found = False
    for dirpath, dirnames, filenames in os.walk(root):
        # Sort in place so os.walk descends in sorted order; skip hidden folders.
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not is_input_name(name):
                continue
            found = True
            yield from _iter_file(os.path.join(dirpath, name), max_chars=max_chars)
    if not found:
        yield InputFailure(
            str(root),
            str(root),
            "input.empty",
            f"directory {str(root)!r} holds no .txt, .html, .htm, .jsonl(.gz) "
            "or .warc(.gz) file",
        )


def _iter_file(path: str, *, max_chars: int) -> Iterator[Ingested | InputFailure]:
    kind = input_kind(path)
    if kind in ("jsonl", "jsonl.gz"):
        yield from _iter_jsonl(path, max_chars=max_chars, gz=kind == "jsonl.gz")
        return
    if kind == "warc":
        from whosaid.ingest.warc import iter_warc

        yield from iter_warc(path, max_chars=max_chars)
        return
    try:
        yield read_path_with_warnings(path, max_chars=max_chars)
    except InputError as e:
        logger.info("skipping %s: %s: %s", path, e.code, e.message)
        yield InputFailure(path, path, e.code, e.message)


def _read_stdin(*, max_chars: int) -> Ingested | InputFailure:
    try:
        data = sys.stdin.buffer.read(max_chars * _BYTES_PER_CHAR + 1)
    except (OSError, AttributeError, ValueError) as e:
        return InputFailure(
            "stdin", None, "input.unreadable", f"cannot read stdin: {e}"
        )
    try:
        content, warnings = decode_bytes(data, max_chars=max_chars)
    except InputError as e:
        return InputFailure("stdin", None, e.code, e.message)
    is_html = content.lstrip().startswith("<")
    return Ingested(
        article=_make_article(content, is_html=is_html, path=None),
        warnings=tuple(warnings),
    )


def _iter_jsonl(
    path: str, *, max_chars: int, gz: bool = False
) -> Iterator[Ingested | InputFailure]:
    """Stream a JSON Lines file (gzip-compressed when ``gz``), line by line."""
    handle: io.BufferedIOBase
    try:
        handle = gzip.open(path, "rb") if gz else open(path, "rb")  # noqa: SIM115
    except OSError as e:
        yield InputFailure(path, path, "input.unreadable", f"cannot read {path!r}: {e}")
        return
    line_number = 0
    with handle:
        try:
            for line_number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                yield _parse_jsonl_line(
                    line, path=path, line_number=line_number, max_chars=max_chars
                )
        except (OSError, EOFError, zlib.error) as e:  # bad or truncated gzip
            yield InputFailure(
                f"{path}:{line_number + 1}",
                path,
                "input.unreadable",
                f"cannot read {path!r} after line {line_number}: {e}",
            )


def _parse_jsonl_line(
    line: bytes, *, path: str, line_number: int, max_chars: int
) -> Ingested | InputFailure:
    where = f"{path}:{line_number}"
    try:
        record: Any = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return InputFailure(
            where, path, "input.invalid_json", f"line {line_number}: {e}"
        )
    if not isinstance(record, dict):
        return InputFailure(
            where,
            path,
            "input.invalid_json",
            f"line {line_number}: expected a JSON object, got {type(record).__name__}",
        )
    given_id = record.get("id")
    if given_id is not None and not isinstance(given_id, str | int):
        return InputFailure(
            where,
            path,
            "input.invalid_json",
            f"line {line_number}: 'id' must be a string",
        )
    failure_id = where if given_id is None else str(given_id)
    fields: dict[str, str | None] = {}
    for key in ("text", "html", "url", "date"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return InputFailure(
                failure_id,
                path,
                "input.invalid_json",
                f"line {line_number}: {key!r} must be a string",
            )
        fields[key] = value
    text, html = fields["text"], fields["html"]
    content = text if text is not None else html
    if content is None:
        return InputFailure(
            failure_id,
            path,
            "input.missing_text",
            f"line {line_number}: the record has neither 'text' nor 'html'",
        )
    try:
        check_text(content, max_chars=max_chars)
    except InputError as e:
        return InputFailure(
            failure_id, path, e.code, f"line {line_number}: {e.message}"
        )
    return Ingested(
        article=RawArticle(
            id=str(given_id) if given_id is not None else article_id(content),
            path=path,
            url=fields["url"],
            date=fields["date"],
            text=text,
            html=html,
        )
    )


def _read_bytes(path: Path, *, limit: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(limit)
    except OSError as e:
        reason = e.strerror or type(e).__name__
        raise InputError(
            f"cannot read {str(path)!r}: {reason}", code="input.unreadable"
        ) from e


def _make_article(content: str, *, is_html: bool, path: str | None) -> RawArticle:
    return RawArticle(
        id=article_id(content, name=Path(path).name if path else ""),
        path=path,
        text=None if is_html else content,
        html=content if is_html else None,
    )
