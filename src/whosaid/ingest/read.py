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
otherwise the id is :func:`whosaid.ids.article_id` of the decoded input (text
or HTML) under its URL, else its file name: re-reading the same input gives
the same id, and the same text under another URL or file name is another
article.

Reads are bounded: a file is read up to its size limit (text:
``max_chars``; HTML: ``max_html_bytes``), a JSON Lines line up to
:func:`jsonl_line_limit` bytes (a longer line is a failure and reading goes on
with the next line, without holding the long one), and only regular files are
opened when a folder is walked (FIFOs, sockets and devices are reported, not
read).

Error codes (``InputError.code`` and ``InputFailure.code``): ``input.empty``,
``input.binary``, ``input.too_large``, ``input.unreadable``,
``input.not_a_file``, ``input.invalid_json``, ``input.missing_text``.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from whosaid.errors import InputError
from whosaid.ids import article_id
from whosaid.ingest.encoding import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_HTML_BYTES,
    check_string,
    check_text,
    decode_bytes,
    decode_utf8,
)
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

_BYTES_PER_CHAR = 4  # UTF-8 worst case, to bound reads before decoding
# JSON escapes a character in at most 6 bytes (\\uXXXX); HTML escapes less
# densely (quotes, slashes, sometimes < and >), so 2 bytes per byte suffice.
_JSON_BYTES_PER_CHAR = 6
_JSON_BYTES_PER_HTML_BYTE = 2
_JSONL_OTHER_FIELDS = 1 << 20  # room for id, url, date and the like
_SKIP_CHUNK = 1 << 20  # a line over the limit is skipped this much at a time


def jsonl_line_limit(
    max_chars: int = DEFAULT_MAX_CHARS, max_html_bytes: int = DEFAULT_MAX_HTML_BYTES
) -> int:
    """The longest JSON Lines line read, in bytes: room for the largest
    accepted ``text`` or ``html`` value, JSON-escaped, and the other fields
    (41,048,576 bytes with the default limits)."""
    text = max_chars * _JSON_BYTES_PER_CHAR
    html = max_html_bytes * _JSON_BYTES_PER_HTML_BYTE
    return max(text, html) + _JSONL_OTHER_FIELDS


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


@dataclass(frozen=True, slots=True)
class _Limits:
    max_chars: int
    max_html_bytes: int

    def decode(self, data: bytes, *, is_html: bool) -> tuple[str, list[str]]:
        if is_html:
            return decode_bytes(
                data, max_chars=self.max_html_bytes, max_bytes=self.max_html_bytes
            )
        return decode_bytes(data, max_chars=self.max_chars)

    def read_cap(self, *, is_html: bool) -> int:
        """Bytes worth reading from a file of this kind (one more says 'over')."""
        if is_html:
            return self.max_html_bytes
        return self.max_chars * _BYTES_PER_CHAR


