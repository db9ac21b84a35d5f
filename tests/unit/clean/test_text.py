"""Tests for whosaid.clean on plain text: layout, offsets and own fixtures."""

from __future__ import annotations

import itertools

import pytest

from whosaid.clean import NO_BODY_WARNING, Layout, analyze_layout, clean_article
from whosaid.errors import InputError
from whosaid.records import Boilerplate, CleanArticle, RawArticle, Span

# Wire-style pages as a scraper leaves them; written for these tests.
REUTERS_PAGE = """\
World News | Tue Aug 1, 2017 | 6:12am EDT

EU warns of retaliation over new U.S. sanctions on Russia

European Commission President Jean-Claude Juncker speaks during a news \
conference in Brussels, Belgium, July 26, 2017. REUTERS/Francois Lenoir

By Robin Emmott | BRUSSELS

BRUSSELS (Reuters) - The European Union said on Wednesday it was ready to act \
"within days" if new U.S. sanctions on Russia hurt European energy companies.

"America first cannot mean that Europe's interests come last," Commission \
President Jean-Claude Juncker said in a statement.

The company's share price fell 2 percent on the news, traders said.

Related Coverage
Factbox: What the new U.S. sanctions mean for European firms

Diplomats said the bloc could also challenge the measures at the World Trade \
Organization.

(Reporting by Robin Emmott; Editing by Alison Williams)

Our Standards: The Thomson Reuters Trust Principles.
"""

AP_PAGE = """\
Senate rejects GOP health care bill in dramatic late-night vote

By ERICA WERNER and ALAN FRAM, Associated Press

Published 3:10 am, Friday, July 28, 2017

In this July 27, 2017, photo, Sen. John McCain, R-Ariz., walks to the Senate \
floor on Capitol Hill in Washington. (AP Photo/J. Scott Applewhite)

WASHINGTON (AP) — Senate Republicans early Friday failed to pass a scaled-back \
repeal of the Affordable Care Act.

"I thought it was the right vote," McCain told reporters.

Advertisement

Senate Majority Leader Mitch McConnell called it "a disappointing moment."

A photo posted on McCain's account showed him smiling, aides said.

Associated Press writer Stephen Ohlemacher contributed to this report.

Copyright 2017 The Associated Press. All rights reserved. This material may \
not be published, broadcast, rewritten or redistributed.
"""

AFP_PAGE = """\
Home » World » Middle East

Iran vows response to new US sanctions

Iranian President Hassan Rouhani speaks during a press conference in Tehran on \
June 14, 2017. (AFP Photo / Atta Kenare)

Tehran (AFP) - Iran will respond to new US sanctions, President Hassan Rouhani \
said on Sunday, warning that Washington "will pay the price".

A picture taken on July 1, 2017 shows the Iranian parliament in Tehran.

Rouhani told parliament that the country would "not sit idly by".

Subscribers to state television saw the speech live, officials said.

Photo by Atta Kenare/AFP/Getty Images

READ MORE: Iran tests new missile

Follow us on Twitter @AFP
Subscribe to our newsletter
Facebook Twitter WhatsApp Email
AFP World Service
"""


def _check_offsets(article: CleanArticle) -> None:
    spans: list[Span | Boilerplate] = [
        *([article.title] if article.title else []),
        *article.body,
        *article.captions,
        *article.boilerplate,
    ]
    for span in spans:
        assert article.text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
        assert span.text
    ordered = sorted((span.start, span.end) for span in spans)
    for (_, end), (start, _) in itertools.pairwise(ordered):
        assert end <= start, "spans overlap"


def _clean(text: str) -> CleanArticle:
    article = clean_article(RawArticle(id="t", path="t.txt", text=text))
    _check_offsets(article)
    return article


def _by_rules(text: str) -> Layout:
    """The layout the rules give, without the learned furniture screen
    (:mod:`whosaid.clean.line_model`, tested in ``test_line_model.py``)."""
    return analyze_layout(text, screen_lines=False)


def _kinds(article: CleanArticle | Layout) -> dict[str, str]:
    return {b.text: b.kind for b in article.boilerplate}


def _body(article: CleanArticle | Layout) -> list[str]:
    return [span.text for span in article.body]


@pytest.mark.parametrize("text", [REUTERS_PAGE, AP_PAGE, AFP_PAGE])
def test_text_keeps_input_unchanged(text: str) -> None:
    assert _clean(text).text == text


def test_text_reuters_page() -> None:
    article = _clean(REUTERS_PAGE)
    assert article.title is not None
    assert (
        article.title.text
        == "EU warns of retaliation over new U.S. sanctions on Russia"
    )
    assert len(article.captions) == 1
    assert article.captions[0].text.endswith("2017. REUTERS/Francois Lenoir")
    assert _kinds(article) == {
        "World News | Tue Aug 1, 2017 | 6:12am EDT": "byline",
        "By Robin Emmott | BRUSSELS": "byline",
        "Related Coverage": "link_block",
        "Factbox: What the new U.S. sanctions mean for European firms": "link_block",
        "(Reporting by Robin Emmott; Editing by Alison Williams)": "credit",
        "Our Standards: The Thomson Reuters Trust Principles.": "site_footer",
    }
    body = _body(article)
    assert len(body) == 4
    assert body[0].startswith("BRUSSELS (Reuters) - The European Union")
    assert "The company's share price fell 2 percent on the news, traders said." in body
    assert body[-1].startswith("Diplomats said")


