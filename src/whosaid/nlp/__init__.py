"""spaCy model loading and whosaid's spaCy components."""

from whosaid.nlp.models import DEFAULT_MODEL, load_spacy, model_id

__all__ = ["DEFAULT_MODEL", "load_spacy", "model_id"]
