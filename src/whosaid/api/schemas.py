"""Pydantic models of the web API: requests, responses and the error envelope.

They exist only at the HTTP edge; inside, whosaid passes its frozen records
(:mod:`whosaid.records`) and the store's dataclasses.  The models of those
(``ArticleOut``, ``SpanOut``, ``QuoteOut``...) are derived from the dataclass
fields by :func:`record_model` (tuples as lists, nested records as their
models), so a field added to a record is served and documented in
``/openapi.json`` without a copy here; responses are validated from the
records' ``to_dict()``.  Only the field descriptions below are written by hand.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from dataclasses import is_dataclass
from typing import TYPE_CHECKING, Any, Literal, Optional, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from whosaid.api.data import ArticleSummary
from whosaid.records import (
    Actor,
    Article,
    Attribution,
    Boilerplate,
    ErrorInfo,
    Event,
    Span,
    Speaker,
    record_fields,
    unwrap_optional,
)
from whosaid.store.events import Dyad, StoredEvent
from whosaid.store.queries import ActorName, Quote, SpeakerCount

__all__ = [
    "ActorNameOut",
    "ActorOut",
    "ActorRecordOut",
    "AnalyzeRequest",
    "ArticleList",
    "ArticleOut",
    "ArticleSummaryOut",
    "AttributionOut",
    "BoilerplateOut",
    "DyadList",
    "DyadOut",
    "ErrorBody",
    "ErrorEnvelope",
    "ErrorInfoOut",
    "EventList",
    "EventOut",
    "EventRowOut",
    "QuoteList",
    "QuoteOut",
    "SpanOut",
    "SpeakerCountOut",
    "SpeakerList",
    "SpeakerOut",
    "record_model",
]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


MODEL_NAMES: dict[type, str] = {Actor: "ActorRecordOut", StoredEvent: "EventRowOut"}
"""Model names other than ``NAME`` + ``Out`` (``ActorOut`` is the actor-code
summary)."""

DESCRIPTIONS: dict[type, dict[str, str]] = {
    Span: {
        "": "``text == article.text[start:end]`` (Python string indices).",
    },
    Speaker: {
        "actor_id": "The speaker's actor (an id of the article's actors).",
        "code": "The speaker's CAMEO-style actor code, e.g. RUSGOV.",
    },
    Actor: {
        "": "One actor of an article: its normalization and every mention.",
        "id": "ARTICLE_ID:actorN",
        "type": "person, state, government, igo, ngo, media, armed_group, "
        "party, company, place or other.",
        "country": "ISO 3166-1 alpha-3.",
        "igo": 'Short IGO name ("UN", "NATO").',
        "sector": 'CAMEO-style sector ("GOV", "MIL").',
        "code": 'CAMEO-style code ("RUSGOV", "IGOUNO").',
        "source": "Where the normalization came from.",
        "identity": "The actor's identity, the same in every article.",
        "kb_id": "The knowledge entry the actor is linked to.",
    },
    Event: {
        "source": "The actor id of who acts.",
        "target": "The actor id acted upon, or null.",
        "code": 'The most specific CAMEO code the text supports ("0234").',
        "root": "The code's two-digit CAMEO root.",
        "goldstein": "Goldstein score, -10 (conflict) to +10 (cooperation).",
        "quad_class": "1 verbal cooperation, 2 material cooperation, "
        "3 verbal conflict, 4 material conflict.",
        "evidence": "Spans of the article's text the event rests on.",
        "attribution_id": "The attribution, when the event is a speech act.",
        "modality": "threat, intent, possible, or null for a reported fact.",
    },
    Article: {"": "One article record (output schema v3)."},
    ArticleSummary: {
        "attributions": "Number of attributions in the article.",
    },
    ActorName: {"": "One normalization stored under an actor code."},
}
"""Descriptions of models (key ``""``) and fields, by dataclass.  Fields not
named here take their description from the class docstring's
``Attributes:`` section, when it has one."""

_MODELS: dict[type, type[BaseModel]] = {}
_ATTRIBUTE = re.compile(r"^ {4}(\w+): (.*)$")


def _docstring_fields(cls: type) -> dict[str, str]:
    """``{field: description}`` from a Google-style ``Attributes:`` section."""
    doc = inspect.getdoc(cls) or ""
    _, found, section = doc.partition("\nAttributes:\n")
    out: dict[str, str] = {}
    if not found:
        return out
    name = None
    for line in section.splitlines():
        match = _ATTRIBUTE.match(line)
        if match:
            name = match.group(1)
            out[name] = match.group(2).strip()
        elif name is not None and line.startswith(" " * 8):
            out[name] += " " + line.strip()
        else:
            name = None
    return out


def _summary(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    return doc.split("\n\n", 1)[0].strip()


def _annotation(hint: Any) -> Any:
    """A record field's type for pydantic: tuples as lists, records as models."""
    inner, optional = unwrap_optional(hint)
    if optional:
        return Optional[_annotation(inner)]  # noqa: UP045 (built at run time)
    if get_origin(hint) is tuple:
        (item, _) = get_args(hint)
        return list[_annotation(item)]  # type: ignore[misc]
    if is_dataclass(hint):
        return record_model(hint)  # type: ignore[arg-type]
    if get_origin(hint) is Literal or hint in (str, int, float, bool):
        return hint
    raise TypeError(f"no API type for {hint!r}")


