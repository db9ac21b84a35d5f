"""The pipeline runner: raw input -> clean article -> parse -> attributions -> speakers.

One error policy applies to every stage: a problem with one article becomes
that article's ``error`` (a stable code and a message) and the batch goes on.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from whosaid._version import __version__
from whosaid.actors import extract_actors, load_knowledge
from whosaid.actors.people import article_date
from whosaid.attribution.extract import extract_attributions
from whosaid.attribution.model import load_model
from whosaid.clean import clean_article
from whosaid.errors import InputError, WhosaidError
from whosaid.events import extract_events, load_lexicon
from whosaid.ids import article_id
from whosaid.ingest import InputFailure, decode_bytes
from whosaid.ingest.encoding import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_HTML_BYTES,
    check_string,
)
from whosaid.limits import cap_warnings
from whosaid.nlp import DEFAULT_MODEL, load_spacy, model_id
from whosaid.records import Article, CleanArticle, ErrorInfo, Identified, RawArticle
from whosaid.speakers import resolve_speakers

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 16
_HTML_RE = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I
)

Item = RawArticle | InputFailure


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


@dataclass
class Pipeline:
    """Runs whosaid's stages over articles, in batches through ``nlp.pipe``.

    Args:
        spacy_model: the spaCy model package to load.
        model_dir: a trained attribution model folder (default: shipped one).
        batch_size: articles per ``nlp.pipe`` batch.
        actor_files: users' actor files (CSV/TSV/YAML) read after the
            shipped knowledge; their rows override shipped rows.
        verb_files: users' verb files (CSV/TSV: pattern, code) read after
            the shipped CAMEO verb patterns; their rows win.
        default_date: the date (``YYYY-MM-DD``) of articles that carry none,
            in their record or file name (``--date``): who held which office.
    """

    spacy_model: str = DEFAULT_MODEL
    model_dir: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    actor_files: tuple[str, ...] = ()
    verb_files: tuple[str, ...] = ()
    default_date: str | None = None
    timings: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    _nlp: Any = field(default=None, repr=False)

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_spacy(self.spacy_model)
        return self._nlp

    @property
    def knowledge(self) -> Any:
        """Actor knowledge: shipped data plus ``actor_files`` (loaded once)."""
        return load_knowledge(self.nlp.tokenizer, self.actor_files)

    @property
    def model_name(self) -> str:
        """Models recorded in every result: spaCy model + attribution model."""
        attribution = load_model(self.model_dir)
        return f"{model_id(self.nlp)}+{attribution.name}"

    def process_many(
        self, items: Iterable[Item | tuple[Item, Sequence[str]]]
    ) -> Iterator[Article]:
        """Analyze many articles; one :class:`Article` per item, in order.

        Items are :class:`RawArticle` or :class:`InputFailure`, optionally
        paired with warnings from reading them.  Failures never raise: they
        come back as articles whose ``error`` is set.
        """
        batch: list[tuple[Item, tuple[str, ...]]] = []
        for item in items:
            if isinstance(item, tuple):
                batch.append((item[0], tuple(item[1])))
            else:
                batch.append((item, ()))
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    # -- stages -----------------------------------------------------------

    def _run_batch(self, batch: list[tuple[Item, tuple[str, ...]]]) -> list[Article]:
        results: list[Article | None] = [None] * len(batch)
        cleaned: list[tuple[int, CleanArticle, tuple[str, ...]]] = []
        t0 = time.perf_counter()
        for k, (item, warnings) in enumerate(batch):
            if isinstance(item, InputFailure):
                results[k] = self._failed(item, item.code, item.message, warnings)
                continue
            try:
                clean = clean_article(item)
            except WhosaidError as e:
                results[k] = self._failed(item, e.code, e.message, warnings)
                continue
            except Exception as e:  # one article must not stop a batch
                logger.exception("cleaning failed for %s", item.id)
                results[k] = self._failed(
                    item, "clean.failed", f"{type(e).__name__}: {e}", warnings
                )
                continue
            cleaned.append((k, clean, warnings))
        self.timings["clean"] += time.perf_counter() - t0
        docs = self._parse([c.text for _, c, _ in cleaned])
        for (k, clean, warnings), doc in zip(cleaned, docs, strict=True):
            if isinstance(doc, ErrorInfo):
                results[k] = self._failed(clean, doc.code, doc.message, warnings)
                continue
            try:
                results[k] = self._analyze(clean, doc, warnings)
            except WhosaidError as e:
                results[k] = self._failed(clean, e.code, e.message, warnings)
            except Exception as e:  # one article must not stop a batch
                logger.exception("analysis failed for %s", clean.id)
                results[k] = self._failed(
                    clean, "pipeline.failed", f"{type(e).__name__}: {e}", warnings
                )
        return [r for r in results if r is not None]

    def _parse(self, texts: list[str]) -> list[Any]:
        t0 = time.perf_counter()
        try:
            docs: list[Any] = list(self.nlp.pipe(texts, batch_size=self.batch_size))
        except Exception:  # retry one by one to isolate the culprit
            logger.warning("batch parse failed; parsing articles one by one")
            docs = []
            for text in texts:
                try:
                    docs.append(self.nlp(text))
                except Exception as e:
                    docs.append(
                        ErrorInfo(code="nlp.failed", message=f"{type(e).__name__}: {e}")
                    )
        self.timings["parse"] += time.perf_counter() - t0
        return docs

    def _analyze(
        self, clean: CleanArticle, doc: Any, warnings: tuple[str, ...]
    ) -> Article:
        skip = [(c.start, c.end) for c in clean.captions] + [
            (b.start, b.end) for b in clean.boilerplate
        ]
        t0 = time.perf_counter()
        attributions, quote_warnings = extract_attributions(
            doc, skip=skip, model_dir=self.model_dir, id_prefix=clean.id
        )
        t1 = time.perf_counter()
        attributions = resolve_speakers(doc, attributions, exclude=skip)
        t2 = time.perf_counter()
        actors, attributions = extract_actors(
            doc,
            attributions,
            self.knowledge,
            exclude=[(b.start, b.end) for b in clean.boilerplate],
            id_prefix=clean.id,
            date=article_date(clean.date, clean.path, clean.id, self.default_date),
        )
        t3 = time.perf_counter()
        events = extract_events(
            doc,
            attributions,
            actors,
            load_lexicon(self.verb_files),
            text=clean.text,
            date=clean.date,
            id_prefix=clean.id,
            title=(clean.title.start, clean.title.end) if clean.title else None,
            exclude=skip,
        )
        t4 = time.perf_counter()
        self.timings["attributions"] += t1 - t0
        self.timings["speakers"] += t2 - t1
        self.timings["actors"] += t3 - t2
        self.timings["events"] += t4 - t3
        return Article(
            id=clean.id,
            path=clean.path,
            url=clean.url,
            date=clean.date,
            title=clean.title,
            section=clean.section,
            text=clean.text,
            body=clean.body,
            captions=clean.captions,
            boilerplate=clean.boilerplate,
            attributions=attributions,
            warnings=cap_warnings((*warnings, *clean.warnings, *quote_warnings)),
            error=None,
            whosaid_version=__version__,
            model=self.model_name,
            actors=actors,
            events=events,
        )

    def _failed(
        self, source: Identified, code: str, message: str, warnings: tuple[str, ...]
    ) -> Article:
        return Article.failed(
            source,
            ErrorInfo(code=code, message=message),
            model=self._safe_model_name(),
            warnings=warnings,
        )

    def _safe_model_name(self) -> str:
        try:
            return self.model_name
        except WhosaidError:
            return "unavailable"


_DEFAULT: dict[tuple[str, str | None], Pipeline] = {}


def get_pipeline(
    *, spacy_model: str = DEFAULT_MODEL, model_dir: str | None = None
) -> Pipeline:
    """The process-wide pipeline for a model pair (models load once)."""
    key = (spacy_model, model_dir)
    if key not in _DEFAULT:
        _DEFAULT[key] = Pipeline(spacy_model=spacy_model, model_dir=model_dir)
    return _DEFAULT[key]


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

    Returns:
        The :class:`~whosaid.records.Article`.  Bad input does not raise: the
        record's ``error`` says what was wrong.

    Example:
        >>> import whosaid
        >>> article = whosaid.process('"We will win," she said.')
        >>> [a.cue[0].text for a in article.attributions]
        ['said']
    """
    pipeline = get_pipeline(model_dir=model_dir)
    if actor_files or verb_files:
        pipeline = dataclasses.replace(
            pipeline, actor_files=tuple(actor_files), verb_files=tuple(verb_files)
        )
    try:
        raw, warnings = raw_article(text_or_html, id=id, url=url, path=path, date=date)
    except InputError as e:
        # A failed record that still carries the caller's url and date.
        rid = id or _failure_id(text_or_html, url=url, path=path)
        given = RawArticle(id=rid, path=path, url=url, date=date, text="")
        return pipeline._failed(given, e.code, e.message, ())
    return next(pipeline.process_many([(raw, warnings)]))


def process_many(
    items: Iterable[Item | str | tuple[Item, Sequence[str]]],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model_dir: str | None = None,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
) -> Iterator[Article]:
    """Analyze many articles, streaming them through ``nlp.pipe``.

    Args:
        items: :class:`RawArticle` / :class:`InputFailure` records (as made by
            :func:`whosaid.ingest.iter_inputs`) or plain strings.
        batch_size: articles per spaCy batch.
        model_dir: a trained attribution model folder (default: shipped).
        actor_files: users' actor files that extend the shipped knowledge.
        verb_files: users' verb files that extend the shipped verb patterns.

    Yields:
        One :class:`Article` per item, in input order.
    """
    shared = get_pipeline(model_dir=model_dir)
    # Same loaded models, own batch size: never change the shared pipeline.
    pipeline = Pipeline(
        spacy_model=shared.spacy_model,
        model_dir=model_dir,
        batch_size=batch_size,
        actor_files=tuple(actor_files),
        verb_files=tuple(verb_files),
        timings=shared.timings,
        _nlp=shared.nlp,
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

    yield from pipeline.process_many(_wrap())
