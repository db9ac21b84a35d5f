"""Tests for whosaid.clean.chrome: site chrome line recognisers."""

from __future__ import annotations

import pytest

from whosaid.clean import chrome


@pytest.mark.parametrize(
    "line",
    [
        "Example News Homepage",
        "Home page",
        "Keyboard shortcuts for audio player",
        "Open the audio player",
        "Text Size",
        "font size",
        "AA",
        "Enlarge this image",
        "View photo",
        "Toggle caption",
        "Loading...",
        "Loading…",
        "Email address",
        "Enter your email address:",
        "Follow us",
        "Start a Conversation",
        "close",
        "Video",
        "Listen to this article",
        "Listen to this article 5 min",
        "Listen · 4:41",
        "Download",
        "Embed",
        "Transcript",
        "Press play to listen to this article",
        "Voiced by artificial intelligence.",
        "Follow",
        "Normal text size",
        "Very large text size",
        "Add a comment",
        "License this article",
        "For Subscribers",
        "Japanese version",
        "Lire la version française",
        "How does this make you feel?",
        "Do you like the content of this article?",
        "Happy Sad Angry Inspired Anxious",
        "Short Url",
        "Get email alerts on: Judicial Coup",
        "Click the alert icon to follow topics:",
        "Heard on All Things Considered",
        "(SOUNDBITE OF ARCHIVED RECORDING)",
        "(CROSSTALK)",
    ],
)
def test_chrome_page_control_true(line: str) -> None:
    assert chrome.is_page_control(line)


@pytest.mark.parametrize(
    "line",
    [
        "Homes were destroyed by the storm.",
        "The home page of the ministry was hacked on Monday, officials said.",
        "Follow us to the river, the protesters shouted.",
        "Video footage showed the crash.",
        "Closing arguments begin on Monday",
        "Loading of the ships resumed on Friday.",
        "Download speeds doubled.",
        "Follow the money.",
        "The new version of the bill was tabled.",
        "Happy days are here, the crowd sang.",
        "Sad and angry, the families left the court.",
        "(The soundbite was cut from the broadcast.)",
        "We heard on the radio that the vote was lost.",
    ],
)
def test_chrome_page_control_false(line: str) -> None:
    assert not chrome.is_page_control(line)


def test_chrome_media_widget() -> None:
    assert chrome.is_media_widget("Enlarge this image")
    assert chrome.is_media_widget("video")
    assert chrome.is_media_widget("Play video")
    assert not chrome.is_media_widget("Video shows the crash")
    assert not chrome.is_media_widget("close")


@pytest.mark.parametrize("line", ["3 min read", "12 minutes", "5 min", "4 min. read"])
def test_chrome_reading_time_true(line: str) -> None:
    assert chrome.is_reading_time(line)


@pytest.mark.parametrize("line", ["3 minutes later", "5 min read on Monday", "2024"])
def test_chrome_reading_time_false(line: str) -> None:
    assert not chrome.is_reading_time(line)


@pytest.mark.parametrize(
    "line", ["Key points:", "Key takeaways", "At a glance:", "Note from the author:"]
)
def test_chrome_box_label_true(line: str) -> None:
    assert chrome.is_box_label(line)


@pytest.mark.parametrize(
    "line", ["Key points of the deal were agreed.", "A note from the minister said"]
)
def test_chrome_box_label_false(line: str) -> None:
    assert not chrome.is_box_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "By entering your email and clicking Sign up, you agree to our Terms.",
        "By signing up, you acknowledge our Privacy Policy.",
        "By subscribing you consent to receive emails from Example Media.",
        "Your information is handled in line with the Example Privacy Statement.",
        "Your email address will be used under our privacy policy.",
        "Get our morning news briefing",
        "Keep up to date with world news by downloading the Example app",
        "Download the Example News app",
        "Join our WhatsApp channel for the latest updates.",
        "Join Example's Telegram channel here and get breaking news.",
        "FOLLOW US ON SOCIAL MEDIA",
        "Daily newsletter",
        "The Morning Brief newsletter",
    ],
)
def test_chrome_signup_true(line: str) -> None:
    assert chrome.is_signup(line)


@pytest.mark.parametrize(
    "line",
    [
        "By entering the building, the guards broke the law, the judge said.",
        "Get the facts before the vote, the minister said.",
        "Users were told to download the app, officials said.",
        "The regulator said the app breached privacy rules.",
        "Your information is wrong, the minister told the reporter.",
        "Join the army, the recruiters urged.",
        "He launched a newsletter",
        "Critics said the company's monthly newsletter misled investors",
    ],
)
def test_chrome_signup_false(line: str) -> None:
    assert not chrome.is_signup(line)


