"""Custom spaCy components used by whosaid."""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE
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

    A line break is always inside a whitespace token: a token's trailing
    whitespace (``whitespace_``) is one plain space at most.  So only the
    space tokens (one array read) are looked at, not every token.
    """
    if len(doc) < 2:
        return doc
    parsed: Any = doc
    spaces = np.flatnonzero(np.asarray(parsed.to_array(IS_SPACE))[:-1])
    for i in spaces.tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc
