"""The cue lexicon: words that can head an attribution cue.

``data/reporting_verbs.txt`` is a hand-written list of reporting, belief and
intention verbs (with their inflections, since the lemmatizer is off) and a
few nouns.  It is a feature for the taggers, not a filter: cues outside it
are still found when the context says so.  Changing it changes the features,
so the model must be retrained (``whosaid train``).
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
        word.lower()
        for line in text.splitlines()
        if not line.startswith("#")
        for word in line.split()
    )


CUE_WORDS: frozenset[str] = _load("reporting_verbs.txt")
