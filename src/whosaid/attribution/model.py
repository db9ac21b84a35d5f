"""The shipped attribution taggers (CRFsuite models) and how they are loaded.

Two linear-chain CRFs, trained on PolNeAR train by ``whosaid train``:

* ``cue.crfsuite`` tags a whole document with BIO labels for the three roles
  (``SRC``, ``CUE``, ``CNT``); whosaid keeps its cue spans.
* ``role.crfsuite`` tags, for one cue at a time, the window around it with
  BIO labels for that cue's ``SRC`` and ``CNT``, so source and content come
  already linked to their cue.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from whosaid.attribution.crfmodel import CrfModel, read_crf_model
from whosaid.attribution.scoring import ScoringTagger, SequenceTagger, agree
from whosaid.errors import ModelError

logger = logging.getLogger(__name__)

CUE_MODEL = "cue.crfsuite"
POLNEAR_CUE_MODEL = "cue_polnear.crfsuite"
"""The ``polnear`` scheme's cue tagger (:mod:`.scheme`): trained on the same
data with the cue hints (:mod:`.cuehints`).  The ``news`` scheme keeps
:data:`CUE_MODEL`, whose scores its screen, speaker check and calibration
were fitted on (``scripts/train_polnear_cue.py``)."""
ROLE_MODEL = "role.crfsuite"
META_FILE = "model.json"
MODEL_DIR_ENV = "WHOSAID_MODEL_DIR"


def default_model_dir() -> Path:
    """The folder of the models shipped inside the package."""
    return Path(str(resources.files("whosaid.attribution").joinpath("data")))


@dataclass(frozen=True, slots=True)
class AttributionModel:
    """Paths and provenance of one trained model pair."""

    directory: Path
    meta: dict[str, Any]

    @property
    def cue_path(self) -> Path:
        return self.directory / CUE_MODEL

    @property
    def role_path(self) -> Path:
        return self.directory / ROLE_MODEL

    @property
    def name(self) -> str:
        return str(self.meta.get("name", "whosaid-crf"))


def resolve_model_dir(directory: str | None = None) -> Path:
    """The model folder to use: ``directory``, else ``$WHOSAID_MODEL_DIR``
    (read at every call), else the models shipped in the package."""
    directory = directory or os.environ.get(MODEL_DIR_ENV) or None
    return Path(directory) if directory else default_model_dir()


def load_model(directory: str | None = None) -> AttributionModel:
    """Find and check a trained model pair (cached per folder and process).

    Args:
        directory: a folder with ``cue.crfsuite``, ``role.crfsuite`` and
            ``model.json``; default: see :func:`resolve_model_dir`.

    Raises:
        ModelError: a model file is missing.
    """
    return _load_model(resolve_model_dir(directory))


@functools.lru_cache(maxsize=4)
def _load_model(path: Path) -> AttributionModel:
    for name in (CUE_MODEL, ROLE_MODEL):
        if not (path / name).is_file():
            raise ModelError(
                f"attribution model file {path / name} is missing; "
                "run `whosaid train` to build it",
                code="model.missing",
            )
    meta_path = path / META_FILE
    meta: dict[str, Any] = {}
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return AttributionModel(directory=path, meta=meta)


class Taggers:
    """Open CRFsuite taggers for one model pair.

    A ``pycrfsuite.Tagger`` holds a native handle that cannot be pickled or
    shared across processes, so each process opens its own (see
    :func:`open_taggers`).  Both taggers are :class:`ScoringTagger` (same
    results, faster) unless a model file cannot be read as one: the role
    tagger sees each token in several cue windows, and both read a Doc's
    base features as ids looked up once per distinct string
    (:mod:`.basecodes`), not as strings CRFsuite looks up one by one.
    """

    def __init__(self, model: AttributionModel) -> None:
        self.model = model
        self.cue_file = CUE_MODEL
        self.cue = open_tagger(model.cue_path)
        self.role = open_tagger(model.role_path)
        self._variants: dict[str, Taggers] = {}

    def with_cue(self, cue_file: str) -> Taggers:
        """These taggers with the cue tagger of ``cue_file`` in the same
        folder (opened once), or themselves when the folder has no such file
        (a model folder of ``whosaid train``)."""
        if cue_file == self.cue_file:
            return self
        variant = self._variants.get(cue_file)
        if variant is None:
            path = self.model.directory / cue_file
            if not path.is_file():
                return self
            variant = copy.copy(self)
            variant.cue_file = cue_file
            variant.cue = open_tagger(path)
            variant._variants = {}
            self._variants[cue_file] = variant
        return variant


def _plain_tagger(path: Path) -> SequenceTagger:
    import pycrfsuite

    tagger: SequenceTagger = pycrfsuite.Tagger()
    tagger.open(str(path))  # type: ignore[attr-defined]
    return tagger


def _probe(model: CrfModel) -> list[list[str]]:
    """A short sequence of the model's own features (and one it lacks)."""
    names = [a.decode("ascii") for a in model.attributes if a.isascii()]
    step = max(1, len(names) // 97)
    rows = [names[k::step][:12] for k in range(min(step, 8))]
    return [*rows, ["bias", "no such feature"]]


def open_tagger(path: Path) -> SequenceTagger:
    """A :class:`ScoringTagger` of the CRFsuite model at ``path`` if it
    reads as one and tags a probe sequence exactly as CRFsuite does, else a
    plain ``pycrfsuite.Tagger``."""
    plain = _plain_tagger(path)
    try:
        crf = read_crf_model(path.read_bytes())
    except ModelError as e:
        logger.warning("%s: %s; tagging without whosaid's scoring", path, e.message)
        return plain
    scoring = ScoringTagger(crf)
    if not agree(plain, scoring, _probe(crf)):
        logger.warning("%s: scores differ from CRFsuite's; not using them", path)
        return plain
    return scoring


def open_taggers(directory: str | None = None) -> Taggers:
    """Open (once per folder and process) the taggers of a model pair."""
    return _open_taggers(resolve_model_dir(directory))


@functools.lru_cache(maxsize=4)
def _open_taggers(path: Path) -> Taggers:
    return Taggers(_load_model(path))
