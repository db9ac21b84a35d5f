"""Speakers without an identity: a common noun ("poll", from "the poll
said") is no name and counts once per article; a name counts across the
corpus (corpus22)."""

from __future__ import annotations

import dataclasses

from tests.factories import build_article

from whosaid.records import Article, RawArticle
from whosaid.store import Store
from whosaid.store.queries import list_speakers


def _unidentified(aid: str, name: str) -> Article:
    raw = RawArticle(id=aid, text=f'Title {aid}\n"We will win," Anna Berg said.')
    article = build_article(raw)
    attributions = tuple(
        dataclasses.replace(
            a, speaker=dataclasses.replace(a.speaker, name=name, actor_id=None)
        )
        if a.speaker is not None
        else a
        for a in article.attributions
    )
    return dataclasses.replace(article, actors=(), attributions=attributions)


def test_a_common_noun_speaker_counts_once_per_article(store: Store) -> None:
    for aid in ("a1", "a2", "a3"):
        store.save_article(_unidentified(aid, "poll"))
    for aid in ("b1", "b2"):
        store.save_article(_unidentified(aid, "Clinton aides"))
    speakers = list_speakers(store.conn)
    rows = [(s.name, s.attributions, s.articles) for s in speakers]
    assert rows[0] == ("Clinton aides", 2, 2), rows
    assert [r for r in rows if r[0] == "poll"] == [("poll", 1, 1)] * 3, rows
