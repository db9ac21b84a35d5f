"""Read HTML pages out of WARC files (``.warc``, ``.warc.gz``), streaming.

WARC is the format of Common Crawl's news crawl (CC-NEWS).  Only ``response``
records whose HTTP ``Content-Type`` is HTML are taken; requests, metadata,
redirects without a page and non-HTML payloads (PDF, images, feeds) are
skipped silently.  Each page becomes a ``RawArticle(html=...)`` with ``url``
from ``WARC-Target-URI`` and ``date`` from ``WARC-Date``; its id is
:func:`whosaid.ids.article_id` of the decoded page under its URL.

Records are read one at a time (``warcio.ArchiveIterator``), so memory is
bounded by the largest page, never by the file.  A page that cannot be
decoded is an :class:`~whosaid.ingest.read.InputFailure`; a truncated or
corrupt file ends with one failure for the rest of the file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from whosaid.errors import InputError
from whosaid.ids import article_id
from whosaid.ingest.encoding import DEFAULT_MAX_HTML_BYTES, decode_bytes
from whosaid.records import RawArticle

if TYPE_CHECKING:
    from whosaid.ingest.read import Ingested, InputFailure

__all__ = ["WARC_SUFFIXES", "is_html_content_type", "iter_warc"]

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
"""File names ending so are read as WARC (case-insensitive)."""

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html_content_type(value: str | None) -> bool:
    """True for an HTTP ``Content-Type`` naming an HTML page (any charset)."""
    if not value:
        return False
    media = value.split(";", 1)[0].strip().lower()
    return media in _HTML_TYPES


def iter_warc(
    path: str,
    *,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
) -> Iterator[Ingested | InputFailure]:
    """Yield the HTML responses of one WARC file, in file order.

    Args:
        path: The ``.warc`` or ``.warc.gz`` file.
        max_html_bytes: The largest accepted page, in bytes: a longer payload
            is not read past this (``input.too_large``).  The text extracted
            from a page is held to the text limit when it is cleaned.

    Yields:
        An ``Ingested`` per HTML page, an ``InputFailure`` per page that could
        not be decoded, and one ``InputFailure`` if the file is unreadable or
        corrupt (the pages before the damage are kept).
    """
    from warcio.archiveiterator import ArchiveIterator

    from whosaid.ingest.read import InputFailure

    try:
        handle = open(path, "rb")  # noqa: SIM115 -- closed by the with below
    except OSError as e:
        yield InputFailure(path, path, "input.unreadable", f"cannot read {path!r}: {e}")
        return
    count = 0
    with handle:
        try:
            for record in ArchiveIterator(handle):
                item = _page(record, path=path, max_html_bytes=max_html_bytes)
                if item is not None:
                    count += 1
                    yield item
        except Exception as e:  # warcio raises several types on bad input
            logger.info("%s: WARC read stopped: %s", path, e)
            yield InputFailure(
                f"{path}#{count}",
                path,
                "input.unreadable",
                f"corrupt or truncated WARC after {count} pages: "
                f"{type(e).__name__}: {e}",
            )


def _page(
    record: Any, *, path: str, max_html_bytes: int
) -> Ingested | InputFailure | None:
    """One WARC record as an article, or ``None`` when it is not an HTML page."""
    from whosaid.ingest.read import Ingested, InputFailure

    if record.rec_type != "response" or record.http_headers is None:
        return None
    if not is_html_content_type(record.http_headers.get_header("Content-Type")):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date")
    where = url or f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"
    payload = record.content_stream().read(max_html_bytes + 1)
    try:
        content, warnings = decode_bytes(
            payload, max_chars=max_html_bytes, max_bytes=max_html_bytes
        )
    except InputError as e:
        return InputFailure(where, path, e.code, e.message)
    return Ingested(
        article=RawArticle(
            id=article_id(content, url=url, path=path),
            path=path,
            url=url,
            date=date,
            html=content,
        ),
        warnings=tuple(warnings),
    )