@pytest.mark.parametrize(
    "line",
    [
        "Support independent journalism. Become a member today.",
        "Hi, this is Jane. Thank you for reading.",
        "Become a supporter of Example Radio",
        "Donate now",
    ],
)
def test_chrome_appeal_true(line: str) -> None:
    assert chrome.is_appeal(line)


@pytest.mark.parametrize(
    "line",
    [
        "She hopes to become a member of parliament next year.",
        '"Support independent journalism," the union said.',
        "Members of the club said they would support the new coach.",
    ],
)
def test_chrome_appeal_false(line: str) -> None:
    assert not chrome.is_appeal(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Example TV with AFP)",
        "(With inputs from agencies)",
        "(with Reuters)",
        "(With additional reporting from Jane Doe)",
    ],
)
def test_chrome_bracketed_wire_credit_true(line: str) -> None:
    assert chrome.is_bracketed_wire_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "The deal (agreed with France) collapsed.",
        "(The minister met with the envoy on Monday and Tuesday in the capital)",
    ],
)
def test_chrome_bracketed_wire_credit_false(line: str) -> None:
    assert not chrome.is_bracketed_wire_credit(line)


def test_chrome_author_note() -> None:
    assert chrome.is_author_note("Jane Doe is a politics reporter for Example News.")
    assert chrome.is_author_note("John Roe is a correspondent at the Example Post.")
    assert not chrome.is_author_note(
        "Jane Doe is a politics reporter for Example News who was detained on Monday."
    )
    assert not chrome.is_author_note("Jane Doe is a lawyer for the family.")


def test_chrome_skip_section() -> None:
    assert chrome.is_skip_section("Skip next section Related topics")
    assert chrome.is_skip_section("Skip to next section")
    assert not chrome.is_skip_section(
        "Skip next section of the road, drivers were told"
    )


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("The talks will go on, he told reporters. Enditem", "Enditem"),
        ('"We will stay," she said. (END)', "(END)"),
        ("The vote is on Monday. ENDS", "ENDS"),
    ],
)
def test_chrome_trailing_end_mark(line: str, mark: str) -> None:
    at = chrome.trailing_end_mark(line)
    assert at is not None
    assert line[at:] == mark


@pytest.mark.parametrize(
    "line", ["The war never ends", "He said the strike ends.", "Enditem"]
)
def test_chrome_trailing_end_mark_none(line: str) -> None:
    assert chrome.trailing_end_mark(line) is None


def test_chrome_capitals_headline() -> None:
    assert chrome.is_capitals_headline("LEADER SAYS TALKS WILL GO ON 'FOR MONTHS'")
    assert not chrome.is_capitals_headline("WHAT HAPPENS NEXT")
    assert not chrome.is_capitals_headline("Leader says talks will go on")
    assert not chrome.is_capitals_headline("THE TALKS FAILED, OFFICIALS SAID.")


@pytest.mark.parametrize(
    "line",
    [
        "Comments (17)",
        "Comment 1,204",
        "comments 3",
        "Copy/paste the story video embed link below:",
        "Copy the embed code",
        "Copy link",
    ],
)
def test_chrome_page_control_counts_and_embed_boxes(line: str) -> None:
    assert chrome.is_page_control(line)


@pytest.mark.parametrize(
    "line",
    [
        "Comments from the minister drew 17 replies.",
        "Copy the link below into your browser, the notice told voters.",
        "Copy editors worked through the night on the code.",
    ],
)
def test_chrome_page_control_counts_keep_sentences(line: str) -> None:
    assert not chrome.is_page_control(line)


@pytest.mark.parametrize(
    "line",
    [
        "Know the markets before they open, on the Example Desk. LEARN MORE",
        "SUBSCRIBE NOW",
        "Quality reporting costs money. SUBSCRIBE TODAY",
        "The full archive is waiting — FIND OUT MORE",
    ],
)
def test_chrome_call_to_action_true(line: str) -> None:
    assert chrome.is_call_to_action(line)


@pytest.mark.parametrize(
    "line",
    [
        "Voters want to learn more about the plan, she said.",
        "The union urged members to JOIN the strike on Monday.",
        '"Read more, argue less," the teacher said. SUBSCRIBE NOW',
        "LEARN MORE ABOUT THE PLAN BEFORE THE VOTE",
    ],
)
def test_chrome_call_to_action_false(line: str) -> None:
    assert not chrome.is_call_to_action(line)