def test_text_ap_page() -> None:
    article = _clean(AP_PAGE)
    assert article.title is not None
    assert article.title.text.startswith("Senate rejects GOP health care bill")
    assert len(article.captions) == 1
    assert article.captions[0].text.startswith("In this July 27, 2017, photo")
    kinds = _kinds(article)
    assert kinds["By ERICA WERNER and ALAN FRAM, Associated Press"] == "byline"
    assert kinds["Published 3:10 am, Friday, July 28, 2017"] == "byline"
    assert kinds["Advertisement"] == "advertisement"
    assert (
        kinds["Associated Press writer Stephen Ohlemacher contributed to this report."]
        == "credit"
    )
    assert sorted(kinds.values()).count("site_footer") == 1
    assert _body(article) == [
        "WASHINGTON (AP) — Senate Republicans early Friday failed to pass a "
        "scaled-back repeal of the Affordable Care Act.",
        '"I thought it was the right vote," McCain told reporters.',
        'Senate Majority Leader Mitch McConnell called it "a disappointing moment."',
        "A photo posted on McCain's account showed him smiling, aides said.",
    ]


def test_text_afp_page() -> None:
    article = _clean(AFP_PAGE)
    assert article.section == ("World", "Middle East")
    assert article.title is not None
    assert article.title.text == "Iran vows response to new US sanctions"
    assert [c.text[:30] for c in article.captions] == [
        "Iranian President Hassan Rouha",
        "A picture taken on July 1, 201",
        "Photo by Atta Kenare/AFP/Getty",
    ]
    assert _kinds(article) == {
        "Home » World » Middle East": "breadcrumb",
        "READ MORE: Iran tests new missile": "link_block",
        "Follow us on Twitter @AFP": "site_footer",
        "Subscribe to our newsletter": "site_footer",
        "Facebook Twitter WhatsApp Email": "share",
        # A short line below the footer, like "Press TV News Roku".
        "AFP World Service": "site_footer",
    }
    assert [span.text[:20] for span in article.body] == [
        "Tehran (AFP) - Iran ",
        "Rouhani told parliam",
        "Subscribers to state",
    ]


def test_text_short_last_line_without_footer_stays_body() -> None:
    article = _by_rules("Title of the story\n\nHe said it was over.\n\nThe End\n")
    assert _body(article) == ["He said it was over.", "The End"]


def test_text_subheading_stays_body() -> None:
    text = (
        "Main headline about the talks\n\n"
        "The talks collapsed on Monday, officials said.\n\n"
        "‘We will not give in’\n\n"
        '"We will not give in," the minister said.\n'
    )
    assert "‘We will not give in’" in _body(_clean(text))


def test_text_without_title_starts_with_body() -> None:
    text = (
        "The finance minister resigned on Monday after a row over the budget, "
        "officials said.\n\nShe denied any wrongdoing.\n"
    )
    article = _clean(text)
    assert article.title is None
    assert len(article.body) == 2


def test_text_headline_case_first_line_with_period_is_title() -> None:
    article = _clean(
        "Ben Carson Defends Himself Against Claims.\n\nHe spoke on Friday.\n"
    )
    assert article.title is not None
    assert article.title.text == "Ben Carson Defends Himself Against Claims."


def test_text_sentence_case_first_line_with_period_is_body() -> None:
    article = _clean("Secret Service stops protester at rally.\n\nHe was led away.\n")
    assert article.title is None
    assert _body(article)[0] == "Secret Service stops protester at rally."


def test_text_lone_headline_like_line_is_body() -> None:
    article = _clean("Trump says he will win the election")
    assert article.title is None
    assert _body(article) == ["Trump says he will win the election"]
    assert article.warnings == ()


def test_text_only_leftovers_warns_no_body() -> None:
    article = _clean("SHARE THIS ARTICLE\nAdvertisement\n")
    assert article.body == ()
    assert article.warnings == (NO_BODY_WARNING,)
    assert NO_BODY_WARNING.startswith("clean.no_body: ")


def test_text_joins_hard_wrapped_paragraphs() -> None:
    text = (
        "Budget row deepens\n\n"
        "The finance minister said on Monday that the government would not\n"
        "change its spending plans, despite pressure from coalition partners\n"
        "who want more money for schools.\n\n"
        "Opposition leaders called the plans reckless and said they would vote\n"
        "against the budget next week.\n"
    )
    article = _clean(text)
    assert len(article.body) == 2
    assert article.body[0].text.count("\n") == 2
    assert article.body[1].text.endswith("next week.")


def test_text_one_paragraph_per_line_without_blank_lines() -> None:
    text = (
        "Budget row deepens\n"
        "The minister said the plans would not change.\n"
        "Opposition leaders called them reckless.\n"
        '"This is a disgrace," one of them said.\n'
    )
    article = _clean(text)
    assert article.title is not None
    assert _body(article) == text.splitlines()[1:]


def test_text_crlf_and_indentation_offsets() -> None:
    text = (
        "  Budget row deepens  \r\n\r\n"
        "\tThe minister said no.\u00a0\r\n\r\nShe left.\r\n"
    )
    article = _clean(text)
    assert article.title is not None
    assert article.title.text == "Budget row deepens"
    assert _body(article) == ["The minister said no.", "She left."]


def test_text_link_list_after_marker() -> None:
    text = (
        "Markets tumble on trade fears\n\n"
        "Stocks fell sharply on Friday, traders said.\n\n"
        "Related:\n"
        "Why tariffs matter\n"
        "• Five charts on the trade war\n\n"
        "Analysts expect more volatility next week.\n"
    )
    article = _clean(text)
    assert [b.text for b in article.boilerplate] == [
        "Related:",
        "Why tariffs matter",
        "• Five charts on the trade war",
    ]
    assert {b.kind for b in article.boilerplate} == {"link_block"}
    assert _body(article)[-1] == "Analysts expect more volatility next week."


def test_text_passes_warnings_first() -> None:
    raw = RawArticle(id="t", text="SHARE THIS ARTICLE\n")
    article = clean_article(raw, warnings=["input.decoded_as_cp1252: x"])
    assert article.warnings == ("input.decoded_as_cp1252: x", NO_BODY_WARNING)


