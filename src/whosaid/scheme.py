"""The attribution scheme option: which notion of attribution a run keeps.

Two conventions disagree on what counts as an attribution, and whosaid
serves both, by choice (``--scheme``, ``Pipeline(scheme=...)``):

* ``news`` (the default): what a news reader wants attributed: statements,
  claims and quotations, each with its source.  The news-page precision
  filters are on.
* ``polnear``: PolNeAR's broader convention, which also annotates beliefs,
  intentions, stance verbs with noun objects ("is seeking", "asked for"),
  sourceless contents and so on.  ``whosaid eval polnear`` scores this
  scheme by default.

What each scheme switches in the attribution stage is
:mod:`whosaid.attribution.scheme`.  This module is light (no spaCy) so
that settings records and the command line can name a scheme.
"""

from __future__ import annotations

from typing import Literal

Scheme = Literal["news", "polnear"]
SCHEMES: tuple[Scheme, ...] = ("news", "polnear")
DEFAULT_SCHEME: Scheme = "news"


def check_scheme(name: str) -> Scheme:
    """The scheme called ``name``.

    Raises:
        ValueError: no scheme has that name.
    """
    if name not in SCHEMES:
        raise ValueError(f"scheme must be one of {SCHEMES}, got {name!r}")
    return name
