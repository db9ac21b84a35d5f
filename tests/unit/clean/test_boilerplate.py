"""Tests for whosaid.clean.boilerplate: the line recognisers."""

from __future__ import annotations

import pytest

from whosaid.clean import boilerplate as bp
from whosaid.clean import (
    bylines,
    captions,
    footers,
    link_markers,
    sections,
    shares,
    timestamps,
)


@pytest.mark.parametrize(
    "line",
    [
        "This undated photo released by North Korea's official Korean Central News "
        "Agency (KCNA) on May 30, 2017 shows a test-fire of a ballistic missile.",
        "This file photo taken on July 5, 2017 shows US Ambassador Nikki Haley.",
        "File photo taken on March 8, 2017, shows China's Ambassador Liu Jieyi.",
        "A handout picture released by the Iranian presidency shows Hassan Rouhani.",
        "An image grab taken from a video shows smoke over the city.",
        "In this July 27, 2017, file photo, Sen. John McCain walks to the floor.",
        "In this image made from video, protesters march in Caracas.",
        "Photo: Supporters wave flags outside the court.",
        "Image: Getty Images",
        "Caption: The ship leaves port.",
        "Iranian President Hassan Rouhani speaks in Tehran on June 14, 2017. "
        "(AFP Photo / Atta Kenare)",
        "Sen. John McCain walks to the floor. (AP Photo/J. Scott Applewhite)",
        "The minister arrives for talks in Brussels. (Reuters)",
        "Workers repair the pipeline. (Reuters file photo)",
        "Juncker speaks in Brussels, Belgium, July 26, 2017. REUTERS/Francois Lenoir",
        "Protesters gather outside parliament. AFP PHOTO / SAUL LOEB",
        "Christoph Blocher reacts. (FABRICE COFFRINI/AFP/Getty Images.)",
        "Photo by Chip Somodevilla/Getty Images",
        "Jim Urquhart / Reuters.",
        "Smoke rises over the city. Photo: AFP",
    ],
)
def test_boilerplate_is_caption_true(line: str) -> None:
    assert captions.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The company's share price fell 3 percent after the photo was published.",
        "A photo posted on his Twitter account showed the senator smiling, aides said.",
        "A photo taken on Monday shows the damage, the ministry said in a statement.",
        "The photo shows the president at a rally, his spokesman said.",
        "Image is everything in politics, one adviser said.",
        "In a changing economy, Millennials still believe in the American dream.",
        "In this case, the court ruled against the government.",
        "According to a Reuters/Ipsos poll, the two candidates are in a dead heat.",
        "He was shot after he approached the car. (WARNING: Video contains graphic "
        "images.)",
        '"We will not back down," he told Reuters.',
        "Photographers were kept away from the site, witnesses said.",
    ],
)
def test_boilerplate_is_caption_false(line: str) -> None:
    assert not captions.is_caption(line)


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
    ("line", "segments"),
    [
        ("News\u00a0/\u00a0Koreas\u00a0/\u00a0Russia", ("News", "Koreas", "Russia")),
        ("Home > World > Asia", ("Home", "World", "Asia")),
        ("Home » World » Middle East", ("Home", "World", "Middle East")),
        ("Politics | Congress | Senate", ("Politics", "Congress", "Senate")),
        ("You are here: Home › Business", ("Home", "Business")),
        # a topic page's name in title case under a generic root
        (
            "Home / India News / Lok Sabha Election Results 2024",
            ("Home", "India News", "Lok Sabha Election Results 2024"),
        ),
    ],
)  # fmt: skip
def test_boilerplate_parse_breadcrumb(line: str, segments: tuple[str, ...]) -> None:
    assert sections.parse_breadcrumb(line) == segments


@pytest.mark.parametrize(
    "line",
    [
        "Russia calls for calm | Press TV",
        "Trump / Clinton",
        "Russia calls for international calm over North Korea situation",
        "Profits rose 5% in the first half / second half of the year, it said.",
        "the 24/7 news cycle / cable / online",
        # a long last segment not in title case is a headline's start
        "Home / Europe News / Dock workers extend their strike again",
        # nor under a root that is no generic one
        "Politics / India News / Lok Sabha Election Results 2024",
    ],
)
def test_boilerplate_parse_breadcrumb_rejects_other_lines(line: str) -> None:
    assert sections.parse_breadcrumb(line) is None


