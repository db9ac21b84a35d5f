"""Tests for whosaid.clean.furniture and the layout rules that use it."""

from __future__ import annotations

import pytest

from whosaid.clean import boilerplate as bp
from whosaid.clean import furniture, leftovers, sections, timestamps
from whosaid.clean.text import analyze_layout


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Listen to this article · 7:12 min Learn more", bp.SITE_FOOTER),
        ("Listen to this story 4 min", bp.SITE_FOOTER),
        ("Watch video 2:48", bp.SITE_FOOTER),
        ("Go to video", bp.SITE_FOOTER),
        ("Watch Live", bp.SITE_FOOTER),
        ("01:58 - Source: Example", bp.SITE_FOOTER),
        ("Ad Feedback", bp.ADVERTISEMENT),
        ("Video Ad Feedback", bp.ADVERTISEMENT),
        ("Advertisement · Scroll to continue", bp.ADVERTISEMENT),
        ("SKIP ADVERTISEMENT", bp.ADVERTISEMENT),
        ("Share full article", bp.SHARE),
        ("Share this story", bp.SHARE),
        ("This article is more than 2 years old", bp.SITE_FOOTER),
        ("This story is more than a year old", bp.SITE_FOOTER),
        (
            "CORRECTION: An earlier version of this report misstated the size of "
            "the agency's workforce.",
            bp.SITE_FOOTER,
        ),
        (
            "An earlier version of this story gave the wrong date for the vote.",
            bp.SITE_FOOTER,
        ),
        (
            "A version of this article appears in print on June 6, 2024, Section "
            "A, Page 1 of the Example edition with the headline: Tolls Halted.",
            bp.SITE_FOOTER,
        ),
        (
            "Quotes displayed in real-time or delayed by at least 15 minutes. "
            "Market Data provided by Example.",
            bp.SITE_FOOTER,
        ),
        (
            "Example Agency website contains only a portion of the news stories "
            "offered to subscribers. Please contact us for subscription options.",
            bp.SITE_FOOTER,
        ),
        ("You're a dedicated reader", bp.SITE_FOOTER),
        (
            "We're really pleased that you've read X Example Times articles in the "
            "past month.",
            bp.SITE_FOOTER,
        ),
        ("See more on: Jane Roe, Example Transit Authority", bp.LINK_BLOCK),
        ("Next: Remarks by the President at the Members Retreat", bp.LINK_BLOCK),
        ("Example —", bp.CREDIT),
        ("PARIS --", bp.CREDIT),
        ("Jane Roe/EXA or licensors", bp.CREDIT),
        ("THANKS TO: Our editor Jane Roe and producer John Doe.", bp.CREDIT),
    ],
)
def test_furniture_lines(line: str, kind: str) -> None:
    assert furniture.furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The article is more than a decade old, she said.",
        "Next: the committee will vote on the bill, he said.",
        'Next: "We will not stop," she said',
        "Share prices fell sharply on Monday.",
        "Advertisement revenue fell by a third last year, the company said.",
        "The correction came after an earlier version of the plan was leaked.",
        "Listeners said the broadcast had been cut short.",
        "He said Washington - and Paris - had agreed.",
        "Residents gathered in the square on Monday.",
        "Thanks to the deal, prices fell.",
    ],
)
def test_body_lines_are_no_furniture(line: str) -> None:
    assert furniture.furniture_kind(line) is None
    assert not furniture.is_furniture_caption(line)
    assert not furniture.is_labelled_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "NEW DELHI June 17, 2020 01:22 am | Updated 10:45 am IST",
        "All News 19:45 April 27, 2018",
        "PARIS May 2, 2024 08:02 am",
    ],
)
def test_a_label_and_a_stamp_on_one_line(line: str) -> None:
    assert furniture.is_labelled_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Monday June 17, 2020 was the day the talks began.",
        "On June 17, 2020 the talks began.",
        "Talks June 17",
    ],
)
def test_lines_that_are_no_labelled_stamp(line: str) -> None:
    assert not furniture.is_labelled_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "The governor announced the decision on Wednesday, catching allies off "
        "guard.Credit...Jane Roe for The Example Times",
        "The company's headquarters in Mountain View, Calif. (Jane Roe for The "
        "Example Post)",
        "The nominee testifies on Capitol Hill, Jan. 14, 2025. | Jane Roe/EXAMPLE",
        "( Citizens gather on the bridge on July 16, 2016. People said they had "
        "come out at night. Jane Roe - Example Agency )",
    ],
)
def test_captions_closed_by_their_credit(line: str) -> None:
    assert furniture.is_furniture_caption(line)