def test_text_copies_record_fields() -> None:
    raw = RawArticle(
        id="abc",
        path="p.txt",
        url="https://e.com/a",
        date="2017-01-02",
        text="Hi there.",
    )
    article = clean_article(raw)
    assert (article.id, article.path, article.url, article.date) == (
        "abc",
        "p.txt",
        "https://e.com/a",
        "2017-01-02",
    )


@pytest.mark.parametrize("raw", [RawArticle(id="e"), RawArticle(id="e", text=" \n ")])
def test_text_empty_article_raises(raw: RawArticle) -> None:
    with pytest.raises(InputError) as info:
        clean_article(raw)
    assert info.value.code == "input.empty"


@pytest.mark.parametrize("section", ["Middle East", "Asia Pacific", "Health", "Sport"])
def test_text_section_line_above_headline(section: str) -> None:
    text = (
        f"{section}\n\n"
        "Ministers agree on new border crossing rules\n\n"
        "Ministers agreed on Tuesday to reopen two crossings, officials said.\n"
    )
    article = _clean(text)
    assert article.title is not None
    assert article.title.text == "Ministers agree on new border crossing rules"
    assert article.section == (section,)
    assert _kinds(article) == {section: "section"}
    assert _body(article) == [
        "Ministers agreed on Tuesday to reopen two crossings, officials said."
    ]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("World | Africa", ("World", "Africa")),
        ("Middle East | Diplomacy", ("Middle East", "Diplomacy")),
        ("Business > Markets", ("Business", "Markets")),
        ("Home | Politics", ("Politics",)),
    ],
)
def test_text_two_section_names_above_headline(
    line: str, section: tuple[str, ...]
) -> None:
    text = (
        f"{line}\n"
        "Ministers agree on new border crossing rules\n\n"
        "Ministers agreed on Tuesday to reopen two crossings, officials said.\n"
    )
    article = _clean(text)
    assert article.title is not None
    assert article.title.text == "Ministers agree on new border crossing rules"
    assert article.section == section
    assert line not in "".join(_body(article))


def test_text_two_names_without_a_headline_below_stay_the_title() -> None:
    # "Trade War | Analysis" over body text is the page's only headline
    article = _clean(
        "Trade War | Analysis\n\nThe minister resigned on Monday, officials said.\n"
    )
    assert article.title is not None
    assert article.title.text == "Trade War | Analysis"


@pytest.mark.parametrize(
    "text",
    [
        # A short Title Case headline over body text is the title.
        "Budget Row\n\nThe minister resigned on Monday, officials said.\n",
        # A short line over a caption is not a section line.
        "Budget Row\n\nThe minister arrives in Rome [File: Reuters]\n\n"
        "The minister resigned on Monday, officials said.\n",
    ],
)
def test_text_short_title_without_headline_below_is_title(text: str) -> None:
    article = _clean(text)
    assert article.title is not None
    assert article.title.text == "Budget Row"
    assert article.section == ()


@pytest.mark.parametrize("marker", ["Read More:", "Related:", "RELATED STORIES"])
def test_text_link_marker_then_headline_in_next_block(marker: str) -> None:
    text = (
        "Port strike enters second week\n\n"
        "Dock workers stayed off the job on Monday, the union said.\n\n"
        f"{marker}\n\n"
        "Union and port operators fail to agree on pay deal\n\n"
        "Talks are due to resume on Thursday.\n"
    )
    article = _clean(text)
    assert _kinds(article) == {
        marker: "link_block",
        "Union and port operators fail to agree on pay deal": "link_block",
    }
    assert _body(article) == [
        "Dock workers stayed off the job on Monday, the union said.",
        "Talks are due to resume on Thursday.",
    ]


@pytest.mark.parametrize(
    "follower",
    [
        "Talks are due to resume on Thursday.",
        "“We will not go back to work without a deal”",
        "Union leaders, who met port operators on Sunday, said talks would "
        "continue through the week and possibly into the weekend as well",
    ],
)
def test_text_link_marker_next_block_keeps_body(follower: str) -> None:
    text = (
        "Port strike enters second week\n\n"
        "Dock workers stayed off the job on Monday, the union said.\n\n"
        "Read More:\n\n"
        f"{follower}\n\n"
        "The strike has cost millions, operators said.\n"
    )
    assert follower in _body(_clean(text))


def test_text_list_widget_is_link_block() -> None:
    text = (
        "Floods force thousands from their homes\n\n"
        "Recommended Stories\n"
        "list of 2 items\n"
        "list 1 of 2\n"
        "Why are the floods getting worse?\n"
        "list 2 of 2\n"
        "Rescuers reach cut-off villages\n"
        "end of list\n\n"
        "Heavy rain forced thousands from their homes on Sunday, officials said.\n"
    )
    article = _clean(text)
    assert set(_kinds(article).values()) == {"link_block"}
    assert len(article.boilerplate) == 7
    assert _body(article) == [
        "Heavy rain forced thousands from their homes on Sunday, officials said."
    ]


def test_text_bracket_caption_and_labelled_credits() -> None:
    text = (
        "Floods force thousands from their homes\n\n"
        "Heavy rain forced thousands from their homes, officials said.\n\n"
        "Villagers wade through water near Sylhet [Rina Das/Al Jazeera]\n\n"
        "The source of the flooding was a burst dam, engineers said.\n\n"
        "Follow our climate coverage at https://example.com/climate\n\n"
        "Source: Al Jazeera and news agencies\n"
        "Editor: Liu Jing\n"
    )
    article = _clean(text)
    assert [c.text for c in article.captions] == [
        "Villagers wade through water near Sylhet [Rina Das/Al Jazeera]"
    ]
    assert _kinds(article) == {
        "Follow our climate coverage at https://example.com/climate": "site_footer",
        "Source: Al Jazeera and news agencies": "credit",
        "Editor: Liu Jing": "credit",
    }
    assert _body(article) == [
        "Heavy rain forced thousands from their homes, officials said.",
        "The source of the flooding was a burst dam, engineers said.",
    ]