@pytest.mark.parametrize(
    "line",
    ["Read later", "READ LATER", "Why you can trust Example News", "Save for later"],
)
def test_chrome_page_control_third_round(line: str) -> None:
    assert chrome.is_page_control(line)


@pytest.mark.parametrize(
    "line",
    ["Why trust matters in politics", "Why you can trust the polls, explained"],
)
def test_chrome_page_control_third_round_keeps_text(line: str) -> None:
    assert not chrome.is_page_control(line)


@pytest.mark.parametrize("line", ["Reading Time: 4 minutes", "Reading time 3 min"])
def test_chrome_reading_time_with_label(line: str) -> None:
    assert chrome.is_reading_time(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Get the best stories in your inbox: sign up for our newsletters.", True),
        ("Join Example News on WhatsApp for breaking news", True),
        ("Follow us on Telegram for updates", True),
        ("Subscribe now", True),
        ("Subscribe", True),
        ("Join the protest on Telegram, the group said.", False),
        ("Subscribers pay more from May.", False),
    ],
)
def test_chrome_signup_third_round(line: str, expected: bool) -> None:
    assert chrome.is_signup(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Join the Example Times of Lisbon Community.", True),
        ("You read five articles this month. Join Our Community", True),
        ("Already a member? Sign in to read on", True),
        ("He urged them to join the community.", False),
        ("Are you already a member of the union?", False),
    ],
)
def test_chrome_appeal_third_round(line: str, expected: bool) -> None:
    assert chrome.is_appeal(line) is expected


def test_chrome_bookmark_control() -> None:
    assert chrome.is_page_control("Bookmark")
    assert not chrome.is_page_control("Bookmark the page, she said.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe is the political correspondent of the Example Gazette.", True),
        ("Jane Doe is a reporter for Example News.", True),
        ("Jane Doe is the mother of three children.", False),
    ],
)
def test_chrome_author_note_with_the_and_of(line: str, expected: bool) -> None:
    assert chrome.is_author_note(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "This is AI generated summarization, which may have errors. For context,"
        " always refer to the full article.",
        "NPR transcripts are created on a rush deadline by an NPR contractor. This"
        " text may not be in its final form.",
        "This transcript may not be in its final form.",
    ],
)
def test_chrome_disclaimer_true(line: str) -> None:
    assert chrome.is_disclaimer(line)


@pytest.mark.parametrize(
    "line",
    [
        "The transcripts are created by court reporters, the judge said.",
        "This is a summary of the ruling.",
    ],
)
def test_chrome_disclaimer_false(line: str) -> None:
    assert not chrome.is_disclaimer(line)


def test_chrome_reading_time_with_its_label_after() -> None:
    assert chrome.is_reading_time("3 min Reading time")
    assert not chrome.is_reading_time("3 min Reading time for the bill")


@pytest.mark.parametrize(
    "line",
    [
        "Want more stories like this? Sign up to our free Exampleton newsletter",
        "Get the latest news from the courts sent to your inbox. Sign up here",
        "For more news, click here to join our WhatsApp channel",
        "Contribute",
    ],
)
def test_chrome_sign_up_sentences(line: str) -> None:
    assert chrome.is_signup(line)


@pytest.mark.parametrize(
    "line",
    [
        '"Sign up here," the organiser told volunteers.',
        "About 400 people had signed up for the scheme by Friday.",
        "The union urged members to sign up for the ballot.",
        "Click here to see the full list of candidates",
    ],
)
def test_chrome_sign_up_sentences_not_in_prose(line: str) -> None:
    assert not chrome.is_signup(line)


def test_chrome_help_support_appeal() -> None:
    assert chrome.is_appeal("Help support our journalism")
    assert not chrome.is_appeal("Voters helped support the local candidate.")


@pytest.mark.parametrize("line", ["Enditem", "-30-", "(END)"])
def test_chrome_end_mark_lines(line: str) -> None:
    assert chrome.is_end_mark(line)


def test_chrome_end_mark_not_in_prose() -> None:
    assert not chrome.is_end_mark("The strike ends today.")


def test_chrome_reading_time_to_read_and_reprints() -> None:
    assert chrome.is_reading_time("3 mins to read")
    assert chrome.is_page_control("Reprints")
    assert not chrome.is_page_control("Reprints of the letter were sent to members.")


def test_chrome_support_the_press_line() -> None:
    assert chrome.is_appeal("Support Intelligent, Engaging, Free Press")
    assert not chrome.is_appeal("Support for the press law fell to 40 per cent.")