def record_model(cls: type) -> type[BaseModel]:
    """The response model of a dataclass, derived from its fields (cached).

    Every field is required (a response always has all of them); tuples
    become lists and nested records their own models.  Descriptions come from
    :data:`DESCRIPTIONS` and the class docstring.
    """
    known = _MODELS.get(cls)
    if known is not None:
        return known
    docs: Mapping[str, str] = {
        **_docstring_fields(cls),
        **DESCRIPTIONS.get(cls, {}),
    }
    fields: dict[str, Any] = {
        spec.name: (
            _annotation(spec.hint),
            Field(description=docs.get(spec.name)),
        )
        for spec in record_fields(cls)
    }
    model: type[BaseModel] = create_model(
        MODEL_NAMES.get(cls, cls.__name__ + "Out"),
        __base__=_Out,
        __doc__=docs.get("") or _summary(cls),
        __module__=__name__,
        **fields,
    )
    _MODELS[cls] = model
    return model


if TYPE_CHECKING:  # derived at run time; to the type checker, pydantic models
    SpanOut = BaseModel
    BoilerplateOut = BaseModel
    SpeakerOut = BaseModel
    AttributionOut = BaseModel
    ActorRecordOut = BaseModel
    EventOut = BaseModel
    ErrorInfoOut = BaseModel
    ArticleOut = BaseModel
    ArticleSummaryOut = BaseModel
    QuoteOut = BaseModel
    SpeakerCountOut = BaseModel
    ActorNameOut = BaseModel
    EventRowOut = BaseModel
    DyadOut = BaseModel
else:
    SpanOut = record_model(Span)
    BoilerplateOut = record_model(Boilerplate)
    SpeakerOut = record_model(Speaker)
    AttributionOut = record_model(Attribution)
    ActorRecordOut = record_model(Actor)
    EventOut = record_model(Event)
    ErrorInfoOut = record_model(ErrorInfo)
    ArticleOut = record_model(Article)
    ArticleSummaryOut = record_model(ArticleSummary)
    QuoteOut = record_model(Quote)
    SpeakerCountOut = record_model(SpeakerCount)
    ActorNameOut = record_model(ActorName)
    EventRowOut = record_model(StoredEvent)
    DyadOut = record_model(Dyad)


class ArticleList(_Out):
    items: list[ArticleSummaryOut]
    total: int
    limit: int
    offset: int
    has_more: bool


class QuoteList(_Out):
    items: list[QuoteOut]
    limit: int
    offset: int
    has_more: bool = Field(description="True when a next page exists.")


class SpeakerList(_Out):
    items: list[SpeakerCountOut]
    total: int
    limit: int
    offset: int
    has_more: bool


class ActorOut(_Out):
    """An actor code: who the corpus files under it, and their attributions."""

    id: str = Field(description="The actor code, e.g. RUSGOV.")
    attributions: int = Field(description="Attributions whose speaker has the code.")
    articles: int = Field(description="Articles with such attributions.")
    actors: list[ActorNameOut] = Field(
        description="The actors stored under the code, most frequent first."
    )
    quotes: QuoteList


class AnalyzeRequest(BaseModel):
    """An article to analyze: plain ``text`` or an ``html`` page (one of them)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="Plain text of the article.")
    html: str | None = Field(default=None, description="An HTML page.")
    url: str | None = Field(default=None, description="The page address (kept).")
    id: str | None = Field(default=None, description="Article id (default: a hash).")
    date: str | None = Field(default=None, description="Publication date (kept).")

    @model_validator(mode="after")
    def _one_input(self) -> AnalyzeRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class ErrorBody(_Out):
    code: str = Field(description="Stable error code, e.g. not_found, request.invalid.")
    message: str


class ErrorEnvelope(_Out):
    """Every error: ``{"ok": false, "error": {code, message}, "status": N}``."""

    ok: Literal[False] = False
    error: ErrorBody
    status: int


# --- events and dyads (issue 10) ------------------------------------------------


class EventList(_Out):
    items: list[EventRowOut]
    limit: int
    offset: int
    has_more: bool = Field(description="True when a next page exists.")


class DyadList(_Out):
    items: list[DyadOut]
    by: Literal["day", "week", "month"]
    level: Literal["code", "country"]
    limit: int
    offset: int
    has_more: bool = Field(description="True when a next page exists.")
