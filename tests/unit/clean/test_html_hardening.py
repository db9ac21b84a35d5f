"""HTML hardening (issue 12): deep nesting and the limit on extracted text."""

from __future__ import annotations

import pytest

import whosaid.clean.html as clean_html_module
from whosaid.clean.deep import parse_deep, plain_text
from whosaid.clean.html import clean_html
from whosaid.errors import InputError
from whosaid.records import RawArticle

SENTENCE = "The minister said on Monday that the talks would resume next week"


def _nested(depth: int) -> str:
    body = "".join(f"<p>{SENTENCE}, paragraph {i}.</p>" for i in range(5))
    return (
        "<html><head><title>Deep page</title><script>var a = 1;</script></head>"
        "<body><nav>Home | World</nav>"
        + "<div>" * depth
        + body
        + "</div>" * depth
        + "</body></html>"
    )


@pytest.mark.parametrize(
    ("depth", "how"),
    [
        pytest.param(10, None, id="shallow"),
        pytest.param(300, "huge tree", id="over-256"),
        pytest.param(3000, "plain text", id="over-2048"),
    ],
)
def test_deep_page_keeps_its_article(depth: int, how: str | None) -> None:
    # Issue 12: HTML nested 256 deep or more lost its article (input.no_article).
    article = clean_html(RawArticle(id="x", html=_nested(depth)), _nested(depth))
    assert article.title is not None
    assert article.title.text == "Deep page"
    assert len(article.body) == 5
    assert article.body[0].text.startswith(SENTENCE)
    assert "Home | World" not in article.text
    assert "var a" not in article.text
    deep = [w for w in article.warnings if w.startswith("html.deep_nesting:")]
    if how is None:
        assert deep == []
    else:
        assert len(deep) == 1
        assert how in deep[0]


def test_parse_deep_only_for_pages_past_the_limit() -> None:
    assert parse_deep(_nested(10)) is None
    deep = parse_deep(_nested(300))
    assert deep is not None
    assert deep.tree is not None
    assert not deep.truncated
    deeper = parse_deep(_nested(3000))
    assert deeper is not None
    assert deeper.truncated


def test_deep_page_without_an_article_is_still_no_article() -> None:
    html = "<html><body>" + "<div>" * 400 + "<a href=x>Home</a>" + "</div>" * 400
    with pytest.raises(InputError) as info:
        clean_html(RawArticle(id="x", html=html), html)
    assert info.value.code == "input.no_article"


def test_plain_text_skips_scripts_and_splits_blocks() -> None:
    title, text = plain_text(
        "<title>T &amp; U</title><script>x()</script><p>One <b>two</b></p>"
        "<div>Three<br>Four</div><footer>Legal</footer>"
    )
    assert title == "T & U"
    assert text.split("\n") == ["One two", "Three", "Four"]


def test_limit_applies_to_the_extracted_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 12: the 1,000,000-character limit was applied to the raw HTML.
    page = _nested(5)
    monkeypatch.setattr(clean_html_module, "DEFAULT_MAX_CHARS", 100)
    with pytest.raises(InputError) as info:
        clean_html(RawArticle(id="x", html=page), page)
    assert info.value.code == "input.too_large"
    assert "extracted" in info.value.message


def test_page_mostly_script_is_judged_by_its_article() -> None:
    script = "<script>var x = '" + "a" * 1_200_000 + "';</script>"
    page = _nested(5).replace("<script>var a = 1;</script>", script)
    assert len(page) > 1_000_000
    article = clean_html(RawArticle(id="x", html=page), page)
    assert len(article.text) < 2_000
    assert len(article.body) == 5


@pytest.mark.parametrize("field", ["text", "html"])
def test_clean_refuses_nul_on_every_path(field: str) -> None:
    # RawArticles built without iter_inputs (the API's HTML fragments, stored
    # inputs) meet the same rule as files.
    from whosaid.clean import clean_article

    raw = RawArticle(id="x", **{field: f"<p>{SENTENCE}\x00.</p>"})
    with pytest.raises(InputError) as info:
        clean_article(raw)
    assert info.value.code == "input.binary"