@pytest.mark.parametrize(
    ("segments", "section"),
    [
        (("News", "Koreas", "Russia"), ("Koreas", "Russia")),
        (("Home", "World", "Asia"), ("World", "Asia")),
        (("Politics", "Congress"), ("Politics", "Congress")),
    ],
)
def test_boilerplate_breadcrumb_section_drops_generic_root(
    segments: tuple[str, ...], section: tuple[str, ...]
) -> None:
    assert sections.breadcrumb_section(segments) == section


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Robin Emmott | BRUSSELS", True),
        ("By ERICA WERNER and ALAN FRAM, Associated Press", True),
        ("Published 3:10 am, Friday, July 28, 2017", True),
        ("World News | Tue Aug 1, 2017 | 6:12am EDT", True),
        ("Sun Jul 30, 2017 06:39PM", True),
        ("2017-07-31 10:00", True),
        ("By Monday, the talks had collapsed.", False),
        ("EU warns of retaliation over new U.S. sanctions", False),
    ],
)
def test_boilerplate_is_header_line(line: str, expected: bool) -> None:
    assert bylines.is_header_line(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Rescuers search the rubble in Antakya on March 3 [Leyla Demir/Al Jazeera]",
        "Protesters gather outside the parliament building in Lima [File: Reuters]",
        "Farmers harvest rice near the border [Courtesy of the Red Cross]",
        "A tanker is moored off the coast of Fujairah [Handout: Port Authority]",
        "Delegates arrive for the summit in Nairobi [AFP]",
        "The minister (centre) meets envoys in Doha [Jane Roe/Anadolu Agency]",
    ],
)
def test_boilerplate_is_caption_bracket_credit(line: str) -> None:
    assert captions.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The court ruled the law was unconstitutional [sic].",
        "The sanctions were lifted on Monday. [Reuters]",
        "Trump extends his lead in the national race. [IBD/TIPP]",
        '"They [the rebels] will not stop," the general said.',
        "He called the deal a betrayal [of the voters]",
        "The vote was close [Smith]",
    ],
)
def test_boilerplate_is_caption_bracket_keeps_body(line: str) -> None:
    assert not captions.is_caption(line)


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
    ("line", "part"),
    [
        ("list of 3 items", "open"),
        ("List of 1 item", "open"),
        ("list 3 of 3", "item"),
        ("End of list", "close"),
        ("A list of 3 demands", None),
        ("end of list, he said", None),
    ],
)
def test_boilerplate_is_list_widget(line: str, part: str | None) -> None:
    assert link_markers.is_list_widget(line) == part


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Middle East", True),
        ("Asia Pacific", True),
        ("Health", True),
        ("Business", True),
        ("U.S. Politics", True),
        ("Science & Technology", True),
        ("Trump wins", False),
        ("He left.", False),
        ("Officials Say Talks Collapsed On Monday", False),
        ("Live: Election results", False),
        ("2024 Election", False),
    ],
)
def test_boilerplate_is_section_name(line: str, expected: bool) -> None:
    assert sections.is_section_name(line) is expected


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
    ("caption", "credit"),
    [
        (
            "Lagarde speaks in Frankfurt. (AP Photo/Jane Doe, File)",
            "(AP Photo/Jane Doe, File)",
        ),
        ("Troops patrol the border. REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque"),
        ("Protesters march in Dhaka [Jane Doe/Al Jazeera]", "[Jane Doe/Al Jazeera]"),
        (
            "Officials meet in Rome. Photo by Jane Doe/Getty Images",
            "Jane Doe/Getty Images",
        ),
    ],
)
def test_caption_credit_is_the_credit_at_the_end(caption: str, credit: str) -> None:
    found = captions.caption_credit(caption)
    assert found is not None
    assert caption[found[0] : found[1]] == credit


def test_caption_without_credit_has_none() -> None:
    assert (
        captions.caption_credit("This file photo shows the minister in Rome.") is None
    )


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
    "line",
    [
        "Image caption, Dock workers march through Rotterdam on Monday",
        "Image source, Getty Images",
        "Media caption, The minister speaks to reporters",
        "Video caption: Flood waters rise in the old town",
    ],
)
def test_boilerplate_is_caption_label_with_comma(line: str) -> None:
    assert captions.is_caption(line)


