"""The characters a pattern cannot match without (clean.regex_needs)."""

import re

import pytest

from whosaid.clean import captions
from whosaid.clean.regex_needs import needed_chars, search_if_possible


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\w+\s*/\s*(?:AFP|AP)\)?$", "/"),  # literal outside any option
        (r"\[\s*(?:AFP|AP)\s*\]", "[]"),
        (r"(?:a|/)b", ""),  # only in one alternative
        (r"x/?y", ""),  # optional
        (r"(?:x/)*y", ""),  # repeated from zero
        (r"(?:x:)+y", ":"),  # repeated from one
        (r"(?<=[.!?])\s+\(x", "("),  # the look-behind's class is no need
        (r"(?i:credit)\s*:", ":"),  # letters are never taken (case)
        (r"[/]x", "/"),  # a one-character class is a literal
    ],
)
def test_needed_chars(pattern: str, needs: str) -> None:
    assert needed_chars(re.compile(pattern)) == needs


def test_search_if_possible_skips_only_lines_without_a_need() -> None:
    pattern = re.compile(r"(?:^|\s)[A-Z]\w*\s*/\s*AFP$")
    needs = needed_chars(pattern)
    assert search_if_possible(pattern, needs, "Jane Doe/AFP") is not None
    assert search_if_possible(pattern, needs, "Jane Doe AFP") is None


def test_caption_patterns_need_what_they_match() -> None:
    """Every credit ending's needs are in the lines it matches."""
    samples = [
        "Lagarde speaks in Frankfurt. (AP Photo/Jane Doe, File)",
        "Protesters gather in Dhaka. REUTERS/Jane Doe",
        "Protesters gather in Dhaka. Jane Doe/AFP via Getty Images",
        "Protesters gather in Dhaka [Jane Doe/Al Jazeera]",
        "Protesters gather in Dhaka. Credit: Jane Doe/dpa",
        "Protesters gather in Dhaka. (Jane Doe/Example News)",
        "Protesters gather in Dhaka. | Jane Doe | Example",
    ]
    patterns = (
        *captions._CAPTION_ENDS,
        captions._UNSTOPPED_CREDIT,
        *captions._LOOSE_CAPTION_ENDS,
    )
    matched = 0
    for pattern in patterns:
        needs = needed_chars(pattern)
        for line in samples:
            if pattern.search(line):
                matched += 1
                assert all(c in line for c in needs), (pattern.pattern, line)
    assert matched >= len(samples)
