"""Tests for whosaid.events.dates: an event's day from its sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from whosaid.events.dates import event_date, iso_day, relative_day, text_date

# 2026-04-10 is a Friday.
FRIDAY = "2026-04-10"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers met on July 5, 2017 in Oslo.", "2017-07-05"),
        ("The ministers met on 5 July 2017 in Oslo.", "2017-07-05"),
        ("Police said on Wednesday they had arrested him.", "2026-04-08"),
        ("Talks resumed on Friday.", FRIDAY),
        ("The two sides met last Friday.", "2026-04-03"),
        ("They met on Saturday.", "2026-04-04"),
        ("They will meet next Tuesday.", "2026-04-14"),
        ("They will meet next Friday.", "2026-04-17"),
        ("He agreed on Thursday to resume talks next week.", "2026-04-09"),
        ("The army withdrew yesterday.", "2026-04-09"),
        ("The army withdraws today.", FRIDAY),
        ("The president signed the bill on April 2.", "2026-04-02"),
        ("The president signed the bill on the 2nd of April.", "2026-04-02"),
        # a day more than a week after the article is last year's
        ("The treaty was signed on December 20.", "2025-12-20"),
        # two weekdays: no guess, the article's date
        ("He met them on Monday and again on Wednesday.", FRIDAY),
        ("Nothing in this sentence names a day.", FRIDAY),
        # "May" without a day number is not a date
        ("Officials said they may meet again.", FRIDAY),
    ],
)
def test_event_date_reads_the_sentence_against_the_article_date(
    sentence: str, expected: str
) -> None:
    assert event_date(sentence, FRIDAY) == expected


def test_without_an_article_date_only_full_dates_count() -> None:
    assert event_date("They met on Monday.", None) is None
    assert event_date("They met on July 5, 2017.", None) == "2017-07-05"
    assert event_date("They met on Monday.", "not a date") is None


def test_impossible_dates_are_ignored() -> None:
    assert text_date("They met on February 30, 2020.") is None
    assert event_date("They met on February 30.", FRIDAY) == FRIDAY


def test_iso_day_reads_a_leading_date() -> None:
    assert iso_day("2026-04-10T08:00:00Z") == dt.date(2026, 4, 10)
    assert iso_day("") is None
    assert iso_day("Friday") is None


def test_relative_day_is_none_without_a_day_word() -> None:
    assert relative_day("The talks went on.", dt.date(2026, 4, 10)) is None