# A page as a scraper leaves it, with a skip link, a topic section line, a
# standfirst with the byline and date under it, a labelled caption and the
# footers of wire and newspaper sites; written for these tests.
HARBOUR_PAGE = """\
Skip to main content
Accessibility links
News | Port strikes across Europe
Dock workers in Rotterdam extend strike over automation plans

The union says talks with terminal operators have broken down

Jana Novak in Rotterdam
Tue 7 Mar 2023 09.15 GMT
Share
Save

Dock workers in Rotterdam voted on Monday to extend their strike by a week, \
the FNV union said.

"The operators want robots, not people," union leader Pieter Smit told reporters.

Image caption, Dock workers march through Rotterdam on Monday

Published On 6 Mar 2023

Terminal operators said the automation plans would not cost any jobs.

(END)

Explore more on these topics
Ports
Strikes
Reuse this content

Keywords
#Ports #Strikes #Rotterdam

kd-jr/mw
"""


def test_text_page_with_skip_link_topic_section_and_footers() -> None:
    article = _clean(HARBOUR_PAGE)
    assert article.title is not None
    assert (
        article.title.text
        == "Dock workers in Rotterdam extend strike over automation plans"
    )
    assert article.section == ("Port strikes across Europe",)
    assert _body(article) == [
        "The union says talks with terminal operators have broken down",
        "Dock workers in Rotterdam voted on Monday to extend their strike by a "
        "week, the FNV union said.",
        '"The operators want robots, not people," union leader Pieter Smit told '
        "reporters.",
        "Terminal operators said the automation plans would not cost any jobs.",
    ]
    assert [c.text for c in article.captions] == [
        "Image caption, Dock workers march through Rotterdam on Monday"
    ]
    kinds = _kinds(article)
    assert kinds["Skip to main content"] == "site_footer"
    assert kinds["News | Port strikes across Europe"] == "section"
    assert kinds["Jana Novak in Rotterdam"] == "byline"
    assert kinds["Tue 7 Mar 2023 09.15 GMT"] == "byline"
    assert kinds["Save"] == "share"
    assert kinds["Published On 6 Mar 2023"] == "byline"
    assert kinds["Explore more on these topics"] == "link_block"
    assert kinds["Ports"] == "link_block"
    for footer in ("(END)", "#Ports #Strikes #Rotterdam", "kd-jr/mw"):
        assert kinds[footer] == "site_footer"
    assert kinds["Keywords"] == "link_block"


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Desk — Politics", ("Desk", "Politics")),
        ("Environment | Climate crisis", ("Environment", "Climate crisis")),
        ("News | Port strikes across Europe", ("Port strikes across Europe",)),
    ],
)
def test_text_section_and_topic_above_headline(
    line: str, section: tuple[str, ...]
) -> None:
    text = (
        f"{line}\n"
        "Ministers agree on new border crossing rules after long talks\n\n"
        "Ministers agreed on Tuesday to reopen two crossings, officials said.\n"
    )
    article = _clean(text)
    assert article.title is not None
    assert (
        article.title.text
        == "Ministers agree on new border crossing rules after long talks"
    )
    assert article.section == section


@pytest.mark.parametrize(
    "headline",
    [
        # Not longer than the section line: the line is the headline itself.
        "Border talks",
        # Not a headline at all.
        "Ministers agreed on Tuesday to reopen two crossings, officials said.",
    ],
)
def test_text_topic_line_without_a_longer_headline_is_the_title(headline: str) -> None:
    line = "News | Port strikes across Europe"
    article = _clean(
        f"{line}\n{headline}\n\nThe minister resigned on Monday, officials said.\n"
    )
    assert article.title is not None
    assert article.title.text == line
    assert article.section == ()


def test_text_date_line_in_the_body_is_a_byline_and_names_stay_body() -> None:
    text = (
        "Port strike enters second week\n\n"
        "Dock workers stayed off the job on Monday, the union said.\n\n"
        "Pieter Smit\n\n"
        "Operators said the talks would resume.\n\n"
        "Updated 2 hours ago\n"
    )
    article = _clean(text)
    assert _kinds(article) == {"Updated 2 hours ago": "byline"}
    # A name alone, with no timestamp next to it, is not taken for a byline.
    assert "Pieter Smit" in _body(article)


def test_text_wire_tag_byline_under_the_title() -> None:
    text = (
        "Ports reopen after strike ends\n\n"
        "(LEAD) By Jana Novak\n\n"
        "ROTTERDAM, March 9 (Wire) -- Ports reopened on Thursday, officials said.\n"
    )
    article = _clean(text)
    assert _kinds(article) == {"(LEAD) By Jana Novak": "byline"}


def test_text_breadcrumb_ending_with_the_headline() -> None:
    text = (
        "News / Europe News / Dock workers extend strike\n"
        "Dock workers extend strike in Rotterdam over automation\n"
        "Wire Desk / Updated: Mar 7, 2023, 09:15 IST\n\n"
        "ROTTERDAM: Dock workers voted on Monday to extend the strike, the union "
        "said.\n"
    )
    article = _clean(text)
    assert article.title is not None
    assert (
        article.title.text == "Dock workers extend strike in Rotterdam over automation"
    )
    assert article.section == ("Europe News",)
    assert _kinds(article) == {
        "News / Europe News / Dock workers extend strike": "breadcrumb",
        "Wire Desk / Updated: Mar 7, 2023, 09:15 IST": "byline",
    }


