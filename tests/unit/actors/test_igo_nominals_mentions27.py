"""A definite body noun refers back to the IGO its sentence named
(mentions27, ``actors/igo_nominals.py``)."""

from __future__ import annotations

import whosaid
from whosaid.records import Article


def _holder(article: Article, text: str) -> tuple[str | None, str | None]:
    for a in article.actors:
        if any(m.text == text for m in a.mentions):
            return (a.country, a.igo)
    raise AssertionError(f"no actor mentions {text!r}")


def test_the_agency_after_an_igo_official_is_the_igo() -> None:
    art = whosaid.process(
        "WHO chief Tedros Adhanom Ghebreyesus said the agency would send "
        "more doctors to Sudan."
    )
    assert _holder(art, "the agency") == (None, "WHO")


def test_the_court_after_an_igo_court_is_that_court() -> None:
    art = whosaid.process(
        "ICC President Tomoko Akane said the court would not bow to threats "
        "from Washington."
    )
    assert _holder(art, "the court")[1] == "ICC"


def test_a_state_between_keeps_the_noun_its_own() -> None:
    art = whosaid.process(
        "UN envoy Tor Wennesland said Kenya's court had ruled on the deal, "
        "and the court would publish its reasons."
    )
    for a in art.actors:
        if any(m.text == "the court" for m in a.mentions):
            assert a.igo is None