def read_path(
    path: str | os.PathLike[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> RawArticle:
    """Read one text or HTML file.

    ``.html``/``.htm`` files give ``RawArticle(html=...)``, any other suffix
    gives ``RawArticle(text=...)``.  Warnings are logged and dropped; use
    :func:`read_path_with_warnings` to keep them.

    Args:
        path: The file to read.
        max_chars: The largest accepted text, in characters.
        max_html_bytes: The largest accepted HTML file, in bytes (the text
            extracted from it is held to ``max_chars`` when it is cleaned).

    Returns:
        The article, with ``path`` set to ``path`` as given.

    Raises:
        InputError: ``input.unreadable``, ``input.binary``, ``input.empty`` or
            ``input.too_large``.
    """
    ingested = read_path_with_warnings(
        path, max_chars=max_chars, max_html_bytes=max_html_bytes
    )
    for warning in ingested.warnings:
        logger.warning("%s: %s", os.fspath(path), warning)
    return ingested.article


def read_path_with_warnings(
    path: str | os.PathLike[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> Ingested:
    """Read one text or HTML file and keep the warnings raised on the way.

    Args:
        path: The file to read.
        max_chars: The largest accepted text, in characters.
        max_html_bytes: The largest accepted HTML file, in bytes.

    Returns:
        The article and its ingest warnings.

    Raises:
        InputError: ``input.unreadable``, ``input.binary``, ``input.empty`` or
            ``input.too_large``.
    """
    return _read_file(os.fspath(path), _Limits(max_chars, max_html_bytes))


def _read_file(path_text: str, limits: _Limits) -> Ingested:
    is_html = Path(path_text).suffix.lower() in HTML_SUFFIXES
    cap = limits.read_cap(is_html=is_html)
    try:
        size = Path(path_text).stat().st_size
    except OSError:
        size = 0  # _read_bytes reports the unreadable file
    if size > cap:
        raise InputError(
            f"input is {size:,} bytes, over the limit of {cap:,} bytes"
            + (" for an HTML page" if is_html else ""),
            code="input.too_large",
        )
    data = _read_bytes(Path(path_text), limit=cap + 1)
    content, warnings = limits.decode(data, is_html=is_html)
    return Ingested(
        article=_make_article(content, is_html=is_html, path=path_text),
        warnings=tuple(warnings),
    )


def iter_inputs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> Iterator[Ingested | InputFailure]:
    """Read every article named by ``paths``, in order.

    Each path may be:

    * a file: ``.html``/``.htm`` is read as HTML, ``.jsonl`` as JSON Lines,
      ``.jsonl.gz`` as gzip-compressed JSON Lines, ``.warc``/``.warc.gz`` as
      WARC (HTML responses only, see :mod:`whosaid.ingest.warc`), any other
      suffix as plain text; JSON Lines and WARC are streamed record by record;
    * a directory: walked recursively in sorted order, taking ``.txt``,
      ``.html``, ``.htm``, ``.jsonl``, ``.jsonl.gz``, ``.warc`` and
      ``.warc.gz`` files and skipping hidden entries; a FIFO, socket or
      device with such a name is reported (``input.not_a_file``), never
      opened, and a folder that cannot be read is reported
      (``input.unreadable``);
    * ``-``: standard input, read as bytes; HTML when it starts with ``<``
      after whitespace, plain text otherwise;
    * a JSON Lines file: one JSON object per line with ``text`` or ``html``
      (if both are given, both are kept) and optional ``id``, ``url`` and
      ``date`` strings.  Blank lines are skipped.

    Args:
        paths: Files, directories or ``-``.
        max_chars: The largest accepted text, in characters (for HTML: the
            text extracted from the page, checked when it is cleaned).
        max_html_bytes: The largest accepted HTML page, in bytes (in
            characters for an HTML string in a JSON Lines record).

    Yields:
        An :class:`Ingested` per article and an :class:`InputFailure` per input
        (file, folder or JSON Lines record) that could not be read.
    """
    limits = _Limits(max_chars, max_html_bytes)
    for path in paths:
        path_text = os.fspath(path)
        if path_text == STDIN_PATH:
            yield _read_stdin(limits)
            continue
        root = Path(path_text)
        if root.is_dir():
            yield from _iter_directory(root, limits)
        else:
            yield from _iter_file(path_text, limits)


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


def walk_input_files(root: Path) -> Iterator[str | InputFailure]:
    """The input files of a folder, recursively, in sorted order.

    Hidden entries and names that :func:`is_input_name` refuses are left
    out.  Every entry is checked with ``stat`` before anything opens it.

    Args:
        root: The folder.

    Yields:
        The path of each regular input file; an :class:`InputFailure` for
        each entry with an input name that is not a regular file (a FIFO,
        socket or device: ``input.not_a_file``; a broken link:
        ``input.unreadable``) and for each folder that cannot be read
        (``input.unreadable``), where the walk meets it; one
        ``input.empty`` failure when the folder holds no input at all.
    """
    errors: list[OSError] = []
    reported = False
    found = False
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        for failure in _folder_failures(errors):
            reported = True
            yield failure
        # Sort in place so os.walk descends in sorted order; skip hidden folders.
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not is_input_name(name):
                continue
            found = True
            path = os.path.join(dirpath, name)
            problem = _not_a_regular_file(path)
            if problem is None:
                yield path
            else:
                reported = True
                yield problem
    for failure in _folder_failures(errors):
        reported = True
        yield failure
    if not found and not reported:
        yield InputFailure(
            str(root),
            str(root),
            "input.empty",
            f"directory {str(root)!r} holds no .txt, .html, .htm, .jsonl(.gz) "
            "or .warc(.gz) file",
        )


def _folder_failures(errors: list[OSError]) -> Iterator[InputFailure]:
    while errors:
        error = errors.pop(0)
        folder = os.fspath(error.filename) if error.filename else "?"
        reason = error.strerror or type(error).__name__
        logger.info("cannot read folder %s: %s", folder, reason)
        message = f"cannot read folder {folder!r}: {reason}"
        yield InputFailure(folder, folder, "input.unreadable", message)


_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def _not_a_regular_file(path: str) -> InputFailure | None:
    """A failure for a walked entry that must not be opened, else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        reason = e.strerror or type(e).__name__
        return InputFailure(
            path, path, "input.unreadable", f"cannot read {path!r}: {reason}"
        )
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a file")
    logger.info("skipping %s: %s", path, kind)
    return InputFailure(
        path,
        path,
        "input.not_a_file",
        f"{path!r} is {kind}, not a regular file; not read",
    )


def count_inputs(paths: Sequence[str]) -> int | None:
    """Roughly how many articles ``paths`` hold (for a progress ETA).

    JSON Lines files count their lines (read in chunks, so a long line costs
    no memory); other files, stdin, WARC files and failures count one each.
    Only regular files are opened.

    Args:
        paths: What :func:`iter_inputs` would read.

    Returns:
        The count (never ``None`` today; the type leaves room for inputs
        whose size is unknown).
    """
    total = 0
    for given in paths:
        if given == STDIN_PATH:
            total += 1
            continue
        root = Path(given)
        if not root.is_dir():
            total += _count_in_file(given)
            continue
        for item in walk_input_files(root):
            total += 1 if isinstance(item, InputFailure) else _count_in_file(item)
    return total


def _count_in_file(path: str) -> int:
    kind = input_kind(path)
    if kind not in ("jsonl", "jsonl.gz"):
        return 1  # a WARC file counts as one: counting would read it all
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return 1
        opener = gzip.open if kind == "jsonl.gz" else open
        with opener(path, "rb") as handle:
            return max(1, _count_lines_with_text(handle))
    except (OSError, EOFError, zlib.error):
        return 1


def _count_lines_with_text(handle: Any) -> int:
    """Lines that are not blank, read in chunks (a long line costs no memory)."""
    lines = 0
    pending = False  # the line read so far has text
    while chunk := handle.read(_SKIP_CHUNK):
        parts = chunk.split(b"\n")
        for part in parts[:-1]:
            if pending or part.strip():
                lines += 1
            pending = False
        pending = pending or bool(parts[-1].strip())
    return lines + pending


def _iter_directory(root: Path, limits: _Limits) -> Iterator[Ingested | InputFailure]:
    for item in walk_input_files(root):
        if isinstance(item, InputFailure):
            yield item
        else:
            yield from _iter_file(item, limits)


def _iter_file(path: str, limits: _Limits) -> Iterator[Ingested | InputFailure]:
    kind = input_kind(path)
    if kind in ("jsonl", "jsonl.gz"):
        yield from _iter_jsonl(path, limits, gz=kind == "jsonl.gz")
        return
    if kind == "warc":
        from whosaid.ingest.warc import iter_warc

        yield from iter_warc(path, max_html_bytes=limits.max_html_bytes)
        return
    try:
        yield _read_file(path, limits)
    except InputError as e:
        logger.info("skipping %s: %s: %s", path, e.code, e.message)
        yield InputFailure(path, path, e.code, e.message)


def _read_stdin(limits: _Limits) -> Ingested | InputFailure:
    cap = max(limits.read_cap(is_html=False), limits.read_cap(is_html=True))
    try:
        data = sys.stdin.buffer.read(cap + 1)
    except (OSError, AttributeError, ValueError) as e:
        return InputFailure(
            "stdin", None, "input.unreadable", f"cannot read stdin: {e}"
        )
    try:
        content, warnings = decode_bytes(
            data, max_chars=max(limits.max_chars, limits.max_html_bytes), max_bytes=cap
        )
        is_html = content.lstrip().startswith("<")
        if is_html and len(data) > limits.max_html_bytes:
            raise InputError(
                f"input is {len(data):,} bytes, over the limit of "
                f"{limits.max_html_bytes:,} bytes for an HTML page",
                code="input.too_large",
            )
        if not is_html:
            check_text(content, max_chars=limits.max_chars)
    except InputError as e:
        return InputFailure("stdin", None, e.code, e.message)
    return Ingested(
        article=_make_article(content, is_html=is_html, path=None),
        warnings=tuple(warnings),
    )


def _iter_jsonl(
    path: str, limits: _Limits, *, gz: bool = False
) -> Iterator[Ingested | InputFailure]:
    """Stream a JSON Lines file (gzip-compressed when ``gz``), line by line.

    No line is read past :func:`jsonl_line_limit`: a longer one is reported
    (``input.too_large``) and skipped in chunks, and reading goes on.
    """
    handle: io.BufferedIOBase
    try:
        handle = gzip.open(path, "rb") if gz else open(path, "rb")  # noqa: SIM115
    except OSError as e:
        yield InputFailure(path, path, "input.unreadable", f"cannot read {path!r}: {e}")
        return
    cap = jsonl_line_limit(limits.max_chars, limits.max_html_bytes)
    line_number = 0
    with handle:
        try:
            while line := handle.readline(cap + 1):
                line_number += 1
                if len(line) > cap and not line.endswith(b"\n"):
                    skipped = len(line) + _skip_rest_of_line(handle)
                    yield InputFailure(
                        f"{path}:{line_number}",
                        path,
                        "input.too_large",
                        f"line {line_number}: over {cap:,} bytes (the limit for one "
                        f"JSON Lines record); {skipped:,} bytes skipped",
                    )
                    continue
                if not line.strip():
                    continue
                yield _parse_jsonl_line(
                    line, path=path, line_number=line_number, limits=limits
                )
        except (OSError, EOFError, zlib.error) as e:  # bad or truncated gzip
            yield InputFailure(
                f"{path}:{line_number + 1}",
                path,
                "input.unreadable",
                f"cannot read {path!r} after line {line_number}: {e}",
            )


def _skip_rest_of_line(handle: io.BufferedIOBase) -> int:
    """Read and drop the rest of the current line; return the bytes dropped."""
    skipped = 0
    while chunk := handle.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _parse_jsonl_line(
    line: bytes, *, path: str, line_number: int, limits: _Limits
) -> Ingested | InputFailure:
    where = f"{path}:{line_number}"
    decoded, warnings = decode_utf8(line)
    try:
        record: Any = json.loads(decoded)
    except json.JSONDecodeError as e:
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
    text, html, url = fields["text"], fields["html"], fields["url"]
    content = text if text is not None else html
    if content is None:
        return InputFailure(
            failure_id,
            path,
            "input.missing_text",
            f"line {line_number}: the record has neither 'text' nor 'html'",
        )
    try:
        if text is not None:
            check_string(text, max_chars=limits.max_chars)
        if html is not None:  # kept as the raw input even next to a text
            _check_html_string(html, limits, only_size=text is not None)
    except InputError as e:
        return InputFailure(
            failure_id, path, e.code, f"line {line_number}: {e.message}"
        )
    return Ingested(
        article=RawArticle(
            id=str(given_id)
            if given_id is not None
            else article_id(content, url=url, path=path),
            path=path,
            url=url,
            date=fields["date"],
            text=text,
            html=html,
        ),
        warnings=tuple(warnings),
    )


def _check_html_string(html: str, limits: _Limits, *, only_size: bool) -> None:
    if only_size:
        if len(html) > limits.max_html_bytes:
            raise InputError(
                f"'html' is {len(html):,} characters, over the limit of "
                f"{limits.max_html_bytes:,}",
                code="input.too_large",
            )
        return
    check_string(html, max_chars=limits.max_html_bytes)


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
        id=article_id(content, path=path),
        path=path,
        text=None if is_html else content,
        html=content if is_html else None,
    )