def test_text_bare_by_and_the_name_under_it_are_the_byline() -> None:
    text = (
        "Dock workers extend strike in Rotterdam\n\n"
        "The union says talks have broken down\n\n"
        "By\nJana Novak\n\n"
        "Dock workers voted on Monday to extend the strike, the union said.\n"
    )
    article = _clean(text)
    assert _kinds(article) == {"By": "byline", "Jana Novak": "byline"}


def test_text_genre_label_line_is_the_title() -> None:
    line = "Opinion | Why the ports must stay open"
    text = (
        f"{line}\n"
        "The strike has cost the city dearly, and the dock workers know it\n\n"
        "Dock workers voted on Monday to extend the strike, the union said.\n"
    )
    article = _clean(text)
    assert article.title is not None
    assert article.title.text == line
    assert article.section == ()


# A page with the site chrome of many news sites around the story: a home
# link, section names over the headline, a reading time, an image widget and
# a video widget with their captions, a credit under a caption, a related
# story in capitals, a lone byline, a newsletter box, a membership appeal and
# an end mark glued to the last paragraph; written for these tests.
CHROME_PAGE = """\
Example News Homepage
News
Business
Port workers end strike after pay deal with terminal operators

The union says members will return on Monday

By Jane Doe Example News
Published March 6, 2025 9:15am EST
4 min read

Enlarge this image
Dock workers leave the port gate on Friday. The union says the deal is fair.
Jane Doe/Example News

Port workers in Harbourtown voted on Friday to end their strike, the union said.

video
Union leader says members won the fight
Example News' John Roe reports from the port.

"We won a fair deal for every worker," union leader Ana Lima told reporters.

UNION SAYS WORKERS WILL NOT ACCEPT 'ROBOTS FOR PEOPLE' DEALS

The terminal operators said the deal would keep the port open.
Cranes stand idle at the terminal on Thursday.
Image: John Roe/Example Agency

Get our morning business briefing
Our Business Briefing newsletter brings you the markets every morning.
Email address
Subscribe
By signing up, you agree to our Privacy Policy.

Note from the author:
Hi, this is Jane. Thank you for reading.
Support independent journalism. Become a member today.

Ships are expected to dock again next week, the port authority said. Enditem

Related stories
Why the port union says automation is not the real fight in this strike
"""


def test_text_site_chrome_page() -> None:
    article = _clean(CHROME_PAGE)
    assert article.title is not None
    assert (
        article.title.text
        == "Port workers end strike after pay deal with terminal operators"
    )
    assert article.section == ("Business",)
    assert _body(article) == [
        "The union says members will return on Monday",
        "Port workers in Harbourtown voted on Friday to end their strike, the "
        "union said.",
        '"We won a fair deal for every worker," union leader Ana Lima told reporters.',
        "The terminal operators said the deal would keep the port open.",
        "Ships are expected to dock again next week, the port authority said.",
    ]
    assert [c.text for c in article.captions] == [
        "Dock workers leave the port gate on Friday. The union says the deal is fair.",
        "Jane Doe/Example News",
        "Union leader says members won the fight",
        "Example News' John Roe reports from the port.",
        "Cranes stand idle at the terminal on Thursday.",
        "Image: John Roe/Example Agency",
    ]
    kinds = _kinds(article)
    assert kinds["Example News Homepage"] == "site_footer"
    assert kinds["By Jane Doe Example News"] == "byline"
    assert kinds["4 min read"] == "byline"
    assert kinds["UNION SAYS WORKERS WILL NOT ACCEPT 'ROBOTS FOR PEOPLE' DEALS"] == (
        "link_block"
    )
    for line in (
        "Get our morning business briefing",
        "Our Business Briefing newsletter brings you the markets every morning.",
        "Email address",
        "By signing up, you agree to our Privacy Policy.",
        "Note from the author:",
        "Hi, this is Jane. Thank you for reading.",
        "Enditem",
    ):
        assert kinds[line] == "site_footer", line
    assert (
        kinds["Why the port union says automation is not the real fight in this strike"]
        == "link_block"
    )


def test_text_short_nav_label_over_headline_is_section() -> None:
    article = _clean(
        "Port strike latest\n"
        "Port workers end strike after pay deal with terminal operators\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n"
    )
    assert article.title is not None
    assert article.title.text.startswith("Port workers end strike")
    assert article.section == ("Port strike latest",)


def test_text_headline_over_standfirst_in_separate_block_stays_title() -> None:
    article = _clean(
        "Strike ends\n\n"
        "Port workers end their strike after a pay deal with terminal operators\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n"
    )
    assert article.title is not None
    assert article.title.text == "Strike ends"


def test_text_capitals_lines_of_an_all_capitals_text_stay_body() -> None:
    article = _clean(
        "PORT WORKERS VOTED ON FRIDAY TO END THEIR STRIKE AFTER SIX WEEKS\n\n"
        "THE UNION SAID THE DEAL WAS FAIR TO EVERY WORKER IN THE PORT\n\n"
        "THE TERMINAL OPERATORS SAID THE PORT WOULD REOPEN ON MONDAY.\n"
    )
    assert len(_body(article)) >= 2


def test_text_media_widget_over_a_long_block_keeps_body() -> None:
    text = (
        "Port workers voted on Friday to end their strike, the union said.\n"
        "video\n"
        "The union said the deal was fair.\n"
        "The operators said the port would reopen on Monday.\n"
        "Ships are expected next week, officials said.\n"
        "Cranes were back at work on Saturday, the port said.\n"
    )
    article = _clean(text)
    assert article.captions == ()
    assert len(_body(article)) == 5


