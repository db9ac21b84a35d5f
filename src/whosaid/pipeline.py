"""The pipeline runner: raw input -> clean article -> parse -> attributions -> speakers.

One error policy applies to every stage: a problem with one article becomes
that article's ``error`` (a stable code and a message) and the batch goes on.
The :class:`Pipeline` itself lives in :mod:`whosaid.stage_runner`; this module
holds the calls most users make (:func:`process`, :func:`process_many`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from whosaid.deadline import DEFAULT_TIME_BUDGET
from whosaid.errors import InputError
from whosaid.ids import article_id
from whosaid.ingest import InputFailure, decode_bytes
from whosaid.ingest.encoding import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_HTML_BYTES,
    check_string,
)
from whosaid.nlp import DEFAULT_MODEL
from whosaid.records import Article, RawArticle
from whosaid.scheme import DEFAULT_SCHEME, Scheme
from whosaid.stage_runner import DEFAULT_BATCH_SIZE, Item, Pipeline, Timings

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "Item",
    "Pipeline",
    "Timings",
    "default_pipeline",
    "get_pipeline",
    "looks_like_html",
    "process",
    "process_many",
    "raw_article",
]

_HTML_RE = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I
)


def looks_like_html(text: str) -> bool:
    """True when a string is an HTML page rather than plain text."""
    return bool(_HTML_RE.match(text[:1000]))


def raw_article(
    text_or_html: str | bytes,
    *,
    id: str | None = None,  # the record field is called id
    url: str | None = None,
    path: str | None = None,
    date: str | None = None,
) -> tuple[RawArticle, tuple[str, ...]]:
    """Wrap a string or bytes as a :class:`RawArticle` (HTML sniffed).

    Strings are checked as bytes read from a file are (NUL or many control
    characters: ``input.binary``; size limits: text ``DEFAULT_MAX_CHARS``,
    HTML ``DEFAULT_MAX_HTML_BYTES``).

    Raises:
        InputError: input that is empty, binary, too large or undecodable.
    """
    warnings: tuple[str, ...] = ()
    if isinstance(text_or_html, bytes):
        text, warn = decode_bytes(
            text_or_html,
            max_chars=DEFAULT_MAX_HTML_BYTES,
            max_bytes=DEFAULT_MAX_HTML_BYTES,
        )
        warnings = tuple(warn)
    elif isinstance(text_or_html, str):
        text = text_or_html
    else:
        raise InputError(
            f"expected str or bytes, got {type(text_or_html).__name__}",
            code="input.type",
        )
    is_html = looks_like_html(text)
    check_string(
        text, max_chars=DEFAULT_MAX_HTML_BYTES if is_html else DEFAULT_MAX_CHARS
    )
    rid = id or article_id(text, url=url, path=path)
    if is_html:
        return RawArticle(id=rid, path=path, url=url, date=date, html=text), warnings
    return RawArticle(id=rid, path=path, url=url, date=date, text=text), warnings


def _failure_id(
    text_or_html: object, *, url: str | None = None, path: str | None = None
) -> str:
    """The id of an input that failed before it became a RawArticle."""
    if isinstance(text_or_html, str):
        return article_id(text_or_html, url=url, path=path)
    return "invalid"


def default_pipeline(
    *,
    spacy_model: str = DEFAULT_MODEL,
    model_dir: str | None = None,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
    batch_size: int = DEFAULT_BATCH_SIZE,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheme: Scheme = DEFAULT_SCHEME,
) -> Pipeline:
    """The pipeline :func:`process` and :func:`process_many` use.

    The same as :meth:`Pipeline.load`: a new (stateless) :class:`Pipeline`
    every call, over models and knowledge that their loaders read once per
    process and keep (``load_spacy``, ``open_taggers``, ``load_knowledge``,
    ``load_lexicon``).
    """
    return Pipeline.load(
        spacy_model=spacy_model,
        model_dir=model_dir,
        actor_files=actor_files,
        verb_files=verb_files,
        batch_size=batch_size,
        time_budget=time_budget,
        scheme=scheme,
    )


def get_pipeline(
    *, spacy_model: str = DEFAULT_MODEL, model_dir: str | None = None
) -> Pipeline:
    """Former name of :func:`default_pipeline` (kept for existing callers)."""
    return default_pipeline(spacy_model=spacy_model, model_dir=model_dir)


def process(
    text_or_html: str | bytes,
    *,
    url: str | None = None,
    id: str | None = None,  # the record field is called id
    path: str | None = None,
    date: str | None = None,
    model_dir: str | None = None,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheme: Scheme = DEFAULT_SCHEME,
    pipeline: Pipeline | None = None,
) -> Article:
    """Analyze one article: who said what.

    Args:
        text_or_html: the article as plain text (scraped page text is fine)
            or an HTML page; bytes are decoded (UTF-8, else Windows-1252).
        url: the page address, kept in the record.
        id: the article id; default: a hash of the content.
        path: where the input came from, kept in the record.
        date: publication date, kept in the record.
        model_dir: a trained attribution model folder (default: shipped).
        actor_files: users' actor files (CSV/TSV/YAML: pattern, name,
            country, igo, sector, type) that extend or override the shipped
            actor knowledge.
        verb_files: users' verb files (CSV/TSV: pattern, code) that extend
            or override the shipped CAMEO verb patterns.
        time_budget: seconds the article may take (default 60; ``None``: no
            limit); past it the record's error is ``nlp.timeout``.
        scheme: the attribution scheme (:mod:`whosaid.attribution.scheme`):
            ``news`` (default) or ``polnear``.
        pipeline: a pipeline to use instead of :func:`default_pipeline`
            (then ``model_dir``, ``actor_files``, ``verb_files``,
            ``time_budget`` and ``scheme`` are its own).

    Returns:
        The :class:`~whosaid.records.Article`.  Bad input does not raise: the
        record's ``error`` says what was wrong.

    Example:
        >>> import whosaid
        >>> article = whosaid.process('"We will win," she said.')
        >>> [a.cue[0].text for a in article.attributions]
        ['said']
    """
    if pipeline is None:
        pipeline = default_pipeline(
            model_dir=model_dir,
            actor_files=actor_files,
            verb_files=verb_files,
            time_budget=time_budget,
            scheme=scheme,
        )
    try:
        raw, warnings = raw_article(text_or_html, id=id, url=url, path=path, date=date)
    except InputError as e:
        # A failed record that still carries the caller's url and date.
        rid = id or _failure_id(text_or_html, url=url, path=path)
        given = RawArticle(id=rid, path=path, url=url, date=date, text="")
        return pipeline.failed_article(given, e.code, e.message, ())
    return next(pipeline.process_many([(raw, warnings)]))


def process_many(
    items: Iterable[Item | str | tuple[Item, Sequence[str]]],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model_dir: str | None = None,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheme: Scheme = DEFAULT_SCHEME,
    pipeline: Pipeline | None = None,
    timings: Timings | None = None,
) -> Iterator[Article]:
    """Analyze many articles, streaming them through ``nlp.pipe``.

    Args:
        items: :class:`RawArticle` / :class:`InputFailure` records (as made by
            :func:`whosaid.ingest.iter_inputs`) or plain strings.
        batch_size: articles per spaCy batch.
        model_dir: a trained attribution model folder (default: shipped).
        actor_files: users' actor files that extend the shipped knowledge.
        verb_files: users' verb files that extend the shipped verb patterns.
        time_budget: seconds each article may take (``None``: no limit).
        scheme: the attribution scheme, ``news`` (default) or ``polnear``.
        pipeline: a pipeline to use instead of :func:`default_pipeline`
            (then the other options are its own).
        timings: a dict to add each stage's seconds to (optional).

    Yields:
        One :class:`Article` per item, in input order.
    """
    if pipeline is None:
        pipeline = default_pipeline(
            model_dir=model_dir,
            actor_files=actor_files,
            verb_files=verb_files,
            batch_size=batch_size,
            time_budget=time_budget,
            scheme=scheme,
        )

    def _wrap() -> Iterator[Item | tuple[Item, Sequence[str]]]:
        for item in items:
            if isinstance(item, str):
                try:
                    yield raw_article(item)
                except InputError as e:
                    yield InputFailure(_failure_id(item), None, e.code, e.message)
            else:
                yield item

    yield from pipeline.process_many(_wrap(), timings=timings)
