"""The one record mapping: ``to_dict`` / ``from_dict`` and ``Article.failed``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from tests.factories import rich_article
from tests.strategies import articles, failed_articles

from whosaid.ingest import InputFailure
from whosaid.records import (
    Actor,
    Article,
    ErrorInfo,
    Event,
    RawArticle,
    RecordError,
    Span,
    record_fields,
)


@given(articles())
def test_articles_round_trip_through_dicts(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article


@given(articles() | failed_articles())
def test_articles_round_trip_through_json(article: Article) -> None:
    data = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
    assert Article.from_dict(data) == article


@given(failed_articles())
def test_failed_articles_round_trip(article: Article) -> None:
    back = Article.from_dict(article.to_dict())
    assert back == article and back.error is not None


def test_to_dict_is_plain_json_data() -> None:
    data = rich_article().to_dict()
    assert isinstance(data["attributions"], list)
    assert isinstance(data["attributions"][0]["content"], list)
    assert isinstance(data["actors"][0]["mentions"][0], dict)
    assert json.loads(json.dumps(data)) == data


def test_nested_records_have_from_dict() -> None:
    event = Event(
        id="e1",
        source="a:actor0",
        target=None,
        code="036",
        root="03",
        goldstein=4.0,
        quad_class=1,
        evidence=(Span(start=0, end=3, text="Oslo"[:3]),),
        attribution_id=None,
        negated=False,
        modality="intent",
        date=None,
        method="rules",
    )
    assert Event.from_dict(event.to_dict()) == event
    actor = rich_article().actors[0]
    assert Actor.from_dict(actor.to_dict()) == actor


def test_missing_defaulted_fields_take_their_defaults() -> None:
    data = rich_article().to_dict()
    for name in ("events", "schema_version"):
        del data[name]
    for actor in data["actors"]:
        del actor["identity"], actor["kb_id"]
    back = Article.from_dict(data)
    assert back.events == () and all(a.identity is None for a in back.actors)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("text"), "Article: missing field 'text'"),
        (lambda d: d.update(colour="red"), "Article: unknown field(s) colour"),
        (lambda d: d.update(section="World"), "Article.section: expected a list"),
        (
            lambda d: d["attributions"][0].update(kind="quoted"),
            "Article.attributions[0].kind: expected 'direct'",
        ),
        (
            lambda d: d["attributions"][0]["content"][0].update(start="4"),
            "Article.attributions[0].content[0].start: expected int",
        ),
        (
            lambda d: d["attributions"][0].update(confidence=True),
            "Article.attributions[0].confidence: expected a number",
        ),
        (lambda d: d.update(title=[1, 2]), "Article.title: expected an object"),
    ],
)
def test_bad_data_names_the_field(change: Any, message: str) -> None:
    data = rich_article().to_dict()
    change(data)
    with pytest.raises(RecordError, match="^" + _escaped(message)):
        Article.from_dict(data)


def _escaped(text: str) -> str:
    import re

    return re.escape(text)


def test_record_fields_follow_the_dataclass() -> None:
    names = [f.name for f in record_fields(Article)]
    assert names[:3] == ["id", "path", "url"] and "events" in names
    structured = {f.name for f in record_fields(Article) if f.structured}
    assert structured == {
        "title",
        "section",
        "body",
        "captions",
        "boilerplate",
        "attributions",
        "warnings",
        "error",
        "actors",
        "events",
    }


def test_failed_keeps_what_the_input_says() -> None:
    raw = RawArticle(id="r1", path="r1.txt", url="https://x/1", date="2024-01-02")
    error = ErrorInfo(code="nlp.failed", message="boom")
    article = Article.failed(raw, error, model="m", warnings=["w"])
    assert (article.id, article.path, article.url, article.date) == (
        "r1",
        "r1.txt",
        "https://x/1",
        "2024-01-02",
    )
    assert article.error == error and article.warnings == ("w",)
    assert article.text == "" and article.attributions == () and article.actors == ()
    failure = InputFailure(id="f.txt", path="f.txt", code="input.empty", message="e")
    from_failure = Article.failed(failure, error, model="m")
    assert from_failure.url is None and from_failure.path == "f.txt"


def test_records_pickle() -> None:  # Dask sends them between processes
    import pickle

    article = rich_article()
    assert pickle.loads(pickle.dumps(article)) == article
    assert not hasattr(article, "__dict__")
