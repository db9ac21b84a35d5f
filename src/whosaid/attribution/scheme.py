"""What each attribution scheme (:mod:`whosaid.scheme`) switches here.

* ``news`` (the default): the news-page precision filters are on: the cue
  filter (acts, events and happenings that are not speech, contents that
  only name someone or give a time), and a tagger attribution without a
  source is dropped.
* ``polnear``: the precision filters that drop PolNeAR-style attributions
  are off and the levers measured on PolNeAR are on (:data:`POLNEAR`).

Every lever is a field of :class:`SchemeLevers`; :func:`levers` gives a
scheme's.
"""

from __future__ import annotations

from dataclasses import dataclass

from whosaid.attribution.candidates import MIN_CONTENT_WORDS
from whosaid.attribution.tagging import CUE_THRESHOLD
from whosaid.scheme import Scheme, check_scheme


@dataclass(frozen=True, slots=True, kw_only=True)
class SchemeLevers:
    """What a scheme switches in the attribution stage.

    Attributes:
        news_filters: the cue filter and the checks it runs again on the
            final content (:mod:`whosaid.attribution.filters`: acts, names
            only, time adjuncts, "not said").
        needs_source: drop a tagger attribution left without a source.
        min_content_words: fewest words a content may have.
        cue_threshold: minimum cue probability of a cue token.
    """

    news_filters: bool
    needs_source: bool
    min_content_words: int
    cue_threshold: float


NEWS = SchemeLevers(
    news_filters=True,
    needs_source=True,
    min_content_words=MIN_CONTENT_WORDS,
    cue_threshold=CUE_THRESHOLD,
)
"""Today's behaviour: the levers of the ``news`` scheme."""

POLNEAR = SchemeLevers(
    news_filters=True,
    needs_source=True,
    min_content_words=MIN_CONTENT_WORDS,
    cue_threshold=CUE_THRESHOLD,
)
"""The ``polnear`` scheme's levers, each kept for its gain on PolNeAR train
half B (taggers trained on half A) and dev."""

_LEVERS: dict[Scheme, SchemeLevers] = {"news": NEWS, "polnear": POLNEAR}


def levers(scheme: Scheme) -> SchemeLevers:
    """The levers of a scheme (:func:`check_scheme` names the bad ones)."""
    return _LEVERS[check_scheme(scheme)]
