"""spaCy model loading and whosaid's spaCy components."""

from whosaid.nlp.models import (
    DEFAULT_MODEL,
    doc_text,
    load_spacy,
    model_id,
    tokens_with_pos,
)

__all__ = ["DEFAULT_MODEL", "doc_text", "load_spacy", "model_id", "tokens_with_pos"]
