"""Lines of market figures: ticker strips and quote boxes of business pages.

A business site puts a strip of prices over its headline (``DJIA 17596.35 ▼
-350.33 -1.95%   S&P 500 2057.64 ▼ -2.09%``, ``KSE-100 41,452.68 | USD/PKR
285.99 | Gold (tola) Rs 204,000``) and a quote box over a company's story
(``WIRECARD AG (WDI) | Xetra | 3.49 EUR | -77.98%``).  Such a line is no
headline and no body: it is a row of items, each a short name and its
figures, set apart by bars, bullets or runs of spaces.

:func:`is_figure_strip` tells one from its shape alone, never from the names
of indices or currencies: it does not end a sentence, and at least two of its
items, and at least half of them, are short and hold a bare figure (a number,
perhaps signed, in brackets, with a currency sign or a per cent sign).
:func:`figure_features` gives the shapes the learned line model
(:mod:`whosaid.clean.line_model`) reads: price-like tokens, signed changes.
:func:`is_dated_item` tells an item of a dated list of headlines (``06/25
Example files for insolvency``), which below the story is site footer
(:mod:`whosaid.clean.layout_footers`).
"""

from __future__ import annotations

import re
from typing import Final

from whosaid.clean.line_shape import ends_sentence

__all__ = [
    "figure_features",
    "figure_items",
    "figure_tokens",
    "is_dated_item",
    "is_figure_strip",
    "signed_figures",
]

# Items of a strip are set apart by a bar, a bullet, or two spaces or more.
_ITEM_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s{2,}")
# A bare figure: a number with an optional sign, currency, per cent sign or
# brackets around it (``32,191``, ``+0.62%``, ``(-1.23%)``, ``$74.34``).
_FIGURE = re.compile(r"^\(?[+\-−▲▼]?[$€£¥₹]?\d[\d,]*(?:\.\d+)?%?\)?[,;]?$")
_SIGNED = re.compile(r"^\(?[+\-−][$€£¥₹]?\d[\d,]*(?:\.\d+)?%?\)?$|^[▲▼]$")
_YEAR = re.compile(r"^\(?(?:1[89]|20)\d\d\)?$")
_PRICE_MARKS: Final = frozenset("+-−▲▼$€£¥₹%.,")
# A dated item of a list of links: ``06/25 Example files for insolvency``.
_DATED_ITEM = re.compile(r"^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+\S")
# An item of a strip is short: a name and its figures.
_ITEM_MAX_WORDS = 8
_STRIP_MIN_ITEMS: Final = 2


def figure_tokens(text: str) -> int:
    """How many of the line's whitespace-separated tokens are bare figures
    that look like a price or a change: with a sign, a currency, a per cent
    sign, a decimal point, a thousands comma, or three digits or more (not a
    year: ``2024`` and a day ``1,`` are a date's)."""
    return sum(1 for token in text.split() if _is_price(token))


def _is_price(token: str) -> bool:
    if not _FIGURE.match(token):
        return False
    token = token.rstrip(",;")
    digits = sum(c.isdigit() for c in token)
    if _YEAR.match(token):
        return False
    return digits >= 3 or any(c in _PRICE_MARKS for c in token)


def signed_figures(text: str) -> int:
    """How many tokens are signed changes (``+0.62%``, ``-338.61``) or up
    and down arrows (``▲``, ``▼``)."""
    return sum(1 for token in text.split() if _SIGNED.match(token))


def figure_items(text: str) -> tuple[int, int]:
    """The line's items (split at bars, bullets and runs of spaces) and how
    many of them are short and hold a bare figure."""
    items = [item for item in _ITEM_SEPARATOR.split(text) if item.strip()]
    with_figures = sum(
        1
        for item in items
        if len(item.split()) <= _ITEM_MAX_WORDS and figure_tokens(item) > 0
    )
    return len(items), with_figures


def is_figure_strip(text: str) -> bool:
    """Whether ``text`` is a row of market figures: no sentence, and at least
    two of its items, and half of them, short and holding a bare figure."""
    if ends_sentence(text):
        return False
    items, with_figures = figure_items(text)
    return with_figures >= _STRIP_MIN_ITEMS and 2 * with_figures >= items


def figure_features(text: str) -> list[str]:
    """The line model's features of figures: how many price-like tokens
    (0, 1, 2, 3 or more), a signed change, a whole strip of figures."""
    count = figure_tokens(text)
    features = [f"figures:{min(count, 3)}"]
    if signed_figures(text):
        features.append("figures:signed")
    if count and is_figure_strip(text):
        features.append("figures:strip")
    return features


def is_dated_item(text: str) -> bool:
    """Whether ``text`` opens with a short date and goes on in words, as the
    items of a site's dated list of headlines do (``06/25 Example files for
    insolvency``), not a stamp (``06/25/2020 | 05:41pm``)."""
    match = _DATED_ITEM.match(text)
    return match is not None and text[match.end() - 1].isalpha()
