"""Warnings are capped per kind (issue 12: 5,000 "quote.unbalanced" in one record)."""

from __future__ import annotations

from whosaid.attribution.quotes import find_quotes
from whosaid.limits import MAX_WARNINGS_PER_KIND, cap_warnings, warning_kind


def _unbalanced(n: int) -> str:
    return "".join(
        f'The minister said "the talks would resume {i}.\n\n' for i in range(n)
    )


def test_five_thousand_unbalanced_quotes_become_a_few_and_a_count() -> None:
    _, warnings = find_quotes(_unbalanced(5000))
    assert len(warnings) == 5000
    capped = cap_warnings(warnings)
    assert len(capped) == MAX_WARNINGS_PER_KIND + 1
    assert capped[:MAX_WARNINGS_PER_KIND] == tuple(warnings[:MAX_WARNINGS_PER_KIND])
    assert capped[-1] == "quote.unbalanced: … (and 4,990 more)"


def test_cap_is_per_kind_and_keeps_order() -> None:
    warnings = ["a: 1", "b: 1", "a: 2", "c", "a: 3", "b: 2", "a: 4"]
    assert cap_warnings(warnings, per_kind=2) == (
        "a: 1",
        "b: 1",
        "a: 2",
        "c",
        "a: … (and 2 more)",
        "b: 2",
    )


def test_few_warnings_are_untouched() -> None:
    warnings = ["input.invalid_bytes: 1 byte", "quote.unbalanced: at 3"]
    assert cap_warnings(warnings) == tuple(warnings)
    assert warning_kind("quote.unbalanced: at 3") == "quote.unbalanced"
    assert warning_kind("no colon") == "no colon"