def test_text_slogan_over_section_is_not_the_title() -> None:
    article = _clean(
        "Truth Before Speed\n"
        "Politics\n"
        "Senate passes the budget after a night of votes on spending cuts\n"
        "By Jane Doe\n\n"
        "The Senate passed the budget on Friday, the leader said.\n"
    )
    assert article.title is not None
    assert article.title.text.startswith("Senate passes the budget")
    assert article.section == ("Politics",)
    assert _body(article) == [
        "The Senate passed the budget on Friday, the leader said."
    ]


def test_text_short_title_over_a_name_and_standfirst_stays_title() -> None:
    article = _clean(
        "Strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n"
    )
    assert article.title is not None
    assert article.title.text == "Strike ends"


def test_text_wordmark_and_capitals_section_over_headline() -> None:
    article = _clean(
        "examplenews.\n"
        "WORLD / ASIA PACIFIC\n"
        "Floods force thousands from their homes in the north\n\n"
        "By Jane Doe  with AFP\n"
        "Last updated: 05/09 - 18:40\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n"
    )
    assert article.title is not None
    assert article.title.text == "Floods force thousands from their homes in the north"
    assert article.section == ("WORLD", "ASIA PACIFIC")
    assert _body(article) == [
        "Floods forced thousands from their homes on Monday, officials said."
    ]


def test_text_capitals_headline_over_a_second_capitals_line_is_not_a_section() -> None:
    article = _clean(
        "PORT STRIKE\n"
        "WORKERS WALK OUT\n\n"
        "Port workers walked out on Friday, the union said.\n"
    )
    assert article.section == ()


def test_text_bare_long_link_marker_heads_its_links() -> None:
    article = _clean(
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        "You might also like\n"
        "Leader says talks will go on for months\n\n"
        "The operators said the port would reopen on Monday.\n"
    )
    assert _kinds(article)["Leader says talks will go on for months"] == "link_block"
    assert _body(article) == [
        "Port workers voted on Friday to end their strike, the union said.",
        "The operators said the port would reopen on Monday.",
    ]


def test_text_footer_block_after_a_wire_credit() -> None:
    article = _clean(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        "With files from The Example Press\n\n"
        "Our Editorial Standards\n"
        "Corrections and clarifications\n"
        "©2024 Example Media. All rights reserved.\n"
    )
    assert _body(article) == [
        "Port workers voted on Friday to end their strike, the union said."
    ]
    assert _kinds(article)["Corrections and clarifications"] == "site_footer"


def test_text_share_counts_and_agency_byline_next_to_widgets() -> None:
    article = _clean(
        "Floods force thousands from their homes in the north\n\n"
        "EXAMPLEWIRE\n"
        "Aug 22, 2023\n\n"
        "Facebook\n"
        "Count\n"
        "X\n"
        "Count\n"
        "Whatsapp\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n"
    )
    kinds = _kinds(article)
    assert kinds["EXAMPLEWIRE"] == "byline"
    assert kinds["Count"] == "share"
    assert _body(article) == [
        "Floods forced thousands from their homes on Monday, officials said."
    ]


def test_text_capitals_word_in_the_body_stays_body() -> None:
    article = _clean(
        "Floods force thousands from their homes in the north\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n\n"
        "NATO\n\n"
        "The alliance sent help on Tuesday, its spokesman said.\n"
    )
    assert "NATO" in _body(article)


# --- third round: navigation blocks, site names and more page chrome -------


def test_text_navigation_block_over_the_headline_block() -> None:
    article = _clean(
        "Example Post\n"
        "World, Europe\n"
        "Floods and storms\n\n"
        "Floods force thousands from their homes in the north\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n"
    )
    assert article.title is not None
    assert article.title.text == "Floods force thousands from their homes in the north"
    assert article.section == ("Floods and storms",)
    assert _body(article) == [
        "Floods forced thousands from their homes on Monday, officials said."
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A short headline and its byline over a standfirst without a period.
        "Strike ends\nBy Jane Doe\n\n"
        "Port workers end their strike after a pay deal with terminal operators\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n",
        # A headline and a kicker over a hard-wrapped first paragraph.
        "Strike ends\nPort deal agreed\n\n"
        "Port workers voted on Friday to end their strike after six\n"
        "weeks of talks with the terminal operators, the union said.\n",
    ],
)
def test_text_short_headline_block_is_no_navigation_block(text: str) -> None:
    article = _clean(text)
    assert article.title is not None
    assert article.title.text == "Strike ends"


@pytest.mark.parametrize(
    "site",
    [
        # A brand the page names again (without its edition word).
        "Example Herald Daily Online",
        # A known outlet.
        "South China Morning Post",
        # A site and its tagline.
        "The Example Herald - News of the North",
    ],
)
def test_text_site_name_alone_over_the_headline(site: str) -> None:
    article = _clean(
        f"{site}\n\n"
        "Floods force thousands from their homes in the north\n\n"
        "Floods forced thousands from their homes on Monday, officials told "
        "the Example Herald Daily.\n"
    )
    assert article.title is not None
    assert article.title.text == "Floods force thousands from their homes in the north"
    assert _kinds(article)[site] == "breadcrumb"


def test_text_site_name_over_menu_labels_and_the_headline() -> None:
    # Menu labels of one or two words between the site's name and the
    # headline do not count against the lines in which it is looked for.
    article = _clean(
        "South China Morning Post\n"
        "Subscribe\n"
        "Sign In\n"
        "World\n"
        "Asia\n"
        "Floods force thousands from their homes in the north\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n"
    )
    assert article.title is not None
    assert article.title.text == "Floods force thousands from their homes in the north"
    assert _kinds(article)["South China Morning Post"] == "breadcrumb"


