"""Tests for whosaid.clean.captions: photo captions and credits."""

from __future__ import annotations

import pytest

from whosaid.clean import captions


def _credit_text(caption: str) -> str | None:
    """The credit :func:`captions.caption_credit` finds at a caption's end."""
    found = captions.caption_credit(caption)
    return None if found is None else caption[found[0] : found[1]]


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
    assert _credit_text(caption) == credit


def test_caption_without_credit_has_none() -> None:
    assert (
        captions.caption_credit("This file photo shows the minister in Rome.") is None
    )


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
    assert _credit_text(caption) == credit


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
    assert _credit_text(caption) == credit


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
    assert _credit_text(caption) == credit


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
    "line",
    [
        "The chancellor holds up the budget box outside Downing Street (PA Wire)",
        "The chancellor holds up the budget box (Jane Roe/PA Media)",
    ],
)
def test_captions_agency_picture_services(line: str) -> None:
    assert captions.is_caption(line)


def test_captions_wire_in_prose_is_no_caption() -> None:
    assert not captions.is_caption(
        "The chancellor said the budget box was on the wire."
    )
