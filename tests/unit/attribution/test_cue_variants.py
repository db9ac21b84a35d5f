"""``Taggers.with_cue``: another cue tagger of the same model folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosaid.attribution.extract import extract_attributions
from whosaid.attribution.model import (
    CUE_MODEL,
    META_FILE,
    POLNEAR_CUE_MODEL,
    ROLE_MODEL,
    Taggers,
    _load_model,
    default_model_dir,
    open_taggers,
)
from whosaid.attribution.scoring import ScoringTagger
from whosaid.scheme import Scheme


def _folder(tmp_path: Path, *, polnear: bool) -> Path:
    shipped = default_model_dir()
    for name in (CUE_MODEL, ROLE_MODEL, META_FILE):
        (tmp_path / name).symlink_to(shipped / name)
    if polnear:
        (tmp_path / POLNEAR_CUE_MODEL).symlink_to(shipped / CUE_MODEL)
    return tmp_path


def test_a_folder_without_the_file_keeps_its_cue_tagger(tmp_path: Path) -> None:
    taggers = Taggers(_load_model(_folder(tmp_path, polnear=False)))
    assert taggers.with_cue(POLNEAR_CUE_MODEL) is taggers
    assert taggers.with_cue(CUE_MODEL) is taggers


def test_the_variant_shares_the_role_tagger_and_is_opened_once(
    tmp_path: Path,
) -> None:
    taggers = Taggers(_load_model(_folder(tmp_path, polnear=True)))
    variant = taggers.with_cue(POLNEAR_CUE_MODEL)
    assert variant is not taggers
    assert variant.cue is not taggers.cue
    assert variant.role is taggers.role
    assert variant.cue_file == POLNEAR_CUE_MODEL
    assert taggers.with_cue(POLNEAR_CUE_MODEL) is variant
    assert taggers.cue_file == CUE_MODEL


def test_the_shipped_polnear_cue_tagger_reads_as_a_scoring_tagger() -> None:
    taggers = open_taggers()
    variant = taggers.with_cue(POLNEAR_CUE_MODEL)
    assert variant is not taggers
    assert isinstance(variant.cue, ScoringTagger)


class _Asked(Exception):
    pass


class _Taggers:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def with_cue(self, cue_file: str) -> _Taggers:
        self.asked.append(cue_file)
        raise _Asked


@pytest.mark.parametrize(
    ("scheme", "cue_file"), [("news", CUE_MODEL), ("polnear", POLNEAR_CUE_MODEL)]
)
def test_extraction_asks_for_the_schemes_cue_tagger(
    scheme: Scheme, cue_file: str
) -> None:
    taggers = _Taggers()
    with pytest.raises(_Asked):
        extract_attributions(None, taggers=taggers, scheme=scheme)  # type: ignore[arg-type]
    assert taggers.asked == [cue_file]
