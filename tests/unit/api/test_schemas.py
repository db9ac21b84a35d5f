"""The API's record models are derived from the records, and documented."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from tests.strategies import articles, failed_articles

from whosaid.api.app import create_app
from whosaid.api.data import ArticleSummary
from whosaid.api.schemas import DESCRIPTIONS, ArticleOut, record_model
from whosaid.records import (
    Actor,
    Article,
    Attribution,
    Boilerplate,
    ErrorInfo,
    Event,
    Span,
    Speaker,
)
from whosaid.store import Store
from whosaid.store.queries import ActorName, Quote, SpeakerCount

SERVED = {
    Article: "ArticleOut",
    Attribution: "AttributionOut",
    Actor: "ActorRecordOut",
    Event: "EventOut",
    Speaker: "SpeakerOut",
    Span: "SpanOut",
    Boilerplate: "BoilerplateOut",
    ErrorInfo: "ErrorInfoOut",
    Quote: "QuoteOut",
    SpeakerCount: "SpeakerCountOut",
    ActorName: "ActorNameOut",
    ArticleSummary: "ArticleSummaryOut",
}


@pytest.fixture(scope="module")
def openapi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("api") / "corpus.db"
    Store(db).close()
    with TestClient(
        create_app(db), base_url="http://127.0.0.1"
    ) as client:  # allowed Host
        yield client.get("/openapi.json").json()["components"]["schemas"]


@pytest.mark.parametrize("cls", list(SERVED), ids=lambda c: c.__name__)
def test_openapi_has_every_field_of_the_record(
    openapi: dict[str, Any], cls: type
) -> None:
    schema = openapi[SERVED[cls]]
    names = [f.name for f in fields(cls)]
    assert list(schema["properties"]) == names
    assert schema["required"] == names  # a response always carries every field
    assert schema.get("description")


def test_nested_records_refer_to_their_models(openapi: dict[str, Any]) -> None:
    article = openapi["ArticleOut"]["properties"]
    assert article["events"]["items"] == {"$ref": "#/components/schemas/EventOut"}
    assert article["actors"]["items"] == {"$ref": "#/components/schemas/ActorRecordOut"}
    kinds = openapi["AttributionOut"]["properties"]["kind"]
    assert kinds["enum"] == ["direct", "indirect", "mixed"]
    assert openapi["EventOut"]["properties"]["quad_class"]["enum"] == [1, 2, 3, 4]


def test_descriptions_name_real_fields() -> None:
    for cls, docs in DESCRIPTIONS.items():
        unknown = set(docs) - {"", *(f.name for f in fields(cls))}
        assert not unknown, (cls.__name__, unknown)


def test_field_descriptions_reach_openapi(openapi: dict[str, Any]) -> None:
    actor = openapi["ActorRecordOut"]["properties"]
    assert actor["kb_id"]["description"] == DESCRIPTIONS[Actor]["kb_id"]
    quote = openapi["QuoteOut"]["properties"]  # from Quote's Attributes: section
    assert quote["confidence"]["description"] == "The model's probability."


@settings(max_examples=30, deadline=None)
@given(articles() | failed_articles())
def test_responses_are_the_records_dicts(article: Article) -> None:
    data = ArticleOut.model_validate(article.to_dict()).model_dump(mode="json")
    assert Article.from_dict(data) == article


def test_record_model_is_one_per_class() -> None:
    assert record_model(Span) is record_model(Span)
