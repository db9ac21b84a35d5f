"""Pydantic models of the web API: requests, responses and the error envelope.

They exist only at the HTTP edge; inside, whosaid passes its frozen records
(:mod:`whosaid.records`) and the store's dataclasses.  The article model is
output schema v1 (README, "Output schema").
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ActorOut",
    "AnalyzeRequest",
    "ArticleList",
    "ArticleOut",
    "ArticleSummaryOut",
    "AttributionOut",
    "BoilerplateOut",
    "ErrorBody",
    "ErrorEnvelope",
    "ErrorInfoOut",
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


class AttributionOut(_Out):
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    source: list[SpanOut]
    cue: list[SpanOut]
    content: list[SpanOut]
    speaker: SpeakerOut | None
    confidence: float
    method: str


class ErrorInfoOut(_Out):
    code: str
    message: str


class ArticleOut(_Out):
    """One article record (output schema v1)."""

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


class SpeakerList(_Out):
    items: list[SpeakerCountOut]
    total: int
    limit: int
    offset: int
    has_more: bool


class ActorOut(_Out):
    id: str
    attributions: int
    articles: int
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
