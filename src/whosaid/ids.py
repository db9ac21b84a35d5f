"""Identity of inputs: the one scheme behind every id whosaid computes.

Two inputs are **the same input** when they have the same *source* and the
same *content*:

* the source is the input's URL when it has one (JSON Lines ``url``, a WARC
  record's ``WARC-Target-URI``, the API's ``url``), else the name of the file
  it was read from (the name, not its folder, so that a run from elsewhere
  gives the same ids; for a JSON Lines record, the ``.jsonl`` file's name),
  else nothing (standard input, a string given to ``whosaid.process``);
* the content is the decoded text, else the decoded HTML.

So the same text under two URLs (a wire story republished by two sites) or
under two file names is two articles, while reading the same file or URL
again is the same input.

From that one key (the SHA-1 of ``SOURCE NUL CONTENT``, or of ``CONTENT``
alone when there is no source, encoded as UTF-8):

* :func:`content_hash` is the full 40 hex digits: the store's duplicate check
  (``articles.content_hash``) and the Parquet ``content_hash`` column;
* :func:`article_id` is its first 16 hex digits: the record's ``id``, unless
  the input brings its own (a JSON Lines ``id``, the API's ``id``).

:func:`batch_key` names a batch of articles (Dask task keys, Parquet part
files) from their ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import PurePath

from whosaid.records import RawArticle

__all__ = [
    "ID_HEX_DIGITS",
    "article_id",
    "batch_key",
    "content_hash",
    "raw_content_hash",
    "source_of",
]

ID_HEX_DIGITS = 16
"""Hex digits of an article id (64 bits: collisions are negligible below
billions of articles)."""


def source_of(*, url: str | None = None, path: str | None = None) -> str:
    """The source part of an input's identity.

    Args:
        url: The input's URL, if any.
        path: The file it was read from, if any (``"-"`` is standard input).

    Returns:
        The URL; else the file's name without its folder; else ``""``.
    """
    if url:
        return url
    if path and path != "-":
        return PurePath(path).name
    return ""


def content_hash(
    content: str, *, url: str | None = None, path: str | None = None
) -> str:
    """The SHA-1 (40 hex digits) that identifies an input.

    Args:
        content: The decoded text (else HTML) of the input.
        url: Its URL, if any.
        path: The file it was read from, if any.

    Returns:
        The hex digest of ``SOURCE NUL CONTENT`` (``CONTENT`` alone without a
        source), see :func:`source_of`.
    """
    source = source_of(url=url, path=path)
    key = f"{source}\0{content}" if source else content
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()


def article_id(content: str, *, url: str | None = None, path: str | None = None) -> str:
    """The id of an input that brings none of its own.

    Args:
        content: The decoded text (else HTML) of the input.
        url: Its URL, if any.
        path: The file it was read from, if any.

    Returns:
        The first 16 hex digits of :func:`content_hash`.

    Example:
        >>> article_id("Same words.", url="http://a.example/1") == article_id(
        ...     "Same words.", url="http://b.example/2")
        False
    """
    return content_hash(content, url=url, path=path)[:ID_HEX_DIGITS]


def raw_content_hash(raw: RawArticle) -> str:
    """:func:`content_hash` of an input as read (its text, else its HTML)."""
    content = raw.text if raw.text is not None else (raw.html or "")
    return content_hash(content, url=raw.url, path=raw.path)


def batch_key(article_ids: Iterable[str]) -> str:
    """A stable name for a batch of articles: 16 hex digits of the SHA-1 of
    their ids joined by NUL, in order."""
    joined = "\0".join(article_ids)
    return hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()[
        :ID_HEX_DIGITS
    ]
