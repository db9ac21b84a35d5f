"""A quotation's editorial brackets are no part of an actor's name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_bracketed_given_name_is_the_persons_name() -> None:
    from whosaid.pipeline import default_pipeline
    from whosaid.records import RawArticle

    text = (
        "Senator backs rival.\n\n"
        '"It was possible for [Hillary] Clinton to win," Senator Tom Harlow said on '
        "Tuesday.\n\nHillary Clinton did not respond.\n"
    )
    (article,) = default_pipeline().process_many([RawArticle(id="b", text=text)])
    names = {a.name for a in article.actors}
    assert not any("[" in n or "]" in n for n in names), names
