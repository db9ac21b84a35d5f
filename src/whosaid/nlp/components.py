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
    # a wire dateline opening a paragraph is no part of the sentence after it
    breaks += [
        end
        for start in (0, *breaks)
        if start < len(doc) and (end := dateline_end(doc, start)) is not None
    ]
    if not breaks:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    starts = table[:, 1].copy()
    starts[breaks] = 1
    parsed.from_array([SENT_START], starts)
    return doc


DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_MAX_TOKENS = 12


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after a wire dateline opening a paragraph at
    ``start``: "Lagos (AFP) –", "WASHINGTON, Dec 18 (Reuters) -", "KYIV,
    Ukraine (AP) —", "BEIRUT —", "Washington (CNN)President".  Capitalised
    words, a comma, a date and a bracketed agency, then a dash (or the
    agency's closing bracket glued to the next word); None otherwise."""
    words = 0
    marked = False  # a place in capitals ("BEIRUT") or a bracketed agency
    for i in range(start, min(len(doc), start + DATELINE_MAX_TOKENS)):
        tok = doc[i]
        text = tok.text
        if text in DATELINE_DASHES:
            spaced = bool(tok.whitespace_) and bool(doc[i - 1].whitespace_)
            if not spaced:  # "Secretary-General": a hyphen, not a dash
                return None
            return i + 1 if words and marked and i + 1 < len(doc) else None
        if text == ")" and words and i + 1 < len(doc) and not tok.whitespace_:
            nxt = doc[i + 1].text
            return i + 1 if nxt[:1].isupper() else None  # "(CNN)President"
        if text == ")" and i >= start + 2 and doc[i - 2].text == "(":
            marked = True
        if text in {",", "(", ")", "."} or text.isdigit():
            continue
        if not text[:1].isupper() or tok.is_space:
            return None
        if len(text) > 1 and text.isupper():
            marked = True
        words += 1
    return None


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
