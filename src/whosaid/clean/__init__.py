"""Clean: turn a ``RawArticle`` into a ``CleanArticle`` (title, body, leftovers).

The entry point is :func:`clean_article`.  Boilerplate kinds are the constants
in :mod:`whosaid.clean.boilerplate` (``breadcrumb``, ``section``, ``link_block``,
``site_footer``, ``share``, ``advertisement``, ``byline``, ``credit``).
"""

from whosaid.clean.article import clean_article, photo_credits
from whosaid.clean.boilerplate import BOILERPLATE_KINDS
from whosaid.clean.text import NO_BODY_WARNING, Layout, analyze_layout

__all__ = [
    "BOILERPLATE_KINDS",
    "NO_BODY_WARNING",
    "Layout",
    "analyze_layout",
    "clean_article",
    "photo_credits",
]
