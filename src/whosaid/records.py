"""Frozen output records: the whosaid data model (output schema v4).

Schema v4 added ``Attribution.co_speakers`` (joint sources) to v3.

Every span-bearing record stores half-open character offsets ``start``/``end``
into the article's canonical ``text`` together with the surface ``text``, so
``article.text[span.start:span.end] == span.text`` always holds.

One mapping turns every record into plain data and back: ``to_dict()`` (tuples
become lists, nested records dicts) and ``from_dict()`` (lists become tuples,
dicts nested records, every value checked against the field's type).  Both are
derived from the dataclass fields (:func:`record_fields`), so a field added to
a record reaches JSON, the store, Parquet and the API without another copy.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from typing import (
    Any,
    Literal,
    Protocol,
    Self,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

from whosaid._version import __version__

SCHEMA_VERSION = 4


class RecordError(ValueError):
    """Data that does not make a record: says where (``Article.actors[0].type``)
    and what is wrong."""


Decoder = Callable[[Any, str], Any]
"""Turns one plain value into a field's value; the ``str`` is its path, for errors."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a record, as the mapping sees it.

    Attributes:
        name: The field name.
        hint: Its resolved type (``tuple[Span, ...]``, ``str | None``...).
        structured: True for tuples and records (stored as JSON in flat rows).
        required: True when the field has no default.
        decode: Turns a plain value into the field's value (checked).
    """

    name: str
    hint: Any
    structured: bool
    required: bool
    decode: Decoder


class Record:
    """Base of the frozen records: ``to_dict`` and ``from_dict`` from the fields."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists, records dicts)."""
        return {
            spec.name: _plain(getattr(self, spec.name))
            for spec in record_fields(type(self))
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Rebuild a record from :meth:`to_dict`'s output (or parsed JSON of it).

        Lists become tuples and dicts nested records; a missing field takes
        its default.

        Raises:
            RecordError: a missing required field, an unknown field, or a
                value of the wrong type (the message names the path).
        """
        record: Self = _decode_record(cls, data, cls.__name__)
        return record


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


_FIELDS: dict[type, tuple[FieldSpec, ...]] = {}


def record_fields(cls: type) -> tuple[FieldSpec, ...]:
    """The fields of a record class with their resolved types and decoders.

    Works for any dataclass (the store's result records too); computed once
    per class.
    """
    known = _FIELDS.get(cls)
    if known is not None:
        return known
    hints = get_type_hints(cls)
    specs = []
    for f in fields(cls):
        hint = hints[f.name]
        specs.append(
            FieldSpec(
                name=f.name,
                hint=hint,
                structured=_is_structured(hint),
                required=f.default is MISSING and f.default_factory is MISSING,
                decode=_decoder(hint),
            )
        )
    _FIELDS[cls] = tuple(specs)
    return _FIELDS[cls]


def unwrap_optional(hint: Any) -> tuple[Any, bool]:
    """``X | None`` -> ``(X, True)``; any other type -> ``(hint, False)``."""
    if get_origin(hint) in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) == 1 and len(get_args(hint)) == 2:
            return args[0], True
    return hint, False


def _is_structured(hint: Any) -> bool:
    inner, _ = unwrap_optional(hint)
    return get_origin(inner) is tuple or is_dataclass(inner)


def _decode_record(cls: type[Any], data: Any, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise RecordError(f"{path}: expected an object, got {type(data).__name__}")
    specs = record_fields(cls)
    unknown = set(data) - {s.name for s in specs}
    if unknown:
        raise RecordError(f"{path}: unknown field(s) {', '.join(sorted(unknown))}")
    values = {}
    for spec in specs:
        if spec.name in data:
            values[spec.name] = spec.decode(data[spec.name], f"{path}.{spec.name}")
        elif spec.required:
            raise RecordError(f"{path}: missing field {spec.name!r}")
    return cls(**values)


def _wrong(path: str, expected: str, value: Any) -> RecordError:
    return RecordError(f"{path}: expected {expected}, got {value!r:.60}")


def _decoder(hint: Any) -> Decoder:
    """The decoder of one type: records, tuples, optionals, literals, scalars."""
    inner, optional = unwrap_optional(hint)
    if optional:
        decode = _decoder(inner)
        return lambda v, path: None if v is None else decode(v, path)
    origin = get_origin(hint)
    if origin is tuple:
        args = get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"unsupported record field type {hint!r}")
        item = _decoder(args[0])

        def decode_tuple(v: Any, path: str) -> tuple[Any, ...]:
            if isinstance(v, (str, bytes, Mapping)) or not isinstance(v, Iterable):
                raise _wrong(path, "a list", v)
            return tuple(item(x, f"{path}[{i}]") for i, x in enumerate(v))

        return decode_tuple
    if origin is Literal:
        allowed = get_args(hint)

        def decode_literal(v: Any, path: str) -> Any:
            if not any(v == a and type(v) is type(a) for a in allowed):
                raise _wrong(path, " or ".join(map(repr, allowed)), v)
            return v

        return decode_literal
    if is_dataclass(hint):
        return lambda v, path: _decode_record(hint, v, path)  # type: ignore[arg-type]
    if hint is float:

        def decode_float(v: Any, path: str) -> float:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise _wrong(path, "a number", v)
            return float(v)

        return decode_float
    if hint in (str, int, bool):
        kind: type = hint

        def decode_scalar(v: Any, path: str) -> Any:
            if type(v) is not kind:
                raise _wrong(path, kind.__name__, v)
            return v

        return decode_scalar
    if hint is Any:
        return lambda v, path: v
    raise TypeError(f"unsupported record field type {hint!r}")


AttributionKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span(Record):
    """A half-open character span ``[start, end)`` of an article's text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build a span from the text it indexes."""
        return cls(start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate(Record):
    """Page leftovers that are not article body (breadcrumb, link block, footer...)."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker(Record):
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
class Actor(Record):
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
class Event(Record):
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
class Attribution(Record):
    """One attribution relation: who (source) said/believed (cue) what (content)."""

    id: str
    kind: AttributionKind
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    speaker: Speaker | None
    confidence: float
    method: str
    co_speakers: tuple[Speaker, ...] = ()
    """A joint source's further speakers ("Johnson and Corbyn said": Corbyn),
    in text order; ``speaker`` is the first named.  One attribution per
    statement, so counts of statements stay right; speaker counts and
    searches count every speaker."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorInfo(Record):
    """Why an article could not be analyzed: a stable ``code`` and a message."""

    code: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RawArticle(Record):
    """Input as read: decoded text or HTML, before cleaning."""

    id: str
    path: str | None = None
    url: str | None = None
    date: str | None = None
    text: str | None = None
    html: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanArticle(Record):
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
class Article(Record):
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

    @classmethod
    def failed(
        cls,
        source: Identified,
        error: ErrorInfo,
        *,
        model: str,
        warnings: Iterable[str] = (),
        whosaid_version: str = __version__,
    ) -> Article:
        """The record of an input that could not be analyzed.

        The one constructor of failed articles (pipeline, Dask salvage,
        ingest): no text, no spans, ``error`` set.

        Args:
            source: What failed: a :class:`RawArticle`, a
                :class:`CleanArticle` or an ``InputFailure`` (its ``id`` and
                ``path``; ``url`` and ``date`` when it has them).
            error: Why.
            model: The models the pipeline would have used.
            warnings: Warnings gathered before it failed.
            whosaid_version: The whosaid that tried.
        """
        return cls(
            id=source.id,
            path=source.path,
            url=getattr(source, "url", None),
            date=getattr(source, "date", None),
            title=None,
            section=(),
            text="",
            body=(),
            captions=(),
            boilerplate=(),
            attributions=(),
            warnings=tuple(warnings),
            error=error,
            whosaid_version=whosaid_version,
            model=model,
        )


class Identified(Protocol):
    """Anything naming an input: an ``id`` and the ``path`` it came from."""

    @property
    def id(self) -> str:
        """The article id."""
        ...

    @property
    def path(self) -> str | None:
        """Where the input came from."""
        ...
