"""Tests for whosaid.clean.leftovers: more page-leftover line shapes."""

from __future__ import annotations

import pytest

from whosaid.clean import boilerplate as bp
from whosaid.clean import bylines, leftovers, timestamps
from whosaid.clean.text import analyze_layout


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Short link:", bp.SITE_FOOTER),
        ("Link copied", bp.SITE_FOOTER),
        ("Request Reprint & Licensing", bp.SITE_FOOTER),
        ("Submit Correction", bp.SITE_FOOTER),
        ("View Editorial Guidelines", bp.SITE_FOOTER),
        ("Share on Facebook | Share on X | Share by email", bp.SHARE),
        ("Share via WhatsApp · Share on LinkedIn", bp.SHARE),
        ("dpa abc/de xx a3 ger", bp.CREDIT),
        ("==Kyodo", bp.CREDIT),
        (
            "Follow Example Eye's live coverage for the latest on the war",
            bp.SITE_FOOTER,
        ),
        ("Live updates: follow the latest on the ceasefire", bp.SITE_FOOTER),
        ("Stay updated with the latest news!", bp.SITE_FOOTER),
        ("For more news and updates, follow us on Facebook and X.", bp.SITE_FOOTER),
        ("Get the latest news on The Example WhatsApp channel", bp.SITE_FOOTER),
        ("Keep up to date with what's happening in the region.", bp.SITE_FOOTER),
        (
            "IE 11 is not supported. For an optimal experience visit our site on "
            "another browser.",
            bp.SITE_FOOTER,
        ),
        (
            "You can unsubscribe at any time. By signing up you are agreeing to "
            "our Terms of Use and Privacy Policy.",
            bp.SITE_FOOTER,
        ),
        ("Example Standard is a leading business news website.", bp.SITE_FOOTER),
        (
            "Example Eye delivers coverage of the region. To learn more about "
            "republishing this content, please fill out this form.",
            bp.SITE_FOOTER,
        ),
        (
            'The Example Times has been designated a "foreign agent". Please '
            "support our independent journalism.",
            bp.SITE_FOOTER,
        ),
        ("Example News is broadcast at 7pm on Example 4.", bp.SITE_FOOTER),
        ("Follow @examplenews", bp.SITE_FOOTER),
        ("Follow the Example Daily on Apple Podcasts, Spotify", bp.SITE_FOOTER),
        ("Add Example News on Google", bp.SITE_FOOTER),
        ("Connect With Us : 0300 000 101", bp.SITE_FOOTER),
        ("Catch all the Latest News and Top Headlines from the world.", bp.SITE_FOOTER),
        ("Get our free Example Politics email for the latest news", bp.SITE_FOOTER),
        ("I would like to be emailed about offers from Example News.", bp.SITE_FOOTER),
        ("Comments are only available to subscribers.", bp.SITE_FOOTER),
        ("Comments will be moderated. Keep comments relevant.", bp.SITE_FOOTER),
        ("Show comments 214", bp.SITE_FOOTER),
        ("This story has been viewed 12,487 times.", bp.SITE_FOOTER),
        ("TEXT AD: Call Example - +000 000 000", bp.SITE_FOOTER),
        ("Contributing: Jane Roe", bp.CREDIT),
        ("Main image credit: Jane Roe/Example News", bp.CREDIT),
        ("Related posts:", bp.LINK_BLOCK),
        ("More about", bp.LINK_BLOCK),
        ("Search Keywords:", bp.LINK_BLOCK),
        ("Comments", bp.SITE_FOOTER),
        ("Political correspondent @JaneRoeNews", bp.CREDIT),
        ("Gift this article free", bp.SITE_FOOTER),
        ("External Content", bp.SITE_FOOTER),
        ("Read this news in brief form", bp.SITE_FOOTER),
    ],
)
def test_leftover_lines(line: str, kind: str) -> None:
    assert leftovers.leftover_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell on Monday | Markets closed",
        "The ministry said it would share more information by email.",
        "Follow-up talks are expected next week.",
        'He said: "Stay updated with the latest news!"',
        "The browser is not supported by the ministry's old systems, he said.",
        "Reporters were asked to follow the latest guidance on the ceasefire.",
        "The Example Standard is a leading critic of the government's plans.",
        "Link the two pipelines, the minister urged.",
        "the talks in rome ended",
        "Contributing to the rise were higher food prices.",
        "Comments were made on Tuesday.",
        "External content providers were blamed.",
        "Gift this article to a friend, he urged.",
        "Political correspondents met the editor.",
        "Add the two figures on Google's estimate, he said.",
    ],
)
def test_body_lines_stay(line: str) -> None:
    assert leftovers.leftover_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe   April 11, 2024 | 05:37 pm GMT+7",
        "Example Online , Wednesday 6 Mar 2024",
    ],
)
def test_a_credit_and_its_stamp_on_one_line(line: str) -> None:
    assert leftovers.is_dated_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe said on Wednesday 6 Mar 2024 that talks would go on.",
        "Talks resumed, Wednesday 6 Mar 2024",
        "Example Online",
    ],
)
def test_lines_that_are_no_dated_byline(line: str) -> None:
    assert not leftovers.is_dated_byline(line)


