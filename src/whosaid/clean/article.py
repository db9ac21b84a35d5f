"""The clean stage's entry point: ``RawArticle`` in, ``CleanArticle`` out."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from whosaid.clean.boilerplate import caption_credit
from whosaid.clean.html import clean_html
from whosaid.clean.text import clean_text
from whosaid.errors import InputError
from whosaid.records import CleanArticle, RawArticle

logger = logging.getLogger(__name__)


def clean_article(raw: RawArticle, *, warnings: Sequence[str] = ()) -> CleanArticle:
    """Clean one article: find its title, body paragraphs, captions and leftovers.

    Plain text is kept unchanged as ``CleanArticle.text``; HTML is reduced to
    its article text with trafilatura first.  When ``raw`` has both, the text
    is used.

    Args:
        raw: The article as read.
        warnings: Warnings from earlier stages (``"code: message"``), e.g.
            ``whosaid.ingest.Ingested.warnings``; they come first in
            ``CleanArticle.warnings``.

    Returns:
        The clean article.  ``text[span.start:span.end] == span.text`` holds for
        its title, body, captions and boilerplate.

    Raises:
        InputError: ``input.empty`` (no text, or only whitespace),
            ``input.binary`` (a NUL character in the text or HTML),
            ``input.no_article`` (an HTML page with no article text).

    Example:
        >>> article = clean_article(RawArticle(id="a", text="Title here\\n\\nBody."))
        >>> article.title.text, [span.text for span in article.body]
        ('Title here', ['Body.'])
    """
    for content in (raw.text, raw.html):
        if content is not None and "\x00" in content:
            # Every path into the pipeline (files, JSON Lines, the API, stored
            # inputs) ends here: NUL is binary, as for bytes read from a file.
            raise InputError(
                f"article {raw.id!r} looks binary (it contains NUL characters)",
                code="input.binary",
            )
    if raw.text is not None and raw.text.strip():
        result = clean_text(raw, raw.text)
    elif raw.html is not None and raw.html.strip():
        result = clean_html(raw, raw.html)
    else:
        raise InputError(f"article {raw.id!r} has no text", code="input.empty")
    logger.debug(
        "cleaned %s: %d body paragraphs, %d captions, %d leftovers",
        raw.id,
        len(result.body),
        len(result.captions),
        len(result.boilerplate),
    )
    if not warnings:
        return result
    return dataclasses.replace(result, warnings=(*warnings, *result.warnings))


def photo_credits(clean: CleanArticle) -> list[tuple[int, int]]:
    """The photo credits ending the article's captions, as character ranges
    of its text ("(AP Photo/Jane Doe)", "REUTERS/Jane Doe"): the photographer
    and the agency are no actors of the story."""
    spans = []
    for caption in clean.captions:
        found = caption_credit(caption.text)
        if found is not None:
            spans.append((caption.start + found[0], caption.start + found[1]))
    return spans
