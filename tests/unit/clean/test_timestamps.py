"""Tests for whosaid.clean.timestamps: dates, times and publishing stamps."""

from __future__ import annotations

import pytest

from whosaid.clean import timestamps


@pytest.mark.parametrize(
    "line",
    [
        "Published On 3 Feb 2021",
        "Published 14 October 2022",
        "Updated 11:05 AM EST, Thu March 2, 2023",
        "Updated: 4:30 pm ET, Oct. 9, 2020",
        "October 9, 2020 3:12 PM UTC Updated 5 hours ago",
        "Tue 7 Mar 2023 09.15 GMT",
        "Last updated on 9 June 2022 | 14:02",
        "Posted 40 minutes ago",
        "Updated an hour ago",
        "2023-03-07T09:15:00Z",
        "Sat, 4 Mar 2023 - 21:00 CET",
        "Issued on: 7/3/2023 - 09:15",
        "07/03/2023March 7, 2023",  # two dates glued together
        "Thursday 17 October 2019 16:05, UK",
        "Mon Aug 5, 2024 06:03 PM Last update on: Mon Aug 5, 2024 11:47 PM",
        "Sep.11.2025 at 8h32 PM",
    ],
)
def test_boilerplate_is_timestamp(line: str) -> None:
    assert timestamps.is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Updated figures were released on Monday.",
        "Published reports say 40 people died.",
        "On March 3, 2023, the court ruled against him.",
        "Decision 2024",
        "March",
        "Sunday",
        "2023",
        "Junior minister 12",
        "Mayor 4 Sept",
        "Posted",
        "UK",
        "The UK voted on Sep 5, 2024.",
    ],
)
def test_boilerplate_is_timestamp_false(line: str) -> None:
    assert not timestamps.is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Updated about 10 hours ago",
        "Last updated: 05/09 - 18:40",
        "Posted just 5 minutes ago",
    ],
)
def test_boilerplate_is_timestamp_second_round(line: str) -> None:
    assert timestamps.is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    ["About 10 people were hurt", "Over 5 hours of talks", "Updated about the plan"],
)
def test_boilerplate_is_timestamp_second_round_false(line: str) -> None:
    assert not timestamps.is_timestamp(line)


def test_boilerplate_dotted_date_and_bare_stamp_word() -> None:
    assert timestamps.is_timestamp("12.03.2024")
    assert not timestamps.is_timestamp("Version 12.03 is out")
    assert timestamps.is_stamp_word("Edited")
    assert timestamps.is_stamp_word("Updated:")
    assert not timestamps.is_stamp_word("Edited by Jane Doe")


def test_timestamps_article_was_updated_ago() -> None:
    assert timestamps.is_timestamp("Article was updated 9 hrs ago")
    assert not timestamps.is_timestamp("This story was about 9 workers")


@pytest.mark.parametrize("line", ["1h ago / 12:47 AM EST", "30m ago", "2d ago"])
def test_timestamps_compact_ages(line: str) -> None:
    assert timestamps.is_timestamp(line)


def test_timestamps_compact_age_needs_stamp_words() -> None:
    assert not timestamps.is_timestamp("1h of talks")
