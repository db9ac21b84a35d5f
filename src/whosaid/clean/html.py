"""Clean an HTML page: extract the article with trafilatura, then annotate it.

``CleanArticle.text`` is built from trafilatura's output: the title, a blank
line, then the extracted body text, so the title is a real span of the text.
The body part then goes through the same line analysis as plain text
(:func:`whosaid.clean.text.analyze_layout`) to catch captions, link blocks and
footers that trafilatura kept.

Size: the raw page may be large (see ``DEFAULT_MAX_HTML_BYTES`` in
:mod:`whosaid.ingest.encoding`: pages are mostly inline script); the article
text extracted from it is held to ``DEFAULT_MAX_CHARS`` (``input.too_large``).

Depth: a page nested deeper than lxml's default limit (256) is parsed again
as a huge tree, and one deeper than that limit too (2048) is read as plain
text (:mod:`whosaid.clean.deep`); either way its record carries the warning
``html.deep_nesting``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import unescape
from typing import Any, Final

import trafilatura
from lxml.etree import LxmlError

from whosaid.clean import masthead
from whosaid.clean.deep import DEEP_WARNING, parse_deep, plain_text
from whosaid.clean.text import analyze_layout
from whosaid.errors import InputError
from whosaid.ingest.encoding import DEFAULT_MAX_CHARS
from whosaid.records import CleanArticle, RawArticle, Span

logger = logging.getLogger(__name__)

# Less than about a sentence of extracted text is no article: trafilatura
# returns menus or cookie notices for index and error pages.
MIN_ARTICLE_WORDS: Final = 6
MIN_ARTICLE_CHARS: Final = 30

_TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " :: ", " » ")
_SPACES = re.compile(r"\s+")


def clean_html(raw: RawArticle, html: str) -> CleanArticle:
    """Clean an HTML article.

    Args:
        raw: The article as read (for id, path, url and date).
        html: Its HTML.

    Returns:
        The clean article.  ``date`` and ``url`` come from ``raw`` when set,
        else from the page metadata; ``section`` from a breadcrumb in the text,
        else from the page's categories.

    Raises:
        InputError: ``input.no_article`` when the page holds no article text,
            ``input.too_large`` when its text is over ``DEFAULT_MAX_CHARS``.
    """
    document, warnings = _extract_article(html, url=raw.url)
    body_text = (_attribute(document, "text") or "").strip()
    if not _is_article(body_text):
        raise InputError(
            "no article text found in the HTML page", code="input.no_article"
        )
    title = _clean_title(
        _attribute(document, "title"), sitename=_attribute(document, "sitename")
    )
    title = _without_site(title, body_text, html)
    if title:
        first_line, _, rest = body_text.partition("\n")
        if first_line.strip().casefold() == title.casefold():
            body_text = rest.strip()
    if title and body_text:
        text = f"{title}\n\n{body_text}"
        title_span: Span | None = Span.of(text, 0, len(title))
        body_start = len(title) + 2
    else:
        text = body_text or title
        title_span = None
        body_start = 0
    layout = analyze_layout(
        text,
        start=body_start,
        title=title_span,
        find_title=title_span is None,
        join_wrapped=False,
        screen_lines=False,
    )
    if not layout.body:
        raise InputError(
            "the HTML page's text holds no article body", code="input.no_article"
        )
    if len(text) > DEFAULT_MAX_CHARS:
        raise InputError(
            f"the text extracted from the HTML page is {len(text):,} characters, "
            f"over the limit of {DEFAULT_MAX_CHARS:,}",
            code="input.too_large",
        )
    categories = _attribute_list(document, "categories")
    return CleanArticle(
        id=raw.id,
        path=raw.path,
        url=raw.url or _attribute(document, "url"),
        date=raw.date or _attribute(document, "date"),
        text=text,
        title=layout.title,
        section=layout.section or categories,
        body=layout.body,
        captions=layout.captions,
        boilerplate=layout.boilerplate,
        warnings=(*warnings, *layout.warnings),
    )


@dataclass(frozen=True, slots=True)
class _PlainDocument:
    """What :func:`plain_text` read, shaped like trafilatura's document."""

    text: str
    title: str | None
    sitename: str | None = None
    url: str | None = None
    date: str | None = None
    categories: tuple[str, ...] = ()


