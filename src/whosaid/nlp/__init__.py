"""spaCy model loading and whosaid's spaCy components."""

from whosaid.nlp.models import DEFAULT_MODEL, doc_text, load_spacy, model_id

__all__ = ["DEFAULT_MODEL", "doc_text", "load_spacy", "model_id"]
