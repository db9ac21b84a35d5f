"""End-to-end tests of the pipeline: ``whosaid.process`` and ``whosaid.process_many``.

A batch of good and bad inputs goes through ``whosaid.ingest.iter_inputs`` and
``whosaid.process_many`` once (module fixture); the other tests use
``whosaid.process`` on short texts.  The spaCy model loads once per process.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import whosaid
from whosaid.ingest import iter_inputs
from whosaid.pipeline import default_pipeline
from whosaid.records import Article

pytestmark = pytest.mark.model

GOOD_TEXT = (
    "OSLO (Reuters) - Norway is ready to sign the deal, Foreign Minister Anna Berg"
    " said on Monday.\n\n"
    '"We are ready to sign," she told reporters in Oslo after a meeting with her'
    " Swedish counterpart.\n"
)
GOOD_HTML = (
    "<!doctype html><html><head><title>Port strike ends</title></head><body>"
    "<article><h1>Port strike ends</h1>"
    '<p>"The strike is over and the cranes are moving again," union leader Tom'
    " Hayes said on Tuesday after a long night of talks.</p>"
    "<p>The port authority said in a statement that ships would be unloaded"
    " within the week and that no jobs would be lost.</p>"
    "</article></body></html>"
)
NAV_ONLY_HTML = (
    "<!doctype html><html><head><title>Site</title></head><body>"
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
    '<li><a href="/sport">Sport</a></li></ul></nav>'
    '<div class="menu"><a href="/about">About</a> <a href="/contact">Contact</a>'
    "</div></body></html>"
)
LATIN1_TEXT = (
    "The owner of the café said the menu would change on Monday.\n\n"
    '« Nous » dit-il, and then in English: "We will stay open," he told'
    " reporters.\n"
)
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"IHDR" + b"\x00" * 32
FIVE_MB = 5_000_000

# name of the input in the batch -> the error code expected (None: processed)
BATCH: dict[str, str | None] = {
    "empty.txt": "input.empty",
    "image.txt": "input.binary",
    "latin1.txt": None,
    "huge.txt": "input.too_large",
    "menu.html": "input.no_article",
    "missing.txt": "input.unreadable",
    "good.txt": None,
    "good.html": None,
}


def _write_batch(folder: Path) -> list[Path]:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(PNG_BYTES)
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    sentence = "The minister said the plan would work. "
    (folder / "huge.txt").write_text(
        (sentence * (FIVE_MB // len(sentence) + 1))[:FIVE_MB], encoding="utf-8"
    )
    (folder / "menu.html").write_text(NAV_ONLY_HTML, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "good.html").write_text(GOOD_HTML, encoding="utf-8")
    return [folder / name for name in BATCH]  # missing.txt is never written


@pytest.fixture(scope="module")
def batch_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[list[Path], list[Article]]:
    paths = _write_batch(tmp_path_factory.mktemp("batch"))
    return paths, list(whosaid.process_many(iter_inputs(paths)))


@pytest.fixture(scope="module")
def batch(batch_run: tuple[list[Path], list[Article]]) -> dict[str, Article]:
    return {Path(a.path or "").name: a for a in batch_run[1]}


@pytest.fixture(scope="module")
def good_article() -> Article:
    return whosaid.process(GOOD_TEXT)


def _listify(value: Any) -> Any:
    """``value`` with every tuple turned into a list (what JSON gives back)."""
    if isinstance(value, tuple | list):
        return [_listify(v) for v in value]
    if isinstance(value, dict):
        return {k: _listify(v) for k, v in value.items()}
    return value


# --- (a) a batch of good and bad inputs ----------------------------------------


def test_pipeline_batch_gives_one_record_per_input_in_order(
    batch_run: tuple[list[Path], list[Article]],
) -> None:
    paths, articles = batch_run
    assert [a.path for a in articles] == [str(p) for p in paths]


@pytest.mark.parametrize(
    ("name", "code"), [(n, c) for n, c in BATCH.items() if c is not None]
)
def test_pipeline_batch_bad_input_gets_its_error_code(
    batch: dict[str, Article], name: str, code: str
) -> None:
    article = batch[name]
    assert article.error is not None, f"{name} was not recorded as failed"
    assert article.error.code == code, article.error
    assert article.error.message
    assert article.attributions == ()


@pytest.mark.parametrize("name", ["good.txt", "good.html"])
def test_pipeline_batch_good_article_has_attributions(
    batch: dict[str, Article], name: str
) -> None:
    article = batch[name]
    assert article.error is None, article.error
    assert article.attributions, f"no attribution found in {name}"


def test_pipeline_batch_latin1_file_is_decoded_with_a_warning(
    batch: dict[str, Article],
) -> None:
    article = batch["latin1.txt"]
    assert article.error is None, article.error
    assert "café" in article.text and "« Nous » dit-il" in article.text
    assert any(w.startswith("input.decoded_as_cp1252") for w in article.warnings), (
        article.warnings
    )


# --- (b) JSON round trip -------------------------------------------------------


@pytest.mark.parametrize("name", list(BATCH))
def test_pipeline_to_dict_survives_a_json_round_trip(
    batch: dict[str, Article], name: str
) -> None:
    record = batch[name].to_dict()
    assert json.loads(json.dumps(record)) == _listify(record)


# --- (c) idempotence -------------------------------------------------------------


@pytest.mark.parametrize("text", [GOOD_TEXT, GOOD_HTML])
def test_pipeline_same_text_twice_gives_equal_records(text: str) -> None:
    first, second = whosaid.process(text), whosaid.process(text)
    assert first.attributions, "nothing to compare: no attribution found"
    assert first == second
    assert [a.id for a in first.attributions] == [a.id for a in second.attributions]


# --- (d) bytes -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_pipeline_process_accepts_bytes(encoding: str) -> None:
    text = GOOD_TEXT.replace("Oslo after", "Oslo’s café after")
    article = whosaid.process(text.encode(encoding))
    assert article.error is None, article.error
    assert article.text == text
    assert article.attributions
    cp1252_warnings = [
        w for w in article.warnings if w.startswith("input.decoded_as_cp1252")
    ]
    assert len(cp1252_warnings) == (encoding == "cp1252"), article.warnings


def test_pipeline_process_bytes_gives_the_same_record_as_str(
    good_article: Article,
) -> None:
    assert whosaid.process(GOOD_TEXT.encode("utf-8")) == good_article


# --- (e) id, url, date -------------------------------------------------------------


@pytest.mark.parametrize("text", [GOOD_TEXT, GOOD_HTML, ""])
def test_pipeline_process_keeps_id_url_and_date(text: str) -> None:
    article = whosaid.process(
        text, id="story-42", url="https://example.com/story", date="2017-07-06"
    )
    assert (article.id, article.url, article.date) == (
        "story-42",
        "https://example.com/story",
        "2017-07-06",
    )


def test_pipeline_attribution_ids_start_with_the_article_id() -> None:
    article = whosaid.process(GOOD_TEXT, id="story-42")
    assert article.attributions
    assert all(a.id.startswith("story-42:a") for a in article.attributions)


# --- (f) a parse that raises ---------------------------------------------------------


class _FailingNlp:
    """The real pipeline, except that it raises on texts holding ``marker``."""

    def __init__(self, nlp: Any, marker: str) -> None:
        self._nlp = nlp
        self._marker = marker

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def _check(self, text: str) -> None:
        if self._marker in text:
            raise RuntimeError("simulated spaCy failure")

    def __call__(self, text: str) -> Any:
        self._check(text)
        return self._nlp(text)

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        texts = list(texts)
        for text in texts:
            self._check(text)
        return self._nlp.pipe(texts, **kwargs)


def test_pipeline_parse_failure_fails_one_article_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch, good_article: Article
) -> None:
    pipeline = default_pipeline()
    marker = "Zanzibar-poison"
    pipeline.nlp = _FailingNlp(pipeline.nlp, marker)
    poisoned = f"{marker} said the talks had failed, officials said.\n"
    articles = list(
        whosaid.process_many([GOOD_TEXT, poisoned, GOOD_HTML], pipeline=pipeline)
    )
    assert len(articles) == 3
    first, failed, last = articles
    assert failed.error is not None
    assert failed.error.code == "nlp.failed", failed.error
    assert "simulated spaCy failure" in failed.error.message
    assert first.error is None and last.error is None
    assert first.attributions == good_article.attributions
    assert last.attributions
