"""The store's record mapping: columns derived from the records, round trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import given, settings
from tests.strategies import articles

from whosaid.records import Article
from whosaid.store import Store, get_article
from whosaid.store.tables import PENDING_FIELDS, STORED_COLUMNS


def test_stored_columns_exist_in_the_migrated_schema(store: Store) -> None:
    for table, names in STORED_COLUMNS.items():
        info = store.conn.execute(f"PRAGMA table_info({table})").fetchall()
        assert set(names) <= {row[1] for row in info}, table


def test_pending_fields_are_not_in_the_schema_yet(store: Store) -> None:
    # When a migration adds them, take them out of PENDING_FIELDS.
    info = store.conn.execute("PRAGMA table_info(actors)").fetchall()
    assert not PENDING_FIELDS["actors"] & {row[1] for row in info}
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert ("events" in tables) != ("events" in PENDING_FIELDS["articles"])


@settings(max_examples=40, deadline=None)
@given(articles())
def test_stored_articles_read_back_equal(article: Article) -> None:
    with Store(":memory:") as store:
        store.save_article(article)
        back = get_article(store.conn, article.id)
    assert back == article


def test_get_article_reads_columns_by_name_on_a_plain_connection(
    db_path: Path, store: Store
) -> None:
    from tests.factories import rich_article

    article = rich_article()
    store.save_article(article)
    plain = sqlite3.connect(db_path)  # tuples, not sqlite3.Row
    try:
        assert get_article(plain, article.id) == article
    finally:
        plain.close()
