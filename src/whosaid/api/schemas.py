"""Pydantic models of the web API: requests, responses and the error envelope.

They exist only at the HTTP edge; inside, whosaid passes its frozen records
(:mod:`whosaid.records`) and the store's dataclasses.  The article model is
output schema v2 (README, "Output schema"): v1 plus ``actors`` and the
speaker's ``actor_id`` and ``code``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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
    "EventRowOut",
    "QuoteList",
    "QuoteOut",
    "SpanOut",
    "SpeakerCountOut",
    "SpeakerList",
    "SpeakerOut",
]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class SpanOut(_Out):
    """``text == article.text[start:end]`` (Python string indices)."""

    start: int
    end: int
    text: str


class BoilerplateOut(SpanOut):
    kind: str


class SpeakerOut(_Out):
    name: str | None
    mention: SpanOut | None
    resolved_by: str
    actor_id: str | None = Field(
        default=None, description="The speaker's actor (an id of the article's actors)."
    )
    code: str | None = Field(
        default=None, description="The speaker's CAMEO-style actor code, e.g. RUSGOV."
    )


class AttributionOut(_Out):
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    source: list[SpanOut]
    cue: list[SpanOut]
    content: list[SpanOut]
    speaker: SpeakerOut | None
    confidence: float
    method: str


class ActorRecordOut(_Out):
    """One actor of an article: its normalization and every mention."""

    id: str = Field(description="ARTICLE_ID:actorN")
    name: str
    type: str = Field(
        description="person, state, government, igo, ngo, media, armed_group, "
        "party, company, place or other."
    )
    country: str | None = Field(description="ISO 3166-1 alpha-3.")
    igo: str | None = Field(description='Short IGO name ("UN", "NATO").')
    sector: str | None = Field(description='CAMEO-style sector ("GOV", "MIL").')
    code: str | None = Field(description='CAMEO-style code ("RUSGOV", "IGOUNO").')
    roles: list[str]
    mentions: list[SpanOut]
    source: str = Field(description="Where the normalization came from.")
    identity: str | None = Field(
        default=None, description="The actor's identity, the same in every article."
    )
    kb_id: str | None = Field(
        default=None, description="The knowledge entry the actor is linked to."
    )


class EventOut(_Out):
    id: str
    source: str | None
    target: str | None
    code: str
    root: str
    goldstein: float
    quad_class: int
    evidence: list[SpanOut]
    attribution_id: str | None
    negated: bool
    modality: str | None
    date: str | None
    method: str
    confidence: float


class ErrorInfoOut(_Out):
    code: str
    message: str


class ArticleOut(_Out):
    """One article record (output schema v2)."""

    id: str
    path: str | None
    url: str | None
    date: str | None
    title: SpanOut | None
    section: list[str]
    text: str
    body: list[SpanOut]
    captions: list[SpanOut]
    boilerplate: list[BoilerplateOut]
    attributions: list[AttributionOut]
    warnings: list[str]
    error: ErrorInfoOut | None
    whosaid_version: str
    model: str
    actors: list[ActorRecordOut]
    events: list[EventOut] = Field(default_factory=list)
    schema_version: int


class ArticleSummaryOut(_Out):
    id: str
    title: str | None
    date: str | None
    url: str | None
    path: str | None
    attributions: int = Field(description="Number of attributions in the article.")


class ArticleList(_Out):
    items: list[ArticleSummaryOut]
    total: int
    limit: int
    offset: int
    has_more: bool


class QuoteOut(_Out):
    id: str
    article_id: str
    kind: str
    speaker_name: str | None
    speaker_resolved_by: str | None
    speaker_code: str | None
    speaker_actor_id: str | None
    source_text: str
    cue_text: str
    content_text: str
    confidence: float
    method: str
    date: str | None
    url: str | None
    path: str | None
    title: str | None


class QuoteList(_Out):
    items: list[QuoteOut]
    limit: int
    offset: int
    has_more: bool = Field(description="True when a next page exists.")


class SpeakerCountOut(_Out):
    name: str
    attributions: int
    articles: int
    identity: str | None = Field(
        default=None,
        description="The speaker's identity (Q76, name:anna berg|SWE): "
        "all spellings count as one.",
    )


class SpeakerList(_Out):
    items: list[SpeakerCountOut]
    total: int
    limit: int
    offset: int
    has_more: bool


class ActorNameOut(_Out):
    """One normalization stored under an actor code."""

    name: str
    type: str
    country: str | None
    igo: str | None
    sector: str | None
    articles: int = Field(description="Articles with this actor.")
    mentions: int = Field(description="Its mentions in those articles.")


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


class EventRowOut(_Out):
    """One stored event with its actors' codes and its article."""

    id: str = Field(description="ARTICLE_ID:eN")
    article_id: str
    source_actor_id: str | None
    source_code: str | None = Field(description='The source actor\'s code ("RUS").')
    source_name: str | None
    source_country: str | None
    target_actor_id: str | None
    target_code: str | None = Field(description="The target's code; null: none.")
    target_name: str | None
    target_country: str | None
    code: str = Field(description='CAMEO event code ("0234", "112").')
    root: str = Field(description='CAMEO root ("02").')
    goldstein: float = Field(description="Goldstein score, -10 to +10.")
    quad_class: int = Field(
        description="1 verbal cooperation, 2 material cooperation, "
        "3 verbal conflict, 4 material conflict."
    )
    evidence_text: str
    attribution_id: str | None
    negated: bool
    modality: str | None
    date: str | None = Field(description="The event's own date as given.")
    day: str | None = Field(
        description="YYYY-MM-DD the event counts on: its date, else the article's."
    )
    method: str
    confidence: float
    url: str | None
    title: str | None


class EventList(_Out):
    items: list[EventRowOut]
    limit: int
    offset: int
    has_more: bool = Field(description="True when a next page exists.")


class DyadOut(_Out):
    """The events of one source-target pair in one period."""

    period: str = Field(
        description="The period's first day (weeks from Monday, months the 1st)."
    )
    source: str
    target: str
    events: int
    goldstein_sum: float
    goldstein_mean: float
    verbal_cooperation: int = Field(description="Quad class 1 (roots 01-05).")
    material_cooperation: int = Field(description="Quad class 2 (roots 06-08).")
    verbal_conflict: int = Field(description="Quad class 3 (roots 09-13).")
    material_conflict: int = Field(description="Quad class 4 (roots 14-20).")


class DyadList(_Out):
    items: list[DyadOut]
    by: Literal["day", "week", "month"]
    level: Literal["code", "country"]
    limit: int
    offset: int
    has_more: bool = Field(description="True when a next page exists.")