def test_boilerplate_image_sentence_is_not_a_caption_label() -> None:
    assert not captions.is_caption(
        "Image sources, the company said, were never checked."
    )
    assert not captions.is_caption("Image source, the agency said, was a drone feed")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(LEAD) By Jana Novak", True),
        ("(2nd LD) By Jana Novak and Omar Haddad", True),
        ("(lead) by the river the camp grew", False),
        ("Wire Desk / Updated: Mar 7, 2023, 09:15 IST", True),
        ("Ports / Strikes / Rotterdam", False),
    ],
)
def test_boilerplate_is_header_line_with_a_wire_tag(line: str, expected: bool) -> None:
    assert bylines.is_header_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jana Novak in Prague", True),
        ("Jana Novak and Omar Haddad, Wire Service", True),
        ("By Jana Novak", True),
        ("Jana Novak | Reuters", True),
        ("Jana Novak said the talks failed.", False),
        ("the talks in Prague", False),
        ("Strikes spread to ports across the north and east of the country", False),
    ],
)
def test_boilerplate_is_credit_line(line: str, expected: bool) -> None:
    assert bylines.is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ("World | Africa", ("World", "Africa")),
        ("News | Strikes across the port cities",
         ("News", "Strikes across the port cities")),
        ("Desk — Politics", ("Desk", "Politics")),
        ("Environment › Climate crisis", ("Environment", "Climate crisis")),
        ("Business | Markets | Oil price shock deepens",
         ("Business", "Markets", "Oil price shock deepens")),
        ("Business | Markets | Oil", None),  # a breadcrumb, parsed as such
        ("Home » World » Asia", None),  # a breadcrumb, parsed as such
        ("Strikes spread | Ports", None),  # the first is no section name
        ("News | the port strike", None),  # a topic starts with a capital
        ("News | Strikes spread to ports across the north", None),  # too long
        ("Business - Markets", None),  # a hyphen is no separator
        ("News | Strikes end.", None),
        ("Opinion | Why the ports must stay open", None),  # a headline's label
        ("Analysis | Strike costs mount", None),
    ],
)  # fmt: skip
def test_boilerplate_section_path(line: str, path: tuple[str, ...] | None) -> None:
    assert sections.section_path(line) == path


@pytest.mark.parametrize(
    ("line", "trigger", "expected"),
    [
        ("Save", False, True),
        ("Copy link", False, True),
        ("Save", True, False),
        ("The story", False, False),
        ("Share", True, True),
    ],
)
def test_boilerplate_is_share_without_trigger(
    line: str, trigger: bool, expected: bool
) -> None:
    assert shares.is_share(line, trigger=trigger) is expected


@pytest.mark.parametrize(
    ("line", "headline", "expected"),
    [
        (
            "News / Europe News / Dock workers extend strike",
            "Dock workers extend strike in Rotterdam over automation",
            ("News", "Europe News"),
        ),
        (
            "Home > Business > Dock workers extend strike in Rotterdam",
            "Dock workers extend strike in Rotterdam",
            ("Home", "Business"),
        ),
        # The tail is not the start of the headline below.
        ("News / Europe / Ports reopen", "Dock workers extend strike", None),
        # Too short a tail to tell.
        ("News / Europe / Docks", "Docks close as strike spreads", None),
        # A segment that is no breadcrumb segment.
        (
            "Read the news of the week / Dock workers extend strike",
            "Dock workers extend strike in Rotterdam",
            None,
        ),
    ],
)
def test_boilerplate_titled_breadcrumb(
    line: str, headline: str, expected: tuple[str, ...] | None
) -> None:
    assert sections.titled_breadcrumb(line, headline) == expected


