"""Frozen output records: the whosaid data model (output schema v3).

Every span-bearing record stores half-open character offsets ``start``/``end``
into the article's canonical ``text`` together with the surface ``text``, so
``article.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 3

AttributionKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A half-open character span ``[start, end)`` of an article's text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build a span from the text it indexes."""
        return cls(start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate:
    """Page leftovers that are not article body (breadcrumb, link block, footer...)."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who an attribution's source refers to.

    ``resolved_by`` says how: ``name`` (the source is itself a name),
    ``appositive`` (a title/appositive chain around a name), ``pronoun``,
    ``nominal`` ("the ministry", "the statement"), or ``unresolved``.
    """

    name: str | None
    mention: Span | None
    resolved_by: str
    actor_id: str | None = None
    code: str | None = None


ActorType = Literal[
    "person",
    "state",
    "government",
    "igo",
    "ngo",
    "media",
    "armed_group",
    "party",
    "company",
    "place",
    "other",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """One actor of an article: all its mentions, normalized.

    ``country`` is ISO 3166-1 alpha-3, ``igo`` a short IGO name ("UN",
    "NATO"), ``sector`` a CAMEO-style sector ("GOV", "MIL", "MED"...) and
    ``code`` their CAMEO-style concatenation ("RUSGOV", "IGOUNO").  ``source``
    says where the normalization came from: the knowledge file(s) and rules.
    """

    id: str
    name: str
    type: ActorType
    country: str | None
    igo: str | None
    sector: str | None
    code: str | None
    roles: tuple[str, ...]
    mentions: tuple[Span, ...]
    source: str
    identity: str | None = None
    kb_id: str | None = None


QuadClass = Literal[1, 2, 3, 4]


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One CAMEO-coded event: who (``source``) did what (``code``) to whom.

    ``source`` and ``target`` are actor ids of the same article (``target`` is
    None when the event has none).  ``code`` is the most specific CAMEO code the
    text supports ("0234", "112", "13"), ``root`` its two-digit root,
    ``goldstein`` the code's Goldstein score (-10 conflict .. +10 cooperation)
    and ``quad_class`` GDELT's quad class (1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict).  ``evidence`` spans
    index the article's text; ``attribution_id`` names the attribution when the
    event is a speech act.  ``negated`` and ``modality`` ("threat", "intent",
    "possible", or None for a reported fact) record how the text holds it.
    """

    id: str
    source: str | None
    target: str | None
    code: str
    root: str
    goldstein: float
    quad_class: QuadClass
    evidence: tuple[Span, ...]
    attribution_id: str | None
    negated: bool
    modality: str | None
    date: str | None
    method: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One attribution relation: who (source) said/believed (cue) what (content)."""

    id: str
    kind: AttributionKind
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    speaker: Speaker | None
    confidence: float
    method: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorInfo:
    """Why an article could not be analyzed: a stable ``code`` and a message."""

    code: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RawArticle:
    """Input as read: decoded text or HTML, before cleaning."""

    id: str
    path: str | None = None
    url: str | None = None
    date: str | None = None
    text: str | None = None
    html: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanArticle:
    """The article after cleaning: canonical text and its layout.

    For plain-text input ``text`` is the input unchanged; for HTML it is the
    text extracted from the page.  ``body`` holds paragraph spans that are
    article body; title, captions and boilerplate are kept apart.
    """

    id: str
    path: str | None
    url: str | None
    date: str | None
    text: str
    title: Span | None
    section: tuple[str, ...]
    body: tuple[Span, ...]
    captions: tuple[Span, ...]
    boilerplate: tuple[Boilerplate, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """The analysis of one article (output schema v1)."""

    id: str
    path: str | None
    url: str | None
    date: str | None
    title: Span | None
    section: tuple[str, ...]
    text: str
    body: tuple[Span, ...]
    captions: tuple[Span, ...]
    boilerplate: tuple[Boilerplate, ...]
    attributions: tuple[Attribution, ...]
    warnings: tuple[str, ...]
    error: ErrorInfo | None
    whosaid_version: str
    model: str
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    schema_version: int = field(default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists)."""
        return asdict(self)
