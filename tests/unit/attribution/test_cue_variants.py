"""``Taggers.with_cue``: another cue tagger of the same model folder."""

from __future__ import annotations

from pathlib import Path

from whosaid.attribution.model import (
    CUE_MODEL,
    META_FILE,
    POLNEAR_CUE_MODEL,
    ROLE_MODEL,
    Taggers,
    _load_model,
    default_model_dir,
)


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
