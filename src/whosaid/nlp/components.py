"""Custom spaCy components used by whosaid."""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span

from whosaid.entities.lexicon import FIRST_NAMES


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
    space tokens (one array read) are looked at, not every token, and the
    boundaries are written with one ``Doc.from_array`` (setting
    ``Token.is_sent_start`` checks the whole doc for a parse each time).

    Raises:
        ValueError: the doc is already parsed (spaCy's E043, as
            ``Token.is_sent_start`` raises).
    """
    if len(doc) < 2:
        return doc
    parsed: Any = doc
    table = np.asarray(parsed.to_array([IS_SPACE, SENT_START]), dtype=np.uint64)
    spaces = np.flatnonzero(table[:-1, 0]).tolist()
    breaks = [i + 1 for i in spaces if "\n" in doc[i].text]
    if not breaks:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    starts = table[:, 1].copy()
    starts[breaks] = 1
    parsed.from_array([SENT_START], starts)
    return doc


@Language.component(
    "whosaid_first_names",
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def first_names(doc: Doc) -> Doc:
    """A person entity takes the first name the NER left out before it.

    "Boris Johnson and Jeremy Corbyn" after a headline can come out as
    "Boris" (no entity) + "Johnson" (PERSON): the capitalised first name
    right before a person's name, one space apart on the same line and in
    no entity, joins it, so every stage sees "Boris Johnson".
    """
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        if (
            before.ent_type_
            or before.whitespace_ != " "
            or not before.text[:1].isupper()
            or before.lower_ not in FIRST_NAMES
        ):
            continue
        ents[k] = Span(doc, ent.start - 1, ent.end, label=ent.label_)
        changed = True
    if changed:
        doc.ents = ents
    return doc