def test_text_site_name_over_four_longer_lines_stays_out_of_reach() -> None:
    # Four lines that are no menu labels: the headline is too far below for
    # the first line to be taken as the site's name.
    article = _clean(
        "South China Morning Post\n"
        "Latest from our reporters\n"
        "Most read this week\n"
        "Editor's picks today\n"
        "Sign up for alerts\n"
        "Floods force thousands from their homes in the north\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n"
    )
    assert _kinds(article).get("South China Morning Post") != "breadcrumb"


def test_text_short_title_case_headline_never_repeated_stays_title() -> None:
    article = _clean(
        "Budget Talks Resume Today\n\n"
        "Ministers and unions meet again after a week of strikes in the capital\n\n"
        "Ministers met union leaders on Monday, officials said.\n"
    )
    assert article.title is not None
    assert article.title.text == "Budget Talks Resume Today"


def test_text_site_name_after_the_headline_is_cut_off_the_title() -> None:
    article = _clean(
        "Floods force thousands from their homes | Example Herald\n\n"
        "Floods forced thousands from their homes on Monday, officials told "
        "the Example Herald.\n"
    )
    assert article.title is not None
    assert article.title.text == "Floods force thousands from their homes"
    assert _kinds(article)["Example Herald"] == "breadcrumb"


def test_text_headline_with_a_dash_and_no_site_stays_whole() -> None:
    article = _clean(
        "Lisbon - Porto rail link opens after a decade of delays\n\n"
        "The rail link opened on Monday, officials said.\n"
    )
    assert article.title is not None
    assert (
        article.title.text == "Lisbon - Porto rail link opens after a decade of delays"
    )


def test_text_bylines_next_to_dateline_stamps_and_a_stamp_flag() -> None:
    article = _clean(
        "Floods force thousands from their homes in the north\n\n"
        "Rains are expected to continue for a week, forecasters say.\n\n"
        "JANE DOE\n"
        "Porto - JUNE 3, 2024 - 09:10 CEST\n"
        "Edited\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n"
    )
    kinds = _kinds(article)
    assert kinds["JANE DOE"] == "byline"
    assert kinds["Porto - JUNE 3, 2024 - 09:10 CEST"] == "byline"
    assert kinds["Edited"] == "byline"
    assert _body(article) == [
        "Rains are expected to continue for a week, forecasters say.",
        "Floods forced thousands from their homes on Monday, officials said.",
    ]


def test_text_edited_in_the_body_stays_body() -> None:
    article = _clean(
        "Floods force thousands from their homes in the north\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n\n"
        "Edited\n\n"
        "Rains are expected to continue for a week, forecasters say.\n"
    )
    assert "Edited" in _body(article)


@pytest.mark.parametrize(
    ("marker", "links"),
    [
        (
            "More on this:",
            [
                "Port reopens after strike, says operator",
                "Analysis | Why the port strike matters for the wider economy of "
                "the region",
            ],
        ),
        ("RELATED", ["Who are the strikers?", "Port reopens, says operator"]),
    ],
)
def test_text_link_lists_with_long_and_question_headlines(
    marker: str, links: list[str]
) -> None:
    article = _clean(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        f"{marker}\n" + "\n".join(links) + "\n\n"
        "The operators said the port would reopen on Monday.\n"
    )
    kinds = _kinds(article)
    assert all(kinds[link] == "link_block" for link in links)
    assert _body(article) == [
        "Port workers voted on Friday to end their strike, the union said.",
        "The operators said the port would reopen on Monday.",
    ]


def test_text_support_and_metered_boxes_are_site_footer() -> None:
    article = _clean(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        "Support the Example Herald\n"
        "Subscribe\n\n"
        "You're a loyal reader\n"
        "You have read five articles this month. Join the Example Herald Community.\n"
        "Already a member? Sign in to stop seeing this\n"
    )
    kinds = _kinds(article)
    assert kinds["Support the Example Herald"] == "site_footer"
    assert kinds["You're a loyal reader"] == "site_footer"
    assert _body(article) == [
        "Port workers voted on Friday to end their strike, the union said."
    ]


def test_text_block_of_headlines_between_paragraphs_is_a_link_block() -> None:
    article = _clean(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        "Leader says talks will go on for months\n"
        "Port reopens after the strike, says operator\n\n"
        "The operators said the port would reopen on Monday.\n"
    )
    kinds = _kinds(article)
    assert kinds["Leader says talks will go on for months"] == "link_block"
    assert kinds["Port reopens after the strike, says operator"] == "link_block"
    assert _body(article) == [
        "Port workers voted on Friday to end their strike, the union said.",
        "The operators said the port would reopen on Monday.",
    ]


@pytest.mark.parametrize(
    "block",
    [
        # A hard-wrapped paragraph ends with a sentence.
        "The operators said the port would reopen on Monday and that ships\n"
        "would dock again from the middle of next week onwards\n"
        "after six weeks of idle cranes.",
        # A subheading stands alone.
        "What happens to the port workers next",
        # Bullet points are a list of facts.
        "- Six weeks of strikes at the port\n- Forty ships waiting offshore",
        # A list introduced by a heading with a colon.
        "The demands:\nHigher wages for all port workers\nShorter shifts for crane "
        "drivers",
    ],
)
def test_text_paragraphs_subheadings_and_lists_are_no_headline_run(block: str) -> None:
    article = _clean(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        f"{block}\n\n"
        "More talks are due next month, officials said.\n"
    )
    assert all(b.kind != "link_block" for b in article.boilerplate)


def test_text_headline_run_under_an_unknown_heading() -> None:
    article = _clean(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        "In other news\n"
        "Leader says talks will go on for months\n"
        "Port reopens after the strike, says operator\n\n"
        "The operators said the port would reopen on Monday.\n"
    )
    assert _kinds(article)["In other news"] == "link_block"
    assert _body(article) == [
        "Port workers voted on Friday to end their strike, the union said.",
        "The operators said the port would reopen on Monday.",
    ]