@pytest.mark.parametrize(
    ("line", "expected"), [("By", True), ("BY:", True), ("By Jo", False)]
)
def test_boilerplate_is_bare_by(line: str, expected: bool) -> None:
    assert bylines.is_bare_by(line) is expected


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Firefighters work at the site on Monday. (City Fire Service / Telegram)",
            "(City Fire Service / Telegram)",
        ),
        (
            "The governor speaks in the capital. (Example News: Jane Doe)",
            "(Example News: Jane Doe)",
        ),
        (
            "Supporters rally in the capital on 2 May. © Jane Doe, AFP",
            "© Jane Doe, AFP",
        ),
        (
            "The minister at the media centre on June 1. EX PHOTO: JANE DOE",
            "EX PHOTO: JANE DOE",
        ),
        (
            "The leader, who says the result is a win, at an event in the capital. "
            "Credit: Jane Doe",
            "Credit: Jane Doe",
        ),
        # a caption without a full stop, its credit glued on
        (
            "The governor said the decision had been 'finely balanced' "
            "Credit: Jane Doe for The Example",
            "Credit: Jane Doe for The Example",
        ),
        (
            "Supporters rally in the capital Photo Credit: Jane Doe",
            "Photo Credit: Jane Doe",
        ),
    ],
)
def test_boilerplate_caption_source_endings(caption: str, credit: str) -> None:
    assert captions.is_caption(caption)
    found = captions.caption_credit(caption)
    assert found is not None
    assert caption[found[0] : found[1]] == credit


@pytest.mark.parametrize(
    "line",
    [
        "The vote passed on Monday. (Update: Senate Confirms)",
        "The minister spoke to reporters (in French) on Monday.",
        "The bill passed. (Read More: Senate Votes)",
        "The company © and its logo were sold.",
        "The bank cut rates. Credit: the cost of borrowing fell, it said.",
        "The bank gave Credit: it was due for the lenders who cut their rates.",
        "He said the credit: Jane Doe line was wrong",
    ],
)
def test_boilerplate_caption_source_endings_keep_body(line: str) -> None:
    assert not captions.is_caption(line)


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
    ("line", "expected"),
    [
        ("Jane Doe/Example News", True),
        ("Image: Jane Doe/dpa/picture alliance", True),
        ("Photo credit: AFP", True),
        ("(AP Photo/Jane Doe)", True),
        ("REUTERS/Jane Doe", True),
        ("He left.", False),
        ("Leaders meet in the capital. (AP Photo/Jane Doe)", False),
        ("Photo: Supporters wave flags outside the court.", False),
    ],
)
def test_boilerplate_is_credit_only(line: str, expected: bool) -> None:
    assert captions.is_credit_only(line) is expected


def test_boilerplate_is_credit_line_with_agencies() -> None:
    assert bylines.is_credit_line("Jane Doe with Reuters, dpa, AFP")
    assert not bylines.is_credit_line("Jane Doe with her lawyers.")


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
    "line",
    [
        "Ministers arrive at the summit in Accra on Thursday. — AFP",
        "Tanks at the plant in the town of Okuma, in July | KYODO",
        "Crowds gather in the square, Sunday, June 9. - Copyright Jane Doe/AP Photo",
        "The minister speaks in Lagos on Monday. © Copyright Jane Doe",
    ],
)
def test_boilerplate_is_caption_dash_and_bar_credits(line: str) -> None:
    assert captions.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The talks will continue next week, the minister said. — AFP",
        '"We will not give up," she told the crowd. — Reuters',
        "Prices rose again in May | Markets fell",
    ],
)
def test_boilerplate_is_caption_dash_credit_keeps_reported_speech(line: str) -> None:
    assert not captions.is_caption(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe · Example News · Posted: Sep 18, 2023 3:42 PM EDT", True),
        ("Jane Doe | Posted: Sep 18, 2023 | Last Updated: September 19, 2023", True),
        ("Example News · May 2, 2024", True),
        ("Rates rose · Markets fell · Sep 18, 2023", False),
        ("Jane Doe · Example News", False),
        ("Sep 18, 2023", False),
        ("August 14, 2024 (Example Japan)", True),
        ("Talks on May 5 (Reuters)", False),
        ("May 5, 2024 (the talks resumed)", False),
    ],
)
def test_boilerplate_is_stamp_line(line: str, expected: bool) -> None:
    assert bylines.is_stamp_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published in The Daily Example, May 12th, 2023", True),
        ("Printed in Example Times on 4 March 2021", True),
        ("Published in Nature, the study found the drug worked.", False),
        ("Published in 2023, the report was ignored.", False),
    ],
)
def test_boilerplate_is_print_note(line: str, expected: bool) -> None:
    assert bylines.is_print_note(line) is expected


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


