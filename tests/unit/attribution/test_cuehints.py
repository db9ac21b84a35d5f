"""The cue tagger's lexicon-free hints (``attribution.cuehints``)."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.attribution.cuehints import HintRow, add_hint_strings, cue_hint_rows

# '" We win , " he added .' : the quotation holds tokens 0-4
WORDS = ['"', "we", "win", ",", '"', "he", "added", "."]
TAGS = ["``", "PRP", "VBP", ",", "''", "PRP", "VBD", "."]
DEPS = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"]
ENTS = ["O"] * 8
HEADS = [6, 2, 6, 6, 6, 6, 6, 6]
QUOTE_ID = [0, 0, 0, 0, 0, -1, -1, -1]


def _strings(rows: Sequence[HintRow]) -> list[list[str]]:
    base: list[list[str]] = [[] for _ in WORDS]
    add_hint_strings(base, rows)
    return base


def test_cuehints_report_verb_after_a_quotation() -> None:
    rows = cue_hint_rows(WORDS, TAGS, DEPS, ENTS, HEADS, [0] * 8, QUOTE_ID)
    hints = _strings(rows)
    assert hints[6] == ["frame=a|q", "qgap=a1", "st=add"]
    assert hints[5] == ["qgap=a1"]
    assert hints[7] == ["qgap=a2"]
    assert hints[2] == ["frame=a|-", "st=win"]  # the quoted verb: no quoted child
    assert hints[0] == hints[3] == []


def test_cuehints_quotation_gap_stays_in_its_sentence() -> None:
    rows = cue_hint_rows(WORDS, TAGS, DEPS, ENTS, HEADS, [0] * 5 + [1] * 3, QUOTE_ID)
    hints = [s for token_hints in _strings(rows) for s in token_hints]
    assert not [s for s in hints if s.startswith("qgap=")]


def test_cuehints_clausal_complement_and_noun_subject() -> None:
    # "officials insisted that it worked"
    words = ["officials", "insisted", "that", "it", "worked"]
    rows = cue_hint_rows(
        words,
        ["NNS", "VBD", "IN", "PRP", "VBD"],
        ["nsubj", "ROOT", "mark", "nsubj", "ccomp"],
        ["O"] * 5,
        [1, 1, 4, 4, 1],
        [0] * 5,
        [-1] * 5,
    )
    hints = _strings(rows)
    assert hints[1] == ["frame=n|c", "st=insist"]
    assert hints[4] == ["frame=n|-", "st=work"]
    assert hints[2] == hints[3] == []


def test_cuehints_quotation_before_a_token() -> None:
    # 'he said : " no . "'
    words = ["he", "said", ":", '"', "no", ".", '"']
    rows = cue_hint_rows(
        words,
        ["PRP", "VBD", ":", "``", "UH", ".", "''"],
        ["nsubj", "ROOT", "punct", "punct", "intj", "punct", "punct"],
        ["O"] * 7,
        [1, 1, 1, 1, 1, 1, 1],
        [0] * 7,
        [-1, -1, -1, 0, 0, 0, 0],
    )
    hints = _strings(rows)
    assert hints[1] == ["frame=a|q", "qgap=b1", "st=say"]
    assert hints[0] == ["qgap=b2"]