def test_text_heading_over_one_headline_stays_body() -> None:
    article = _by_rules(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike, the union said.\n\n"
        "What comes next\n"
        "The operators will meet the union again in May\n\n"
        "The operators said the port would reopen on Monday.\n"
    )
    assert "What comes next" in _body(article)


def test_text_list_after_a_colon_paragraph_is_no_headline_run() -> None:
    article = _clean(
        "Port strike ends\n\n"
        "Port workers voted on Friday to end their strike. Their demands were:\n\n"
        "Higher wages for all port workers\n"
        "Shorter shifts for the crane drivers\n\n"
        "The operators said the port would reopen on Monday.\n"
    )
    assert article.boilerplate == ()
    assert len(_body(article)) == 3


def test_text_comma_list_of_sections_over_a_longer_headline() -> None:
    article = _clean(
        "Politics, Europe\n\n"
        "Parliament approves the new budget after a marathon session\n\n"
        "Lawmakers voted on Tuesday to approve the budget, officials said.\n"
    )
    assert article.title is not None
    assert article.title.text.startswith("Parliament approves")
    assert article.section == ("Politics", "Europe")


def test_text_slashed_sections_in_a_navigation_block() -> None:
    article = _clean(
        "Example Post\n"
        "World / Asia\n\n"
        "Floods force thousands from their homes in the north\n\n"
        "Floods forced thousands from their homes on Monday, officials said.\n"
    )
    assert article.section == ("World", "Asia")


# A page written for these tests: an author, an agency and a dateline's place
# on lines of their own over the date; an appeal and the outlet's line over a
# tag list in one block.
CREDIT_BLOCK_PAGE = """\
Regional Herald
Valley dam plan approved after long dispute
Lena Marković
VALLEYWIRE
Novigrad
March 3, 2025

The regional council on Monday approved the long-disputed dam plan, ending \
a row that had split the valley for a decade.

"This is a good day for the valley," council chair Ivo Horvat said.

Support Independent Journalism
The Regional Herald is a network of local newsrooms that promote open \
government.
Tags
Dams
Council
Valley
Ivo Horvat
"""


def test_text_credit_lines_over_a_date_are_byline() -> None:
    article = _by_rules(CREDIT_BLOCK_PAGE)
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["Lena Marković"] == "byline"
    assert kinds["VALLEYWIRE"] == "byline"
    # the dateline's place stays in the body: where the story happens
    assert "Novigrad" in _body(article)


def test_text_appeal_block_ends_at_the_tag_list() -> None:
    article = _clean(CREDIT_BLOCK_PAGE)
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["Support Independent Journalism"] == "site_footer"
    assert (
        kinds[
            "The Regional Herald is a network of local newsrooms that promote open "
            "government."
        ]
        == "site_footer"
    )
    assert not any("network of local newsrooms" in p for p in _body(article))


# Written for this test: a section path with a spaced slash and a section
# with its year over the headline; a topic list and a reader box at the end.
SLASHED_SECTION_PAGE = """\
Coast Times
Indonesia / Politics
Elections 2029
Coast council names new harbour chief after tense vote
Tomas Weller and Anna Kurz (Coast Times)
Port Vila ● Mon, May 7, 2029
Share this article
Change text size

The council named Mara Lind as harbour chief on Monday after a tense vote \
that split the ruling bloc.

Lind said she would publish the port's accounts within a month.

Topics :
Harbour
Mara Lind
Your Opinion
Tell us what you think about the port. We read every message.
"""


def test_text_spaced_slash_section_and_dated_section_are_not_the_title() -> None:
    article = _clean(SLASHED_SECTION_PAGE)
    assert article.title is not None
    assert (
        article.title.text == "Coast council names new harbour chief after tense vote"
    )
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["Tomas Weller and Anna Kurz (Coast Times)"] == "byline"
    assert "Change text size" not in _body(article)


def test_text_what_follows_a_final_topic_list_is_footer() -> None:
    article = _clean(SLASHED_SECTION_PAGE)
    body = _body(article)
    assert body[-1] == "Lind said she would publish the port's accounts within a month."


def test_text_a_long_paragraph_after_a_topic_heading_stays_body() -> None:
    page = SLASHED_SECTION_PAGE.replace(
        "Tell us what you think about the port. We read every message.",
        '"We will keep watching the port," said harbour worker Ana Vuk, who has '
        "unloaded ships there for thirty years.",
    )
    assert any("Ana Vuk" in p for p in _body(_clean(page)))


# Written for this test: story teasers under their kind and a bar between
# paragraphs; the page's own title may carry "Opinion |".
TEASER_PAGE = """\
Example Daily
Opinion | The council must listen to the valley

The regional council on Monday approved the long-disputed dam plan, ending a row that \
had split the valley for a decade.

Opinion | Why the minister says the dam is safe

Subscribers only | How the council lost its majority on the plan

"This is a good day for the valley," council chair Ivo Horvat said.

Analysis | the plan is late. Nobody expected it to pass this year, he said.
"""


def test_text_story_teasers_under_their_kind_are_link_blocks() -> None:
    article = _clean(TEASER_PAGE)
    kinds = _kinds(article)
    assert kinds["Opinion | Why the minister says the dam is safe"] == "link_block"
    assert (
        kinds["Subscribers only | How the council lost its majority on the plan"]
        == "link_block"
    )
    body = _body(article)
    assert not any(p.startswith(("Opinion |", "Subscribers only")) for p in body)
    # a sentence after the bar stays body
    assert any(p.startswith("Analysis | the plan is late.") for p in body)
    assert article.title is not None
    assert "The council must listen to the valley" in article.title.text
