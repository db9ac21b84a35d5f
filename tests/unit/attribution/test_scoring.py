"""The scoring tagger: CRFsuite's labels and marginals, bit for bit.

A small CRF is trained here (CRFsuite trains it in well under a second), so
the tests need neither the shipped models nor any data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from whosaid.attribution import model as model_module
from whosaid.attribution.crfmodel import read_crf_model
from whosaid.attribution.scoring import ScoringTagger, agree, sum_rows
from whosaid.errors import ModelError

_WORDS = ["the", "minister", "said", "we", "will", "win", "é", "naïve", ","]


def _sequence(seed: int, length: int) -> tuple[list[list[str]], list[str]]:
    rng = np.random.default_rng(seed)
    xseq: list[list[str]] = []
    labels: list[str] = []
    for t in range(length):
        word = _WORDS[int(rng.integers(len(_WORDS)))]
        feats = ["bias", "w=" + word, f"pos={t % 4}"]
        if rng.random() < 0.3:
            feats.append("flag=1")
        xseq.append(feats)
        labels.append(
            "B-X" if word == "said" else "I-X" if word in {"we", "will"} else "O"
        )
    return xseq, labels


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    trainer = pycrfsuite.Trainer(verbose=False)
    for seed in range(40):
        trainer.append(*_sequence(seed, 12))
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 30})
    path = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    trainer.train(str(path))
    return path


@pytest.fixture(scope="module")
def plain(model_path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return tagger


@pytest.fixture(scope="module")
def scoring(model_path: Path) -> ScoringTagger:
    return ScoringTagger(read_crf_model(model_path.read_bytes()))


def test_read_crf_model_labels_and_weights(
    model_path: Path, plain: pycrfsuite.Tagger
) -> None:
    crf = read_crf_model(model_path.read_bytes())
    assert sorted(crf.labels) == sorted(plain.labels())
    assert crf.state.shape == (len(crf.attributes) + 1, len(crf.labels))
    assert not crf.state[-1].any()  # the row of unknown attributes
    assert b"bias" in crf.attributes


@pytest.mark.parametrize("seed", range(100, 110))
def test_scoring_tagger_matches_crfsuite_exactly(
    plain: pycrfsuite.Tagger, scoring: ScoringTagger, seed: int
) -> None:
    xseq, _ = _sequence(seed, 5 + seed % 17)
    xseq[0] = [*xseq[0], "never seen", "bias"]  # unknown and repeated features
    xseq[-1] = []
    assert agree(plain, scoring, xseq)


def test_set_ids_is_set(plain: pycrfsuite.Tagger, scoring: ScoringTagger) -> None:
    xseq, _ = _sequence(7, 9)
    scoring.set_ids(scoring.ids(xseq))
    plain.set(xseq)
    assert scoring.tag() == plain.tag()
    assert [scoring.marginal("O", t) for t in range(9)] == [
        plain.marginal("O", t) for t in range(9)
    ]


@pytest.mark.parametrize("shape", [(1, 4, 5), (3, 1, 7), (45, 120, 5), (0, 3, 5)])
def test_sum_rows_is_the_row_by_row_sum_bit_for_bit(
    shape: tuple[int, int, int],
) -> None:
    rng = np.random.default_rng(sum(shape))
    scale = rng.choice([1e-12, 1e-3, 1.0, 1e3, 1e12], size=shape)
    weights = rng.standard_normal(shape) * scale
    weights[:, :1] = -0.0  # a zero sum of negative zeros is 0.0, as in the loop
    expected = np.zeros(shape[1:])
    for row in weights:
        expected += row
    found = sum_rows(weights)
    assert found.shape == expected.shape
    assert np.array_equal(found.view(np.int64), expected.view(np.int64))


def test_set_ids_then_is_set_of_all_rows(
    plain: pycrfsuite.Tagger, scoring: ScoringTagger
) -> None:
    xseq, _ = _sequence(11, 8)
    ids = scoring.ids(xseq)
    scoring.set_ids(ids[:1], scoring.weights(ids[1:]))
    plain.set(xseq)
    assert scoring.tag() == plain.tag()
    assert [scoring.marginal("O", t) for t in range(8)] == [
        plain.marginal("O", t) for t in range(8)
    ]


def test_source_ids_are_the_id_array_kept_per_sequence(scoring: ScoringTagger) -> None:
    source = ("bias", "w=said", "w=nothing-known", "w=said\0tail")
    found = scoring.source_ids(source)
    assert found.tolist() == scoring.id_array(list(source)).tolist()
    assert scoring.source_ids(source) is found  # kept for the same object
    other = tuple(["bias", "w=we"])
    assert scoring.source_ids(other).tolist() == scoring.id_array(list(other)).tolist()


def test_ids_one_row_per_feature_position(scoring: ScoringTagger) -> None:
    ids = scoring.ids([["bias", "w=said"], ["bias"], []])
    assert ids.shape == (2, 3)
    assert ids[0, 0] == ids[0, 1] == scoring.id_of("bias")
    assert ids[1, 0] == scoring.id_of("w=said") != scoring.unknown
    assert ids[1, 1] == ids[0, 2] == ids[1, 2] == scoring.unknown


def test_a_feature_ends_at_a_nul_as_in_crfsuite(
    plain: pycrfsuite.Tagger, scoring: ScoringTagger
) -> None:
    assert scoring.id_of("w=said\0tail") == scoring.id_of("w=said")
    xseq = [["bias", "w=said\0tail"], ["bias", "w=we"]]
    assert agree(plain, scoring, xseq)


def test_memo_ids_computes_each_key_once(scoring: ScoringTagger) -> None:
    calls: list[int] = []

    def features(key: int) -> list[str]:
        calls.append(key)
        return ["bias", f"pos={key}"]

    first = scoring.memo_ids([1, 2, 1], features)
    again = scoring.memo_ids([2, 3], features)
    assert calls == [1, 2, 3]
    assert first.shape == (2, 3)
    assert first[:, 0].tolist() == first[:, 2].tolist()
    assert again[:, 0].tolist() == first[:, 1].tolist()
    assert first[1, 0] == scoring.id_of("pos=1")


@pytest.mark.parametrize(
    "data",
    [b"", b"lCRF", b"not a model at all, just some bytes" * 3],
)
def test_read_crf_model_rejects_other_files(data: bytes) -> None:
    with pytest.raises(ModelError) as err:
        read_crf_model(data)
    assert err.value.code == "model.format"


def test_read_crf_model_rejects_a_truncated_model(model_path: Path) -> None:
    data = model_path.read_bytes()
    with pytest.raises(ModelError):
        read_crf_model(data[: len(data) // 2])


def test_open_tagger_scores_when_it_can(model_path: Path) -> None:
    assert isinstance(model_module.open_tagger(model_path), ScoringTagger)


def test_open_tagger_falls_back_to_crfsuite(
    model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(data: bytes) -> None:
        raise ModelError("unexpected layout", code="model.format")

    monkeypatch.setattr(model_module, "read_crf_model", unreadable)
    tagger = model_module.open_tagger(model_path)
    assert isinstance(tagger, pycrfsuite.Tagger)


def test_open_tagger_falls_back_when_scores_differ(
    model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_module, "agree", lambda a, b, xseq: False)
    assert isinstance(model_module.open_tagger(model_path), pycrfsuite.Tagger)


def test_id_array_is_id_of_each_string(scoring: ScoringTagger) -> None:
    strings = ["bias", "w=said", "never seen", "w=said\0tail", "bias"]
    found = scoring.id_array(strings)
    assert found.tolist() == [scoring.id_of(s) for s in strings]
    assert found[2] == scoring.unknown and found[3] == found[1]


def test_word_ids_are_the_ids_of_prefix_and_word(scoring: ScoringTagger) -> None:
    words = ["said", "never-seen", "we", "said\0tail", "=", "é"]
    prefixes = ("w=", "pos=")
    found = scoring.word_ids(words, prefixes)
    assert found.shape == (2, len(words))
    expected = [[scoring.id_of(p + w) for w in words] for p in prefixes]
    assert found.tolist() == expected
    assert found[0, 0] != scoring.unknown  # "w=said" is in the model
    assert found[0, 3] == found[0, 0]  # CRFsuite stops at the NUL
    assert found[0, 1] == scoring.unknown


def test_word_ids_want_prefixes_ending_in_their_only_equals(
    scoring: ScoringTagger,
) -> None:
    with pytest.raises(ValueError, match="only '='"):
        scoring.word_ids(["said"], ("w",))
    with pytest.raises(ValueError, match="only '='"):
        scoring.word_ids(["said"], ("a=b=",))
