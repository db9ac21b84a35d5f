"""The cue filter's word checks (no model needed)."""

from __future__ import annotations

import pytest

from whosaid.attribution.cues import (
    TrainCounts,
    count_cue_stems,
    event_kind,
    is_cue_word,
    stem,
    train_lexicon,
)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (["warn", "warned", "warns", "warning"], True),
        (["conclude", "concluded", "concludes", "concluding"], True),
        (["plan", "planned", "planning", "plans"], True),
        (["deny", "denied", "denies"], True),
        (["say", "said", "says", "saying"], True),
        (["recall", "recalled", "recalls", "recalling"], True),
        (["pass", "passed", "passes", "passing"], True),
        (["discuss", "discussed", "discusses", "discussing"], True),
        (["tell", "told", "tells", "telling"], True),
        (["write", "wrote", "writes", "written"], True),
        (["name", "warn"], False),
        (["call", "recall"], False),
    ],
)
def test_stem_joins_inflections(words: list[str], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same


@pytest.mark.parametrize(
    ("word", "cue"),
    [
        ("said", True),
        ("Warned", True),
        ("testified", True),  # communication list
        ("according", True),  # frequent cue in PolNeAR train
        (":", True),  # punctuation cues belong to the rules
        ("the", False),
        ("ate", False),
        ("bought", False),
        ("swam", False),
    ],
)
def test_is_cue_word(word: str, cue: bool) -> None:
    assert is_cue_word(word) is cue


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("named", "naming"),
        ("dubbed", "naming"),
        ("appointed", "naming"),
        ("expected", "expect"),
        ("concluded", "event"),
        ("sparked", "event"),
        ("signed", "event"),
        ("thanked", "event"),
        ("voted", "event"),
        ("recalled", "event"),
        ("recognizes", "event"),
        ("passed", "event"),
        ("said", None),
        ("warned", None),
    ],
)
def test_event_kind(word: str, kind: str | None) -> None:
    assert event_kind(word) == kind


def test_count_cue_stems() -> None:
    texts = ["He said it. She said no. They walked.", "Walked and said."]
    cues = [["said", "said"], ["walked"]]
    counts = count_cue_stems(texts, cues)
    assert counts[stem("said")] == TrainCounts(cue=2, total=3)
    assert counts[stem("walked")] == TrainCounts(cue=1, total=2)
    assert stem("they") not in counts  # never a cue


def test_shipped_lexicon_is_from_train() -> None:
    table = train_lexicon()
    say = table[stem("said")]
    assert say.cue > 1000 and 0.5 < say.rate <= 1.0
    assert all(c.cue <= c.total for c in table.values())
