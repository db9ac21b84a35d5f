"""Joint sources in the corpus database: every speaker of "X and Y said" is
counted, searched and found on its speaker page; the rows go with their
article."""

from __future__ import annotations

import dataclasses

from tests.factories import (
    make_actor,
    make_article,
    make_attribution,
    make_speaker,
    span,
)

from whosaid.api.data import speaker_profile
from whosaid.records import Article
from whosaid.store import Store
from whosaid.store.queries import get_article, list_speakers, search_quotes


def _joint(aid: str) -> Article:
    text = f'Talks {aid}\n\nAnna Berg and Lars Holm said the deal "is fair".'

    berg = span(text, "Anna Berg")
    holm = span(text, "Lars Holm")
    actors = (
        dataclasses.replace(
            make_actor(id=f"{aid}:actor1", name="Anna Berg", mentions=(berg,)),
            identity="name:anna berg|SWE",
        ),
        dataclasses.replace(
            make_actor(id=f"{aid}:actor2", name="Lars Holm", mentions=(holm,)),
            identity="name:lars holm|SWE",
        ),
    )
    attribution = dataclasses.replace(
        make_attribution(
            id=f"{aid}:a0",
            kind="mixed",
            source=(span(text, "Anna Berg and Lars Holm"),),
            cue=(span(text, "said"),),
            content=(span(text, 'the deal "is fair"'),),
            speaker=make_speaker("Anna Berg", mention=berg, actor_id=f"{aid}:actor1"),
        ),
        co_speakers=(
            make_speaker(
                "Lars Holm", mention=holm, resolved_by="name", actor_id=f"{aid}:actor2"
            ),
        ),
    )
    return make_article(text, id=aid, attributions=(attribution,), actors=actors)


def test_every_speaker_of_a_joint_source_is_counted(store: Store) -> None:
    store.save_article(_joint("j1"))
    store.save_article(_joint("j2"))
    speakers = {s.name: (s.attributions, s.articles) for s in list_speakers(store.conn)}
    assert speakers == {"Anna Berg": (2, 2), "Lars Holm": (2, 2)}


def test_a_co_speaker_is_found_by_name_identity_and_page(store: Store) -> None:
    store.save_article(_joint("j1"))
    [quote] = search_quotes(store.conn, speaker="holm")
    assert quote.speaker_name == "Anna Berg"  # the row names the first speaker
    assert len(search_quotes(store.conn, identity="name:lars holm|SWE")) == 1
    assert len(search_quotes(store.conn, speaker_is="lars holm")) == 1
    profile = speaker_profile(store.conn, "name:lars holm|SWE")
    assert profile is not None and profile.attributions == 1


def test_co_speakers_round_trip_and_go_with_their_article(store: Store) -> None:
    article = _joint("j1")
    store.save_article(article)
    stored = get_article(store.conn, "j1")
    assert stored is not None
    assert stored.attributions[0].co_speakers == article.attributions[0].co_speakers
    row = store.conn.execute("SELECT name, identity FROM co_speakers").fetchall()
    assert [tuple(r) for r in row] == [("Lars Holm", "name:lars holm|SWE")]
    store.save_article(dataclasses.replace(article, model="other"))  # replaced
    assert store.conn.execute("SELECT count(*) FROM co_speakers").fetchone()[0] == 1
    store.conn.execute("DELETE FROM articles")
    assert store.conn.execute("SELECT count(*) FROM co_speakers").fetchone()[0] == 0
