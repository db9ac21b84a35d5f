"""Parse a long text in chunks: bounded memory, and a deadline between chunks.

spaCy's cost per token is constant, but one Doc of a million characters
makes every layer hold arrays for all its tokens at once.  A text longer
than :data:`LONG_TEXT_CHARS` is therefore cut into chunks of at most
:data:`CHUNK_CHARS` characters -- at line breaks (where whosaid starts a
sentence anyway), else, inside an overlong paragraph, after a sentence end,
else after any whitespace -- parsed chunk by chunk and merged with
``Doc.from_docs``.  The chunks are slices of the text and spaCy keeps every
character, so the merged Doc's text is the input and every offset holds.

A paragraph cut inside a sentence gets a sentence boundary at the cut; the
tagger and parser see up to a few tokens less context at each cut.  Texts
up to :data:`LONG_TEXT_CHARS` (every PolNeAR article, almost every news
article) are parsed whole, exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whosaid.deadline import NO_DEADLINE, Deadline
from whosaid.errors import ProcessingError

__all__ = ["CHUNK_CHARS", "LONG_TEXT_CHARS", "parse_chunked", "split_chunks"]

LONG_TEXT_CHARS = 100_000
"""Texts longer than this are parsed in chunks."""
CHUNK_CHARS = 20_000
"""The longest chunk, in characters."""
CHUNKS_PER_STEP = 2
"""Chunks spaCy parses between two deadline checks."""

_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE_RE = re.compile(r"\s+")


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a chunk that starts at ``start`` and may reach ``limit``.

    After the last line break, else after the last sentence end, else after
    the last whitespace in ``text[start:limit]``; else at ``limit``.
    """
    newline = text.rfind("\n", start, limit)
    if newline >= 0:
        return newline + 1
    for pattern in (_SENTENCE_END_RE, _SPACE_RE):
        ends = [m.end() for m in pattern.finditer(text, start, limit)]
        if ends and ends[-1] < limit:
            return ends[-1]
        if len(ends) > 1:
            return ends[-2]
    return limit


def split_chunks(text: str, max_chars: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into consecutive slices of at most ``max_chars`` characters.

    ``"".join(split_chunks(text)) == text`` always holds.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    chunks: list[str] = []
    start = 0
    n = len(text)
    while start < n:
        if n - start <= max_chars:
            end = n
        else:
            end = _cut(text, start, start + max_chars)
            if end <= start:
                end = start + max_chars
        chunks.append(text[start:end])
        start = end
    return chunks


def _steps(chunks: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(chunks), size):
        yield chunks[i : i + size]


def parse_chunked(
    nlp: Any,
    text: str,
    *,
    deadline: Deadline = NO_DEADLINE,
    max_chars: int = CHUNK_CHARS,
) -> Any:
    """Parse ``text`` chunk by chunk into one Doc (see the module docstring).

    Raises:
        ArticleTimeout: the deadline expired between two chunks.
        ProcessingError: the merged Doc's text differs from the input.
    """
    from spacy.tokens import Doc

    docs: list[Any] = []
    for step in _steps(split_chunks(text, max_chars), CHUNKS_PER_STEP):
        deadline.check("parse")
        docs.extend(nlp.pipe(step, batch_size=CHUNKS_PER_STEP))
    deadline.check("parse")
    if not docs:
        return nlp(text)
    doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
    if doc.text != text:
        raise ProcessingError(
            "chunked parse changed the text", code="nlp.failed"
        )  # pragma: no cover - spaCy keeps every character
    return doc
