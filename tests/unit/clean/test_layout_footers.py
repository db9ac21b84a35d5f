"""Tests for whosaid.clean.layout_footers: notes on the writer below the story."""

from __future__ import annotations

from whosaid.clean import clean_article
from whosaid.records import CleanArticle, RawArticle

BIO_PAGE = """\
Council backs budget after long debate
By Jane Roe, Local Democracy Reporter
18:52, 1 Mar 2024
Councillors approved the budget on Friday, the council said.
"We had no good options left," the leader said.
Jane Roe is the Local Democracy Reporter for Exampleton. It is funded by papers.
Report an error
About The Example Star
"""


def _clean(text: str) -> CleanArticle:
    return clean_article(RawArticle(id="f", text=text))


def _kinds(article: CleanArticle) -> dict[str, str]:
    return {b.text: b.kind for b in article.boilerplate}


def test_layout_footers_note_on_the_bylines_writer_is_credit() -> None:
    article = _clean(BIO_PAGE)
    note = (
        "Jane Roe is the Local Democracy Reporter for Exampleton. "
        "It is funded by papers."
    )
    assert _kinds(article)[note] == "credit"
    assert [s.text for s in article.body] == [
        "Councillors approved the budget on Friday, the council said.",
        '"We had no good options left," the leader said.',
    ]


def test_layout_footers_other_names_last_line_stays_body() -> None:
    text = BIO_PAGE.replace(
        "Jane Roe is the Local", "John Doe is the Local"
    )  # not the byline's writer: a story's last line
    article = _clean(text)
    assert any(s.text.startswith("John Doe is the Local") for s in article.body)


def test_layout_footers_writer_named_above_the_end_stays_body() -> None:
    text = BIO_PAGE.replace(
        "Report an error\n",
        "The vote was 78 to 3, the clerk said after the meeting.\nReport an error\n",
    )
    article = _clean(text)
    assert any(s.text.startswith("Jane Roe is the Local") for s in article.body)


def test_layout_footers_bylines_outlet_closing_the_story_stays_body() -> None:
    text = BIO_PAGE.replace(
        "By Jane Roe, Local Democracy Reporter", "By Jane Roe, Exampleton Star"
    ).replace(
        "Jane Roe is the Local Democracy Reporter for Exampleton. "
        "It is funded by papers.",
        "Exampleton Star was unable to verify the figures independently.",
    )
    article = _clean(text)
    assert article.body[-1].text == (
        "Exampleton Star was unable to verify the figures independently."
    )
