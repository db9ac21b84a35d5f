"""whosaid.ids: one identity for every input, wherever it is computed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from whosaid import ids
from whosaid.ingest import Ingested, iter_inputs
from whosaid.pipeline import raw_article
from whosaid.records import RawArticle
from whosaid.scale.parquet import partition_name
from whosaid.scale.runner import batch_key
from whosaid.store import content_hash

TEXT = "The minister said the talks would resume."


def _articles(path: Path) -> list[RawArticle]:
    return [i.article for i in iter_inputs([path]) if isinstance(i, Ingested)]


def test_ids_same_text_under_two_urls_is_two_articles() -> None:
    a = ids.article_id(TEXT, url="http://a.example/1")
    b = ids.article_id(TEXT, url="http://b.example/2")
    assert a != b
    assert a == ids.article_id(TEXT, url="http://a.example/1")


def test_ids_the_url_wins_over_the_file_name() -> None:
    by_url = ids.article_id(TEXT, url="http://a.example/1", path="feed.jsonl")
    assert by_url == ids.article_id(TEXT, url="http://a.example/1")


def test_ids_file_name_counts_not_its_folder() -> None:
    assert ids.article_id(TEXT, path="x/2024/a.txt") == ids.article_id(
        TEXT, path="y/a.txt"
    )
    assert ids.article_id(TEXT, path="x/a.txt") != ids.article_id(TEXT, path="x/b.txt")


def test_ids_without_a_source_hash_the_content_alone() -> None:
    expected = hashlib.sha1(TEXT.encode()).hexdigest()
    assert ids.content_hash(TEXT) == expected
    assert ids.content_hash(TEXT, path="-") == expected  # stdin
    assert ids.article_id(TEXT) == expected[:16]


def test_ids_article_id_is_the_prefix_of_the_content_hash() -> None:
    full = ids.content_hash(TEXT, url="http://a.example/1")
    assert ids.article_id(TEXT, url="http://a.example/1") == full[:16]
    assert full == hashlib.sha1(f"http://a.example/1\0{TEXT}".encode()).hexdigest()


def test_ids_store_hash_is_the_ids_hash() -> None:
    raw = RawArticle(id="x", url="http://a.example/1", path="feed.jsonl", text=TEXT)
    assert content_hash(raw) == ids.content_hash(TEXT, url="http://a.example/1")
    html = RawArticle(id="y", path="dir/page.html", html="<p>Hi</p>")
    assert content_hash(html) == ids.content_hash("<p>Hi</p>", path="page.html")


def test_ids_jsonl_records_without_id_get_their_url_in_the_id(tmp_path: Path) -> None:
    # Issue 12, reproduction 1: the same text under two URLs, no id.
    path = tmp_path / "dup.jsonl"
    path.write_text(
        "".join(
            json.dumps({"url": url, "text": TEXT}) + "\n"
            for url in ("http://a.example/1", "http://b.example/2")
        ),
        encoding="utf-8",
    )
    first, second = _articles(path)
    assert first.id != second.id
    assert first.id == ids.article_id(TEXT, url="http://a.example/1")
    assert content_hash(first) != content_hash(second)
    # Every id is the prefix of the store's hash of the same input.
    assert content_hash(first).startswith(first.id)
    assert content_hash(second).startswith(second.id)


def test_ids_files_and_strings_agree(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (from_file,) = _articles(path)
    from_string, _ = raw_article(TEXT, path=str(path))
    assert from_file.id == from_string.id == ids.article_id(TEXT, path="a.txt")
    with_url, _ = raw_article(TEXT, url="http://a.example/1")
    assert with_url.id == ids.article_id(TEXT, url="http://a.example/1")


@pytest.mark.parametrize("article_ids", [["a", "b"], ["b", "a"], ["only"]])
def test_ids_batch_keys_agree(article_ids: list[str]) -> None:
    items = [(RawArticle(id=i, text="x"), ()) for i in article_ids]
    key = ids.batch_key(article_ids)
    assert batch_key(items) == key
    assert partition_name(article_ids) == f"part-{key}.parquet"
    assert len(key) == 16