@pytest.mark.parametrize(
    ("line", "bio"),
    [
        ("Jane Roe covers technology policy for The Example Post.", True),
        ("John Doe is a technology reporter.", True),
        ("John Doe is the paper's Moscow correspondent based in Riga.", True),
        ("Jane Roe covers the story, she said.", False),
        ("John Doe is a former reporter who now runs a charity in Leeds.", False),
        ("Contributor Jane Roe reported from Riyadh.", True),
        ("Jane Roe reports on politics from Lima.", True),
        (
            "About the author: John Doe has reported from Rio de Janeiro since 2009.",
            True,
        ),
        ("The minister reported from the summit that talks had failed.", False),
    ],
)
def test_author_bios(line: str, bio: bool) -> None:
    assert furniture.is_author_bio(line) is bio


@pytest.mark.parametrize(
    ("line", "control"),
    [("Link Copied!", True), ("Link copied", True), ("Link copied! he said.", False)],
)
def test_link_copied_with_a_bang(line: str, control: bool) -> None:
    assert leftovers.is_link_control(line) is control


def test_writers_titles_in_the_plural_are_credits() -> None:
    assert leftovers.is_labelled_credit("Health reporters")


def test_a_stamp_some_years_ago() -> None:
    assert timestamps.is_timestamp("July 14, 2015 10:12 AM UTC Updated 9 years ago")
    assert timestamps.is_timestamp("Updated 2 weeks ago")
    assert not timestamps.is_timestamp("Last year")


def test_section_names_do_not_count_joiners() -> None:
    assert sections.is_section_name("Israel & the Region")
    assert not sections.is_section_name("Israel and Gaza Latest News")


_BODY = "Officials said on Monday that the talks would resume next week."
_HEADLINE = "Talks to resume next week as both sides signal a compromise on tariffs"


def _body(text: str) -> list[str]:
    return [span.text for span in analyze_layout(text).body]


def test_a_menu_over_the_headline_is_no_body() -> None:
    menu = "Example Business\nMarkets\nEconomy\nReal Estate\nTech"
    text = f"{menu}\n\n{_HEADLINE}\n\n{_BODY}"
    layout = analyze_layout(text)
    assert layout.title is not None and layout.title.text == _HEADLINE
    assert _body(text) == [_BODY]


def test_two_short_lines_over_the_headline_are_no_menu() -> None:
    text = f"Markets\nEconomy\n\n{_HEADLINE}\n\n{_BODY}"
    assert analyze_layout(text).title is not None


def test_a_topic_over_an_age_notice_is_a_section() -> None:
    text = (
        f"Trade talks\nThis article is more than 2 years old\n\n{_HEADLINE}\n\n{_BODY}"
    )
    layout = analyze_layout(text)
    assert layout.title is not None and layout.title.text == _HEADLINE
    assert layout.section == ("Trade talks",)
    assert _body(text) == [_BODY]


def test_a_tagline_over_the_masthead_and_breadcrumb() -> None:
    text = (
        "News and analytics for market professionals\nExample\n"
        f"Markets | Business | Economy\n\n{_HEADLINE}\n\n{_BODY}"
    )
    layout = analyze_layout(text)
    assert layout.title is not None and layout.title.text == _HEADLINE
    assert layout.section[0].startswith("Markets")
    assert _body(text) == [_BODY]


def test_a_place_between_two_stamps_is_byline() -> None:
    text = (
        f"{_HEADLINE}\n\nJanuary 28, 2025\n\nExample Press Briefing Room\n\n"
        f"1:03 P.M. EST\n\n{_BODY}"
    )
    assert _body(text) == [_BODY]


def test_titled_links_under_a_related_heading() -> None:
    text = (
        f"{_HEADLINE}\n\n{_BODY}\n\nRelated Content\nTolls Are Coming. Here's What "
        "to Know.\nWhat Happens to the Subway Without the Money? Officials Say It's "
        f"Grim.\n\n{_BODY}"
    )
    assert _body(text) == [_BODY, _BODY]


def test_author_bios_only_at_the_end() -> None:
    bio = "Jane Roe covers technology policy for The Example Post."
    assert _body(f"{_HEADLINE}\n\n{_BODY}\n\n{bio}") == [_BODY]
    assert _body(f"{_HEADLINE}\n\n{bio}\n\n{_BODY}") == [bio, _BODY]
    assert _body(bio) == [bio]


def test_a_caption_under_a_labelled_picture_credit() -> None:
    caption = "Fighters sit on a tank in the city centre. Residents said it was calm"
    text = f"{_HEADLINE}\n\n{_BODY}\n\nImage: Jane Roe/EXAMPLE\n{caption}\n\n{_BODY}"
    layout = analyze_layout(text)
    assert caption in [span.text for span in layout.captions]
    assert _body(text) == [_BODY, _BODY]


