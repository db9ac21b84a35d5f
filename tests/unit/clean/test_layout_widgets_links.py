"""Tests for the clip titles under players (layout_widgets) and quoted
headlines under link markers (layout_links)."""

from __future__ import annotations

from whosaid.clean import clean_article
from whosaid.records import CleanArticle, RawArticle

PAGE = """\
Ottawa moves to end the postal strike
By Jane Roe
Posted December 13, 2024 3:41 pm
The government asked the labour board on Friday to order postal workers back.
Click to play video: 'Postal strike: Ottawa asks board to act'
Postal strike: Ottawa asks board to act
"This is an attack on the right to strike," the union's president said.
The board is expected to rule next week, officials said.
Read next:
'It's a revolution in the ballot box': Voters say they want change
Counting continues in the south
"""


def _clean(text: str) -> CleanArticle:
    return clean_article(RawArticle(id="w", text=text))


def test_layout_clip_title_under_its_player_is_caption() -> None:
    article = _clean(PAGE)
    assert "Postal strike: Ottawa asks board to act" in [
        c.text for c in article.captions
    ]


def test_layout_quoted_headline_under_a_marker_is_a_link() -> None:
    article = _clean(PAGE)
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert (
        kinds["'It's a revolution in the ballot box': Voters say they want change"]
        == "link_block"
    )
    assert [s.text for s in article.body] == [
        "The government asked the labour board on Friday to order postal workers back.",
        '"This is an attack on the right to strike," the union\'s president said.',
        "The board is expected to rule next week, officials said.",
    ]


AD_PAGE = """\
Candidates crisscross the state in final push

The candidates raced across the state on Wednesday, aides said.

Related Advertising Links
Get a free credit report in minutes

Advertisement
Voters said the economy was their first worry, according to a poll.
"""


def test_layout_ad_under_an_ad_label_in_a_short_block() -> None:
    article = _clean(AD_PAGE)
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["Get a free credit report in minutes"] == "advertisement"
    assert [s.text for s in article.body] == [
        "The candidates raced across the state on Wednesday, aides said.",
        "Voters said the economy was their first worry, according to a poll.",
    ]


LIVE_PAGE = """\
Live updates: Speaker wins the vote after days of defeats

The House elected its speaker early on Saturday, officials said.

1h ago / 12:47 AM EST
Speaker: 'The hard part is behind us'

The new speaker thanked his family and his colleagues.

2h ago / 12:31 AM EST
Leader hands over the gavel with a long speech

The leader spoke for nearly an hour, aides said.
"""


def test_layout_live_blog_entry_headlines_stay_body() -> None:
    article = _clean(LIVE_PAGE)
    body = [s.text for s in article.body]
    assert "Speaker: 'The hard part is behind us'" in body
    assert "Leader hands over the gavel with a long speech" in body
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["1h ago / 12:47 AM EST"] == "byline"


CREDIT_FIRST_PAGE = """\
Leaders gather for the summit in New York

Each leader was allotted five minutes to speak, organisers said.

EXA Photo/Jane Roe
The president addresses the summit on Wednesday. Aides said he rewrote it.

The president called on the body to act faster, officials said.
"""


def test_layout_caption_under_a_credit_opening_its_block() -> None:
    article = _clean(CREDIT_FIRST_PAGE)
    assert (
        "The president addresses the summit on Wednesday. Aides said he rewrote it."
    ) in [c.text for c in article.captions]
    assert [s.text for s in article.body] == [
        "Each leader was allotted five minutes to speak, organisers said.",
        "The president called on the body to act faster, officials said.",
    ]


def test_layout_writers_credit_opening_a_block_makes_no_caption() -> None:
    text = CREDIT_FIRST_PAGE.replace("EXA Photo/Jane Roe", "Jane Roe/Example")
    article = _clean(text)
    assert any(s.text.startswith("The president addresses") for s in article.body)