def test_an_outlet_staff_line_is_a_credit() -> None:
    assert leftovers.is_staff_credit("MEE staff")
    assert leftovers.is_staff_credit("Tribune Desk")
    assert not leftovers.is_staff_credit("The staff walked out.")


def test_a_byline_and_stamp_under_a_standfirst_are_leftovers() -> None:
    # A standfirst ends the header; the local stamp ("Uhr") and the byline
    # next to it are still leftovers, and so are share buttons and desk codes.
    text = (
        "Parliament passes debt reform\n\n"
        "Outgoing parliament passes constitutional change with two-thirds majority\n\n"
        "18.03.2025, 16:42 Uhr\n"
        "By Jane Roe and John Doe, dpa\n\n"
        "Share on Facebook | Share on X | Share by email\n\n"
        "Berlin (dpa) - The outgoing parliament on Tuesday passed the reform, "
        "which needed a two-thirds majority.\n\n"
        "dpa abc/de xx a3 ger\n"
    )
    layout = analyze_layout(text)
    body = " ".join(text[s.start : s.end] for s in layout.body)
    assert "Uhr" not in body
    assert "Jane Roe" not in body
    assert "Share on" not in body
    assert "a3 ger" not in body
    assert "passed the reform" in body


def test_a_stamp_with_a_labelled_date() -> None:
    assert bylines.is_stamp_line(
        "Published date: 24 June 2025 09:12 BST | Last update: 8 hours 14 mins ago"
    )
    assert timestamps.is_timestamp("Publish : 05 Aug 2024, 04:32 PM")


@pytest.mark.parametrize(
    "line",
    [
        "The governor speaks in Nairobi. Allies said he was unwell. Jane Roe / for "
        "Example News",
        "The president speaks in Zurich. Critics said the vote was a formality. "
        "Jane Roe/Example via Getty Images",
        "The deputy during a past function. Allies said he was unwell. [File, "
        "Example Standard]",
        "The president during his broadcast on Sunday. [PHOTO CREDIT: @example]",
        "The minister speaks to journalists on Tuesday. Officials said he would "
        "attend. EXAMPLE PHOTO/Jane Roe/abc.",
        "A fallen pole blocks a road on Wednesday. Residents said they had no "
        "power. - Jane Roe/Photographer",
        "The minister addresses journalists on Monday. She said contacts were "
        "traced. PHOTO/JANE ROE",
        "Supporters celebrate in the capital on Sunday. Campaigners said it was "
        "a signal. Example / Jane Roe",
        "Diplomats said the summit was kept short. Image: Jane Roe/Example/picture "
        "alliance",
        "The premier received his seal of office this afternoon (Pic: Example.ie)",
        "The governor speaks at a news conference on Wednesday. Analysts said the "
        "timing surprised markets. (EXN)",
        "Protesters fill the square on Friday. Organizers said 200,000 joined. "
        "[Example News]",
        "Police stand guard outside the city hall on March 19. AA photo",
        "The historic center under water after the river overflowed (Pic Example "
        "Estado)",
        "SENT TO SENATE The House plenary session on Wednesday. —JANE M. ROE",
    ],
)
def test_a_caption_closed_by_its_credit_even_with_speech(line: str) -> None:
    assert leftovers.is_credited_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said the talks would go on. The ministry said so on Tuesday.",
        "Inflation rose 3% in April, the data showed.",
        "The vote was 52/48, officials said.",
        "Talks resumed on Monday. The EU/US deal was signed.",
        "The talks went on for a week. He said the deal would hold. (Reuters)",
        "The deal was signed in the capital on Monday. EU officials said so.",
        "The bank holds its rate steady, the governor said (Reuters)",
        "Talks resumed on Monday — JOHN DOE said so",
        "The party opened an office in the city (pictured below)",
    ],
)
def test_paragraphs_are_no_credited_captions(line: str) -> None:
    assert not leftovers.is_credited_caption(line)


def test_the_outlet_and_its_wires_are_a_credit() -> None:
    assert leftovers.is_wire_credit("Example Times with EFE and AFP")
    assert leftovers.is_wire_credit("Example Post with Reuters")
    assert not leftovers.is_wire_credit("Talks with the union resumed.")


def test_the_wire_credit_under_the_story_is_a_leftover() -> None:
    text = (
        "Talks resume in Geneva\n\n"
        "Negotiators met again on Monday after a week of delays.\n\n"
        "Example Times with EFE and AFP\n\n"
        "Subscribe to Example Times\n"
    )
    layout = analyze_layout(text)
    body = " ".join(text[s.start : s.end] for s in layout.body)
    assert "with EFE" not in body
    assert "Negotiators met" in body