def test_a_byline_credit_over_the_first_paragraph_is_no_caption() -> None:
    text = f"{_HEADLINE}\n\nJane Roe/Example\n{_BODY}"
    assert _BODY in _body(text)


def test_the_clip_title_under_go_to_video_is_a_caption() -> None:
    clip = "Region: peace talks open in the capital"
    text = f"{_HEADLINE}\n\n{_BODY}\n\nGo to video\n{clip}\n\n{_BODY}"
    assert _body(text) == [_BODY, _BODY]


@pytest.mark.parametrize(
    "line",
    ["WATCH NOW", "Click to play video: 'Strike: Ottawa asks board to act'"],
)
def test_furniture_more_player_controls(line: str) -> None:
    assert furniture.is_player_control(line)


@pytest.mark.parametrize("line", ["WATCH NOW", "VIDEO 04:12", "Go to video"])
def test_furniture_opens_media_before_its_clip_title(line: str) -> None:
    assert furniture.opens_media(line)


def test_furniture_quoted_clip_title() -> None:
    line = "Click to play video: 'Strike: Ottawa asks board to act'"
    assert furniture.quoted_clip_title(line) == "Strike: Ottawa asks board to act"
    assert furniture.quoted_clip_title("Watch the video of the rally.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Reminder, this is a Premium article and requires a subscription to read.",
        "Data is a real-time snapshot *Data is delayed at least 15 minutes.",
        "Find this article at:",
        "Check the box to include the list of links referenced in the article.",
        "Appeared in the March 13, 2023, print edition.",
        "Printed by the Example Newspapers of Ceylon Ltd.",
        "Printed and published by Example Media Group",
        "Appeared in the print edition as 'Banks Hold Firm'.",
        "Corrections & Amplifications: An earlier version of this article misstated "
        "the limit. It is €60 a day.",
    ],
)
def test_furniture_more_page_notices(line: str) -> None:
    assert furniture.is_page_notice(line)


def test_furniture_premium_in_prose_is_no_notice() -> None:
    assert not furniture.is_page_notice("The premium article of the treaty was signed.")
    assert not furniture.is_page_notice("Find this article at the library, she said.")
    assert not furniture.is_page_notice(
        "The measure appeared in the print edition of the bill."
    )
    assert not furniture.is_page_notice("Published by the ministry on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Students rally outside the court on Friday. (Jane Roe / For the Example Post)",
        "Sen. John Doe speaks at a rally on Wednesday. By Jane Roe, EXAMPLE TODAY",
        "Shoppers scroll through products on a phone. File photo.",
    ],
)
def test_furniture_more_credited_captions(line: str) -> None:
    assert furniture.is_furniture_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The chairman spoke at the meeting. He said he would stay.",
        'He told the meeting. "We will not go back," said Jane Roe',
        "The report was filed on Friday by Jane Roe, the paper's editor.",
    ],
)
def test_furniture_prose_is_no_credited_caption(line: str) -> None:
    assert not furniture.is_furniture_caption(line)


def test_furniture_place_full_stop_and_date_is_a_labelled_stamp() -> None:
    line = "Dar es Salaam. Monday, January 20, 2025 — updated on January 20, 2025"
    assert furniture.is_labelled_stamp(line)
    assert not furniture.is_labelled_stamp(
        "Dar es Salaam. The vote was held on Monday."
    )


def test_furniture_named_caption() -> None:
    assert furniture.is_named_caption(
        "The chairman at the meeting in Adelaide. Jane Roe"
    )
    assert not furniture.is_named_caption("said on Monday. Prime Minister")
    assert not furniture.is_named_caption('He said. "We will go," Jane Roe')


WRAPPED_PAGE = """\
Talks resume in the capital after a long pause

The talks resumed in the capital on Monday after a pause of three weeks,
Officials said both sides hoped to finish the first round on Monday. Prime Minister
Jane Roe said she expected a deal by the end of the month.

The chairman at the meeting in Adelaide. John Doe

The deal would cut tariffs on steel, the ministry said.
"""


def test_furniture_named_caption_only_where_a_line_starts() -> None:
    layout = analyze_layout(WRAPPED_PAGE)
    assert [c.text for c in layout.captions] == [
        "The chairman at the meeting in Adelaide. John Doe"
    ]
    assert furniture.is_named_caption(
        "Officials said both sides hoped to finish the first round on Monday. "
        "Prime Minister"
    )
    assert any("Prime Minister" in span.text for span in layout.body)