def test_boilerplate_byline_with_a_wire_service() -> None:
    assert bylines.is_header_line("By Jane Doe  with AFP")
    assert bylines.is_header_line("By Jane Doe with AP and Reuters")
    assert not bylines.is_header_line("By then the crowd had left with the police.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("You might also like", True),
        ("Related stories:", True),
        ("Most read", True),
        ("More: the vote was close", False),
        ("You might also like the new plan, he said", False),
        ("READ:", True),
        ("Example's Top Stories", True),
        ("Read the statement here.", False),
        ("Readers: tell us what you think", False),
    ],
)
def test_boilerplate_is_bare_link_marker(line: str, expected: bool) -> None:
    assert link_markers.is_bare_link_marker(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("WORLD", True),
        ("NATIONAL / SCIENCE & HEALTH", True),
        ("ASIA PACIFIC | ECONOMY", True),
        ("LEADER SAYS TALKS WILL GO ON", False),
        ("World", False),
        ("STOP.", False),
    ],
)
def test_boilerplate_is_capitals_section(line: str, expected: bool) -> None:
    assert sections.is_capitals_section(line) is expected


# --- third round: bylines, stamps, captions and link lines of more sites ----


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ByJane Doe, John Roe, and Ann Poe", True),
        ("By Jane Doe, John Roe, and Ann Poe", True),
        ("by Staff / The Example Times", True),
        ("Bypass road opens to traffic", False),
        ("BYX Motors recalls its cars", False),
    ],
)
def test_boilerplate_glued_and_slashed_bylines(line: str, expected: bool) -> None:
    assert bylines.is_header_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe in Lisbon and John Roe in Porto", True),
        ("Jane Doe, John Roe, and Ann Poe", True),
        ("Jane Doe in Lisbon", True),
        ("Talks in Lisbon and Porto end", False),
    ],
)
def test_boilerplate_credit_line_with_places_and_oxford_comma(
    line: str, expected: bool
) -> None:
    assert bylines.is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe, John Roe   |12.03.2024 - Update : 12.03.2024", True),
        ("Lisbon - JUNE 3, 2024 - 09:10 CEST", True),
        ("PORTO - Updated - March 2, 2024 08:02 am IST", True),
        ("Rates rose - markets fell - May 2, 2024", False),
        ("Lisbon - Porto", False),
    ],
)
def test_boilerplate_stamp_line_with_dateline_and_dashes(
    line: str, expected: bool
) -> None:
    assert bylines.is_stamp_line(line) is expected


def test_boilerplate_dotted_date_and_bare_stamp_word() -> None:
    assert timestamps.is_timestamp("12.03.2024")
    assert not timestamps.is_timestamp("Version 12.03 is out")
    assert timestamps.is_stamp_word("Edited")
    assert timestamps.is_stamp_word("Updated:")
    assert not timestamps.is_stamp_word("Edited by Jane Doe")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Delegates arrive at the summit in Lisbon. ( Jane Doe - Example Agency )",
            "( Jane Doe - Example Agency )",
        ),
        (
            "The minister speaks at the forum on Monday. JANE ROE DE SOUSA "
            "(Example Office)",
            "JANE ROE DE SOUSA (Example Office)",
        ),
    ],
)
def test_boilerplate_caption_spaced_and_capitals_credits(
    caption: str, credit: str
) -> None:
    assert captions.is_caption(caption)
    found = captions.caption_credit(caption)
    assert found is not None
    assert caption[found[0] : found[1]] == credit


@pytest.mark.parametrize(
    "line",
    [
        "Residents queue for water on the edge of the city, Porto, March 3, 2024.",
        "The minister waves to supporters in Lisbon, Monday, Jan. 8, 2024.",
    ],
)
def test_boilerplate_caption_ending_with_the_date(line: str) -> None:
    assert captions.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # Running text says "on" the date.
        "The treaty was signed in Lisbon on March 3, 2024.",
        # Reported speech and quotes are body.
        "The vote, he said, is set for Lisbon, Nov. 5, 2024.",
        # Several sentences: a digest paragraph with a dated sign-off.
        "Markets rose again. Bonds were flat. This is the digest for Porto, "
        "May 2, 2016.",
        # The all-capitals text of a wire is no caption credit.
        "THE UNION SAID. THE DEAL WAS FAIR TO ALL",
    ],
)
def test_boilerplate_caption_ending_with_the_date_keeps_body(line: str) -> None:
    assert not captions.is_caption(line)


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


