"""Tests for whosaid.clean.boilerplate: the kind of a line wherever it stands."""

from __future__ import annotations

import pytest

from whosaid.clean import boilerplate as bp
from whosaid.clean import bylines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("SHARE THIS ARTICLE", bp.SHARE),
        ("Share this article", bp.SHARE),
        ("Facebook Twitter WhatsApp Email", bp.SHARE),
        ("Share on Facebook | Tweet | Print", bp.SHARE),
        ("12 Comments", None),
        ("Advertisement", bp.ADVERTISEMENT),
        ("Story continues below advertisement", bp.ADVERTISEMENT),
        ("Read More:", bp.LINK_BLOCK),
        ("Read more: Iran tests new missile", bp.LINK_BLOCK),
        ("RELATED: Five things to know about the sanctions", bp.LINK_BLOCK),
        ("Related Coverage", bp.LINK_BLOCK),
        ("See also", bp.LINK_BLOCK),
        ("Also read: Why the talks failed", bp.LINK_BLOCK),
        ("Click here to watch the full interview", bp.LINK_BLOCK),
        ("(Reporting by Robin Emmott; Editing by Alison Williams)", bp.CREDIT),
        ("AP writer Stephen Ohlemacher contributed to this report.", bp.CREDIT),
        ("Copyright 2017 The Associated Press. All rights reserved.", bp.SITE_FOOTER),
        ("© 2017 Reuters", bp.SITE_FOOTER),
        ("Press TV’s website can also be accessed at the following alternate "
         "addresses:", bp.SITE_FOOTER),
        ("www.presstv.co.uk", bp.SITE_FOOTER),
        ("https://www.example.com/news/123", bp.SITE_FOOTER),
        ("Follow us on Twitter @AFP", bp.SITE_FOOTER),
        ("Follow Pam Key on Twitter @pamkeyNEN.", bp.SITE_FOOTER),
        ("Subscribe to our newsletter", bp.SITE_FOOTER),
        ("Sign up for our daily briefing", bp.SITE_FOOTER),
        ("Our Standards: The Thomson Reuters Trust Principles.", bp.SITE_FOOTER),
        ("Tags: Iran, sanctions, United States", bp.SITE_FOOTER),
    ],
)  # fmt: skip
def test_boilerplate_kind_recognises_leftovers(line: str, kind: str | None) -> None:
    assert bp.boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The company's share price fell 3 percent on Tuesday.",
        "Shares in the firm, which owns the copyright to the film, rose 2 percent.",
        "More than 200 people were killed, officials said.",
        "Related developments were reported in Syria on Sunday.",
        "Subscribers to the service complained about the outage.",
        "Follow-up talks are scheduled for next week, the ministry said.",
        "He urged voters to follow the debate on television.",
        "Twitter suspended the account on Monday, a spokesman said.",
        "She said the app had been downloaded by millions of users.",
        "The U.S. embassy in Moscow said it had received the note.",
        '"Read more books," the president told students.',
        "Watch the markets this week, analysts said.",
    ],
)
def test_boilerplate_kind_keeps_body_sentences(line: str) -> None:
    assert bp.boilerplate_kind(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Source: Al Jazeera", bp.CREDIT),
        ("Source: News agencies", bp.CREDIT),
        ("SOURCE: Al Jazeera and news agencies", bp.CREDIT),
        ("Sources: Reuters, AFP", bp.CREDIT),
        ("Source: NATO.", bp.CREDIT),
        ("Editor: Liu Jing", bp.CREDIT),
        ("Editor: huaxia", bp.CREDIT),
        ("Chief editor: Wang Min", bp.CREDIT),
        ("Translated by: Ana Ruiz", bp.CREDIT),
        ("Reporter: Omar Haddad; Editor: Ines Bauer", bp.CREDIT),
        ("Follow AP's climate coverage at https://apnews.com/hub", bp.SITE_FOOTER),
        ("For more news, visit www.example.org", bp.SITE_FOOTER),
        ("Read the full report at https://example.org/report.pdf", bp.SITE_FOOTER),
        ("See our election coverage here: https://example.com/vote", bp.SITE_FOOTER),
        ("Recommended Stories", bp.LINK_BLOCK),
        ("list of 4 items", bp.LINK_BLOCK),
        ("list 2 of 4", bp.LINK_BLOCK),
        ("end of list", bp.LINK_BLOCK),
    ],
)  # fmt: skip
def test_boilerplate_kind_recognises_labels_and_pointers(line: str, kind: str) -> None:
    assert bp.boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Source: the ministry said the talks had failed.",
        "Sources said the talks would resume on Monday.",
        "The source of the leak has not been identified.",
        "Editors at the newspaper defended the decision.",
        "Editor: We stand by every word we published in that story.",
        'Reporter: "Will you resign?"',
        "Follow the money, the prosecutor told the jury.",
        "Follow-up talks will be held at www.example.org offices, he said.",
        "He posted the video at https://example.com/v and it went viral.",
        "Visitors flocked to the site after the report was published.",
        "The list of 40 items was seized by police, officials said.",
        "Recommended dosage was halved, the agency said.",
    ],
)
def test_boilerplate_kind_keeps_body_with_label_words(line: str) -> None:
    assert bp.boilerplate_kind(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Like this story? Share it with a friend!", bp.SHARE),
        ("Enjoyed this article? Share it on social media.", bp.SHARE),
        (
            "SEE MORE: Farmers block roads in eastern Poland for third day",
            bp.LINK_BLOCK,
        ),
        ("See more: The week in pictures", bp.LINK_BLOCK),
        ("Go deeper: What the new trade rules mean for farmers", bp.LINK_BLOCK),
        ("Dig deeper: Five charts on the housing slump", bp.LINK_BLOCK),
        ("[VIDEO] Watch the full hearing here", bp.LINK_BLOCK),
        ("[WATCH] The moment the bridge collapsed", bp.LINK_BLOCK),
        ("(PHOTOS) Inside the new stadium", bp.LINK_BLOCK),
        ("Listen to Radio North live at radionorth.example/live", bp.SITE_FOOTER),
        ("Listen live on 94.1 FM and online", bp.SITE_FOOTER),
        (
            "Reach the reporters on Twitter at @janekreports and @annawrites.",
            bp.SITE_FOOTER,
        ),
        ("Contact Jane Doe at jane@example.com or on X at @janedoe.", bp.SITE_FOOTER),
        # body lines that only look like those
        ("Like this year, the deficit will grow, the minister said.", None),
        ("See more of the world while you can, the advert urged.", None),
        ("Go deeper into the archive, the curator said.", None),
        ("Listen to the people, she told the crowd in the square.", None),
        ("Reach out to voters in the suburbs, the memo said.", None),
        ("Contact with the rebels was lost on Tuesday, the army said.", None),
        ("Follow the money, said Senator Ann Lee.", None),
        ("[The minister] will not resign, his spokesman said.", None),
    ],
)
def test_page_leftovers_in_bodies(line: str, kind: str | None) -> None:
    assert bp.boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Skip to content", bp.SITE_FOOTER),
        ("Skip to main content", bp.SITE_FOOTER),
        ("Jump to navigation", bp.SITE_FOOTER),
        ("Skip next section Navigation", bp.SITE_FOOTER),
        ("Sponsor Message", bp.ADVERTISEMENT),
        ("Accessibility links", bp.SITE_FOOTER),
        ("(END)", bp.SITE_FOOTER),
        ("-- END --", bp.SITE_FOOTER),
        ("ENDS", bp.SITE_FOOTER),
        ("###", bp.SITE_FOOTER),
        ("kd-jr/mw", bp.SITE_FOOTER),
        ("ph/tc", bp.SITE_FOOTER),
        ("burs-lm/xy/ab", bp.SITE_FOOTER),
        ("#Ports #Strikes #Rotterdam", bp.SITE_FOOTER),
        ("#Middle East #Oil prices", bp.SITE_FOOTER),
        ("#Elections", bp.SITE_FOOTER),
        ("Keywords", bp.LINK_BLOCK),
        ("Topics", bp.LINK_BLOCK),
        ("Tags", bp.LINK_BLOCK),
        ("Explore more on these topics", bp.LINK_BLOCK),
        ("More on this topic", bp.LINK_BLOCK),
        ("Topics: Ports, Strikes", bp.SITE_FOOTER),
        # body lines that only look like those
        ("Skip to the end of the story, the editor said.", None),
        ("Skip the main course and order two starters", None),
        ("The strike will end on Friday, the union said.", None),
        ("Ends justify the means, he argued.", None),
        ("#MeToo campaigners marched in the capital.", None),
        ("#1 seed", None),
        ("Keywords matter for search engines, the consultant said.", None),
        ("Topics of the talks included trade and migration.", None),
        ("KD-JR/MW", None),
        ("Ports/Strikes", None),
    ],
)
def test_boilerplate_kind_recognises_page_marks(line: str, kind: str | None) -> None:
    assert bp.boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Text by: Example TV", "credit"),
        ("Video by: Jane Doe", "credit"),
        ("(Example TV with AFP)", "credit"),
        ("(With inputs from agencies)", "credit"),
        ("Jane Doe is a politics reporter for Example News Digital.", "credit"),
        ("Topic:Elections", "site_footer"),
        ("Tag: Budget", "site_footer"),
        ("Example News Homepage", "site_footer"),
        ("Loading...", "site_footer"),
        ("Key points:", "site_footer"),
        ("Get our afternoon news briefing", "site_footer"),
        (
            "By entering your email and clicking Subscribe, you agree to the "
            "Example Privacy Policy.",
            "site_footer",
        ),
        ("Support independent journalism. Become a member today.", "site_footer"),
        ("Skip next section Related topics", "site_footer"),
        ("Text by Jane Doe and her colleagues is on page two.", None),
        ("Topics discussed included the budget.", None),
    ],
)
def test_boilerplate_kind_site_chrome(line: str, kind: str | None) -> None:
    assert bp.boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("With files from The Example Press", bp.CREDIT),
        ("— With assistance from Jane Doe", bp.CREDIT),
        ("(With reporting by John Roe)", bp.CREDIT),
        ("Follow The Daily Example on WhatsApp", bp.SITE_FOOTER),
        ("Tags Jane Doe John Roe Senate Budget", bp.SITE_FOOTER),
        ("Listen to Example Daily: Why the vote failed", bp.LINK_BLOCK),
        ("Watch The Briefing: Ministers meet on budget", bp.LINK_BLOCK),
        ("Gift this article", bp.SHARE),
        ("Gift Article", bp.SHARE),
        ("Social Sharing", bp.SHARE),
        ("Comments (42)", bp.SITE_FOOTER),
        ("Copy/paste the article video embed link below:", bp.SITE_FOOTER),
        ("Early news for members, on the Example Desk. LEARN MORE", bp.SITE_FOOTER),
        ("Translated by Jane Doe", bp.CREDIT),
        ("Open this photo in gallery:", bp.SITE_FOOTER),
        ("Leave your feedback", bp.SITE_FOOTER),
        ("- With inputs from agencies", bp.CREDIT),
        ("Read the article in the original language", bp.LINK_BLOCK),
        ("Get alerts on your phone: follow Example News on WhatsApp", bp.SITE_FOOTER),
    ],
)
def test_boilerplate_kind_second_round_leftovers(line: str, kind: str) -> None:
    assert bp.boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "With files from the archive, the team rebuilt the timeline of the attack.",
        "Tags on the crates showed they came from the port, police said.",
        "Tags were found on three of the birds.",
        "Listen to the tapes: he said it twice.",
        "Watch this space, the minister told reporters.",
        "The gift was declared to the ethics office.",
        "Sharing the data with social media companies is allowed, the court said.",
        "Comments by the minister angered the opposition.",
        "Follow the money, she said, on WhatsApp and elsewhere.",
        "Translated into six languages, the report reached millions.",
        "Read the statement again, the judge told the jury.",
        "With inputs from agencies like the IMF, the plan took shape.",
        "Leave your feedback at the door, the sign read.",
    ],
)
def test_boilerplate_kind_second_round_keeps_body(line: str) -> None:
    assert bp.boilerplate_kind(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("More in (www.example.com):", "link_block"),
        ("More information", "link_block"),
        (
            "Some information for this report came from Example Press and AFP.",
            "credit",
        ),
        (
            "Only part of our wire service appears on this site. Contact us for "
            "subscription options.",
            "site_footer",
        ),
    ],
)
def test_boilerplate_kind_third_round_leftovers(line: str, kind: str) -> None:
    assert bp.boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "More information is expected on Monday, officials said.",
        "The ministry urged calm. Contact us, it added, if the water rises.",
        "The agency said some information came from its own sources.",
    ],
)
def test_boilerplate_kind_third_round_keeps_body(line: str) -> None:
    assert bp.boilerplate_kind(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("This article was originally published in Example Daily.", "credit"),
        ("This story first appeared on the Example Post website.", "credit"),
        ("This article was first published in 1998 and caused outrage.", None),
    ],
)
def test_boilerplate_kind_origin_note(line: str, expected: str | None) -> None:
    assert bp.boilerplate_kind(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Keep reading", "link_block"), ("Keep reading:", "link_block")],
)
def test_boilerplate_keep_reading_marker(line: str, expected: str) -> None:
    assert bp.boilerplate_kind(line) == expected
    assert bp.boilerplate_kind("Keep reading the small print, he said.") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Click to share on Example (Opens in new window)", "share"),
        ("Click to email a link to a friend (Opens in new window)", "share"),
        ("Click to print", "share"),
        ("Click to share your story, the site said.", None),
    ],
)
def test_boilerplate_share_button_labels(line: str, expected: str | None) -> None:
    assert bp.boilerplate_kind(line) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Example News' Jane Doe contributed reporting.", "credit"),
        ("With reports from El Diario, Example Radio and Reuters", "credit"),
        ("(Japanese original by Jane Doe, Political News Department)", "credit"),
        (
            "Please note you must be an Example Insider to comment. Sign up here.",
            "site_footer",
        ),
        ("Example Premium: Register for a free account to read more", "site_footer"),
        ("The party contributed reporting staff to the inquiry.", None),
        ("With reports from the capital, the minister said the talks failed.", None),
        ("You must be joking, he said to comment on the plan.", None),
        ("The original by Vik was lost in the fire.", None),
    ],
)
def test_boilerplate_contributors_and_member_prompts(
    line: str, kind: str | None
) -> None:
    assert bp.boilerplate_kind(line) == kind


def test_section_and_colon_bylines_and_writer_footers() -> None:
    assert bylines.is_header_line("Politics | Jane Doe-Roe")
    assert bylines.is_header_line("By: Ana Holm, Bo Lind - Reporters / @ExampleNews")
    assert not bylines.is_header_line("Politics | Tuesday")
    assert bp.boilerplate_kind("Writer's email: jane.doe@example.com") == (
        bp.SITE_FOOTER
    )
    assert bp.boilerplate_kind(
        "For feedback, complaints, or inquiries, contact us."
    ) == (bp.SITE_FOOTER)
    assert bp.boilerplate_kind("For now, the writer said, we wait.") is None