@pytest.mark.parametrize(
    "line",
    [
        "EXA jgh/mcd/ar",
        "EXA ABC DEF GHI",
        "Example-SDA/example.ch/ds",
        "-- EXAMPLE",
    ],
)
def test_wire_desk_codes_and_sign_offs(line: str) -> None:
    assert leftovers.is_desk_code(line)
    assert leftovers.leftover_kind(line) == bp.CREDIT


def test_a_talk_or_a_fraction_is_no_desk_code() -> None:
    assert not leftovers.is_desk_code("WHAT WE KNOW")
    assert not leftovers.is_desk_code("The vote was 52/48/0.")
    assert not leftovers.is_desk_code("-- and then he left")


@pytest.mark.parametrize(
    "line",
    [
        "Example's Jane Roe contributed from The Hague. Edited by: John Doe",
        "Jane Roe contributed to this report.",
        "By: EXAMPLE 24 with AFP, Reuters",
        "Example.ca Ottawa News Bureau Online Producer",
        "Senior Political Correspondent",
        "Example Images",
    ],
)
def test_contributors_and_wire_bylines_are_credits(line: str) -> None:
    assert leftovers.is_labelled_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Only the headline of this report may have been reworked by the editorial "
        "staff; the rest of the content is auto-generated from a syndicated feed.)",
        "EXAMPLE provides up-to-date authentic and comprehensive news and information.",
        "This content was published on March 3, 2024 - 17:45",
        "When citing and using any materials on the Internet, open hyperlinks to "
        "example.net not lower than the first paragraph are required.",
    ],
)
def test_more_site_notices(line: str) -> None:
    assert leftovers.is_site_notice(line)


def test_a_bulleted_link_and_explore_more() -> None:
    assert leftovers.leftover_kind("+ Read more: Who is Jane Roe?") == bp.LINK_BLOCK
    assert leftovers.leftover_kind("Explore more") == bp.LINK_BLOCK
    assert leftovers.leftover_kind("+ The minister said the talks went on.") is None


def test_a_sentence_about_an_editor_is_no_credit() -> None:
    assert not leftovers.is_labelled_credit("The paper fired its editor")
    assert not leftovers.is_labelled_credit("He was a reporter.")
    assert not leftovers.is_labelled_credit("Satellite images")


def test_names_between_the_headline_and_the_story_are_a_byline() -> None:
    # No timestamp next to them: still the writers, above the first sentence.
    text = (
        "Example News\n"
        "Leader to resign as party chief, parliament suspended\n"
        "Jane Roe\n"
        "Share\n"
        "Comments\n"
        "The leader says he will step down once the party chooses a successor.\n"
        "Jane Roe told reporters the decision was final.\n"
    )
    layout = analyze_layout(text)
    body = [text[s.start : s.end] for s in layout.body]
    assert body[0].startswith("The leader says")
    assert "Jane Roe told reporters the decision was final." in body
    assert all(line != "Comments" for line in body)


def test_a_name_line_below_the_first_paragraph_stays() -> None:
    text = (
        "Leader to resign as party chief\n\n"
        "The leader says he will step down once the party chooses a successor.\n\n"
        "John Doe\n\n"
        "Doe said the decision was final.\n"
    )
    layout = analyze_layout(text)
    assert "John Doe" in [text[s.start : s.end] for s in layout.body]


def test_the_pitch_of_a_sign_up_box_is_a_leftover() -> None:
    text = (
        "Talks resume in the capital\n\n"
        "Negotiators met again on Monday, officials said.\n\n"
        "Sign up for our Example newsletter\n"
        "Get the latest news and analysis from the region\n"
        "Most Popular\n"
    )
    layout = analyze_layout(text)
    body = " ".join(text[s.start : s.end] for s in layout.body)
    assert "latest news and analysis" not in body
    assert "Negotiators met again" in body


def test_a_sentence_after_a_subscription_line_stays() -> None:
    text = (
        "Talks resume in the capital\n\n"
        "Negotiators met again on Monday, officials said.\n"
        "Subscribers to the agency's newsletter were told first.\n"
        "The talks will go on next week, the ministry said.\n"
    )
    layout = analyze_layout(text)
    body = " ".join(text[s.start : s.end] for s in layout.body)
    assert "The talks will go on next week" in body


def test_a_name_over_the_writers_title_is_a_byline() -> None:
    text = (
        "Leader strikes new deal with partners\n\n"
        "The leader says the agreement is one the whole country can back.\n\n"
        "Jane Roe\n"
        "Political correspondent @JaneRoeNews\n"
        "Thursday 17 October 2019 16:05, UK\n\n"
        "The leader struck a new deal on Thursday, officials said.\n"
    )
    layout = analyze_layout(text)
    body = " ".join(text[s.start : s.end] for s in layout.body)
    assert "Jane Roe" not in body
    assert "16:05" not in body
    assert "struck a new deal" in body