def _is_article(body_text: str) -> bool:
    return (
        _word_count(body_text) >= MIN_ARTICLE_WORDS
        and len(body_text) >= MIN_ARTICLE_CHARS
    )


def _extract_article(html: str, *, url: str | None) -> tuple[Any, tuple[str, ...]]:
    """trafilatura's document for the page, and warnings; pages too deep for
    lxml's default parser are parsed again (see the module docstring)."""
    document = _extract(html, url=url)
    if _is_article((_attribute(document, "text") or "").strip()):
        return document, ()
    deep = parse_deep(html)
    if deep is None:
        return document, ()
    if deep.tree is not None:
        again = _extract(deep.tree, url=url)
        if _is_article((_attribute(again, "text") or "").strip()):
            return again, (
                f"{DEEP_WARNING}: elements nested over 255 deep; "
                "the page was parsed as a huge tree",
            )
    if not deep.truncated:
        return document, ()
    title, text = plain_text(html)
    logger.info("page nested over 2047 deep: read as plain text")
    return _PlainDocument(text=text, title=title or None), (
        f"{DEEP_WARNING}: elements nested over 2047 deep; "
        "the page was read as plain text",
    )


def _word_count(text: str) -> int:
    """Return the number of whitespace-separated words in ``text``."""
    return len(text.split())


def _extract(html: Any, *, url: str | None) -> Any:
    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except (LxmlError, ValueError) as e:
        raise InputError(
            f"the HTML page could not be parsed: {e}", code="input.no_article"
        ) from e


def _attribute(document: Any, name: str) -> str | None:
    value = getattr(document, name, None) if document is not None else None
    return value if isinstance(value, str) and value.strip() else None


def _attribute_list(document: Any, name: str) -> tuple[str, ...]:
    value = getattr(document, name, None) if document is not None else None
    if not isinstance(value, list | tuple):
        return ()
    return tuple(
        item.strip() for item in value if isinstance(item, str) and item.strip()
    )


# The page's <title> stands in its head, near the top.
_HEAD_MAX_CHARS: Final = 200_000
_PAGE_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def _without_site(title: str, body_text: str, html: str) -> str:
    """The title without the site's name at one end when the page has no
    site name metadata (``Floods hit the north | Example Times``): a known
    outlet, or a brand the text names again (:mod:`whosaid.clean.masthead`).

    Of ``Example Times - Floods hit the north`` trafilatura keeps the site's
    name; the headline is then taken from the page's ``<title>``.
    """
    if not title:
        return title
    lines = body_text.splitlines()
    found = masthead.split_site_title(title, lines)
    if found is not None:
        return title[found[0] : found[1]]
    if not masthead.is_site_name(title, lines):
        return title
    m = _PAGE_TITLE.search(html, 0, _HEAD_MAX_CHARS)
    page_title = _SPACES.sub(" ", unescape(m.group(1))).strip() if m else ""
    found = masthead.split_site_title(page_title, lines)
    return page_title[found[0] : found[1]] if found is not None else title


def _clean_title(title: str | None, *, sitename: str | None) -> str:
    """One-line title without a trailing ``| Site Name``."""
    if not title:
        return ""
    title = _SPACES.sub(" ", title).strip()
    if sitename:
        site = _SPACES.sub(" ", sitename).strip()
        for separator in _TITLE_SEPARATORS:
            suffix = f"{separator}{site}"
            if title.casefold().endswith(suffix.casefold()) and len(title) > len(
                suffix
            ):
                title = title[: -len(suffix)].strip()
                break
    return title
