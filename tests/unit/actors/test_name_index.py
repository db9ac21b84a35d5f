"""The forms a person's name is indexed under, and people.tsv's ``forms`` column."""

from __future__ import annotations

import pytest

from whosaid.actors import people as people_module
from whosaid.actors.name_index import (
    NO_FORMS,
    NameForms,
    decode_forms,
    encode_forms,
    home_country,
    name_forms,
)


def _forms(name: str, prominent: bool, home: str | None) -> NameForms:
    words = name.split()
    return name_forms(words, words[-1] if len(words) > 1 else "", prominent, home)


def test_a_middle_name_is_dropped_in_the_short_form() -> None:
    forms = _forms("anura kumara dissanayake", False, "LKA")
    assert forms == NameForms(shorts=("anura dissanayake",))


def test_a_spanish_double_surname_names_a_head_by_the_fathers_surname() -> None:
    forms = _forms("gustavo francisco petro urrego", True, "COL")
    assert forms.paternal == "petro" and forms.surname == "petro"
    assert forms.shorts == ()
    assert forms.names == ("petro urrego", "gustavo petro")


def test_a_head_is_known_by_surname_and_two_word_forms() -> None:
    forms = _forms("matamela cyril ramaphosa", True, "ZAF")
    assert forms.surname == "ramaphosa"
    assert forms.names == ("cyril ramaphosa", "matamela cyril")


def test_a_two_word_name_of_no_head_has_no_forms() -> None:
    assert _forms("vasily nebenzya", False, None) is NO_FORMS


@pytest.mark.parametrize(
    "forms",
    [
        NO_FORMS,
        NameForms(shorts=("anura dissanayake",)),
        NameForms("petro", (), "petro", ("petro urrego", "gustavo petro")),
        NameForms(None, ("sultan al habsi", "sultan bin salem al habsi"), "habsi"),
    ],
)
def test_forms_cells_read_back_as_written(forms: NameForms) -> None:
    assert decode_forms(encode_forms(forms)) == forms


def test_home_country_is_the_most_frequent_the_first_of_a_tie() -> None:
    assert home_country(["", "FRA", "AND", "AND"]) == "AND"
    assert home_country(["FRA", "AND"]) == "FRA"
    assert home_country(["", ""]) is None


def test_the_shipped_forms_column_is_what_the_rules_derive() -> None:
    """Rebuild people.tsv (scripts/build_knowledge.py) after changing the
    rules of name_index.name_forms or name_keys: the loader reads the
    column as built."""
    built = people_module._build()
    derived = people_module._build(read_forms=False)
    for index in ("by_name", "by_surname", "by_short", "prominent_short", "paternal"):
        assert getattr(built, index) == getattr(derived, index), index
    assert built.ids == derived.ids and built.office_rows == derived.office_rows
