"""Custom spaCy components used by whosaid."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "whosaid_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News pages put headlines, captions and paragraphs on their own lines; a
    sentence never runs across a line break, and the parser respects the
    boundaries set here.
    """
    for token in doc[1:]:
        prev: Any = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc
