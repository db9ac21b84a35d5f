"""The cue lexicon: words that can head an attribution cue.

``data/cue_words.txt`` holds lower-cased word forms, one per line: a
hand-written core of reporting, belief and intention verbs and nouns, merged
with the word forms that head cues at least twice in PolNeAR train and do so
in at least 10% of their occurrences (``whosaid train`` rebuilds it).  The
lexicon is a feature for the taggers, not a filter: cues outside it can
still be found.
"""

from __future__ import annotations

from importlib import resources


def _load(name: str) -> frozenset[str]:
    text = (
        resources.files("whosaid.attribution")
        .joinpath("data", name)
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


CUE_WORDS: frozenset[str] = _load("cue_words.txt")
