"""Pages nested too deep for lxml's default parser.

libxml2 (under lxml, under trafilatura) stops building the tree at depth 256
unless it is asked for a "huge" tree, which it then builds to depth 2048; the
content below that depth is dropped, and a page whose article sits there
(generated markup, unclosed ``<div>`` soup) looked like a page without an
article.  :func:`parse_deep` tells whether a page hit that limit and gives
the huge tree to extract from; :func:`plain_text` reads the text of a page of
any depth with the standard library's streaming parser, for pages deeper
still.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any, Final

from lxml import etree
from lxml.html import HTMLParser as LxmlHTMLParser
from lxml.html import fromstring

__all__ = ["DEEP_WARNING", "DeepParse", "parse_deep", "plain_text"]

DEEP_WARNING: Final = "html.deep_nesting"
"""Warning code of a page read past lxml's default depth limit."""

_SKIPPED: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "iframe",
        "object",
    }
)
_BLOCKS: Final = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "article",
        "section",
        "main",
        "blockquote",
        "pre",
        "tr",
        "td",
        "th",
        "table",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "dl",
        "hr",
        "body",
        "title",
    }
)
# Void elements have no end tag and add no depth.
_VOID: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
    | {"param", "source", "track", "wbr"}
)
_SPACES = re.compile(r"\s+")


class DeepParse:
    """The result of :func:`parse_deep`.

    Attributes:
        tree: The page's tree from a ``huge_tree`` parser (depth up to 2048),
            or ``None`` when it could not be parsed.
        truncated: Even the huge tree hit libxml2's depth limit.
    """

    __slots__ = ("tree", "truncated")

    def __init__(self, tree: Any, *, truncated: bool) -> None:
        self.tree = tree
        self.truncated = truncated


def _parser(*, huge: bool) -> LxmlHTMLParser:
    # The options trafilatura's own parser uses, plus huge_tree when asked.
    return LxmlHTMLParser(
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=huge,
    )


def _hit_depth_limit(parser: LxmlHTMLParser) -> bool:
    return any(
        error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
        or "Excessive depth" in error.message
        for error in parser.error_log
    )


def _parse(html: str, *, huge: bool) -> tuple[Any, bool]:
    parser = _parser(huge=huge)
    try:
        tree = fromstring(html, parser=parser)
    except ValueError:  # a string with an XML encoding declaration
        tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.LxmlError:
        return None, _hit_depth_limit(parser)
    return tree, _hit_depth_limit(parser)


def parse_deep(html: str) -> DeepParse | None:
    """Parse a page again when lxml's default parser lost part of it.

    Args:
        html: The page.

    Returns:
        ``None`` when the default parser reads the whole page (it is not too
        deep: nothing to retry); else the page parsed with ``huge_tree``.
    """
    _tree, limited = _parse(html, huge=False)
    if not limited:
        return None
    tree, truncated = _parse(html, huge=True)
    return DeepParse(tree, truncated=truncated)


class _TextCollector(HTMLParser):
    """Collects the text of block elements, streaming, at any depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self._parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            if tag not in _VOID:
                self._skip_depth += 1
            return
        if tag in _BLOCKS:
            self._flush()
        if tag == "title":
            self._in_title = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "title":
            self._in_title = False
            self.title = _SPACES.sub(" ", "".join(self._parts)).strip()
            self._parts = []
            return
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip_depth == 0:
            self._parts.append(data)

    def _flush(self) -> None:
        if self._in_title:
            return
        paragraph = _SPACES.sub(" ", "".join(self._parts)).strip()
        self._parts = []
        if paragraph:
            self.paragraphs.append(paragraph)

    def finish(self) -> None:
        self.close()
        self._in_title = False
        self._flush()


def plain_text(html: str) -> tuple[str, str]:
    """The title and the text of a page, without building a tree.

    Text inside scripts, styles, navigation, headers, footers, asides and
    forms is left out; every block element (paragraph, heading, list item,
    ``div``…) ends a line.

    Args:
        html: The page.

    Returns:
        The ``<title>`` (or ``""``) and the text, one block per line.
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.finish()
    return collector.title, "\n".join(collector.paragraphs)
