"""The modules split24 split keep their old public names (``__all__``)."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "whosaid.entities.names",
        "whosaid.pipeline",
        "whosaid.actors.knowledge",
        "whosaid.actors.speaker_names",
    ],
)
def test_a_split_module_still_exports_its_names(module: str) -> None:
    mod = importlib.import_module(module)
    missing = [name for name in mod.__all__ if not hasattr(mod, name)]
    assert missing == []


def test_moved_names_are_the_defining_modules_objects() -> None:
    from whosaid.actors import (
        knowledge,
        knowledge_records,
        linked_speaker_names,
        speaker_names,
    )
    from whosaid.entities import name_spans, names

    assert names.trim_name is name_spans.trim_name
    assert knowledge.Entry is knowledge_records.Entry
    assert speaker_names.speaker_for_actor is linked_speaker_names.speaker_for_actor
