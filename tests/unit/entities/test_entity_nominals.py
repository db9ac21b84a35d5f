"""The shared table of definite nominals (entity layer)."""

from __future__ import annotations

import pytest

from whosaid.entities.nominals import (
    Nominal,
    lookup_nominal,
    nominal_table,
    parse_nominals,
    phrase_key,
)

TABLE = (
    "# a comment\n"
    "pattern\trefers_to\tname\tnote\n"
    "the bloc\tigo\t\tthe EU\n"
    "the Jewish state\tcountry:ISR\tIsrael\t\n"
)


def test_phrase_key_drops_the_article_case_and_spacing() -> None:
    assert phrase_key("The  Island") == "island"
    assert phrase_key("27-nation bloc") == "27-nation bloc"


def test_parse_reads_kinds_and_fixed_referents() -> None:
    table = parse_nominals(TABLE)
    assert table["bloc"] == Nominal("bloc", "igo", None)
    assert table["jewish state"].country == "ISR"
    assert table["jewish state"].name == "Israel"
    assert table["bloc"].country is None


@pytest.mark.parametrize(
    "row",
    ["the thing\tplanet\t\t\n", "the North\tcountry:PRK\t\t\n"],
)
def test_parse_rejects_an_unknown_kind_or_a_nameless_referent(row: str) -> None:
    with pytest.raises(ValueError, match=r"nominals\.tsv"):
        parse_nominals("pattern\trefers_to\tname\tnote\n" + row)


def test_the_north_holds_only_in_korea_news() -> None:
    north = Nominal("north", "country:PRK", "North Korea")
    assert north.holds_in("Talks with South Korea stalled. The North said")
    assert not north.holds_in("Sudan's army fought in the North.")
    assert Nominal("bloc", "igo").holds_in("anything")


def test_lookup_wants_a_definite_phrase() -> None:
    assert lookup_nominal("the island") is not None
    assert lookup_nominal("The island").refers_to == "state"  # type: ignore[union-attr]
    assert lookup_nominal("an island") is None
    assert lookup_nominal("island") is None
    assert lookup_nominal("the island's leader") is None


def test_the_shipped_table_loads_and_names_every_fixed_referent() -> None:
    table = nominal_table()
    assert len(table) > 100
    assert all(n.name for n in table.values() if n.country)
