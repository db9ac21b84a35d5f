"""Tests for whosaid.clean on HTML pages (trafilatura extraction)."""

from __future__ import annotations

import pytest

from whosaid.clean import clean_article
from whosaid.errors import InputError
from whosaid.records import Boilerplate, CleanArticle, RawArticle, Span

# Written for these tests, shaped like a wire story on a news site.
PAGE = """\
<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Iran vows response to new US sanctions | World Wire</title>
<meta property="og:site_name" content="World Wire">
<meta property="article:published_time" content="2017-07-30T18:39:00Z">
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> |
<a href="/contact">Contact</a></nav></header>
<main><article>
<h1>Iran vows response to new US sanctions</h1>
<p>Tehran (AFP) - Iran will respond to new US sanctions, President Hassan Rouhani
said on Sunday, warning that Washington "will pay the price" for the measures.</p>
<p>A picture taken on July 1, 2017 shows the Iranian parliament in Tehran.</p>
<p>"We will not sit idly by," Rouhani told parliament in a speech broadcast live
on state television.</p>
<p>The rial's share of foreign exchange trading fell after the speech, traders said.</p>
<p>Read more: Iran tests new missile</p>
<p>The foreign ministry said it would summon the Swiss envoy, who represents US
interests in Tehran.</p>
</article></main>
<footer><p>Copyright 2017 World Wire. All rights reserved.</p></footer>
</body></html>
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


@pytest.fixture(scope="module")
def article() -> CleanArticle:
    result = clean_article(RawArticle(id="p", path="page.html", html=PAGE))
    _check_offsets(result)
    return result


def test_html_title_is_first_line_of_text(article: CleanArticle) -> None:
    assert article.title is not None
    assert article.title.text == "Iran vows response to new US sanctions"
    assert (article.title.start, article.title.end) == (0, len(article.title.text))
    assert article.text.startswith(article.title.text + "\n\n")


def test_html_title_appears_once(article: CleanArticle) -> None:
    assert article.text.count("Iran vows response to new US sanctions") == 1


def test_html_body_paragraphs(article: CleanArticle) -> None:
    body = [span.text for span in article.body]
    assert len(body) == 4
    assert body[0].startswith("Tehran (AFP) - Iran will respond")
    assert body[1].startswith('"We will not sit idly by," Rouhani told parliament')
    assert body[2].startswith("The rial's share of foreign exchange trading fell")
    assert body[3].startswith("The foreign ministry said")


def test_html_catches_leftovers_trafilatura_kept(article: CleanArticle) -> None:
    assert [c.text for c in article.captions] == [
        "A picture taken on July 1, 2017 shows the Iranian parliament in Tehran."
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("link_block", "Read more: Iran tests new missile")
    ]


def test_html_drops_page_furniture(article: CleanArticle) -> None:
    assert "All rights reserved" not in article.text
    assert "Contact" not in article.text


def test_html_date_from_metadata(article: CleanArticle) -> None:
    assert article.date == "2017-07-30"


def test_html_given_date_wins() -> None:
    result = clean_article(RawArticle(id="p", html=PAGE, date="2017-08-01"))
    assert result.date == "2017-08-01"


def test_html_text_wins_when_both_given() -> None:
    result = clean_article(RawArticle(id="p", html=PAGE, text="Plain text here."))
    assert result.text == "Plain text here."


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            "<html><body><nav>Home | About</nav><p>Cookies</p></body></html>",
            id="menu-only",
        ),
        pytest.param(
            "<html><head><title>404</title></head>"
            "<body><h1>Not found</h1></body></html>",
            id="error-page",
        ),
        pytest.param("<html><body></body></html>", id="empty-body"),
        pytest.param(
            "<html><body><article><p>SHARE THIS ARTICLE</p><p>Advertisement</p>"
            "<p>Follow us on Twitter @wire for all the latest news</p>"
            "</article></body></html>",
            id="leftovers-only",
        ),
    ],
)
def test_html_without_article_raises_no_article(html: str) -> None:
    with pytest.raises(InputError) as info:
        clean_article(RawArticle(id="x", html=html))
    assert info.value.code == "input.no_article"


@pytest.mark.parametrize(
    "title",
    [
        # A known outlet, no site name metadata.
        "Floods force thousands from their homes | Reuters",
        # A brand the page names again.
        "Example Herald - Floods force thousands from their homes",
    ],
)
def test_html_title_without_the_site_name(title: str) -> None:
    page = (
        f"<html><head><title>{title}</title></head><body><article>"
        "<p>Floods forced thousands from their homes on Monday, officials told "
        "the Example Herald.</p><p>Rains are expected to continue for a week, "
        "forecasters said on Tuesday.</p></article></body></html>"
    )
    result = clean_article(RawArticle(id="p", path="page.html", html=page))
    _check_offsets(result)
    assert result.title is not None
    assert result.title.text == "Floods force thousands from their homes"
