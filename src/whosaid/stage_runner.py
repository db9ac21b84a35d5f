"""The :class:`Pipeline`: runs whosaid's stages (clean, parse, attributions,
speakers, actors, events) over articles in batches through ``nlp.pipe``.

One error policy applies to every stage: a problem with one article becomes
that article's ``error`` (a stable code and a message) and the batch goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from whosaid._version import __version__
from whosaid.actors import Knowledge, extract_actors, load_knowledge
from whosaid.actors.office_titles import titles_on
from whosaid.actors.people import article_date, load_people
from whosaid.attribution.extract import extract_attributions
from whosaid.attribution.headline_acts import drop_headline_acts
from whosaid.attribution.model import Taggers, open_taggers
from whosaid.attribution.noun_objects import drop_noun_objects
from whosaid.attribution.scheme import levers
from whosaid.attribution.screen import screen_attributions, screen_probabilities
from whosaid.attribution.speaker_check import check_attributions
from whosaid.clean import clean_article, photo_credits
from whosaid.deadline import DEFAULT_TIME_BUDGET, Deadline, check_budget
from whosaid.errors import WhosaidError
from whosaid.events import extract_events, load_lexicon
from whosaid.events.codes import VerbLexicon
from whosaid.ingest import InputFailure
from whosaid.limits import cap_warnings
from whosaid.nlp import DEFAULT_MODEL, load_spacy, model_id
from whosaid.nlp.chunks import LONG_TEXT_CHARS, parse_chunked
from whosaid.nlp.models import pipe_config, remember_text
from whosaid.records import Article, CleanArticle, ErrorInfo, Identified, RawArticle
from whosaid.scheme import DEFAULT_SCHEME, Scheme, check_scheme
from whosaid.speakers import resolve_speakers

logger = logging.getLogger("whosaid.pipeline")  # the name callers filter on

DEFAULT_BATCH_SIZE = 16
Item = RawArticle | InputFailure
_Cleaned = tuple[int, CleanArticle, tuple[str, ...], float]
"""A cleaned article: its batch position, the article, its warnings and the
seconds its cleaning took."""


Timings = dict[str, float]
"""Seconds per stage (``clean``, ``parse``, ``attributions``, ``speakers``,
``actors``, ``events``), added to a dict the caller passes in and owns."""


def _add(timings: Timings | None, stage: str, seconds: float) -> None:
    if timings is not None:
        timings[stage] = timings.get(stage, 0.0) + seconds


@dataclass
class Pipeline:
    """Runs whosaid's stages over articles, in batches through ``nlp.pipe``.

    Everything it uses is given to it: build one with :meth:`load` (which
    loads the models and knowledge), or pass your own.  A pipeline holds no
    mutable state; per-stage timings go to a dict given to
    :meth:`process_many`.

    Args:
        nlp: a spaCy pipeline from :func:`whosaid.nlp.load_spacy`.
        taggers: the attribution taggers
            (:func:`whosaid.attribution.model.open_taggers`).
        knowledge: actor knowledge (:func:`whosaid.actors.load_knowledge`).
        lexicon: the event verb lexicon (:func:`whosaid.events.load_lexicon`).
        batch_size: articles per ``nlp.pipe`` batch.
        time_budget: seconds one article may take (``None``: no limit); an
            article past it fails with ``nlp.timeout`` and the batch goes
            on (see :mod:`whosaid.deadline`).
        clock: the monotonic clock the time budget is measured with.
        default_date: the date (``YYYY-MM-DD``) of articles that carry none,
            in their record or file name (``--date``): who held which office.
        scheme: the attribution scheme (:mod:`whosaid.attribution.scheme`):
            ``news`` (the default) or ``polnear``; the news scheme also drops
            what the learned screen (:mod:`whosaid.attribution.screen`) takes
            for no attribution and short noun objects
            (:mod:`whosaid.attribution.noun_objects`).
    """

    nlp: Any
    taggers: Taggers
    knowledge: Knowledge
    lexicon: VerbLexicon
    batch_size: int = DEFAULT_BATCH_SIZE
    time_budget: float | None = DEFAULT_TIME_BUDGET
    clock: Callable[[], float] = time.monotonic
    default_date: str | None = None
    scheme: Scheme = DEFAULT_SCHEME
    _model_name: tuple[Any, Any, str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {self.batch_size}")
        check_budget(self.time_budget)
        check_scheme(self.scheme)

    @classmethod
    def load(
        cls,
        *,
        spacy_model: str = DEFAULT_MODEL,
        model_dir: str | None = None,
        actor_files: Sequence[str] = (),
        verb_files: Sequence[str] = (),
        batch_size: int = DEFAULT_BATCH_SIZE,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
        default_date: str | None = None,
        scheme: Scheme = DEFAULT_SCHEME,
    ) -> Pipeline:
        """Load the models and knowledge and build a pipeline.

        Loading is cached per process (each loader keeps what it read), so a
        second :meth:`load` with the same models costs nothing.

        Args:
            spacy_model: the spaCy model package.
            model_dir: a trained attribution model folder (default:
                ``$WHOSAID_MODEL_DIR`` if set, else the shipped one).
            actor_files: users' actor files (CSV/TSV/YAML) read after the
                shipped knowledge; their rows override shipped rows.
            verb_files: users' verb files (CSV/TSV: pattern, code) read
                after the shipped CAMEO verb patterns; their rows win.
            batch_size: articles per ``nlp.pipe`` batch.
            time_budget: seconds per article, or ``None``.
            default_date: the date of articles that carry none.
            scheme: the attribution scheme, ``news`` or ``polnear``.

        Raises:
            ModelError: a model is missing.
            ConfigError: an actor or verb file is missing or malformed.
        """
        nlp = load_spacy(spacy_model)
        return cls(
            nlp=nlp,
            taggers=open_taggers(model_dir),
            knowledge=load_knowledge(nlp.tokenizer, tuple(actor_files)),
            lexicon=load_lexicon(tuple(verb_files)),
            batch_size=batch_size,
            time_budget=time_budget,
            default_date=default_date,
            scheme=scheme,
        )

    @property
    def model_name(self) -> str:
        """Models recorded in every result: spaCy model + attribution model.

        Built once per ``nlp`` and ``taggers`` (spaCy's ``nlp.meta`` gathers
        every component's labels at each read).
        """
        cached = self._model_name
        if cached is None or cached[0] is not self.nlp or cached[1] is not self.taggers:
            name = f"{model_id(self.nlp)}+{self.taggers.model.name}"
            cached = self._model_name = (self.nlp, self.taggers, name)
        return cached[2]

    def process_many(
        self,
        items: Iterable[Item | tuple[Item, Sequence[str]]],
        *,
        timings: Timings | None = None,
    ) -> Iterator[Article]:
        """Analyze many articles; one :class:`Article` per item, in order.

        Items are :class:`RawArticle` or :class:`InputFailure`, optionally
        paired with warnings from reading them.  Failures never raise: they
        come back as articles whose ``error`` is set.

        Args:
            items: the inputs.
            timings: a dict to add each stage's seconds to (optional).
        """
        batch: list[tuple[Item, tuple[str, ...]]] = []
        for item in items:
            if isinstance(item, tuple):
                batch.append((item[0], tuple(item[1])))
            else:
                batch.append((item, ()))
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch, timings)
                batch = []
        if batch:
            yield from self._run_batch(batch, timings)

    # -- stages -----------------------------------------------------------

    def _run_batch(
        self, batch: list[tuple[Item, tuple[str, ...]]], timings: Timings | None
    ) -> list[Article]:
        results: list[Article | None] = [None] * len(batch)
        cleaned = self._clean_all(batch, results, timings)
        parsed = self._parse_short(cleaned, timings)
        for k, clean, warnings, clean_seconds in cleaned:
            doc, parse_share = parsed.get(k, (None, 0.0))
            if isinstance(doc, ErrorInfo):
                results[k] = self.failed_article(clean, doc.code, doc.message, warnings)
                continue
            deadline = Deadline(
                self.time_budget, spent=clean_seconds + parse_share, clock=self.clock
            )
            try:
                if doc is None:
                    t0 = time.perf_counter()
                    doc = self._parse_long(clean.text, deadline)
                    _add(timings, "parse", time.perf_counter() - t0)
                results[k] = self._analyze(clean, doc, warnings, deadline, timings)
            except WhosaidError as e:
                results[k] = self.failed_article(clean, e.code, e.message, warnings)
            except Exception as e:  # one article must not stop a batch
                logger.exception("analysis failed for %s", clean.id)
                results[k] = self.failed_article(
                    clean, "pipeline.failed", f"{type(e).__name__}: {e}", warnings
                )
        return [r for r in results if r is not None]

    def _clean_all(
        self,
        batch: list[tuple[Item, tuple[str, ...]]],
        results: list[Article | None],
        timings: Timings | None,
    ) -> list[_Cleaned]:
        """Clean every item; failures go to ``results``, the rest come back
        with their cleaning time."""
        cleaned: list[_Cleaned] = []
        t0 = time.perf_counter()
        for k, (item, warnings) in enumerate(batch):
            if isinstance(item, InputFailure):
                results[k] = self.failed_article(
                    item, item.code, item.message, warnings
                )
                continue
            started = time.perf_counter()
            try:
                clean = clean_article(item)
            except WhosaidError as e:
                results[k] = self.failed_article(item, e.code, e.message, warnings)
                continue
            except Exception as e:  # one article must not stop a batch
                logger.exception("cleaning failed for %s", item.id)
                results[k] = self.failed_article(
                    item, "clean.failed", f"{type(e).__name__}: {e}", warnings
                )
                continue
            cleaned.append((k, clean, warnings, time.perf_counter() - started))
        _add(timings, "clean", time.perf_counter() - t0)
        return cleaned

    def _parse_short(
        self, cleaned: list[_Cleaned], timings: Timings | None
    ) -> dict[int, tuple[Any, float]]:
        """Parse the texts up to ``LONG_TEXT_CHARS`` in one ``nlp.pipe`` call.

        Returns, by batch position, the Doc (or the parse error) and the
        seconds charged to that article: its share of the batched parse, in
        proportion to its length.  Longer texts are left out: they are parsed
        alone, in chunks, under their own deadline (:mod:`whosaid.nlp.chunks`).
        """
        short = [c for c in cleaned if len(c[1].text) <= LONG_TEXT_CHARS]
        t0 = time.perf_counter()
        docs = self._parse([c.text for _, c, _, _ in short])
        seconds = time.perf_counter() - t0
        _add(timings, "parse", seconds)
        total_chars = max(1, sum(len(c.text) for _, c, _, _ in short))
        return {
            k: (doc, seconds * len(clean.text) / total_chars)
            for (k, clean, _, _), doc in zip(short, docs, strict=True)
        }

    def _parse(self, texts: list[str]) -> list[Any]:
        if not texts:
            return []
        try:
            cfg = pipe_config(self.nlp)
            extra = {"component_cfg": cfg} if cfg else {}
            docs: list[Any] = list(
                self.nlp.pipe(texts, batch_size=self.batch_size, **extra)
            )
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
        return docs

    def _parse_long(self, text: str, deadline: Deadline) -> Any:
        try:
            return parse_chunked(self.nlp, text, deadline=deadline)
        except WhosaidError:
            raise
        except Exception as e:
            raise WhosaidError(f"{type(e).__name__}: {e}", code="nlp.failed") from e

    def _analyze(
        self,
        clean: CleanArticle,
        doc: Any,
        warnings: tuple[str, ...],
        deadline: Deadline,
        timings: Timings | None,
    ) -> Article:
        skip = [(c.start, c.end) for c in clean.captions] + [
            (b.start, b.end) for b in clean.boilerplate
        ]
        remember_text(doc, clean.text)  # the doc was parsed from it
        t0 = time.perf_counter()
        attributions, quote_warnings = extract_attributions(
            doc,
            skip=skip,
            taggers=self.taggers,
            id_prefix=clean.id,
            deadline=deadline,
            scheme=self.scheme,
        )
        deadline.check("attributions")
        t1 = time.perf_counter()
        day = article_date(clean.date, clean.path, clean.id, self.default_date)
        people = load_people()
        known = people.known_on(day)
        attributions = resolve_speakers(
            doc,
            attributions,
            exclude=skip,
            known=known,
            kind_of=self.knowledge.name_kind,
            gender_of=people.gender_on(day),
            titles_of=titles_on(people, day, self.knowledge),
        )
        lever = levers(self.scheme)
        # the screen's probabilities, once: the screen and the check read them
        screened = (
            screen_probabilities(doc, attributions)
            if lever.screen or lever.speaker_check
            else None
        )
        attributions = screen_attributions(
            doc, attributions, enabled=lever.screen, probabilities=screened
        )
        attributions = drop_noun_objects(
            doc, attributions, enabled=levers(self.scheme).noun_objects
        )
        attributions = drop_headline_acts(
            doc, attributions, enabled=levers(self.scheme).noun_objects
        )
        attributions = check_attributions(
            doc,
            attributions,
            enabled=lever.speaker_check,
            known=known,
            kind_of=self.knowledge.name_kind,
            screen_probabilities=screened,
        )
        deadline.check("speakers")
        t2 = time.perf_counter()
        actors, attributions = extract_actors(
            doc,
            attributions,
            self.knowledge,
            exclude=[(b.start, b.end) for b in clean.boilerplate]
            + photo_credits(clean),
            id_prefix=clean.id,
            date=day,
            known=known,
        )
        deadline.check("actors")
        t3 = time.perf_counter()
        events = extract_events(
            doc,
            attributions,
            actors,
            self.lexicon,
            text=clean.text,
            date=day,
            id_prefix=clean.id,
            title=(clean.title.start, clean.title.end) if clean.title else None,
            exclude=skip,
        )
        deadline.check("events")
        t4 = time.perf_counter()
        _add(timings, "attributions", t1 - t0)
        _add(timings, "speakers", t2 - t1)
        _add(timings, "actors", t3 - t2)
        _add(timings, "events", t4 - t3)
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

    def failed_article(
        self, source: Identified, code: str, message: str, warnings: tuple[str, ...]
    ) -> Article:
        """The record of an article this pipeline could not analyze (its error
        code and message, and the model that tried)."""
        return Article.failed(
            source,
            ErrorInfo(code=code, message=message),
            model=self.model_name,
            warnings=warnings,
        )
