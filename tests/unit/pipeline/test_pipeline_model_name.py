"""``Pipeline.model_name`` is built once per spaCy pipeline and taggers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whosaid.stage_runner import Pipeline


@dataclass
class _Nlp:
    """Counts its ``meta`` reads (spaCy's gathers every component's labels)."""

    name: str
    reads: int = 0

    @property
    def meta(self) -> dict[str, Any]:
        self.reads += 1
        return {"lang": "en", "name": self.name, "version": "1.0"}


@dataclass
class _Model:
    name: str


@dataclass
class _Taggers:
    model: _Model = field(default_factory=lambda: _Model("crf-a"))


def _pipeline(nlp: _Nlp, taggers: _Taggers) -> Pipeline:
    return Pipeline(nlp=nlp, taggers=taggers, knowledge=None, lexicon=None)  # type: ignore[arg-type]


def test_model_name_reads_meta_once() -> None:
    nlp = _Nlp("core_a")
    pipeline = _pipeline(nlp, _Taggers())
    assert pipeline.model_name == "en_core_a-1.0+crf-a"
    assert pipeline.model_name == "en_core_a-1.0+crf-a"
    assert nlp.reads == 1


def test_model_name_follows_a_new_nlp_or_taggers() -> None:
    pipeline = _pipeline(_Nlp("core_a"), _Taggers())
    assert pipeline.model_name == "en_core_a-1.0+crf-a"
    pipeline.nlp = _Nlp("core_b")
    assert pipeline.model_name == "en_core_b-1.0+crf-a"
    pipeline.taggers = _Taggers(_Model("crf-b"))  # type: ignore[assignment]
    assert pipeline.model_name == "en_core_b-1.0+crf-b"


def test_model_name_cache_is_no_part_of_equality_or_repr() -> None:
    nlp, taggers = _Nlp("core_a"), _Taggers()
    first, second = _pipeline(nlp, taggers), _pipeline(nlp, taggers)
    assert first.model_name
    assert first == second
    assert "_model_name" not in repr(first)