def test_boilerplate_byline_with_outlet_in_brackets() -> None:
    assert bylines.is_header_line("By Jane Doe (The Example Herald)")
    assert not bylines.is_header_line("By then (he said) the crowd had left.")


def test_boilerplate_stamp_line_with_a_round_bullet() -> None:
    assert bylines.is_stamp_line("Northport ● Tue, October 22, 2024")


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
        ("Politics, Europe", ("Politics", "Europe")),
        ("World, Asia, Markets", ("World", "Asia", "Markets")),
        ("Rates rise, again", None),
        ("Politics", None),
        ("One, Two, Three, Four", None),
    ],
)
def test_boilerplate_section_list(line: str, expected: tuple[str, ...] | None) -> None:
    assert sections.section_list(line) == expected


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


def test_boilerplate_gallery_counter_caption() -> None:
    assert captions.is_caption("1 of 5 | Residents wade through water in the town.")
    assert not captions.is_caption("1 of 5 residents left the town, officials said.")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "The governor speaks at a news conference in the capital on Tuesday."
            " (Joint Press Corps)",
            "(Joint Press Corps)",
        ),
        (
            "Lawmakers vote on the motion in the capital, early Wednesday. Yonhap",
            "Yonhap",
        ),
        (
            "The president addresses the media in the capital on June 26. | Jane Doe"
            " | Example Media Group",
            "Jane Doe | Example Media Group",
        ),
        (
            "Protesters gather outside parliament on Tuesday. Post Photo: Jane Doe",
            "Post Photo: Jane Doe",
        ),
        (
            "The two generals at the ceremony. Photo: Office of the President",
            "Photo: Office of the President",
        ),
        (
            "CUSTODY. The former leader at the air base on Tuesday. Photo from a"
            " government video",
            "Photo from a government video",
        ),
        (
            "The former leader during an event in August. - Jane Doe/Examplepress",
            "Jane Doe/Examplepress",
        ),
        (
            "The prime minister speaks on Tuesday.Jane Doe/The Example Press",
            "Jane Doe/The Example Press",
        ),
    ],
)
def test_boilerplate_loose_caption_endings(caption: str, credit: str) -> None:
    assert captions.is_caption(caption)
    found = captions.caption_credit(caption)
    assert found is not None
    assert caption[found[0] : found[1]] == credit


@pytest.mark.parametrize(
    "line",
    [
        "Turnout was high, the ministry said on Tuesday. (SPA)",
        "The council voted on the plan in May. (Updated)",
        "The council met in the capital on Tuesday. (Reporting by Jane Doe)",
        "The rate is 50/50. Both sides agree.",
        "The party won in 2019. | The result stood.",
    ],
)
def test_boilerplate_loose_caption_endings_keep_body(line: str) -> None:
    assert not captions.is_caption(line)


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


def test_a_time_before_the_date_in_a_header_segment() -> None:
    assert bylines.is_header_line("Example Daily News / 06:22 PM February 05, 2025")
    assert bylines.is_header_line("9.15 am 5 March 2024")
    assert not bylines.is_header_line("At 06:22 PM February 05, 2025 they left")


@pytest.mark.parametrize(
    "line",
    [
        "Sky News - back to home",
        "Return to homepage",
        "Back to the home page",
        "Home UK World Politics US Climate Science & Tech Business Ents & Arts",
        "Home News World Business Sport",
    ],
)
def test_boilerplate_home_links_and_menus_are_page_marks(line: str) -> None:
    assert footers.is_page_mark(line)


@pytest.mark.parametrize(
    "line",
    [
        "He went back to home base",
        "Home Secretary Suella Braverman Resigns",
        "Home Office Minister James Brokenshire Says",
    ],
)
def test_boilerplate_home_headlines_are_no_page_marks(line: str) -> None:
    assert not footers.is_page_mark(line)
